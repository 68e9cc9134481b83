//! Meetings: agenda, attendance, minutes, decisions and action items.

use super::*;

#[derive(Template)]
#[template(path = "web/meetings.html")]
pub(super) struct Meetings {
    ctx: Ctx,
    /// Newest first.
    rows: Vec<MeetingSummary>,
    form: ConveneForm,
    errors: FieldErrors,
}

pub(super) async fn meetings(St(state): St<State>, s: Session) -> Page {
    let form = ConveneForm {
        kind: "regular".into(),
        time_zone: "Europe/Brussels".into(),
        ..ConveneForm::default()
    };
    render(meetings_page(&state, &s, form, FieldErrors::new()).await?)
}

/// The meeting list with the convene form, as typed and with its errors by field.
pub(super) async fn meetings_page(
    state: &State,
    s: &Session,
    form: ConveneForm,
    errors: FieldErrors,
) -> Result<Meetings, WebError> {
    let names = Names(state.center.member_names().await?);
    let rows = state
        .center
        .meetings()
        .await?
        .iter()
        .rev()
        .map(|m| MeetingSummary::of(m, &names))
        .collect();
    Ok(Meetings {
        ctx: s.ctx(&s.words.t("nav-meetings")),
        rows,
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
    let f = &p.form;
    let mut errors = FieldErrors::new();
    use domain::meetings::MeetingKind;
    let kind = form_error(
        domain::input::word::<MeetingKind>("kind", &f.kind),
        &mut errors,
        "form",
    )?;
    let starts = form_error(
        domain::input::time("starts", &f.starts),
        &mut errors,
        "form",
    )?;
    let ends = form_error(domain::input::time("ends", &f.ends), &mut errors, "form")?;
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
    refused(meetings_page(&state, &p.session, p.form, errors).await?)
}

#[derive(Template)]
#[template(path = "web/meeting.html")]
pub(super) struct MeetingPage {
    ctx: Ctx,
    meeting: MeetingView,
    /// The minutes as HTML.
    minutes: String,
    /// Active members, for the attendance and assignee pickers.
    members: Vec<String>,
    /// What was typed in a refused form, by `form.field`.
    typed: BTreeMap<&'static str, String>,
    /// Why it was refused, by `form.field` (`form.form` for the form as a whole).
    errors: FieldErrors,
}

pub(super) async fn meeting(St(state): St<State>, s: Session, Path(id): Path<i64>) -> Page {
    render(meeting_page(&state, &s, id, BTreeMap::new(), FieldErrors::new()).await?)
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
    let names = Names(c.member_names().await?);
    let r = c.meeting(id).await?;
    let agenda = c.agenda_for(&s.actor, id).await?;
    Ok(MeetingPage {
        ctx: s.ctx(&r.meeting.title),
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
    })
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
    #[serde(default)]
    object: String,
}

pub(super) async fn agenda(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<AgendaForm>,
) -> Page {
    let f = &p.form;
    let mut errors = FieldErrors::new();
    let object = f.object.trim();
    if f.title.trim().is_empty() {
        errors.insert("agenda.title", "Give the item a title.".into());
    }
    if !object.is_empty()
        && let Err(why) = stix::id::parse_id(object)
    {
        errors.insert("agenda.object", why);
    }
    if errors.is_empty() {
        let link =
            (!object.is_empty()).then(|| domain::meetings::AgendaLink::Object(object.to_string()));
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
}

pub(super) async fn attendance(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<AttendanceForm>,
) -> Page {
    let mut errors = FieldErrors::new();
    let r = state
        .center
        .record_attendance(
            Authority::Administrator(&p.session.actor),
            id,
            &p.form.member,
            p.form.present.is_some(),
            "",
        )
        .await;
    if form_error(r, &mut errors, "attendance.member")?.is_some() {
        return see_other(&format!("/meetings/{id}"));
    }
    meeting_refused(&state, &p.session, id, &[], errors).await
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
}

pub(super) async fn decision(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<DecisionForm>,
) -> Page {
    let mut errors = FieldErrors::new();
    if p.form.text.trim().is_empty() {
        errors.insert("decision.text", "Write the decision.".into());
    } else {
        let r = state
            .center
            .decide(
                Authority::Administrator(&p.session.actor),
                id,
                None,
                &p.form.text,
                None,
                14,
            )
            .await;
        if form_error(r, &mut errors, "decision.text")?.is_some() {
            return see_other(&format!("/meetings/{id}"));
        }
    }
    let typed = [("decision.text", p.form.text.as_str())];
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
    let f = &p.form;
    let mut errors = FieldErrors::new();
    if let Some(due) = form_error(
        domain::input::time("due", &f.due),
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
        ("action.due", f.due.as_str()),
    ];
    meeting_refused(&state, &p.session, id, &typed, errors).await
}
