//! Feeds, for the center's administrators and each member's (its own member's feeds; the
//! domain decides which): where each remote collection stands, its last pull's refusals
//! with their reasons, and "pull now" / "start over".

use super::*;
use crate::views::feeds::FeedView;

#[derive(Template)]
#[template(path = "web/feeds.html")]
pub(super) struct FeedsPage {
    ctx: Ctx,
    feeds: Vec<FeedView>,
    /// The member new feeds are for: the viewer's own (the center's administrators name any).
    member: String,
    /// Users of that member that objects may come in as (of every member, for the center's
    /// administrators).
    users: Vec<String>,
    /// The members a feed may be for, `(name, display name)`: the viewer's own, or every
    /// active one for the center's administrators.
    members: Vec<(String, String)>,
    errors: FieldErrors,
    typed: BTreeMap<&'static str, String>,
}

impl FeedsPage {
    /// The member the form has chosen: as typed after a refusal, else the viewer's own.
    fn chosen_member(&self) -> &str {
        match self.typed.get("feed.member") {
            Some(m) if self.typed.contains_key("feed.name") => m,
            _ => &self.member,
        }
    }
}

pub(super) async fn feeds_page(
    state: &State,
    s: &Session,
    errors: FieldErrors,
    typed: BTreeMap<&'static str, String>,
) -> Result<FeedsPage, WebError> {
    let c = &state.center;
    let by = Authority::Administrator(&s.actor);
    let names = Names(c.member_names().await?);
    let feeds = c
        .feeds(by)
        .await?
        .iter()
        .map(|f| FeedView::of(f, &names, Some(s.actor.member.id)))
        .collect();
    let center = by.check().is_ok();
    let members: Vec<(String, String)> = if center {
        c.members()
            .await?
            .into_iter()
            .filter(|m| m.status.is_active())
            .map(|m| (m.name, m.display_name))
            .collect()
    } else {
        vec![(
            s.actor.member.name.clone(),
            s.actor.member.display_name.clone(),
        )]
    };
    let whose = if center {
        None
    } else {
        Some(s.actor.member.name.as_str())
    };
    Ok(FeedsPage {
        ctx: s.ctx(&s.words.t("nav-feeds")),
        feeds,
        member: s.actor.member.name.clone(),
        users: c
            .users(by, whose)
            .await?
            .into_iter()
            .filter(|u| !u.disabled)
            .map(|u| u.username)
            .collect(),
        members,
        errors,
        typed,
    })
}

pub(super) async fn feeds(St(state): St<State>, s: Session) -> Page {
    render(feeds_page(&state, &s, FieldErrors::new(), BTreeMap::new()).await?)
}

/// What a typed field held, or nothing.
fn typed<'a>(typed: &'a BTreeMap<&'static str, String>, key: &str) -> &'a str {
    typed.get(key).map_or("", String::as_str)
}

#[derive(Deserialize)]
pub(super) struct NoFields {}

/// Makes the feed due now (a node pulls it within a second), or starts it over.
async fn restart(state: State, name: String, p: Posted<NoFields>, reset: bool) -> Page {
    state
        .center
        .restart_feed(Authority::Administrator(&p.session.actor), &name, reset)
        .await?;
    see_other("/feeds")
}

pub(super) async fn pull_feed(
    St(state): St<State>,
    Path(name): Path<String>,
    p: Posted<NoFields>,
) -> Page {
    restart(state, name, p, false).await
}

/// Removes a feed; what it brought in stays.
pub(super) async fn remove_feed(
    St(state): St<State>,
    Path(name): Path<String>,
    p: Posted<NoFields>,
) -> Page {
    state
        .center
        .remove_feed(Authority::Administrator(&p.session.actor), &name)
        .await?;
    see_other("/feeds")
}

pub(super) async fn reset_feed(
    St(state): St<State>,
    Path(name): Path<String>,
    p: Posted<NoFields>,
) -> Page {
    restart(state, name, p, true).await
}
