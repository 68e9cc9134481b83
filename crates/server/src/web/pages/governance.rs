//! Members, the presidency and votes.

use super::table::{Column, Filter, ListQuery, Pages, order, passes, text_key};
use super::*;

#[derive(Template)]
#[template(path = "web/governance.html")]
pub(super) struct Governance {
    ctx: Ctx,
    presidency: Option<TermView>,
    /// Members in good standing, and all members the center has known.
    in_good_standing: i64,
    all_members: i64,
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
    /// Applications to join still put to the members' vote.
    applications: Vec<ApplicationRow>,
    /// Whether the user records applications (the secretariat).
    records_applications: bool,
    done: Option<String>,
}

/// An application to join, as the pages list it.
pub(super) struct ApplicationRow {
    applicant: String,
    description: String,
    sponsor: String,
    ballot: i64,
    applied: String,
    applied_at: i64,
    /// The vote's outcome: open, adopted or rejected.
    outcome: &'static str,
}

/// Every application the center has received, newest first, with its vote's outcome.
async fn application_rows(state: &State, names: &Names) -> Result<Vec<ApplicationRow>, WebError> {
    let c = &state.center;
    let ballots = c.ballots().await?;
    Ok(c.applications()
        .await?
        .iter()
        .rev()
        .map(|a| ApplicationRow {
            applicant: names.of(&a.member),
            description: a.description.clone(),
            sponsor: a.sponsor.as_ref().map(|m| names.of(m)).unwrap_or_default(),
            ballot: a.ballot,
            applied: day(a.applied_at),
            applied_at: a.applied_at,
            outcome: ballots
                .iter()
                .find(|b| b.id == a.ballot)
                .and_then(|b| b.outcome)
                .map_or("open", |o| o.as_str()),
        })
        .collect())
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
    refused(applications_page(&state, &session, &ListQuery::default(), form, errors).await?)
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
    let applications = application_rows(state, &names)
        .await?
        .into_iter()
        .filter(|a| a.outcome == "open")
        .collect();
    Ok(Governance {
        ctx: s.ctx(&s.words.t("nav-governance")),
        presidency,
        in_good_standing: all
            .iter()
            .filter(|m| m.status == domain::MemberStatus::Member)
            .count() as i64,
        all_members: all.len() as i64,
        votes,
        vote_columns,
        clear: q.cleared(path, &["status"]),
        filters,
        pages,
        any_votes,
        refused,
        applications,
        records_applications: Authority::Administrator(&s.actor).acts_for_secretariat(),
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

#[derive(Template)]
#[template(path = "web/members.html")]
pub(super) struct Members {
    ctx: Ctx,
    columns: Vec<Column>,
    /// As sorted and filtered, one page of them.
    rows: Vec<MemberRow>,
    filters: Vec<Filter>,
    pages: Pages,
    clear: Option<String>,
}

/// A member as the list shows it, with its application while it applies.
pub(super) struct MemberRow {
    member: MemberView,
    /// The application's sponsor (possibly none) and the vote on it.
    application: Option<(String, i64)>,
}

/// Every member the center has known, sorted, narrowed by status and paged.
pub(super) async fn members(St(state): St<State>, s: Session, Query(q): Query<ListQuery>) -> Page {
    let c = &state.center;
    let w = &s.words;
    let names = Names(c.member_names().await?);
    let applications = c.applications().await?;
    let all = c.members().await?;
    let mut rows: Vec<(Option<i64>, MemberRow)> = all
        .iter()
        .map(|m| {
            // The newest application is the one in force.
            let application = applications
                .iter()
                .rev()
                .find(|a| a.member == m.id && m.status == domain::MemberStatus::Applicant)
                .map(|a| {
                    let sponsor = a.sponsor.as_ref().map(|x| names.of(x)).unwrap_or_default();
                    (sponsor, a.ballot)
                });
            let row = MemberRow {
                member: MemberView::of(m),
                application,
            };
            (m.accession_at, row)
        })
        .filter(|(_, r)| passes(&q.status, r.member.status))
        .collect();
    let sorted_by = q.sorted_by(&["member", "status", "accession"], "member");
    let descending = q.descending(false);
    match sorted_by {
        "status" => order(&mut rows, descending, |(_, r)| r.member.status),
        "accession" => order(&mut rows, descending, |(at, _)| *at),
        _ => order(&mut rows, descending, |(_, r)| {
            text_key(&r.member.display_name)
        }),
    }
    let path = "/members";
    let (rows, pages) = q.page_of(path, w, rows.into_iter().map(|(_, r)| r).collect());
    let filters = std::iter::once(Filter {
        name: "status",
        label: w.t("col-status"),
        chosen: q.status.clone(),
        choices: ["member", "applicant", "observer", "suspended", "withdrawn"]
            .iter()
            .map(|v| (v.to_string(), w.word("member-status", v)))
            .collect(),
    })
    .chain(q.kept())
    .collect();
    render(Members {
        ctx: s.ctx(&w.t("members")),
        columns: q.columns(
            path,
            &[
                ("member", w.t("member")),
                ("status", w.t("col-status")),
                ("accession", w.t("member-accession")),
            ],
            sorted_by,
            descending,
        ),
        rows,
        filters,
        pages,
        clear: q.cleared(path, &["status"]),
    })
}

#[derive(Template)]
#[template(path = "web/applications.html")]
pub(super) struct Applications {
    ctx: Ctx,
    columns: Vec<Column>,
    /// As sorted and filtered, one page of them.
    rows: Vec<ApplicationRow>,
    filters: Vec<Filter>,
    pages: Pages,
    clear: Option<String>,
    /// Whether any application was ever received.
    any: bool,
    /// Whether the user records applications (the secretariat).
    records_applications: bool,
    /// Members in good standing, who may sponsor an applicant.
    sponsors: Vec<String>,
    /// The application form as typed, after a refusal.
    application: ApplicationForm,
    errors: FieldErrors,
}

pub(super) async fn applications(
    St(state): St<State>,
    s: Session,
    Query(q): Query<ListQuery>,
) -> Page {
    render(
        applications_page(
            &state,
            &s,
            &q,
            ApplicationForm::default(),
            FieldErrors::new(),
        )
        .await?,
    )
}

/// Every application to join, sorted, narrowed by its vote's outcome and paged, with the
/// secretariat's form to record one.
async fn applications_page(
    state: &State,
    s: &Session,
    q: &ListQuery,
    application: ApplicationForm,
    errors: FieldErrors,
) -> Result<Applications, WebError> {
    let c = &state.center;
    let w = &s.words;
    let names = Names(c.member_names().await?);
    let all = application_rows(state, &names).await?;
    let any = !all.is_empty();
    let mut rows: Vec<ApplicationRow> = all
        .into_iter()
        .filter(|a| passes(&q.status, a.outcome))
        .collect();
    let sorted_by = q.sorted_by(&["applicant", "applied", "outcome"], "applied");
    let descending = q.descending(true);
    match sorted_by {
        "applicant" => order(&mut rows, descending, |a| text_key(&a.applicant)),
        "outcome" => order(&mut rows, descending, |a| a.outcome),
        _ => order(&mut rows, descending, |a| a.applied_at),
    }
    let path = "/applications";
    let (rows, pages) = q.page_of(path, w, rows);
    let filters = std::iter::once(Filter {
        name: "status",
        label: w.t("vote-outcome"),
        chosen: q.status.clone(),
        choices: ["open", "adopted", "rejected"]
            .iter()
            .map(|o| (o.to_string(), w.word("vote-outcome", o)))
            .collect(),
    })
    .chain(q.kept())
    .collect();
    Ok(Applications {
        ctx: s.ctx(&w.t("applications")),
        columns: q.columns(
            path,
            &[
                ("applicant", w.t("application-applicant")),
                ("applied", w.t("application-applied-on")),
                ("outcome", w.t("vote-outcome")),
            ],
            sorted_by,
            descending,
        ),
        rows,
        filters,
        pages,
        clear: q.cleared(path, &["status"]),
        any,
        records_applications: Authority::Administrator(&s.actor).acts_for_secretariat(),
        sponsors: c
            .members()
            .await?
            .iter()
            .filter(|m| m.status == domain::MemberStatus::Member)
            .map(|m| m.name.clone())
            .collect(),
        application,
        errors,
    })
}
