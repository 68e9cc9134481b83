//! Release requests of the reader's member, both ways: those it sent and waits for, and those
//! sent to it that its liaison officers decide.

use super::table::{Column, Filter, ListQuery, Pages, order, passes, text_key};
use super::*;

#[derive(Template)]
#[template(path = "web/requests.html")]
pub(super) struct Requests {
    ctx: Ctx,
    columns: Vec<Column>,
    /// As sorted and filtered, one page of them.
    rows: Vec<RequestRow>,
    filters: Vec<Filter>,
    pages: Pages,
    clear: Option<String>,
    /// Whether the member has any request at all, filtered out or not.
    any: bool,
    done: Option<String>,
    /// A refused decision: the request and why.
    refused: Option<Refused<i64>>,
}

/// One request as the list shows it.
pub(super) struct RequestRow {
    view: ReleaseRequestView,
    /// The member sent it (else it was sent to the member).
    ours: bool,
    /// The member released its own intelligence unasked (the other member is the target).
    granted: bool,
    /// The other member: the one asked, or the one asking (its short name, as the filter
    /// takes it).
    other: String,
    /// The same member as people read its name.
    other_name: String,
    /// What is asked for, as its link says it.
    what: String,
    /// The object's page, when the reader may read it.
    link: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct RequestsParams {
    done: Option<String>,
    #[serde(flatten)]
    list: ListQuery,
}

pub(super) async fn release_requests(
    St(state): St<State>,
    s: Session,
    Query(p): Query<RequestsParams>,
) -> Page {
    let mut page = requests_page(&state, &s, &p.list, None).await?;
    page.done = p.done.as_deref().and_then(|d| match d {
        "release-approved" | "release-refused" => Some(s.words.t(&format!("done-{d}"))),
        _ => None,
    });
    render(page)
}

/// The list as asked for; after a refused decision, with why at that request.
pub(super) async fn requests_page(
    state: &State,
    s: &Session,
    q: &ListQuery,
    refused: Option<Refused<i64>>,
) -> Result<Requests, WebError> {
    let c = &state.center;
    let w = &s.words;
    let a = &s.actor;
    let names = Names(c.member_names().await?);
    let display = Names(c.member_display_names().await?);
    let all = c.release_requests(a).await?;
    let titles = c
        .titles(a, all.iter().filter_map(|r| r.object_id.clone()).collect())
        .await?;
    let mut rows: Vec<(i64, RequestRow)> = all
        .iter()
        .map(|r| {
            let ours = r.requester_member == a.member.id;
            let (what, link) = match (&r.object_id, &r.value) {
                (Some(id), _) => (
                    title_of(w, &titles, id),
                    titles.contains_key(id).then(|| format!("/objects/{id}")),
                ),
                (None, Some(v)) => (v.clone(), None),
                (None, None) => (String::new(), None),
            };
            let granted = r.unasked();
            let other_member = if granted {
                &r.target
            } else if ours {
                &r.originator
            } else {
                &r.requester_member
            };
            let row = RequestRow {
                view: ReleaseRequestView::of(r, &names, a),
                ours,
                granted,
                other: names.of(other_member),
                other_name: display.of(other_member),
                what,
                link,
            };
            (r.created_at, row)
        })
        .collect();
    let any = !rows.is_empty();
    rows.retain(|(_, r)| {
        passes(
            &q.kind,
            match (r.granted, r.ours) {
                (true, _) => "released",
                (false, true) => "ours",
                (false, false) => "asked",
            },
        ) && passes(&q.status, r.view.status)
            && passes(&q.member, &r.other)
    });
    let sorted_by = q.sorted_by(&["asked", "what", "member", "status"], "asked");
    let descending = q.descending(true);
    match sorted_by {
        "what" => order(&mut rows, descending, |(_, r)| text_key(&r.what)),
        "member" => order(&mut rows, descending, |(_, r)| text_key(&r.other_name)),
        "status" => order(&mut rows, descending, |(_, r)| r.view.status),
        _ => order(&mut rows, descending, |(at, _)| *at),
    }
    let path = "/release-requests";
    let (rows, pages) = q.page_of(path, w, rows.into_iter().map(|(_, r)| r).collect());
    let mut others: Vec<(String, String)> = names
        .0
        .iter()
        .filter(|(m, _)| **m != a.member.id)
        .map(|(m, n)| (n.clone(), display.of(m)))
        .collect();
    others.sort_by_key(|(_, d)| text_key(d));
    let filters: Vec<Filter> = [
        Filter {
            name: "kind",
            label: w.t("requests-way"),
            chosen: q.kind.clone(),
            choices: vec![
                ("asked".into(), w.t("requests-asked-of-us")),
                ("ours".into(), w.t("requests-sent-by-us")),
                ("released".into(), w.t("requests-released-by-us")),
            ],
        },
        Filter::coded(
            w,
            "status",
            w.t("col-status"),
            &q.status,
            "release-status",
            &["pending", "approved", "refused"],
        ),
        Filter {
            name: "member",
            label: w.t("col-member"),
            chosen: q.member.clone(),
            choices: others,
        },
    ]
    .into_iter()
    .chain(q.kept())
    .collect();
    Ok(Requests {
        ctx: s.ctx(&w.t("requests-title")),
        columns: q.columns(
            path,
            &[
                ("asked", w.t("requests-asked-on")),
                ("what", w.t("requests-what")),
                ("member", w.t("col-member")),
                ("status", w.t("col-status")),
            ],
            sorted_by,
            descending,
        ),
        rows,
        filters,
        pages,
        clear: q.cleared(path, &["kind", "status", "member"]),
        any,
        done: None,
        refused,
    })
}
