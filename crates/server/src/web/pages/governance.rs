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
    /// The members an administrator may appoint to the presidency: in good standing, not the
    /// secretariat. Empty for everyone else.
    candidates: Vec<(String, String)>,
    /// Why an appointment was refused.
    presidency_refused: Option<String>,
}

/// An application to join, as the pages list it.
pub(super) struct ApplicationRow {
    applicant: String,
    description: String,
    /// Whom the members reach at the applicant, as the API gives it too.
    contact: String,
    sponsor: String,
    ballot: i64,
    applied: String,
    applied_at: i64,
    /// The vote's outcome: open, adopted or rejected.
    outcome: &'static str,
}

/// Every application the center has received, newest first, with the outcome of its vote
/// among `ballots` (the center's, read once by the page).
async fn application_rows(
    state: &State,
    names: &Names,
    ballots: &[domain::governance::Ballot],
) -> Result<Vec<ApplicationRow>, WebError> {
    let c = &state.center;
    Ok(c.applications()
        .await?
        .iter()
        .rev()
        .map(|a| ApplicationRow {
            applicant: names.of(&a.member),
            description: a.description.clone(),
            contact: a.contact.clone(),
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
    match d.done.as_deref() {
        Some("applied") => page.done = Some(s.words.t("done-applied")),
        Some("appointed") => page.done = Some(s.words.t("done-appointed")),
        _ => {}
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
    // The presidency is named as people read it: "Alpha Agency holds the presidency".
    let display = Names(c.member_display_names().await?);
    let presidency = c
        .current_presidency()
        .await?
        .map(|t| TermView::of(&t, &display));
    let w = &s.words;
    let ballots = c.ballots().await?;
    let all_votes: Vec<BallotView> = ballots
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
    let applications = application_rows(state, &names, &ballots)
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
        candidates: if Authority::Administrator(&s.actor).check().is_ok() {
            all.iter()
                .filter(|m| m.status == domain::MemberStatus::Member && !m.is_secretariat)
                .map(|m| (m.name.clone(), m.display_name.clone()))
                .collect()
        } else {
            vec![]
        },
        presidency_refused: None,
    })
}

#[derive(Deserialize)]
pub(super) struct AppointForm {
    #[serde(default)]
    member: String,
    /// What the appointment rests on (a decision, a meeting).
    #[serde(default)]
    basis: String,
}

/// The center's administrators appoint the next presidency, from the end of the current term.
pub(super) async fn appoint(St(state): St<State>, p: Posted<AppointForm>) -> Page {
    let basis = match p.form.basis.trim() {
        "" => p.session.words.t("presidency-basis-none"),
        b => b.to_string(),
    };
    let r = state
        .center
        .appoint_president(
            Authority::Administrator(&p.session.actor),
            p.form.member.trim(),
            &basis,
            "",
        )
        .await
        .map(|_| ());
    let Err(why) = refusal(r)? else {
        return see_other("/governance?done=appointed");
    };
    let mut page = governance_page(&state, &p.session, &ListQuery::default(), None).await?;
    page.presidency_refused = Some(why);
    refused(page)
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
    /// Whether the user runs the center's members (its administrators): the forms are theirs.
    runs_members: bool,
    /// The new member's form as typed, after a refusal.
    form: NewMemberForm,
    errors: FieldErrors,
    /// A refused change of status: the member and why.
    status_refused: Option<Refused<String>>,
    done: Option<String>,
}

/// A member as the list shows it, with its application while it applies.
pub(super) struct MemberRow {
    member: MemberView,
    /// The application's sponsor (possibly none) and the vote on it.
    application: Option<(String, i64)>,
    /// The statuses an administrator may move it to.
    next: Vec<&'static str>,
}

#[derive(Deserialize, Default)]
pub(super) struct NewMemberForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    display_name: String,
    /// `on` for a founding member.
    #[serde(default)]
    founding: String,
}

#[derive(Deserialize)]
pub(super) struct MembersParams {
    done: Option<String>,
    #[serde(flatten)]
    list: ListQuery,
}

pub(super) async fn members(
    St(state): St<State>,
    s: Session,
    Query(p): Query<MembersParams>,
) -> Page {
    let mut page = members_page(
        &state,
        &s,
        &p.list,
        NewMemberForm::default(),
        FieldErrors::new(),
        None,
    )
    .await?;
    page.done = p.done.as_deref().and_then(|d| match d {
        "member-added" | "member-status" => Some(s.words.t(&format!("done-{d}"))),
        _ => None,
    });
    render(page)
}

/// The center's administrators add a member (founding or not).
pub(super) async fn add_member(St(state): St<State>, p: Posted<NewMemberForm>) -> Page {
    let c = &state.center;
    let f = &p.form;
    let by = Authority::Administrator(&p.session.actor);
    let mut errors = FieldErrors::new();
    let display = match f.display_name.trim() {
        "" => f.name.trim(),
        d => d,
    };
    let r = c
        .add_member(by, f.name.trim(), display, f.founding == "on")
        .await;
    if form_error(r, &mut errors, "member.form")?.is_some() {
        return see_other("/members?done=member-added");
    }
    let Posted { session, form } = p;
    refused(members_page(&state, &session, &ListQuery::default(), form, errors, None).await?)
}

#[derive(Deserialize)]
pub(super) struct StatusForm {
    #[serde(default)]
    to: String,
    #[serde(default)]
    reason: String,
}

/// The center's administrators change a member's status (suspend, reinstate, make observer,
/// withdraw), with the reason kept in its history.
pub(super) async fn change_status(
    St(state): St<State>,
    Path(name): Path<String>,
    p: Posted<StatusForm>,
) -> Page {
    let to = match p.form.to.as_str() {
        "member" => Some(domain::MemberStatus::Member),
        "observer" => Some(domain::MemberStatus::Observer),
        "suspended" => Some(domain::MemberStatus::Suspended),
        "withdrawn" => Some(domain::MemberStatus::Withdrawn),
        _ => None,
    };
    let r = match to {
        Some(to) => state
            .center
            .change_member_status(
                Authority::Administrator(&p.session.actor),
                &name,
                to,
                &p.form.reason,
            )
            .await
            .map(|_| ()),
        None => Err(domain::Error::field(
            "to",
            "unknown-status",
            "choose the status the member moves to",
        )),
    };
    let Err(why) = refusal(r)? else {
        return see_other(&format!("/members?done=member-status#member-{name}"));
    };
    refused(
        members_page(
            &state,
            &p.session,
            &ListQuery::default(),
            NewMemberForm::default(),
            FieldErrors::new(),
            Some(Refused { at: name, why }),
        )
        .await?,
    )
}

/// Every member the center has known, sorted, narrowed by status and paged.
async fn members_page(
    state: &State,
    s: &Session,
    q: &ListQuery,
    form: NewMemberForm,
    errors: FieldErrors,
    status_refused: Option<Refused<String>>,
) -> Result<Members, WebError> {
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
                next: domain::governance::statuses_by_command(m)
                    .into_iter()
                    .map(|s| s.as_str())
                    .collect(),
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
    let filters = std::iter::once(Filter::coded(
        w,
        "status",
        w.t("col-status"),
        &q.status,
        "member-status",
        &["member", "applicant", "observer", "suspended", "withdrawn"],
    ))
    .chain(q.kept())
    .collect();
    Ok(Members {
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
        runs_members: Authority::Administrator(&s.actor).check().is_ok(),
        form,
        errors,
        status_refused,
        done: None,
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
    let all = application_rows(state, &names, &c.ballots().await?).await?;
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
    let filters = std::iter::once(Filter::coded(
        w,
        "status",
        w.t("vote-outcome"),
        &q.status,
        "vote-outcome",
        &["open", "adopted", "rejected"],
    ))
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
