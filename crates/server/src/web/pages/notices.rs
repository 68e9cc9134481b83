//! What the member was told (RFIs, answers, release requests and decisions, hits, meetings,
//! action items, published statistics), said in the reader's words with a link to where it is
//! acted on; the home page lists what is new since the user last looked.

use super::*;
use crate::i18n::{Part, Words};
use askama::filters::Safe;
use serde_json::Value;

/// How many notifications the page shows, newest first.
const SHOWN: usize = 100;
/// The browser's note of the newest notification a user has seen, one per user, so that
/// people sharing a browser do not share what is new.
fn seen_cookie(user: domain::UserId) -> String {
    format!("liaison_seen_{}", user.0)
}

/// One notification as a sentence and where it leads.
pub(super) struct Notice {
    pub(super) id: i64,
    pub(super) at: i64,
    pub(super) said: Safe<String>,
    pub(super) link: Option<String>,
}

impl Notice {
    /// `shown` names members as people read them: the payload keeps their short names.
    pub(super) fn of(
        n: &domain::exchange::Notification,
        w: &Words,
        shown: &crate::web::Shown<'_>,
    ) -> Notice {
        let p = &n.payload;
        let text = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or_default();
        let int = |k: &str| p.get(k).and_then(Value::as_i64);
        let name = |k: &str| Part::Name(text(k).to_string());
        let member = |k: &str| Part::Name(shown.of(text(k)));
        let when = |k: &str| Part::Name(day_at(text(k)));
        let (args, link): (Vec<(&'static str, Part)>, Option<String>) = match n.kind.as_str() {
            "rfi" => (
                vec![
                    ("from", member("from")),
                    (
                        "priority",
                        Part::Name(w.word("rfi-priority", text("priority"))),
                    ),
                    ("deadline", when("deadline")),
                ],
                int("rfi").map(|r| format!("/rfis/{r}")),
            ),
            "rfi_answer" => (
                vec![("from", member("from"))],
                int("rfi").map(|r| format!("/rfis/{r}")),
            ),
            "rfi_reminder" => (
                vec![("deadline", when("deadline"))],
                int("rfi").map(|r| format!("/rfis/{r}")),
            ),
            "release_request" => (
                vec![("from", member("from")), ("to", member("to"))],
                Some(format!("/objects/{}", text("object_id"))),
            ),
            "release_decision" => (
                vec![
                    ("originator", member("originator")),
                    (
                        "status",
                        Part::Name(w.word("release-status", text("status"))),
                    ),
                ],
                Some("/".into()),
            ),
            "release" => (
                vec![("originator", member("originator"))],
                Some(match p.get("object_id").and_then(Value::as_str) {
                    Some(id) => format!("/objects/{id}"),
                    None => "/release-requests".into(),
                }),
            ),
            "hit" => (vec![("asked_by", member("asked_by"))], None),
            "meeting" => (
                vec![("title", name("title")), ("item", name("item"))],
                int("meeting").map(|m| format!("/meetings/{m}")),
            ),
            "action_item" => (
                vec![("title", name("title")), ("due", when("due"))],
                int("meeting").map(|m| format!("/meetings/{m}")),
            ),
            "statistics" => (
                vec![("title", name("title"))],
                int("report").map(|r| format!("/statistics/reports/{r}")),
            ),
            "deconfliction" => (
                vec![
                    ("other", member("other_member")),
                    ("contact", name("other_contact")),
                    ("operation", name("operation_name")),
                    (
                        "match",
                        Part::Name(w.word("deconfliction-kind", text("match"))),
                    ),
                ],
                int("operation").map(|o| format!("/operations/{o}")),
            ),
            "intelligence_match" => (
                vec![
                    ("other", member("other_member")),
                    ("contact", name("other_contact")),
                    ("operation", name("operation_name")),
                    ("object", name("object")),
                ],
                Some(format!("/objects/{}", text("object"))),
            ),
            "joint_operation" => (
                vec![
                    ("title", name("title")),
                    ("change", Part::Name(w.word("joint-change", text("change")))),
                ],
                None,
            ),
            _ => (vec![], None),
        };
        let id = match (n.kind.as_str(), text("change")) {
            // What changed (`agenda`, `minutes`, `decision`, `decision-to-vote`); nothing when
            // it was convened.
            ("meeting", "agenda" | "minutes" | "decision" | "decision-to-vote") => {
                format!("notice-meeting-{}", text("change"))
            }
            // The operation's side and the intelligence's side are told different things.
            ("intelligence_match", _) => format!("notice-intelligence-match-{}", text("role")),
            (kind, _) => format!("notice-{}", kind.replace('_', "-")),
        };
        let said = if domain::subscriptions::NOTIFICATION_KINDS.contains(&n.kind.as_str()) {
            w.html(&id, &args)
        } else {
            w.html("notice-other", &[("kind", Part::Name(n.kind.clone()))])
        };
        Notice {
            id: n.id,
            at: n.at,
            said,
            link,
        }
    }
}

/// The newest notification the user has seen in this browser, as its cookie says.
pub(super) fn seen(headers: &axum::http::HeaderMap, user: domain::UserId) -> i64 {
    crate::web::cookie(headers, &seen_cookie(user))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

#[derive(Template)]
#[template(path = "web/notices.html")]
pub(super) struct Notices {
    ctx: Ctx,
    notices: Vec<Notice>,
    /// Those newer than the user's last look are marked.
    seen: i64,
}

pub(super) async fn notices(
    St(state): St<State>,
    s: Session,
    headers: axum::http::HeaderMap,
) -> Page {
    let shown = s.shown();
    let w = &s.words;
    let notices: Vec<Notice> = state
        .center
        .newest_notifications(&s.actor, SHOWN)
        .await?
        .iter()
        .map(|n| Notice::of(n, w, &shown))
        .collect();
    let newest = notices.first().map_or(0, |n| n.id);
    let page = Notices {
        ctx: s.ctx(&w.t("notices-title")),
        seen: seen(&headers, s.actor.user.id),
        notices,
    };
    // Looked at: the home page's "new" list starts after these.
    let cookie = crate::web::cookie_line(
        &seen_cookie(s.actor.user.id),
        &newest.to_string(),
        "/",
        Some(365 * 86_400),
        state.config.secure_cookies,
    );
    Ok((
        [(header::SET_COOKIE, cookie)],
        axum::response::Html(page.render()?),
    )
        .into_response())
}
