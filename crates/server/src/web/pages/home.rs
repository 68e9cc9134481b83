//! The home page: what waits for the user's member.

use super::*;

#[derive(Template)]
#[template(path = "web/home.html")]
pub(super) struct Home {
    ctx: Ctx,
    rows: Vec<ObjRow>,
    /// RFIs the user may answer.
    rfis: Vec<RfiSummary>,
    /// Release requests the user may decide.
    requests: Vec<ReleaseRequestView>,
    /// Votes the user's member may still cast.
    votes: Vec<BallotView>,
    meetings: Vec<MeetingSummary>,
    /// The member's action items past their due date.
    overdue: Vec<ActionView>,
    /// Why a release decision was refused.
    decision_refused: Option<String>,
    /// What the user just did, confirmed.
    done: Option<String>,
    /// The member's own release requests, newest first: what it waits for.
    our_requests: Vec<ReleaseRequestView>,
    /// Votes the member cast that are still open.
    cast: Vec<BallotView>,
    /// What the member was told since the user last looked at its notifications.
    news: Vec<Notice>,
    /// The objects the release requests name, as far as the reader may read them.
    titles: domain::browse::Titles,
    /// The member's short name, as the lists' filters take it.
    member_name: String,
}

impl Home {
    /// What a release request asks for, as people name it: the object's name when the reader
    /// may read it, else its id; or the value asked about.
    fn asked_for(&self, r: &ReleaseRequestView) -> String {
        match (&r.object_id, &r.value) {
            (Some(id), _) => title_of(&self.ctx.w, &self.titles, id),
            (None, Some(v)) => v.clone(),
            (None, None) => String::new(),
        }
    }
}

/// How many new notifications the home page lists; the notifications page has the rest.
const NEWS: usize = 8;

#[derive(Deserialize)]
pub(super) struct Done {
    done: Option<String>,
}

pub(super) async fn home(
    St(state): St<State>,
    s: Session,
    Query(d): Query<Done>,
    headers: axum::http::HeaderMap,
) -> Page {
    let mut page = home_page(&state, &s, None).await?;
    let seen = seen(&headers, s.actor.user.id);
    let shown = s.shown();
    page.news = state
        .center
        .newest_notifications(&s.actor, NEWS)
        .await?
        .iter()
        .filter(|n| n.id > seen)
        .map(|n| Notice::of(n, &s.words, &shown))
        .collect();
    page.done = d.done.as_deref().and_then(|d| match d {
        "release-requested" | "release-approved" | "release-refused" => {
            Some(s.words.t(&format!("done-{d}")))
        }
        _ => None,
    });
    render(page)
}

pub(super) async fn home_page(
    state: &State,
    s: &Session,
    decision_refused: Option<String>,
) -> Result<Home, WebError> {
    let c = &state.center;
    let a = &s.actor;
    let names = Names(c.member_names().await?);
    let now = c.now();
    let intelligence = domain::kinds::READ_AS_INTELLIGENCE
        .map(String::from)
        .to_vec();
    let rows = c
        .recent(a, intelligence, 50)
        .await?
        .iter()
        .filter(|o| o.originator != a.member.id)
        .take(15)
        .map(|o| row(o, &names.0))
        .collect();
    let rfis = c
        .rfis(a)
        .await?
        .iter()
        .map(|r| RfiSummary::of(r, &names, a))
        .filter(|r| r.can_answer)
        .collect();
    let all_requests = c.release_requests(a).await?;
    let requests: Vec<ReleaseRequestView> = all_requests
        .iter()
        .map(|r| ReleaseRequestView::of(r, &names, a))
        .filter(|r| r.can_decide)
        .collect();
    let (votes, cast): (Vec<BallotView>, Vec<BallotView>) = c
        .ballots()
        .await?
        .iter()
        .map(|b| BallotView::of(b, &names, a, now))
        .filter(|b| b.can_vote)
        .partition(|b| b.your_vote.is_none());
    let mut our_requests: Vec<ReleaseRequestView> = all_requests
        .iter()
        .filter(|r| r.requester_member == a.member.id && !r.unasked())
        .map(|r| ReleaseRequestView::of(r, &names, a))
        .collect();
    our_requests.reverse();
    our_requests.truncate(20);
    let titles = c
        .titles(
            a,
            requests
                .iter()
                .chain(&our_requests)
                .filter_map(|r| r.object_id.clone())
                .collect(),
        )
        .await?;
    let meetings = c
        .meetings()
        .await?
        .iter()
        .filter(|m| m.is_to_come(now))
        .map(|m| MeetingSummary::of(m, &names))
        .collect();
    let overdue = c
        .actions(Some(a.member.id))
        .await?
        .iter()
        .filter(|x| x.overdue(now))
        .map(|x| ActionView::of(x, &names, now))
        .collect();
    Ok(Home {
        ctx: s.ctx(
            &s.words
                .t1("home-title", "member", a.member.display_name.clone()),
        ),
        rows,
        rfis,
        requests,
        votes,
        meetings,
        overdue,
        decision_refused,
        done: None,
        our_requests,
        cast,
        news: vec![],
        titles,
        member_name: a.member.name.clone(),
    })
}
