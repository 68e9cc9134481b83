//! Members, the presidency and votes.

use super::*;

#[derive(Template)]
#[template(path = "web/governance.html")]
pub(super) struct Governance {
    ctx: Ctx,
    presidency: Option<TermView>,
    members: Vec<MemberView>,
    /// Newest first.
    votes: Vec<BallotView>,
    /// A refused vote: the ballot and why.
    refused: Option<Refused<i64>>,
}

pub(super) async fn governance(St(state): St<State>, s: Session) -> Page {
    render(governance_page(&state, &s, None).await?)
}

pub(super) async fn governance_page(
    state: &State,
    s: &Session,
    refused: Option<Refused<i64>>,
) -> Result<Governance, WebError> {
    let c = &state.center;
    let names = Names(c.member_names().await?);
    let now = c.now();
    let presidency = c
        .current_presidency()
        .await?
        .map(|t| TermView::of(&t, &names));
    let members = c.members().await?.iter().map(MemberView::of).collect();
    let votes = c
        .ballots()
        .await?
        .iter()
        .rev()
        .map(|b| BallotView::of(b, &names, &s.actor, now))
        .collect();
    Ok(Governance {
        ctx: s.ctx(&s.words.t("nav-governance")),
        presidency,
        members,
        votes,
        refused,
    })
}

#[derive(Deserialize)]
pub(super) struct VoteForm {
    choice: String,
}

pub(super) async fn vote(St(state): St<State>, Path(id): Path<i64>, p: Posted<VoteForm>) -> Page {
    let r = match domain::input::word("choice", &p.form.choice) {
        Err(e) => Err(e),
        Ok(choice) => state
            .center
            .vote(&p.session.actor, id, choice)
            .await
            .map(|_| ()),
    };
    let Err(why) = refusal(r)? else {
        return see_other(&format!("/governance#vote-{id}"));
    };
    refused(governance_page(&state, &p.session, Some(Refused { at: id, why })).await?)
}
