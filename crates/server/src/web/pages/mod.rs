//! The pages, one module per area of the center. Each handler asks `domain` for what the user
//! may see and lays it out; what every area shares (dates, form refusals, object rows) is here.

mod account;
mod actions;
mod admin;
mod connections;
mod feeds;
mod governance;
mod groups;
mod home;
mod intelligence;
mod joint;
mod meetings;
mod notices;
mod object;
mod operations;
mod requests;
mod rfis;
mod search;
mod sign_in;
mod statistics;
mod submit;
mod table;
mod users;

use account::*;
use actions::*;
use admin::*;
use connections::*;
use feeds::*;
use governance::*;
use groups::*;
use home::*;
use joint::*;
use meetings::*;
use notices::*;
use object::*;
use operations::*;
use requests::*;
use rfis::*;
use search::*;
use sign_in::*;
use statistics::*;
use submit::*;
use users::*;

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State as St};
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use domain::service::Authority;
use domain::store::StoredObject;
use domain::{MemberId, Role};
use futures_util::StreamExt;
use serde::Deserialize;

use super::{Ctx, FieldErrors, Page, Posted, Session, WebError, refused, render, see_other};
use crate::State;
use crate::views::Names;
use crate::views::accounts::CollectionView;
use crate::views::audit::AuditEntryView;
use crate::views::exchange::{HitsView, ReleaseRequestView, SharingGroupView};
use crate::views::governance::{BallotView, MemberView, TermView};
use crate::views::meetings::{ActionView, MeetingSummary, MeetingView};
use crate::views::objects::{KeyCountView, NoisyKeysView};
use crate::views::rfis::{RfiDetail, RfiSummary};

pub fn routes() -> Router<State> {
    Router::new()
        .route("/", get(home))
        .route("/static/liaison.css", get(css))
        .route("/static/liaison.js", get(js))
        .route("/sign-in", get(sign_in_page).post(sign_in))
        .route("/sign-in/code", post(sign_in_code))
        .route("/sign-out", post(sign_out))
        .route("/set-password", get(set_password_page).post(set_password))
        .route("/account", get(account))
        .route("/account/password", post(change_password))
        .route("/account/language", post(choose_language))
        .route("/account/dates", post(account::choose_dates))
        .route("/account/sessions/{id}/end", post(end_session))
        .route("/account/sessions/end-others", post(end_other_sessions))
        .route("/account/tokens", post(account::new_token))
        .route("/account/tokens/{id}/revoke", post(account::revoke_token))
        .route("/account/second-factor", post(begin_second_factor))
        .route(
            "/account/second-factor/confirm",
            post(confirm_second_factor),
        )
        .route(
            "/account/second-factor/remove",
            post(account::remove_second_factor),
        )
        .route("/users", get(users::users).post(invite))
        .route("/member-language", post(users::set_member_language))
        .route("/users/{name}", get(user).post(edit_user))
        .route("/users/{name}/disable", post(disable_user))
        .route("/users/{name}/enable", post(enable_user))
        .route("/users/{name}/reset", post(reset_user))
        .route(
            "/users/{name}/second-factor/remove",
            post(remove_user_second_factor),
        )
        .route("/users/{name}/tokens", post(new_user_token))
        .route("/users/{name}/tokens/{id}/revoke", post(revoke_user_token))
        .route("/users/{name}/certificates", post(register_certificate))
        .route(
            "/users/{name}/certificates/{id}/revoke",
            post(users::revoke_certificate),
        )
        .route("/notifications", get(notices))
        .route("/search", get(search))
        .route("/objects/{id}", get(object))
        .route("/objects/{id}/sighting", post(sight))
        .route("/objects/{id}/outcome", post(outcome))
        .route("/objects/{id}/translation", post(translate))
        .route("/objects/{id}/release", post(release_further))
        .route("/objects/{id}/answer", post(answer_with))
        .route("/hits", post(hits))
        .route(
            "/release-requests",
            get(release_requests).post(request_release),
        )
        .route("/release-requests/{id}", post(decide_release))
        .route("/submit", get(submit_page).post(submit))
        .route("/import", post(import))
        .route(
            "/operations",
            get(operations::operations).post(register_operation),
        )
        .route("/deconflictions", get(operations::deconflictions))
        .route("/operations/{id}", get(operation))
        .route(
            "/operations/{id}/selectors",
            post(operations::add_selectors),
        )
        .route("/operations/{id}/events", post(add_event))
        .route("/operations/{id}/close", post(operations::close_operation))
        .route("/joint-operations", get(joints).post(open_joint))
        .route("/joint-operations/{id}", get(joint::joint))
        .route("/joint-operations/{id}/answer", post(answer_joint))
        .route("/joint-operations/{id}/invitations", post(invite_joint))
        .route("/joint-operations/{id}/tasks", post(add_joint_task))
        .route(
            "/joint-operations/{id}/tasks/{task}",
            post(close_joint_task),
        )
        .route("/joint-operations/{id}/timeline", post(add_joint_entry))
        .route("/joint-operations/{id}/links", post(link_joint))
        .route("/joint-operations/{id}/outcomes", post(joint_outcome))
        .route("/joint-operations/{id}/proposals", post(propose_joint))
        .route(
            "/joint-operations/{id}/conclude",
            post(joint::conclude_joint),
        )
        .route("/rfis", get(rfis).post(ask))
        .route("/rfis/{id}", get(rfi))
        .route("/rfis/{id}/answer", post(answer))
        .route("/rfis/{id}/close", post(rfis::close))
        .route("/groups", get(groups))
        .route("/groups/{id}", get(group))
        .route("/groups/{id}/status", post(group_status))
        .route("/map", get(map))
        .route("/governance", get(governance))
        .route("/presidency", post(governance::appoint))
        .route(
            "/members",
            get(governance::members).post(governance::add_member),
        )
        .route("/members/{name}/status", post(governance::change_status))
        .route(
            "/applications",
            get(governance::applications).post(governance::apply),
        )
        .route("/votes/{id}", post(vote))
        .route("/meetings", get(meetings).post(convene))
        .route("/meetings/{id}", get(meeting))
        .route("/meetings/{id}/agenda", post(agenda))
        .route("/meetings/{id}/attendance", post(attendance))
        .route("/meetings/{id}/minutes", post(minutes))
        .route("/meetings/{id}/decisions", post(decision))
        .route("/meetings/{id}/actions", post(action))
        .route("/actions", get(actions))
        .route("/actions/{id}/close", post(close_action))
        .route("/statistics", get(statistics))
        .route("/statistics/publish", post(publish))
        .route("/statistics/reports/{id}", get(report))
        .route("/admin", get(admin))
        .route("/admin/second-factor", post(require_second_factor))
        .route("/admin/export", get(export))
        .route("/audit", get(audit))
        .route("/feeds", get(feeds).post(connections::add_feed))
        .route("/connections", get(connections))
        .route("/connections/identities", post(register_identity))
        .route("/connections/identities/remove", post(unregister_identity))
        .route("/connections/webhooks", post(connections::add_webhook))
        .route(
            "/connections/webhooks/{id}/remove",
            post(connections::remove_webhook),
        )
        .route("/feeds/{name}/pull", post(pull_feed))
        .route("/feeds/{name}/reset", post(reset_feed))
        .route("/feeds/{name}/remove", post(remove_feed))
}

async fn css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        include_str!("../../../static/liaison.css"),
    )
}

async fn js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        include_str!("../../../static/liaison.js"),
    )
}

/// A time as the page's reader reads it: their language, calendar and time zone
/// (`2026-12-01 09:00` in English and UTC, `۱۰ آذر ۱۴۰۵، ۱۲:۳۰ +0330` in Persian in Tehran).
fn day(t: i64) -> String {
    crate::i18n::current().moment(t)
}

/// [`day_at`] in UTC whatever the reader's zone, for sentences that say "UTC" themselves.
fn day_utc_at(rfc3339: &str) -> String {
    let mut reading = crate::i18n::current().reading;
    reading.zone = crate::dates::Zone::default();
    moment_at(rfc3339, reading)
}

/// [`day`] for a time a view gives as RFC 3339; templates call it as `self::day_at(..)`.
fn day_at(rfc3339: &str) -> String {
    moment_at(rfc3339, crate::i18n::current().reading)
}

/// An RFC 3339 time as `reading` reads it; the text itself if it is none.
fn moment_at(rfc3339: &str, reading: crate::dates::Reading) -> String {
    match stix::timestamp::parse_micros(rfc3339) {
        Ok(t) => reading.moment(t),
        Err(_) => rfc3339.to_string(),
    }
}

/// Roles as people read them, in the reader's language.
fn role_labels(w: &crate::i18n::Words, codes: &[&str]) -> String {
    codes
        .iter()
        .map(|c| w.word("role", c))
        .collect::<Vec<_>>()
        .join(&w.t("list-separator"))
}

/// What was typed in a refused form, by `form.field`, for the page that shows it again.
/// An object as a link to it says it: its name, else its kind in the reader's words, else (one
/// the reader may not see) its id.
fn title_of(w: &crate::i18n::Words, titles: &domain::browse::Titles, id: &str) -> String {
    match titles.get(id) {
        Some((_, Some(name))) => name.clone(),
        Some((kind, None)) => w.word("kind", kind),
        None => id.to_string(),
    }
}

fn typed_values(typed: &[(&'static str, &str)]) -> BTreeMap<&'static str, String> {
    typed.iter().map(|(k, v)| (*k, v.to_string())).collect()
}

/// A domain call made for a form: `Ok(Err(why))` when it refused the input (bad input, or a
/// conflict with what is stored), which the form shows; anything else wrong is an error page.
fn refusal<T>(r: domain::Result<T>) -> Result<Result<T, String>, WebError> {
    match r {
        Ok(v) => Ok(Ok(v)),
        Err(domain::Error::Invalid(i)) => Ok(Err(i.message)),
        Err(e @ domain::Error::Fields(_)) => Ok(Err(e.to_string())),
        Err(domain::Error::Conflict(why)) => Ok(Err(why)),
        Err(e) => Err(e.into()),
    }
}

/// [`refusal`], with the refusal put under the field the domain named, in the form that `key`
/// belongs to, or under `key` itself. Reading a typed field (`domain::input`) goes through it
/// too.
fn form_error<T>(
    r: domain::Result<T>,
    errors: &mut FieldErrors,
    key: &'static str,
) -> Result<Option<T>, WebError> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(domain::Error::Invalid(i)) => {
            errors.place(i, key);
            Ok(None)
        }
        Err(domain::Error::Fields(all)) => {
            for i in all {
                errors.place(i, key);
            }
            Ok(None)
        }
        Err(domain::Error::Conflict(why)) => {
            errors.insert(key, why);
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// A refused form on a page that has several: which one (its record's key) and why.
pub(super) struct Refused<K> {
    pub(super) at: K,
    pub(super) why: String,
}

/// The active members other than the user's, as forms offer them (to ask, to release to).
async fn other_active_members(state: &State, s: &Session) -> Result<Vec<MemberView>, WebError> {
    Ok(state
        .center
        .members()
        .await?
        .iter()
        .filter(|m| m.id != s.actor.member.id && m.status.is_active())
        .map(MemberView::of)
        .collect())
}

/// A choice in a form: the value sent and what the user reads.
/// A form whose action reaches far (a user shut out, a token revoked, a report published to
/// every member, a second factor asked of everyone) carries `confirm=yes` only from the step
/// that says what it will do; sent without it, that step is the answer.
#[derive(Deserialize, Default)]
pub(super) struct Confirmed {
    #[serde(default)]
    confirm: String,
}

impl Confirmed {
    pub(super) fn given(&self) -> bool {
        self.confirm == "yes"
    }
}

#[derive(Template)]
#[template(path = "web/confirm.html")]
struct ConfirmStep {
    ctx: Ctx,
    /// What the action will do, in the reader's words.
    consequence: askama::filters::Safe<String>,
    /// The same form's address, sent again with `confirm=yes`.
    action: String,
    /// What was typed, carried to the second step unchanged.
    fields: Vec<(String, String)>,
    button: askama::filters::Safe<String>,
    /// Where "cancel" leads: the page the form was on.
    back: String,
}

/// The confirmation step of a far-reaching action: what it will do, and one button that does it.
fn confirm_step(
    s: &Session,
    consequence: askama::filters::Safe<String>,
    button: askama::filters::Safe<String>,
    action: &str,
    back: &str,
    fields: Vec<(String, String)>,
) -> Page {
    render(ConfirmStep {
        ctx: s.ctx(&s.words.t("confirm-title")),
        consequence,
        action: action.into(),
        fields,
        button,
        back: back.into(),
    })
}

/// A refused form's page again, with its refusals: 422.
fn unprocessable(html: String) -> Page {
    Ok((
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        axum::response::Html(html),
    )
        .into_response())
}

/// The kinds of outcome, in the reader's words, for a form's choice.
fn outcome_kinds(w: &crate::i18n::Words) -> Vec<Labelled> {
    domain::tracked::OutcomeKind::ALL
        .iter()
        .map(|k| Labelled {
            value: k.as_str(),
            label: w.word("outcome-kind", k.as_str()),
        })
        .collect()
}

pub(super) struct Labelled {
    pub(super) value: &'static str,
    pub(super) label: String,
}

/// One object in a list.
pub struct ObjRow {
    pub href: String,
    pub name: String,
    pub kind: String,
    pub tlp: &'static str,
    pub originator: String,
    pub added: String,
}

/// A property of a JSON object, or null.
fn field<'a>(v: &'a serde_json::Value, k: &str) -> &'a serde_json::Value {
    v.get(k).unwrap_or(&serde_json::Value::Null)
}

fn body_json(o: &StoredObject) -> serde_json::Value {
    o.json()
}

fn row(o: &StoredObject, names: &HashMap<MemberId, String>) -> ObjRow {
    let v = body_json(o);
    let name = v
        .get("name")
        .and_then(|n| n.as_str())
        .or_else(|| v.get("value").and_then(|n| n.as_str()))
        .or_else(|| v.get("pattern").and_then(|n| n.as_str()))
        .unwrap_or(&o.stix_id)
        .to_string();
    ObjRow {
        href: format!("/objects/{}", o.stix_id),
        name,
        // In the reader's words (the request's language).
        kind: crate::i18n::current().word("kind", &o.object_type),
        tlp: o.tlp.name(),
        originator: names.get(&o.originator).cloned().unwrap_or_default(),
        added: day(o.date_added),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(super::grouped(0), "0");
        assert_eq!(super::grouped(999), "999");
        assert_eq!(super::grouped(10_000), "10,000");
        assert_eq!(super::grouped(1_363_700), "1,363,700");
    }
}
