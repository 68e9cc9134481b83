//! Action items across meetings: what each member was asked to do, by when, and whether it is
//! done; closed there by the assignee's people or by those who keep meetings.

use super::table::{Column, Filter, ListQuery, Pages, order, passes, text_key};
use super::*;
use domain::meetings::ActionStatus;

#[derive(Template)]
#[template(path = "web/actions.html")]
pub(super) struct Actions {
    ctx: Ctx,
    columns: Vec<Column>,
    /// As sorted and filtered, one page of them.
    rows: Vec<ActionRow>,
    filters: Vec<Filter>,
    pages: Pages,
    clear: Option<String>,
    /// Whether any action item exists, filtered out or not.
    any: bool,
    done: Option<String>,
}

/// An action item as the list shows it.
pub(super) struct ActionRow {
    view: ActionView,
    /// The meeting it was decided at.
    meeting: String,
    /// The reader may close it now.
    closable: bool,
}

#[derive(Deserialize)]
pub(super) struct ActionsParams {
    done: Option<String>,
    #[serde(flatten)]
    list: ListQuery,
}

/// Every action item, soonest due first, narrowed by assignee and state (`overdue` among
/// them), paged.
pub(super) async fn actions(
    St(state): St<State>,
    s: Session,
    Query(p): Query<ActionsParams>,
) -> Page {
    let c = &state.center;
    let w = &s.words;
    let q = &p.list;
    let names = Names(c.member_names().await?);
    let now = c.now();
    let keeps = c.keeps_meetings(&s.actor).await?;
    let meetings: HashMap<i64, String> = c
        .meetings()
        .await?
        .into_iter()
        .map(|m| (m.id, m.title))
        .collect();
    let all = c.actions(None).await?;
    let any = !all.is_empty();
    let mut rows: Vec<(i64, ActionRow)> = all
        .iter()
        .map(|a| {
            let row = ActionRow {
                view: ActionView::of(a, &names, now),
                meeting: meetings.get(&a.meeting).cloned().unwrap_or_default(),
                closable: a.closable_by(&s.actor, keeps),
            };
            (a.due_at, row)
        })
        .filter(|(_, r)| {
            let state = if r.view.overdue {
                "overdue"
            } else {
                r.view.status
            };
            passes(&q.member, r.view.assignee.as_deref().unwrap_or_default())
                && (passes(&q.status, state) || (q.status == "open" && r.view.overdue))
        })
        .collect();
    let sorted_by = q.sorted_by(&["title", "member", "meeting", "due", "status"], "due");
    let descending = q.descending(false);
    let shown = s.shown();
    match sorted_by {
        "title" => order(&mut rows, descending, |(_, r)| text_key(&r.view.title)),
        "member" => order(&mut rows, descending, |(_, r)| {
            r.view.assignee.as_deref().map(|a| text_key(&shown.of(a)))
        }),
        "meeting" => order(&mut rows, descending, |(_, r)| text_key(&r.meeting)),
        "status" => order(&mut rows, descending, |(_, r)| r.view.status),
        _ => order(&mut rows, descending, |(due, _)| *due),
    }
    let path = "/actions";
    let (rows, pages) = q.page_of(path, w, rows.into_iter().map(|(_, r)| r).collect());
    let members: Vec<String> = names.0.values().cloned().collect();
    let filters = [
        Filter::members(&s, w.t("meeting-assignee"), &q.member, members),
        Filter::coded(
            w,
            "status",
            w.t("col-status"),
            &q.status,
            "action-status",
            &["open", "overdue", "done", "cancelled"],
        ),
    ]
    .into_iter()
    .chain(q.kept())
    .collect();
    render(Actions {
        ctx: s.ctx(&w.t("actions-title")),
        columns: q.columns(
            path,
            &[
                ("title", w.t("meeting-action")),
                ("member", w.t("meeting-assignee")),
                ("meeting", w.t("actions-meeting")),
                ("due", w.t("actions-due")),
                ("status", w.t("col-status")),
            ],
            sorted_by,
            descending,
        ),
        rows,
        filters,
        pages,
        clear: q.cleared(path, &["member", "status"]),
        any,
        done: p.done.as_deref().and_then(|d| match d {
            "action-done" | "action-cancelled" => Some(w.t(&format!("done-{d}"))),
            _ => None,
        }),
    })
}

#[derive(Deserialize)]
pub(super) struct CloseForm {
    /// `done` or `cancel`.
    status: String,
    /// `list`: closed from the list of action items, which the user goes back to; else the
    /// meeting's page.
    #[serde(default)]
    back: String,
}

/// The assignee's people, the presidency or the secretariat close an action item.
pub(super) async fn close_action(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<CloseForm>,
) -> Page {
    let (status, done) = match p.form.status.as_str() {
        "done" => (ActionStatus::Done, "action-done"),
        "cancel" => (ActionStatus::Cancelled, "action-cancelled"),
        _ => return Err(domain::Error::invalid("Close it as done or cancelled.").into()),
    };
    let c = &state.center;
    c.close_action(Authority::Administrator(&p.session.actor), id, status)
        .await?;
    if p.form.back == "list" {
        return see_other(&format!("/actions?done={done}"));
    }
    let meeting = c
        .actions(None)
        .await?
        .iter()
        .find(|a| a.id == id)
        .map_or(0, |a| a.meeting);
    see_other(&format!("/meetings/{meeting}?done={done}#action-{id}"))
}
