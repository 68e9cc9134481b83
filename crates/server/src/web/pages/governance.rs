//! Members, the presidency and votes.

use super::table::{Column, Filter, ListQuery, Pages, order, text_key};
use super::*;

#[derive(Template)]
#[template(path = "web/governance.html")]
pub(super) struct Governance {
    ctx: Ctx,
    presidency: Option<TermView>,
    members: Vec<MemberView>,
    /// A page of the votes, as the reader sorted and narrowed them (newest first by default).
    votes: Vec<BallotView>,
    vote_columns: Vec<Column>,
    filters: Vec<Filter>,
    clear: Option<String>,
    pages: Pages,
    /// Whether any vote exists at all, filtered out or not.
    any_votes: bool,
    /// A refused vote: the ballot and why.
    refused: Option<Refused<i64>>,
    /// Applications to join: the applicant, what it said, its sponsor, the vote on it.
    applications: Vec<ApplicationRow>,
    /// Whether the user records applications (the secretariat).
    records_applications: bool,
    /// Members in good standing, who may sponsor an applicant.
    sponsors: Vec<String>,
    /// The application form as typed, after a refusal.
    application: ApplicationForm,
    errors: FieldErrors,
    done: Option<String>,
}

/// An application to join, as the governance page lists it.
pub(super) struct ApplicationRow {
    applicant: String,
    description: String,
    sponsor: String,
    ballot: i64,
    applied: String,
}

#[derive(Deserialize, Default)]
pub(super) struct ApplicationForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    contact: String,
    #[serde(default)]
    sponsor: String,
    #[serde(default)]
    days: String,
}

#[derive(Deserialize)]
pub(super) struct GovernanceParams {
    done: Option<String>,
    /// How the votes are sorted, narrowed and paged.
    #[serde(flatten)]
    list: ListQuery,
}

pub(super) async fn governance(
    St(state): St<State>,
    s: Session,
    Query(d): Query<GovernanceParams>,
) -> Page {
    let mut page = governance_page(&state, &s, &d.list, None).await?;
    if d.done.as_deref() == Some("applied") {
        page.done = Some(s.words.t("done-applied"));
    }
    render(page)
}

/// The secretariat records an application to join; the members' vote on it opens at once.
pub(super) async fn apply(St(state): St<State>, p: Posted<ApplicationForm>) -> Page {
    let f = &p.form;
    let mut errors = FieldErrors::new();
    let days = match f.days.trim() {
        "" => None,
        d => match d.parse::<i64>() {
            Ok(d) => Some(d),
            Err(_) => {
                errors.insert(
                    "application.days",
                    p.session.words.t("meeting-decision-days"),
                );
                None
            }
        },
    };
    if errors.is_empty() {
        let sponsor = (!f.sponsor.trim().is_empty()).then_some(f.sponsor.trim());
        let r = state
            .center
            .apply(
                Authority::Administrator(&p.session.actor),
                f.name.trim(),
                f.display_name.trim(),
                &f.description,
                &f.contact,
                sponsor,
                days,
            )
            .await;
        if let Some((_, _, ballot)) = form_error(r, &mut errors, "application.form")? {
            return see_other(&format!("/governance?done=applied#vote-{}", ballot.id));
        }
    }
    let Posted { session, form } = p;
    let mut page = governance_page(&state, &session, &ListQuery::default(), None).await?;
    page.application = form;
    page.errors = errors;
    refused(page)
}

pub(super) async fn governance_page(
    state: &State,
    s: &Session,
    q: &ListQuery,
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
    let w = &s.words;
    let all_votes: Vec<BallotView> = c
        .ballots()
        .await?
        .iter()
        .rev()
        .map(|b| BallotView::of(b, &names, &s.actor, now))
        .collect();
    let any_votes = !all_votes.is_empty();
    // `awaiting`: the votes the reader's member may still cast; else an outcome, `open` for
    // none yet.
    let mut votes: Vec<BallotView> = all_votes
        .into_iter()
        .filter(|v| match q.status.as_str() {
            "" => true,
            "awaiting" => v.can_vote && v.your_vote.is_none(),
            status => v.outcome.unwrap_or("open") == status,
        })
        .collect();
    let sorted_by = q.sorted_by(&["vote", "deadline", "outcome"], "deadline");
    let descending = q.descending(true);
    match sorted_by {
        "vote" => order(&mut votes, descending, |v| text_key(&v.title)),
        "outcome" => order(&mut votes, descending, |v| v.outcome.unwrap_or("open")),
        _ => order(&mut votes, descending, |v| v.deadline.clone()),
    }
    let path = "/governance";
    let (votes, pages) = q.page_of(path, w, votes);
    let mut statuses = vec![("awaiting".to_string(), w.t("vote-awaiting"))];
    statuses.extend(
        ["open", "adopted", "rejected"]
            .iter()
            .map(|o| (o.to_string(), w.word("vote-outcome", o))),
    );
    let filters: Vec<Filter> = std::iter::once(Filter {
        name: "status",
        label: w.t("vote-outcome"),
        chosen: q.status.clone(),
        choices: statuses,
    })
    .chain(q.kept())
    .collect();
    let vote_columns = q.columns(
        path,
        &[
            ("vote", w.t("vote")),
            ("deadline", w.t("vote-until")),
            ("outcome", w.t("vote-outcome")),
        ],
        sorted_by,
        descending,
    );
    let all = c.members().await?;
    let applications = c
        .applications()
        .await?
        .iter()
        .rev()
        .map(|a| ApplicationRow {
            applicant: names.of(&a.member),
            description: a.description.clone(),
            sponsor: a.sponsor.as_ref().map(|m| names.of(m)).unwrap_or_default(),
            ballot: a.ballot,
            applied: day(a.applied_at),
        })
        .collect();
    Ok(Governance {
        ctx: s.ctx(&s.words.t("nav-governance")),
        presidency,
        members,
        votes,
        vote_columns,
        clear: q.cleared(path, &["status"]),
        filters,
        pages,
        any_votes,
        refused,
        applications,
        records_applications: Authority::Administrator(&s.actor).acts_for_secretariat(),
        sponsors: all
            .iter()
            .filter(|m| m.status == domain::MemberStatus::Member)
            .map(|m| m.name.clone())
            .collect(),
        application: ApplicationForm::default(),
        errors: FieldErrors::new(),
        done: None,
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
    refused(
        governance_page(
            &state,
            &p.session,
            &ListQuery::default(),
            Some(Refused { at: id, why }),
        )
        .await?,
    )
}
