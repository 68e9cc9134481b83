//! Joint operations in the browser: the member's own (open one, answer an invitation), one
//! joint operation run by its participants (tasks, timeline, intelligence, outcomes,
//! conclusion), and the presidency's overview of how each stands.

use super::table::{Column, Filter, ListQuery, PER_PAGE, Pages, order, passes, text_key};
use super::*;
use crate::views::joint::{JointDetailView, JointOverviewEntry, JointSummaryView};
use domain::joint::TaskStatus;
use domain::operations::model::registers_operations;

#[derive(Template)]
#[template(path = "web/joints.html")]
pub(super) struct Joints {
    ctx: Ctx,
    columns: Vec<Column>,
    /// The member's own, as sorted and filtered, one page of them.
    joints: Vec<JointSummaryView>,
    /// Every joint operation's status, for the presidency and the secretariat, newest first.
    overview: Option<Vec<JointOverviewEntry>>,
    filters: Vec<Filter>,
    /// Paging the longer of the two lists (see `joints_page`).
    pages: Pages,
    clear: Option<String>,
    operates: bool,
    members: Vec<MemberView>,
    form: OpenForm,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
pub(super) struct OpenForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    objectives: String,
    #[serde(default)]
    invite: Vec<String>,
}

async fn joints_page(
    state: &State,
    s: &Session,
    q: &ListQuery,
    form: OpenForm,
    errors: FieldErrors,
) -> Result<Joints, WebError> {
    let c = &state.center;
    let w = &s.words;
    let names = Names(c.member_names().await?);
    let operates = registers_operations(&s.actor);
    let mut joints: Vec<JointSummaryView> = if operates {
        c.joints(&s.actor)
            .await?
            .iter()
            .map(|j| JointSummaryView::of(j, &names))
            .filter(|j| passes(&q.status, j.status))
            .collect()
    } else {
        vec![]
    };
    let sorted_by = q.sorted_by(
        &["title", "lead", "participants", "status", "opened"],
        "opened",
    );
    let descending = q.descending(sorted_by == "opened");
    let shown = s.shown();
    match sorted_by {
        "title" => order(&mut joints, descending, |j| text_key(&j.title)),
        "lead" => order(&mut joints, descending, |j| text_key(&shown.of(&j.lead))),
        "participants" => order(&mut joints, descending, |j| j.participants.len()),
        "status" => order(&mut joints, descending, |j| j.status),
        _ => order(&mut joints, descending, |j| j.id),
    }
    let path = "/joint-operations";
    let mut overview: Option<Vec<JointOverviewEntry>> = if c.keeps_meetings(&s.actor).await? {
        let mut entries: Vec<JointOverviewEntry> = c
            .joint_overview(&s.actor)
            .await?
            .iter()
            .map(JointOverviewEntry::of)
            .filter(|j| passes(&q.status, j.status))
            .collect();
        entries.sort_by_key(|j| std::cmp::Reverse(j.id));
        Some(entries)
    } else {
        None
    };
    // One page number for the page: it pages the longer list; the other is shown whole when
    // it fits on one page (a presidency's analyst with a few operations of its own), and is
    // paged alike only when both are long.
    let overview_len = overview.as_ref().map_or(0, Vec::len);
    let (joints, pages) = if overview_len > joints.len() {
        let (entries, pages) = q.page_of(path, w, overview.take().unwrap_or_default());
        overview = Some(entries);
        let joints = if joints.len() > PER_PAGE {
            q.page_of(path, w, joints).0
        } else {
            joints
        };
        (joints, pages)
    } else {
        if overview_len > PER_PAGE {
            overview = overview.map(|o| q.page_of(path, w, o).0);
        }
        q.page_of(path, w, joints)
    };
    if !operates && overview.is_none() {
        return Err(domain::Error::Forbidden(
            "joint operations are run by a member's analysts and liaison officers".into(),
        )
        .into());
    }
    Ok(Joints {
        ctx: s.ctx(&w.t("joints-title")),
        columns: q.columns(
            path,
            &[
                ("title", w.t("joint-title")),
                ("lead", w.t("joint-lead")),
                ("participants", w.t("joint-participants")),
                ("status", w.t("col-status")),
                ("opened", w.t("joint-opened")),
            ],
            sorted_by,
            descending,
        ),
        joints,
        overview,
        filters: std::iter::once(Filter::coded(
            w,
            "status",
            w.t("col-status"),
            &q.status,
            "joint-status",
            &["active", "concluded"],
        ))
        .chain(q.kept())
        .collect(),
        pages,
        clear: q.cleared(path, &["status"]),
        operates,
        members: other_active_members(state, s).await?,
        form,
        errors,
    })
}

pub(super) async fn joints(St(state): St<State>, s: Session, Query(q): Query<ListQuery>) -> Page {
    render(joints_page(&state, &s, &q, OpenForm::default(), FieldErrors::new()).await?)
}

pub(super) async fn open_joint(St(state): St<State>, p: Posted<OpenForm>) -> Page {
    let mut errors = FieldErrors::new();
    let f = &p.form;
    let r = state
        .center
        .open_joint(&p.session.actor, &f.title, &f.objectives, &f.invite)
        .await;
    if let Some(j) = form_error(r, &mut errors, "form")? {
        return see_other(&format!("/joint-operations/{}?done=opened", j.id));
    }
    let page = joints_page(&state, &p.session, &ListQuery::default(), p.form, errors).await?;
    unprocessable(page.render()?)
}

#[derive(Template)]
#[template(path = "web/joint.html")]
pub(super) struct JointPage {
    ctx: Ctx,
    joint: JointDetailView,
    /// The reader's member is the lead / invited and yet to answer / taking part.
    lead: bool,
    invited: bool,
    acting: bool,
    active: bool,
    /// Members taking part, for the task form.
    acting_members: Vec<String>,
    /// Members that may still be invited.
    invitable: Vec<MemberView>,
    own_member: String,
    outcome_kinds: Vec<Labelled>,
    /// Coming meetings the lead may propose the operation at: id, title and date.
    meetings: Vec<(i64, String)>,
    errors: FieldErrors,
    done: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct JointDone {
    done: Option<String>,
}

async fn joint_page(
    state: &State,
    s: &Session,
    id: i64,
    errors: FieldErrors,
) -> Result<JointPage, WebError> {
    let c = &state.center;
    let names = Names(c.member_names().await?);
    let v = c.joint(&s.actor, id).await?;
    let me = s.actor.member.id;
    let state_of = v.joint.participation(me);
    let w = &s.words;
    let invitable = other_active_members(state, s)
        .await?
        .into_iter()
        .filter(|m| {
            !v.joint
                .participants
                .iter()
                .any(|(p, _)| names.of(p) == m.name)
        })
        .collect();
    let now = c.now();
    let meetings = if v.joint.lead == me {
        c.meetings()
            .await?
            .into_iter()
            .filter(|m| m.is_to_come(now))
            .map(|m| (m.id, format!("{} · {}", m.title, w.moment(m.starts_at))))
            .collect()
    } else {
        Vec::new()
    };
    Ok(JointPage {
        meetings,
        ctx: s.ctx(&v.joint.title),
        lead: v.joint.lead == me,
        invited: state_of == Some(domain::joint::Participation::Invited),
        acting: v.joint.acting(me),
        active: v.joint.status == domain::joint::JointStatus::Active,
        acting_members: v.joint.accepted().iter().map(|m| names.of(m)).collect(),
        invitable,
        own_member: s.actor.member.name.clone(),
        outcome_kinds: outcome_kinds(w),
        joint: JointDetailView::of(&v, &names),
        errors,
        done: None,
    })
}

pub(super) async fn joint(
    St(state): St<State>,
    s: Session,
    Path(id): Path<i64>,
    Query(d): Query<JointDone>,
) -> Page {
    let mut page = joint_page(&state, &s, id, FieldErrors::new()).await?;
    page.done = d.done.as_deref().and_then(|d| match d {
        "opened" | "answered" | "invited" | "task" | "task-closed" | "entry" | "linked"
        | "outcome" | "concluded" | "proposed" => Some(s.words.t(&format!("done-joint-{d}"))),
        _ => None,
    });
    render(page)
}

/// A form of the joint operation's page: done, back to the page; refused, the page again
/// with the refusal under the form.
async fn joint_form<T>(
    state: &State,
    p: &Posted<impl Sized>,
    id: i64,
    key: &'static str,
    done: &str,
    r: domain::Result<T>,
) -> Page {
    let mut errors = FieldErrors::new();
    if form_error(r, &mut errors, key)?.is_some() {
        return see_other(&format!("/joint-operations/{id}?done={done}"));
    }
    let page = joint_page(state, &p.session, id, errors).await?;
    unprocessable(page.render()?)
}

#[derive(Deserialize)]
pub(super) struct AnswerForm {
    #[serde(default)]
    answer: String,
}

pub(super) async fn answer_joint(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<AnswerForm>,
) -> Page {
    let r = state
        .center
        .answer_joint(&p.session.actor, id, p.form.answer == "accept")
        .await;
    joint_form(&state, &p, id, "answer.form", "answered", r).await
}

#[derive(Deserialize)]
pub(super) struct InviteForm {
    #[serde(default)]
    invite: Vec<String>,
}

pub(super) async fn invite_joint(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<InviteForm>,
) -> Page {
    let r = state
        .center
        .invite_to_joint(&p.session.actor, id, &p.form.invite)
        .await;
    joint_form(&state, &p, id, "invite.form", "invited", r).await
}

#[derive(Deserialize)]
pub(super) struct TaskForm {
    #[serde(default)]
    member: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    due: String,
}

pub(super) async fn add_joint_task(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<TaskForm>,
) -> Page {
    let zone = p.session.words.reading.zone.name();
    let r = match domain::input::time_in("due", &p.form.due, zone) {
        Ok(due) => {
            state
                .center
                .add_joint_task(&p.session.actor, id, &p.form.member, &p.form.title, due)
                .await
        }
        Err(e) => Err(e),
    };
    joint_form(&state, &p, id, "task.form", "task", r).await
}

#[derive(Deserialize)]
pub(super) struct TaskCloseForm {
    #[serde(default)]
    status: String,
}

pub(super) async fn close_joint_task(
    St(state): St<State>,
    Path((id, task)): Path<(i64, i64)>,
    p: Posted<TaskCloseForm>,
) -> Page {
    let status = if p.form.status == "cancel" {
        TaskStatus::Cancelled
    } else {
        TaskStatus::Done
    };
    let r = state
        .center
        .set_joint_task(&p.session.actor, id, task, status)
        .await;
    joint_form(&state, &p, id, "tasks.form", "task-closed", r).await
}

#[derive(Deserialize)]
pub(super) struct ProposeForm {
    #[serde(default)]
    meeting: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    notes: String,
}

pub(super) async fn propose_joint(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<ProposeForm>,
) -> Page {
    let r = match p.form.meeting.trim().parse::<i64>() {
        Ok(meeting) => {
            state
                .center
                .propose_joint(&p.session.actor, id, meeting, &p.form.title, &p.form.notes)
                .await
        }
        Err(_) => Err(domain::Error::field(
            "meeting",
            "required",
            "choose the coming meeting to propose it at",
        )),
    };
    joint_form(&state, &p, id, "propose.form", "proposed", r).await
}

#[derive(Deserialize)]
pub(super) struct EntryForm {
    #[serde(default)]
    text: String,
}

pub(super) async fn add_joint_entry(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<EntryForm>,
) -> Page {
    let r = state
        .center
        .add_joint_entry(&p.session.actor, id, &p.form.text)
        .await;
    joint_form(&state, &p, id, "entry.form", "entry", r).await
}

#[derive(Deserialize)]
pub(super) struct LinkForm {
    #[serde(default)]
    object: String,
}

pub(super) async fn link_joint(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<LinkForm>,
) -> Page {
    let r = match state
        .center
        .link_to_joint(&p.session.actor, id, &p.form.object)
        .await
    {
        // An object the reader cannot see is refused beside the form, as one that does not
        // exist: the page stays.
        Err(domain::Error::NotFound(_)) => Err(domain::Error::field(
            "object",
            "unknown-object",
            "no object you may see has this id",
        )),
        r => r,
    };
    joint_form(&state, &p, id, "link.form", "linked", r).await
}

#[derive(Deserialize)]
pub(super) struct JointOutcomeForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    occurred: String,
    #[serde(default)]
    objects: Vec<String>,
}

pub(super) async fn joint_outcome(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<JointOutcomeForm>,
) -> Page {
    let f = &p.form;
    let zone = p.session.words.reading.zone.name();
    let r = async {
        let kind = domain::input::word::<domain::tracked::OutcomeKind>("kind", &f.kind)?;
        let occurred = domain::input::time_in("occurred", &f.occurred, zone)?;
        state
            .center
            .record_joint_outcome(
                &p.session.actor,
                id,
                kind,
                &f.description,
                occurred,
                &f.objects,
            )
            .await
    }
    .await;
    joint_form(&state, &p, id, "outcome.form", "outcome", r).await
}

#[derive(Deserialize)]
pub(super) struct ConcludeForm {
    /// The tick box that says the user means it.
    #[serde(flatten)]
    confirmed: Confirmed,
}

pub(super) async fn conclude_joint(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<ConcludeForm>,
) -> Page {
    let r = if p.form.confirmed.given() {
        state.center.conclude_joint(&p.session.actor, id).await
    } else {
        Err(domain::Error::invalid(
            "tick the box to confirm that the joint operation is over",
        ))
    };
    joint_form(&state, &p, id, "conclude.form", "concluded", r).await
}
