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
}

pub(super) async fn feeds(St(state): St<State>, s: Session) -> Page {
    let c = &state.center;
    let names = Names(c.member_names().await?);
    let feeds = c
        .feeds(Authority::Administrator(&s.actor))
        .await?
        .iter()
        .map(|f| FeedView::of(f, &names, Some(s.actor.member.id)))
        .collect();
    render(FeedsPage {
        ctx: s.ctx("Feeds"),
        feeds,
    })
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

pub(super) async fn reset_feed(
    St(state): St<State>,
    Path(name): Path<String>,
    p: Posted<NoFields>,
) -> Page {
    restart(state, name, p, true).await
}
