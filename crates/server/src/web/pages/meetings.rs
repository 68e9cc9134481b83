//! Meetings: agenda, attendance, minutes, decisions and action items.

use super::table::{Column, Filter, ListQuery, Pages, order, passes, text_key};
use super::*;

#[derive(Template)]
#[template(path = "web/meetings.html")]
pub(super) struct Meetings {
    ctx: Ctx,
    columns: Vec<Column>,
    /// As sorted and filtered, one page of them.
    rows: Vec<MeetingSummary>,
    filters: Vec<Filter>,
    pages: Pages,
    /// The whole list again, when filters narrow it.
    clear: Option<String>,
    /// Whether the user convenes meetings (the presidency, the secretariat).
    keeps: bool,
    form: ConveneForm,
    errors: FieldErrors,
}

pub(super) async fn meetings(St(state): St<State>, s: Session, Query(q): Query<ListQuery>) -> Page {
    // The convener's own clock, unless they chose none.
    let form = ConveneForm {
        kind: "regular".into(),
        time_zone: s
            .words
            .reading
            .zone
            .name()
            .unwrap_or("Europe/Brussels")
            .into(),
        ..ConveneForm::default()
    };
    render(meetings_page(&state, &s, &q, form, FieldErrors::new()).await?)
}

/// The meeting list with the convene form, as typed and with its errors by field.
pub(super) async fn meetings_page(
    state: &State,
    s: &Session,
    q: &ListQuery,
    form: ConveneForm,
    errors: FieldErrors,
) -> Result<Meetings, WebError> {
    let w = &s.words;
    let names = Names(state.center.member_names().await?);
    let all = state.center.meetings().await?;
    let mut rows: Vec<(&domain::meetings::Meeting, MeetingSummary)> = all
        .iter()
        .rev()
        .map(|m| (m, MeetingSummary::of(m, &names)))
        .filter(|(_, m)| passes(&q.kind, m.kind))
        .collect();
    let sorted_by = q.sorted_by(&["title", "kind", "starts", "venue"], "starts");
    let descending = q.descending(true);
    match sorted_by {
        "title" => order(&mut rows, descending, |(_, m)| text_key(&m.title)),
        "kind" => order(&mut rows, descending, |(_, m)| m.kind),
        "venue" => order(&mut rows, descending, |(_, m)| text_key(&m.venue)),
        _ => order(&mut rows, descending, |(m, _)| m.starts_at),
    }
    let path = "/meetings";
    let (rows, pages) = q.page_of(path, w, rows.into_iter().map(|(_, m)| m).collect());
    Ok(Meetings {
        ctx: s.ctx(&s.words.t("nav-meetings")),
        columns: q.columns(
            path,
            &[
                ("title", w.t("meeting")),
                ("kind", w.t("meeting-kind")),
                ("starts", w.t("meeting-when")),
                ("venue", w.t("meeting-where")),
            ],
            sorted_by,
            descending,
        ),
        rows,
        filters: std::iter::once(Filter {
            name: "kind",
            label: w.t("meeting-kind"),
            chosen: q.kind.clone(),
            choices: ["regular", "extraordinary"]
                .iter()
                .map(|k| (k.to_string(), w.word("meeting-kind", k)))
                .collect(),
        })
        .chain(q.kept())
        .collect(),
        pages,
        clear: q.cleared(path, &["kind"]),
        keeps: state.center.keeps_meetings(&s.actor).await?,
        form,
        errors,
    })
}

#[derive(Deserialize, Default)]
pub(super) struct ConveneForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    starts: String,
    #[serde(default)]
    ends: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    venue: String,
}

pub(super) async fn convene(St(state): St<State>, p: Posted<ConveneForm>) -> Page {
    // Who may not keep meetings is refused before the form is read (see
    // `Center::check_keeps_meetings`).
    state.center.check_keeps_meetings(&p.session.actor).await?;
    let f = &p.form;
    let mut errors = FieldErrors::new();
    use domain::meetings::MeetingKind;
    let kind = form_error(
        domain::input::word::<MeetingKind>("kind", &f.kind),
        &mut errors,
        "form",
    )?;
    // The times are typed on the clock of the meeting's own time zone.
    let zone = Some(f.time_zone.as_str());
    let starts = form_error(
        domain::input::time_in("starts", &f.starts, zone),
        &mut errors,
        "form",
    )?;
    let ends = form_error(
        domain::input::time_in("ends", &f.ends, zone),
        &mut errors,
        "form",
    )?;
    if let (Some(kind), Some(starts), Some(ends)) = (kind, starts, ends) {
        let r = state
            .center
            .convene(
                Authority::Administrator(&p.session.actor),
                &f.title,
                kind,
                starts,
                ends,
                &f.time_zone,
                &f.venue,
            )
            .await;
        // The domain checks the title, the times and the zone, and names each field it refuses.
        if let Some(m) = form_error(r, &mut errors, "form")? {
            return see_other(&format!("/meetings/{}", m.id));
        }
    }
    refused(meetings_page(&state, &p.session, &ListQuery::default(), p.form, errors).await?)
}

#[derive(Template)]
#[template(path = "web/meeting.html")]
pub(super) struct MeetingPage {
    ctx: Ctx,
    meeting: MeetingView,
    /// Whether the user keeps meetings (the presidency, the secretariat): the forms are
    /// offered to them only.
    keeps: bool,
    /// What an agenda item may be linked to: `application:3`, `vote:4`, `report:1`,
    /// `statistics`, with what the secretariat reads.
    links: Vec<(String, String)>,
    /// The meeting's kind, its times and the agenda links' labels in the reader's words.
    kind: String,
    /// The agenda items, for a decision taken under one.
    items: Vec<(i64, String)>,
    /// The minutes as HTML.
    minutes: String,
    /// Active members, for the attendance and assignee pickers.
    members: Vec<String>,
    /// What was typed in a refused form, by `form.field`.
    typed: BTreeMap<&'static str, String>,
    /// Why it was refused, by `form.field` (`form.form` for the form as a whole).
    errors: FieldErrors,
    /// The open action items the reader may close.
    closable: Vec<i64>,
    /// The votes on admissions, by ballot: the applicant, for the agenda to title them in the
    /// reader's words.
    admissions: HashMap<i64, String>,
    /// What the user just did, confirmed.
    done: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct MeetingParams {
    done: Option<String>,
}

pub(super) async fn meeting(
    St(state): St<State>,
    s: Session,
    Path(id): Path<i64>,
    Query(p): Query<MeetingParams>,
) -> Page {
    let mut page = meeting_page(&state, &s, id, BTreeMap::new(), FieldErrors::new()).await?;
    page.done = p.done.as_deref().and_then(|d| match d {
        "action-done" | "action-cancelled" => Some(s.words.t(&format!("done-{d}"))),
        _ => None,
    });
    render(page)
}

/// A meeting's page; after a refused form, with what was typed and why.
pub(super) async fn meeting_page(
    state: &State,
    s: &Session,
    id: i64,
    typed: BTreeMap<&'static str, String>,
    errors: FieldErrors,
) -> Result<MeetingPage, WebError> {
    let c = &state.center;
    let w = &s.words;
    let names = Names(c.member_names().await?);
    let r = c.meeting(id).await?;
    let agenda = c.agenda_for(&s.actor, id).await?;
    let keeps = c.keeps_meetings(&s.actor).await?;
    // The center's votes, read once: the agenda links to them and titles admissions by them.
    let ballots = c.ballots().await?;
    let mut links = vec![("statistics".to_string(), w.t("meeting-link-statistics"))];
    if keeps {
        let now = c.now();
        for b in ballots
            .iter()
            .filter(|b| b.closed_at.is_none() && b.deadline > now)
        {
            links.push((
                format!("vote:{}", b.id),
                w.t1("meeting-link-vote", "title", b.title.clone()),
            ));
        }
        for a in c.applications().await? {
            let open = ballots
                .iter()
                .any(|b| b.id == a.ballot && b.closed_at.is_none());
            if open {
                links.push((
                    format!("application:{}", a.id),
                    w.t1("meeting-link-application", "member", names.of(&a.member)),
                ));
            }
        }
        for p in c.published_reports().await? {
            links.push((
                format!("report:{}", p.id),
                w.t1("meeting-link-report", "title", p.title.clone()),
            ));
        }
        for j in c.joint_overview(&s.actor).await? {
            if j.status == domain::joint::JointStatus::Active {
                links.push((
                    format!("joint:{}", j.id),
                    w.t1("meeting-link-joint", "id", j.id),
                ));
            }
        }
    }
    let items = agenda
        .iter()
        .map(|a| (a.item.id, a.item.title.clone()))
        .collect();
    Ok(MeetingPage {
        ctx: s.ctx(&r.meeting.title),
        keeps,
        links,
        kind: w.word("meeting-kind", r.meeting.kind.as_str()),
        items,
        minutes: crate::pack::markdown(&r.meeting.minutes),
        meeting: MeetingView::of(&r, &agenda, &names, c.now()),
        members: c
            .members()
            .await?
            .into_iter()
            .filter(|m| m.status.is_active())
            .map(|m| m.name)
            .collect(),
        typed,
        errors,
        closable: r
            .actions
            .iter()
            .filter(|a| a.closable_by(&s.actor, keeps))
            .map(|a| a.id)
            .collect(),
        done: None,
        admissions: ballots
            .iter()
            .filter_map(|b| {
                domain::governance::admission_vote_of(&b.subject, &b.title)
                    .map(|a| (b.id, a.to_string()))
            })
            .collect(),
    })
}

impl MeetingPage {
    /// How a joint operation on the agenda stands, for every reader.
    fn joint_stands(
        &self,
        j: &crate::views::joint::JointOverviewEntry,
    ) -> askama::filters::Safe<String> {
        use crate::i18n::Part;
        let w = &self.ctx.w;
        w.html(
            "meeting-joint-stands",
            &[
                ("id", Part::Count(j.id)),
                ("status", Part::Name(w.word("joint-status", j.status))),
                ("members", Part::Count(j.participants as i64)),
                ("outcomes", Part::Count(j.outcomes as i64)),
            ],
        )
    }

    /// What an agenda item links to, as its link says it: a vote on an admission in the
    /// reader's words, anything else as the view names it.
    fn linked_label(&self, a: &crate::views::meetings::AgendaItemView, l: &str) -> String {
        match &a.link {
            Some(domain::meetings::AgendaLink::Vote(n)) => match self.admissions.get(n) {
                Some(applicant) => {
                    self.ctx
                        .w
                        .t1("vote-title-admission", "member", applicant.clone())
                }
                None => l.to_string(),
            },
            _ => l.to_string(),
        }
    }
}

/// Shows the meeting page again with a refused form's values and errors.
pub(super) async fn meeting_refused(
    state: &State,
    s: &Session,
    id: i64,
    typed: &[(&'static str, &str)],
    errors: FieldErrors,
) -> Page {
    refused(meeting_page(state, s, id, typed_values(typed), errors).await?)
}

#[derive(Deserialize)]
pub(super) struct AgendaForm {
    #[serde(default)]
    title: String,
    /// `application:3`, `vote:4`, `report:1`, `joint:5`, `statistics`, or empty.
    #[serde(default)]
    link: String,
    #[serde(default)]
    object: String,
}

pub(super) async fn agenda(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<AgendaForm>,
) -> Page {
    // Who may not keep meetings is refused before the form is read (see
    // `Center::check_keeps_meetings`).
    state.center.check_keeps_meetings(&p.session.actor).await?;
    let f = &p.form;
    let mut errors = FieldErrors::new();
    let object = f.object.trim();
    let w = &p.session.words;
    if f.title.trim().is_empty() {
        errors.insert("agenda.title", w.t("meeting-agenda-title-needed"));
    }
    if !object.is_empty()
        && let Err(why) = stix::id::parse_id(object)
    {
        errors.insert("agenda.object", why);
    }
    use domain::meetings::AgendaLink;
    let number = |s: &str| s.parse::<i64>().ok();
    let chosen = match f.link.split_once(':') {
        _ if f.link.is_empty() => Some(None),
        None if f.link == "statistics" => Some(Some(AgendaLink::Statistics)),
        Some(("application", n)) => number(n).map(|n| Some(AgendaLink::Application(n))),
        Some(("vote", n)) => number(n).map(|n| Some(AgendaLink::Vote(n))),
        Some(("report", n)) => number(n).map(|n| Some(AgendaLink::Report(n))),
        Some(("joint", n)) => number(n).map(|n| Some(AgendaLink::Joint(n))),
        _ => None,
    };
    let chosen = match chosen {
        Some(c) => c,
        None => {
            errors.insert("agenda.link", w.t("meeting-agenda-link-unknown"));
            None
        }
    };
    if chosen.is_some() && !object.is_empty() {
        errors.insert("agenda.object", w.t("meeting-agenda-one-link"));
    }
    if errors.is_empty() {
        let link =
            chosen.or_else(|| (!object.is_empty()).then(|| AgendaLink::Object(object.to_string())));
        let r = state
            .center
            .add_agenda_item(
                Authority::Administrator(&p.session.actor),
                id,
                &f.title,
                "",
                link,
            )
            .await;
        if form_error(r, &mut errors, "agenda.form")?.is_some() {
            return see_other(&format!("/meetings/{id}"));
        }
    }
    let typed = [
        ("agenda.title", f.title.as_str()),
        ("agenda.link", f.link.as_str()),
        ("agenda.object", object),
    ];
    meeting_refused(&state, &p.session, id, &typed, errors).await
}

#[derive(Deserialize)]
pub(super) struct AttendanceForm {
    #[serde(default)]
    member: String,
    #[serde(default)]
    present: Option<String>,
    /// The people who attended for the member, by name.
    #[serde(default)]
    delegates: String,
}

pub(super) async fn attendance(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<AttendanceForm>,
) -> Page {
    // Who may not keep meetings is refused before the form is read (see
    // `Center::check_keeps_meetings`).
    state.center.check_keeps_meetings(&p.session.actor).await?;
    let mut errors = FieldErrors::new();
    let r = state
        .center
        .record_attendance(
            Authority::Administrator(&p.session.actor),
            id,
            &p.form.member,
            p.form.present.is_some(),
            &p.form.delegates,
        )
        .await;
    if form_error(r, &mut errors, "attendance.member")?.is_some() {
        return see_other(&format!("/meetings/{id}"));
    }
    let typed = [
        ("attendance.member", p.form.member.as_str()),
        ("attendance.delegates", p.form.delegates.as_str()),
    ];
    meeting_refused(&state, &p.session, id, &typed, errors).await
}

#[derive(Deserialize)]
pub(super) struct MinutesForm {
    #[serde(default)]
    minutes: String,
}

pub(super) async fn minutes(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<MinutesForm>,
) -> Page {
    // Who may not keep meetings is refused before the form is read (see
    // `Center::check_keeps_meetings`).
    state.center.check_keeps_meetings(&p.session.actor).await?;
    let mut errors = FieldErrors::new();
    let r = state
        .center
        .set_minutes(
            Authority::Administrator(&p.session.actor),
            id,
            &p.form.minutes,
        )
        .await;
    if form_error(r, &mut errors, "minutes.minutes")?.is_some() {
        return see_other(&format!("/meetings/{id}"));
    }
    let typed = [("minutes.minutes", p.form.minutes.as_str())];
    meeting_refused(&state, &p.session, id, &typed, errors).await
}

#[derive(Deserialize)]
pub(super) struct DecisionForm {
    #[serde(default)]
    text: String,
    /// The agenda item it is taken under, if any.
    #[serde(default)]
    item: String,
    /// `vote` puts it to the members' vote under the decision rule; else it is recorded.
    #[serde(default)]
    by: String,
    #[serde(default)]
    days: String,
}

pub(super) async fn decision(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<DecisionForm>,
) -> Page {
    // Who may not keep meetings is refused before the form is read (see
    // `Center::check_keeps_meetings`).
    state.center.check_keeps_meetings(&p.session.actor).await?;
    let mut errors = FieldErrors::new();
    let f = &p.form;
    let w = &p.session.words;
    if f.text.trim().is_empty() {
        errors.insert("decision.text", w.t("meeting-decision-needed"));
    }
    let item = match f.item.trim() {
        "" => None,
        n => match n.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => {
                errors.insert("decision.item", w.t("meeting-decision-item-unknown"));
                None
            }
        },
    };
    let days = match f.days.trim() {
        "" => 14,
        d => match d.parse::<i64>() {
            Ok(d) if (1..=365).contains(&d) => d,
            _ => {
                errors.insert("decision.days", w.t("meeting-decision-days"));
                14
            }
        },
    };
    if errors.is_empty() {
        let rule = (f.by == "vote").then_some(domain::meetings::DECISION_RULE);
        let r = state
            .center
            .decide(
                Authority::Administrator(&p.session.actor),
                id,
                item,
                &f.text,
                rule,
                days,
            )
            .await;
        if form_error(r, &mut errors, "decision.text")?.is_some() {
            return see_other(&format!("/meetings/{id}"));
        }
    }
    let typed = [
        ("decision.text", f.text.as_str()),
        ("decision.item", f.item.as_str()),
        ("decision.by", f.by.as_str()),
        ("decision.days", f.days.as_str()),
    ];
    meeting_refused(&state, &p.session, id, &typed, errors).await
}

#[derive(Deserialize)]
pub(super) struct ActionForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    assignee: String,
    #[serde(default)]
    due: String,
}

pub(super) async fn action(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<ActionForm>,
) -> Page {
    // Who may not keep meetings is refused before the form is read (see
    // `Center::check_keeps_meetings`).
    state.center.check_keeps_meetings(&p.session.actor).await?;
    let f = &p.form;
    let mut errors = FieldErrors::new();
    if let Some(due) = form_error(
        domain::input::time_in("due", &f.due, p.session.words.reading.zone.name()),
        &mut errors,
        "action.form",
    )? {
        let r = state
            .center
            .add_action(
                Authority::Administrator(&p.session.actor),
                id,
                None,
                &f.title,
                &f.assignee,
                due,
            )
            .await;
        if form_error(r, &mut errors, "action.form")?.is_some() {
            return see_other(&format!("/meetings/{id}"));
        }
    }
    let typed = [
        ("action.title", f.title.as_str()),
        ("action.assignee", f.assignee.as_str()),
        ("action.due", f.due.as_str()),
    ];
    meeting_refused(&state, &p.session, id, &typed, errors).await
}

impl MeetingPage {
    fn typed_is(&self, key: &str, value: &str) -> bool {
        self.typed.get(key).is_some_and(|v| v == value)
    }
}
