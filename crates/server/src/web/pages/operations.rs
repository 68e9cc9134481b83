//! A member's own operations and their deconflictions: registered privately, their targets'
//! selectors typed a line each (kept only as digests), planned events, and what met another
//! member's work, with whom to call.

use super::table::{Column, Filter, ListQuery, Pages, order, passes, text_key};
use super::*;
use crate::views::operations::{DeconflictionView, EventView, OperationView, SelectorView};
use domain::operations::model::{EventKind, OperationStatus};
use domain::operations::{EventDraft, SelectorDraft};

#[derive(Template)]
#[template(path = "web/operations.html")]
pub(super) struct Operations {
    ctx: Ctx,
    columns: Vec<Column>,
    /// As sorted and filtered, one page of them.
    operations: Vec<OperationView>,
    filters: Vec<Filter>,
    pages: Pages,
    /// The whole list again, when filters narrow it.
    clear: Option<String>,
    /// The newest few; all of them are on their own page.
    deconflictions: Vec<DeconflictionView>,
    /// How many there are in all.
    deconflictions_count: usize,
    form: OperationForm,
    errors: FieldErrors,
}

/// Deconflictions shown on the operations page; the rest are a click away.
const NEWEST_DECONFLICTIONS: usize = 10;

#[derive(Deserialize, Default)]
pub(super) struct OperationForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    contact: String,
}

async fn operations_page(
    state: &State,
    s: &Session,
    q: &ListQuery,
    form: OperationForm,
    errors: FieldErrors,
) -> Result<Operations, WebError> {
    let c = &state.center;
    let w = &s.words;
    let names = Names(c.member_names().await?);
    let mut rows: Vec<(i64, OperationView)> = c
        .operations(&s.actor)
        .await?
        .iter()
        .map(|o| (o.created_at, OperationView::of(o)))
        .filter(|(_, o)| passes(&q.status, o.status))
        .collect();
    let sorted_by = q.sorted_by(&["name", "contact", "status", "registered"], "registered");
    let descending = q.descending(sorted_by == "registered");
    match sorted_by {
        "name" => order(&mut rows, descending, |(_, o)| text_key(&o.name)),
        "contact" => order(&mut rows, descending, |(_, o)| text_key(&o.contact)),
        "status" => order(&mut rows, descending, |(_, o)| o.status),
        _ => order(&mut rows, descending, |(at, _)| *at),
    }
    let path = "/operations";
    let (operations, pages) = q.page_of(path, w, rows.into_iter().map(|(_, o)| o).collect());
    let deconflictions = c.deconflictions(&s.actor).await?;
    Ok(Operations {
        ctx: s.ctx(&w.t("operations-title")),
        columns: q.columns(
            path,
            &[
                ("name", w.t("operation-name")),
                ("contact", w.t("operation-contact")),
                ("status", w.t("col-status")),
                ("registered", w.t("operation-registered")),
            ],
            sorted_by,
            descending,
        ),
        operations,
        filters: std::iter::once(Filter::coded(
            w,
            "status",
            w.t("col-status"),
            &q.status,
            "operation-status",
            &["active", "closed"],
        ))
        .chain(q.kept())
        .collect(),
        pages,
        clear: q.cleared(path, &["status"]),
        deconflictions_count: deconflictions.len(),
        deconflictions: newest_first(&deconflictions)
            .take(NEWEST_DECONFLICTIONS)
            .map(|d| DeconflictionView::of(d, &names))
            .collect(),
        form,
        errors,
    })
}

/// Deconflictions, the newest first.
fn newest_first(
    all: &[domain::operations::Seen],
) -> impl Iterator<Item = &domain::operations::Seen> {
    let mut v: Vec<&domain::operations::Seen> = all.iter().collect();
    v.sort_by_key(|d| std::cmp::Reverse((d.at, d.id)));
    v.into_iter()
}

pub(super) async fn operations(
    St(state): St<State>,
    s: Session,
    Query(q): Query<ListQuery>,
) -> Page {
    render(operations_page(&state, &s, &q, OperationForm::default(), FieldErrors::new()).await?)
}

#[derive(Template)]
#[template(path = "web/deconflictions_list.html")]
pub(super) struct Deconflictions {
    ctx: Ctx,
    columns: Vec<Column>,
    deconflictions: Vec<DeconflictionView>,
    filters: Vec<Filter>,
    pages: Pages,
    clear: Option<String>,
}

/// Every deconfliction of the member's operations, sorted, narrowed and a page at a time.
pub(super) async fn deconflictions(
    St(state): St<State>,
    s: Session,
    Query(q): Query<ListQuery>,
) -> Page {
    let c = &state.center;
    let w = &s.words;
    let names = Names(c.member_names().await?);
    let all = c.deconflictions(&s.actor).await?;
    let mut rows: Vec<(i64, DeconflictionView)> = newest_first(&all)
        .map(|d| (d.at, DeconflictionView::of(d, &names)))
        .filter(|(_, d)| passes(&q.kind, d.kind) && passes(&q.member, &d.other_member))
        .collect();
    let sorted_by = q.sorted_by(&["when", "kind", "operation", "member"], "when");
    let descending = q.descending(sorted_by == "when");
    let shown = s.shown();
    match sorted_by {
        "kind" => order(&mut rows, descending, |(_, d)| d.kind),
        "operation" => order(&mut rows, descending, |(_, d)| text_key(&d.operation_name)),
        "member" => order(&mut rows, descending, |(_, d)| {
            text_key(&shown.of(&d.other_member))
        }),
        _ => order(&mut rows, descending, |(at, _)| *at),
    }
    // The choices are every member met, whatever the filters in force narrow the rows to.
    let members: Vec<String> = all
        .iter()
        .filter_map(|d| names.get(&d.other_member))
        .collect();
    let path = "/deconflictions";
    let (deconflictions, pages) = q.page_of(path, w, rows.into_iter().map(|(_, d)| d).collect());
    let filters = vec![
        Filter::coded(
            w,
            "kind",
            w.t("deconfliction-kind"),
            &q.kind,
            "deconfliction-kind",
            &["target", "event"],
        ),
        Filter::members(&s, w.t("deconfliction-other"), &q.member, members),
    ];
    render(Deconflictions {
        ctx: s.ctx(&w.t("deconflictions-title")),
        columns: q.columns(
            path,
            &[
                ("when", w.t("deconfliction-when")),
                ("kind", w.t("deconfliction-kind")),
                ("operation", w.t("deconfliction-ours")),
                ("member", w.t("deconfliction-other")),
            ],
            sorted_by,
            descending,
        ),
        deconflictions,
        filters: filters.into_iter().chain(q.kept()).collect(),
        pages,
        clear: q.cleared(path, &["kind", "member"]),
    })
}

pub(super) async fn register_operation(St(state): St<State>, p: Posted<OperationForm>) -> Page {
    let mut errors = FieldErrors::new();
    let r = state
        .center
        .register_operation(&p.session.actor, &p.form.name, &p.form.contact)
        .await;
    if let Some(o) = form_error(r, &mut errors, "form")? {
        return see_other(&format!("/operations/{}?done=registered", o.id));
    }
    let page = operations_page(&state, &p.session, &ListQuery::default(), p.form, errors).await?;
    unprocessable(page.render()?)
}

#[derive(Template)]
#[template(path = "web/operation.html")]
pub(super) struct OperationPage {
    ctx: Ctx,
    operation: OperationView,
    active: bool,
    selectors: Vec<SelectorView>,
    events: Vec<EventView>,
    deconflictions: Vec<DeconflictionView>,
    selector_form: SelectorsForm,
    event_form: EventForm,
    event_kinds: Vec<&'static str>,
    errors: FieldErrors,
    done: Option<String>,
}

#[derive(Deserialize, Default)]
pub(super) struct SelectorsForm {
    /// A selector a line: `kind, value, reference`.
    #[serde(default)]
    lines: String,
}

#[derive(Deserialize, Default)]
pub(super) struct EventForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    latitude: String,
    #[serde(default)]
    longitude: String,
    /// Or a location object's id, whose coordinates are taken.
    #[serde(default)]
    location: String,
    #[serde(default)]
    radius_m: String,
    #[serde(default)]
    starts: String,
    #[serde(default)]
    ends: String,
    #[serde(default)]
    reference: String,
}

#[derive(Deserialize)]
pub(super) struct Done {
    done: Option<String>,
    stored: Option<usize>,
    met: Option<usize>,
}

async fn operation_page(
    state: &State,
    s: &Session,
    id: i64,
    selector_form: SelectorsForm,
    event_form: EventForm,
    errors: FieldErrors,
) -> Result<OperationPage, WebError> {
    let c = &state.center;
    let names = Names(c.member_names().await?);
    let (o, selectors, events) = c.operation(&s.actor, id).await?;
    let deconflictions = c
        .deconflictions(&s.actor)
        .await?
        .into_iter()
        .filter(|d| d.own.operation == id)
        .map(|d| DeconflictionView::of(&d, &names))
        .collect();
    Ok(OperationPage {
        ctx: s.ctx(&o.name),
        active: o.status == OperationStatus::Active,
        operation: OperationView::of(&o),
        selectors: selectors.iter().map(SelectorView::of).collect(),
        events: events.iter().map(EventView::of).collect(),
        deconflictions,
        selector_form,
        event_form,
        event_kinds: EventKind::ALL.iter().map(|k| k.as_str()).collect(),
        errors,
        done: None,
    })
}

pub(super) async fn operation(
    St(state): St<State>,
    s: Session,
    Path(id): Path<i64>,
    Query(d): Query<Done>,
) -> Page {
    let mut page = operation_page(
        &state,
        &s,
        id,
        SelectorsForm::default(),
        EventForm {
            kind: "surveillance".into(),
            radius_m: "250".into(),
            ..EventForm::default()
        },
        FieldErrors::new(),
    )
    .await?;
    let w = &s.words;
    let (stored, met) = (d.stored.unwrap_or(0), d.met.unwrap_or(0));
    page.done = match d.done.as_deref() {
        Some("registered") => Some(w.t("done-operation-registered")),
        Some("closed") => Some(w.t("done-operation-closed")),
        Some(what @ ("selectors" | "events")) => {
            let id = if met > 0 {
                format!("done-operation-{what}-met")
            } else {
                format!("done-operation-{what}")
            };
            Some(w.t2(&id, "count", stored as i64, "met", met as i64))
        }
        _ => None,
    };
    render(page)
}

/// The lines of the selector box: `kind, value, reference`, blank lines skipped. A line's
/// number is its place among the lines given, as the refusals count them.
fn selector_lines(text: &str) -> Vec<SelectorDraft> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut parts = l.splitn(3, ',');
            SelectorDraft {
                kind: parts.next().unwrap_or_default().trim().to_string(),
                value: parts.next().unwrap_or_default().trim().to_string(),
                reference: parts.next().map(|r| r.trim().to_string()),
            }
        })
        .collect()
}

pub(super) async fn add_selectors(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<SelectorsForm>,
) -> Page {
    let mut errors = FieldErrors::new();
    let drafts = selector_lines(&p.form.lines);
    let r = state
        .center
        .add_selectors(&p.session.actor, id, &drafts)
        .await;
    if let Some(r) = form_error(r, &mut errors, "selectors.form")? {
        return see_other(&format!(
            "/operations/{id}?done=selectors&stored={}&met={}#deconflictions",
            r.items.len(),
            r.deconflictions.len()
        ));
    }
    let page = operation_page(&state, &p.session, id, p.form, EventForm::default(), errors).await?;
    unprocessable(page.render()?)
}

pub(super) async fn add_event(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<EventForm>,
) -> Page {
    let f = &p.form;
    let mut errors = FieldErrors::new();
    let zone = p.session.words.reading.zone.name();
    let number = |t: &str| t.trim().replace(',', ".").parse::<f64>().ok();
    let moment = |field: &'static str, t: &str| {
        domain::input::time_in(field, t, zone).map(stix::timestamp::taxii_timestamp)
    };
    let starts = form_error(moment("starts", &f.starts), &mut errors, "event.form")?;
    let ends = form_error(moment("ends", &f.ends), &mut errors, "event.form")?;
    if let (Some(starts), Some(ends)) = (starts, ends) {
        let draft = EventDraft {
            kind: f.kind.clone(),
            latitude: number(&f.latitude),
            longitude: number(&f.longitude),
            location: Some(f.location.trim().to_string()).filter(|l| !l.is_empty()),
            radius_m: number(&f.radius_m),
            starts,
            ends,
            reference: Some(f.reference.clone()),
        };
        let r = state
            .center
            .add_events(&p.session.actor, id, &[draft])
            .await;
        if let Some(r) = form_error(r, &mut errors, "event.form")? {
            return see_other(&format!(
                "/operations/{id}?done=events&stored={}&met={}#deconflictions",
                r.items.len(),
                r.deconflictions.len()
            ));
        }
    }
    let page = operation_page(
        &state,
        &p.session,
        id,
        SelectorsForm::default(),
        p.form,
        errors,
    )
    .await?;
    unprocessable(page.render()?)
}

#[derive(Deserialize)]
pub(super) struct CloseForm {
    /// The box saying that the operation will match nothing more.
    #[serde(flatten)]
    confirmed: Confirmed,
}

pub(super) async fn close_operation(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<CloseForm>,
) -> Page {
    if !p.form.confirmed.given() {
        return Err(domain::Error::invalid(
            "tick the box to confirm that the operation is over: a closed operation matches nothing more",
        )
        .into());
    }
    state.center.close_operation(&p.session.actor, id).await?;
    see_other(&format!("/operations/{id}?done=closed"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_kind_value_and_reference() {
        let l = selector_lines(
            "phone, +44 20 7946 0958, target A, second phone\n\n email ,x@example.org",
        );
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].kind, "phone");
        assert_eq!(l[0].value, "+44 20 7946 0958");
        assert_eq!(l[0].reference.as_deref(), Some("target A, second phone"));
        assert_eq!(l[1].kind, "email");
        assert_eq!(l[1].reference, None);
    }
}
