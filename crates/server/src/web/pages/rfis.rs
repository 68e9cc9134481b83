//! Requests for information.

use super::table::{Column, Filter, ListQuery, Pages, order, passes, text_key};
use super::*;

#[derive(Template)]
#[template(path = "web/rfis.html")]
pub(super) struct Rfis {
    ctx: Ctx,
    columns: Vec<Column>,
    /// As sorted and filtered, one page of them.
    rows: Vec<RfiSummary>,
    filters: Vec<Filter>,
    pages: Pages,
    /// The whole list again, when filters narrow it.
    clear: Option<String>,
    /// The members that may be asked.
    members: Vec<MemberView>,
    form: AskForm,
    errors: FieldErrors,
    /// Whether the user sends RFIs (a liaison officer): the ask form is offered by it.
    may_ask: bool,
}

pub(super) async fn rfis(St(state): St<State>, s: Session, Query(q): Query<ListQuery>) -> Page {
    let form = AskForm {
        priority: "normal".into(),
        ..AskForm::default()
    };
    render(rfis_page(&state, &s, &q, form, FieldErrors::new()).await?)
}

/// The RFI list with the ask form, as typed and with its errors by field.
pub(super) async fn rfis_page(
    state: &State,
    s: &Session,
    q: &ListQuery,
    form: AskForm,
    errors: FieldErrors,
) -> Result<Rfis, WebError> {
    let c = &state.center;
    let w = &s.words;
    let names = Names(c.member_names().await?);
    let all = c.rfis(&s.actor).await?;
    let mut rows: Vec<(&domain::rfis::Rfi, RfiSummary)> = all
        .iter()
        .rev()
        .map(|r| (r, RfiSummary::of(r, &names, &s.actor)))
        .filter(|(_, r)| {
            passes(&q.member, &r.from)
                && passes(&q.status, r.status)
                && passes(&q.priority, r.priority)
        })
        .collect();
    let sorted_by = q.sorted_by(
        &["question", "member", "priority", "deadline", "status"],
        "deadline",
    );
    let descending = q.descending(false);
    let shown = s.shown();
    match sorted_by {
        "question" => order(&mut rows, descending, |(_, r)| text_key(&r.question)),
        "member" => order(&mut rows, descending, |(_, r)| text_key(&shown.of(&r.from))),
        "priority" => order(&mut rows, descending, |(rfi, _)| rfi.priority),
        "status" => order(&mut rows, descending, |(_, r)| r.status),
        _ => order(&mut rows, descending, |(rfi, _)| rfi.deadline),
    }
    let path = "/rfis";
    let (rows, pages) = q.page_of(path, w, rows.into_iter().map(|(_, r)| r).collect());
    let from: Vec<String> = names.0.values().cloned().collect();
    let filters = vec![
        Filter::coded(
            w,
            "status",
            w.t("col-status"),
            &q.status,
            "rfi-status",
            &["open", "answered", "closed", "expired"],
        ),
        Filter::coded(
            w,
            "priority",
            w.t("rfi-priority"),
            &q.priority,
            "rfi-priority",
            &["urgent", "high", "normal", "low"],
        ),
        Filter::members(s, w.t("col-from"), &q.member, from),
    ];
    let members = other_active_members(state, s).await?;
    Ok(Rfis {
        ctx: s.ctx(&s.words.t("rfis-title")),
        columns: q.columns(
            path,
            &[
                ("question", w.t("rfi-question")),
                ("member", w.t("col-from")),
                ("priority", w.t("rfi-priority")),
                ("deadline", w.t("rfi-deadline")),
                ("status", w.t("col-status")),
            ],
            sorted_by,
            descending,
        ),
        rows,
        clear: q.cleared(path, &["member", "status", "priority"]),
        filters: filters.into_iter().chain(q.kept()).collect(),
        pages,
        members,
        form,
        errors,
        may_ask: domain::rfis::sends_rfis(&s.actor),
    })
}

#[derive(Deserialize, Default)]
pub(super) struct AskForm {
    #[serde(default)]
    question: String,
    #[serde(default)]
    priority: String,
    #[serde(default)]
    deadline: String,
    #[serde(default)]
    to: Vec<String>,
}

pub(super) async fn ask(St(state): St<State>, p: Posted<AskForm>) -> Page {
    let f = &p.form;
    let mut errors = FieldErrors::new();
    use domain::rfis::Priority;
    let priority = form_error(
        domain::input::word::<Priority>("priority", &f.priority),
        &mut errors,
        "form",
    )?;
    let deadline = form_error(
        domain::input::time_in("deadline", &f.deadline, p.session.words.reading.zone.name()),
        &mut errors,
        "form",
    )?;
    if let (Some(priority), Some(deadline)) = (priority, deadline) {
        let r = state
            .center
            .ask(
                &p.session.actor,
                &f.question,
                priority,
                deadline,
                &f.to,
                &[],
            )
            .await;
        if let Some(r) = form_error(r, &mut errors, "form")? {
            return see_other(&format!("/rfis/{}?done=sent", r.id));
        }
    }
    let page = rfis_page(&state, &p.session, &ListQuery::default(), p.form, errors).await?;
    Ok((
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        axum::response::Html(page.render()?),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "web/rfi.html")]
pub(super) struct RfiPage {
    ctx: Ctx,
    rfi: RfiDetail,
    form: AnswerForm,
    errors: FieldErrors,
    /// The kind and name of each linked object the reader may see, by id.
    titles: domain::browse::Titles,
    /// What the user just did, confirmed.
    done: Option<String>,
}

impl RfiPage {
    fn title_of(&self, id: &str) -> String {
        title_of(&self.ctx.w, &self.titles, id)
    }
}

#[derive(Deserialize)]
pub(super) struct RfiParams {
    done: Option<String>,
}

pub(super) async fn rfi(
    St(state): St<State>,
    s: Session,
    Path(id): Path<i64>,
    Query(p): Query<RfiParams>,
) -> Page {
    let mut page = rfi_page(&state, &s, id, AnswerForm::default(), FieldErrors::new()).await?;
    page.done = match p.done.as_deref() {
        Some("closed") => Some(s.words.t("done-rfi-closed")),
        Some("sent") => Some(s.words.t("done-rfi-sent")),
        Some("answered") => Some(s.words.t("done-rfi-answered")),
        _ => None,
    };
    render(page)
}

/// The asking member's liaison officer closes its RFI: no more answers are taken.
pub(super) async fn close(St(state): St<State>, Path(id): Path<i64>, p: Posted<Closing>) -> Page {
    let r = state.center.close_rfi(&p.session.actor, id).await;
    let Err(why) = refusal(r)? else {
        return see_other(&format!("/rfis/{id}?done=closed"));
    };
    let mut errors = FieldErrors::new();
    errors.insert("close", why);
    refused(rfi_page(&state, &p.session, id, AnswerForm::default(), errors).await?)
}

/// The close form carries nothing but its CSRF token.
#[derive(Deserialize)]
pub(super) struct Closing {}

/// An RFI's page; after a refused answer, with what was typed and why.
pub(super) async fn rfi_page(
    state: &State,
    s: &Session,
    id: i64,
    form: AnswerForm,
    errors: FieldErrors,
) -> Result<RfiPage, WebError> {
    let c = &state.center;
    let names = Names(c.member_names().await?);
    let v = c.rfi(&s.actor, id).await?;
    // The page is titled by its question, as people name an RFI; a long one is cut.
    let question = v.rfi.question.trim();
    let title = match question.char_indices().nth(90) {
        Some((at, _)) => format!("{}…", &question[..at]),
        None if question.is_empty() => s.words.t1("rfi-title", "id", id),
        None => question.to_string(),
    };
    Ok(RfiPage {
        ctx: s.ctx(&title),
        rfi: RfiDetail::of(&v, &names, &s.actor),
        titles: v.titles.clone(),
        form,
        errors,
        done: None,
    })
}

#[derive(Deserialize, Default)]
pub(super) struct AnswerForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    objects: String,
}

pub(super) async fn answer(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<AnswerForm>,
) -> Page {
    let mut errors = FieldErrors::new();
    let objects: Vec<String> = p
        .form
        .objects
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let malformed: Vec<String> = objects
        .iter()
        .filter_map(|o| stix::id::parse_id(o).err())
        .collect();
    if !malformed.is_empty() {
        errors.insert("objects", malformed.join("; "));
    }
    if p.form.text.trim().is_empty() && objects.is_empty() {
        errors.insert("text", p.session.words.t("rfi-answer-needed"));
    }
    if errors.is_empty() {
        let r = state
            .center
            .answer(&p.session.actor, id, &p.form.text, &objects)
            .await;
        // Anything else the domain refuses (an RFI closed meanwhile) is about the whole form.
        if form_error(r, &mut errors, "form")?.is_some() {
            return see_other(&format!("/rfis/{id}?done=answered"));
        }
    }
    refused(rfi_page(&state, &p.session, id, p.form, errors).await?)
}
