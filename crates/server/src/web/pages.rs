//! The pages. Each handler asks `domain` for what the user may see and lays it out.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State as St};
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use domain::service::Authority;
use domain::store::StoredObject;
use domain::{MemberId, Role};
use futures_util::StreamExt;
use serde::Deserialize;
use stix::timestamp::taxii_timestamp;

use super::{Ctx, FieldErrors, Page, Posted, Session, WebError, refused, render, see_other};
use crate::State;

pub fn routes() -> Router<State> {
    Router::new()
        .route("/", get(home))
        .route("/static/liaison.css", get(css))
        .route("/static/liaison.js", get(js))
        .route("/sign-in", get(sign_in_page).post(sign_in))
        .route("/sign-out", post(sign_out))
        .route("/search", get(search))
        .route("/objects/{id}", get(object))
        .route("/objects/{id}/sighting", post(sight))
        .route("/objects/{id}/outcome", post(outcome))
        .route("/objects/{id}/answer", post(answer_with))
        .route("/hits", post(hits))
        .route("/release-requests", post(request_release))
        .route("/release-requests/{id}", post(decide_release))
        .route("/submit", get(submit_page).post(submit))
        .route("/import", post(import))
        .route("/rfis", get(rfis).post(ask))
        .route("/rfis/{id}", get(rfi))
        .route("/rfis/{id}/answer", post(answer))
        .route("/groups", get(groups))
        .route("/groups/{id}", get(group))
        .route("/groups/{id}/status", post(group_status))
        .route("/map", get(map))
        .route("/governance", get(governance))
        .route("/votes/{id}", post(vote))
        .route("/meetings", get(meetings).post(convene))
        .route("/meetings/{id}", get(meeting))
        .route("/meetings/{id}/agenda", post(agenda))
        .route("/meetings/{id}/attendance", post(attendance))
        .route("/meetings/{id}/minutes", post(minutes))
        .route("/meetings/{id}/decisions", post(decision))
        .route("/meetings/{id}/actions", post(action))
        .route("/statistics", get(statistics))
        .route("/statistics/publish", post(publish))
        .route("/statistics/reports/{id}", get(report))
        .route("/admin", get(admin))
        .route("/admin/tokens", post(new_token))
        .route("/admin/export", get(export))
        .route("/audit", get(audit))
}

async fn css() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        include_str!("../../static/liaison.css"),
    )
}

async fn js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        include_str!("../../static/liaison.js"),
    )
}

fn day(t: i64) -> String {
    let s = taxii_timestamp(t);
    format!(
        "{} {}",
        s.get(..10).unwrap_or(&s),
        s.get(11..16).unwrap_or("")
    )
}

/// A UTC time typed in a form, or what is wrong with it.
fn parse_time(name: &str, t: &str) -> Result<i64, String> {
    stix::timestamp::parse_micros(t.trim())
        .map_err(|_| format!("{name} must be a UTC time such as 2026-12-01T09:00:00Z"))
}

/// What was typed in a refused form, by `form.field`, for the page that shows it again.
fn typed_values(typed: &[(&'static str, &str)]) -> BTreeMap<&'static str, String> {
    typed.iter().map(|(k, v)| (*k, v.to_string())).collect()
}

/// A domain call made for a form: `Ok(Err(why))` when it refused the input (bad input, or a
/// conflict with what is stored), which the form shows; anything else wrong is an error page.
fn refusal<T>(r: domain::Result<T>) -> Result<Result<T, String>, WebError> {
    match r {
        Ok(v) => Ok(Ok(v)),
        Err(domain::Error::Invalid(why) | domain::Error::Conflict(why)) => Ok(Err(why)),
        Err(e) => Err(e.into()),
    }
}

/// [`refusal`], with the refusal put under the form's field `key`.
fn form_error<T>(
    r: domain::Result<T>,
    errors: &mut FieldErrors,
    key: &'static str,
) -> Result<Option<T>, WebError> {
    Ok(match refusal(r)? {
        Ok(v) => Some(v),
        Err(why) => {
            errors.insert(key, why);
            None
        }
    })
}

/// One object in a list.
pub struct ObjRow {
    pub href: String,
    pub name: String,
    pub kind: String,
    pub tlp: &'static str,
    pub originator: String,
    pub added: String,
}

/// A property of a JSON object, or null.
fn field<'a>(v: &'a serde_json::Value, k: &str) -> &'a serde_json::Value {
    v.get(k).unwrap_or(&serde_json::Value::Null)
}

fn set(v: &mut serde_json::Value, k: &str, x: serde_json::Value) {
    if let Some(o) = v.as_object_mut() {
        o.insert(k.into(), x);
    }
}

fn body_json(o: &StoredObject) -> serde_json::Value {
    o.body
        .as_deref()
        .and_then(|b| serde_json::from_str(b).ok())
        .unwrap_or_default()
}

fn row(o: &StoredObject, names: &HashMap<MemberId, String>) -> ObjRow {
    let v = body_json(o);
    let name = v
        .get("name")
        .and_then(|n| n.as_str())
        .or_else(|| v.get("value").and_then(|n| n.as_str()))
        .or_else(|| v.get("pattern").and_then(|n| n.as_str()))
        .unwrap_or(&o.stix_id)
        .to_string();
    ObjRow {
        href: format!("/objects/{}", o.stix_id),
        name,
        kind: o.object_type.clone(),
        tlp: o.tlp.name(),
        originator: names.get(&o.originator).cloned().unwrap_or_default(),
        added: day(o.date_added),
    }
}

// ---- sign-in ---------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "web/sign_in.html")]
struct SignIn {
    center: String,
    next: String,
    username: String,
    error: Option<String>,
}

#[derive(Deserialize)]
struct NextParam {
    next: Option<String>,
}

/// Only paths on this site: never an open redirect.
fn local_path(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") => n.to_string(),
        _ => "/".into(),
    }
}

async fn sign_in_page(St(state): St<State>, Query(p): Query<NextParam>) -> Page {
    render(SignIn {
        center: state.center.info().name.clone(),
        next: local_path(p.next.as_deref()),
        username: String::new(),
        error: None,
    })
}

#[derive(Deserialize)]
struct SignInForm {
    username: String,
    password: String,
    next: Option<String>,
}

async fn sign_in(
    St(state): St<State>,
    headers: axum::http::HeaderMap,
    axum::Form(f): axum::Form<SignInForm>,
) -> Page {
    super::check_origin(&headers)?;
    match state.center.sign_in(&f.username, &f.password).await {
        Ok((_, token)) => Ok((
            axum::http::StatusCode::SEE_OTHER,
            [
                (header::LOCATION, local_path(f.next.as_deref())),
                (
                    header::SET_COOKIE,
                    super::set_cookie(&token, state.config.secure_cookies),
                ),
            ],
        )
            .into_response()),
        Err(domain::Error::Unauthenticated(_)) => {
            let page = SignIn {
                center: state.center.info().name.clone(),
                next: local_path(f.next.as_deref()),
                username: f.username,
                error: Some("The user name or the password is wrong.".into()),
            };
            Ok((
                axum::http::StatusCode::UNAUTHORIZED,
                axum::response::Html(page.render()?),
            )
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
struct Empty {}

async fn sign_out(St(state): St<State>, p: Posted<Empty>) -> Page {
    state.center.sign_out(&p.session.token).await?;
    Ok((
        axum::http::StatusCode::SEE_OTHER,
        [
            (header::LOCATION, "/sign-in".to_string()),
            (header::SET_COOKIE, super::clear_cookie()),
        ],
    )
        .into_response())
}

// ---- home ------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "web/home.html")]
struct Home {
    ctx: Ctx,
    rows: Vec<ObjRow>,
    rfis: Vec<(i64, String, String)>,
    requests: Vec<(i64, String)>,
    votes: Vec<(i64, String, String)>,
    meetings: Vec<(i64, String, String)>,
    overdue: Vec<(String, String)>,
    /// Why a release decision was refused.
    decision_refused: Option<String>,
}

async fn home(St(state): St<State>, s: Session) -> Page {
    render(home_page(&state, &s, None).await?)
}

async fn home_page(
    state: &State,
    s: &Session,
    decision_refused: Option<String>,
) -> Result<Home, WebError> {
    let c = &state.center;
    let a = &s.actor;
    let names = c.member_names().await?;
    let now = c.now();
    let rows = c
        .recent(a, vec![], 50)
        .await?
        .iter()
        .filter(|o| o.originator != a.member.id)
        .take(15)
        .map(|o| row(o, &names))
        .collect();
    let rfis = c
        .rfis(a)
        .await?
        .into_iter()
        .filter(|r| r.answerable_by(a))
        .map(|r| (r.id, r.question, day(r.deadline)))
        .collect();
    let requests = c
        .release_requests(a)
        .await?
        .into_iter()
        .filter(|r| {
            r.originator == a.member.id && r.status == domain::exchange::RequestStatus::Pending
        })
        .map(|r| {
            (
                r.id,
                format!(
                    "{} asks for {}: {}",
                    names.get(&r.requester_member).cloned().unwrap_or_default(),
                    r.object_id.or(r.value).unwrap_or_default(),
                    r.reason
                ),
            )
        })
        .collect();
    let votes = c
        .ballots()
        .await?
        .into_iter()
        .filter(|b| {
            b.closed_at.is_none()
                && b.eligible.contains(&a.member.id)
                && !b.votes.iter().any(|v| v.member == a.member.id)
        })
        .map(|b| (b.id, b.title, day(b.deadline)))
        .collect();
    let meetings = c
        .meetings()
        .await?
        .into_iter()
        .filter(|m| m.ends_at > now)
        .map(|m| (m.id, m.title, format!("{} · {}", day(m.starts_at), m.venue)))
        .collect();
    let overdue = c
        .actions(Some(a.member.id))
        .await?
        .into_iter()
        .filter(|x| x.overdue(now))
        .map(|x| (x.title, day(x.due_at)))
        .collect();
    Ok(Home {
        ctx: s.ctx(&format!("{} — home", a.member.display_name)),
        rows,
        rfis,
        requests,
        votes,
        meetings,
        overdue,
        decision_refused,
    })
}

// ---- search ----------------------------------------------------------------------------------

/// A facet's name and its values: (label, count, link).
/// A facet's name, and each value with its count as shown and its link.
type Facet = (&'static str, Vec<(String, String, String)>);

#[derive(Template)]
#[template(path = "web/search.html")]
struct Search {
    ctx: Ctx,
    q: String,
    kind: String,
    searched: bool,
    error: Option<String>,
    rows: Vec<ObjRow>,
    facets: Vec<Facet>,
    /// How many match: exact, or "10,000+" for a word most objects carry.
    matches: String,
    /// Fewer are shown than match.
    partial: bool,
}

#[derive(Deserialize)]
struct SearchParams {
    #[serde(default)]
    q: String,
    #[serde(default, rename = "type")]
    kind: String,
    #[serde(default)]
    originator: String,
    #[serde(default)]
    tlp: String,
}

async fn search(St(state): St<State>, s: Session, Query(p): Query<SearchParams>) -> Page {
    let c = &state.center;
    let names = c.member_names().await?;
    let mut page = Search {
        ctx: s.ctx("Search"),
        q: p.q.clone(),
        kind: p.kind.clone(),
        searched: false,
        error: None,
        rows: vec![],
        facets: vec![],
        matches: String::new(),
        partial: false,
    };
    if p.q.trim().is_empty() {
        return render(page);
    }
    let mut filter = domain::search::SearchFilter::default();
    if !p.kind.trim().is_empty() {
        filter.types = p.kind.split(',').map(|t| t.trim().to_string()).collect();
    }
    if !p.originator.is_empty() {
        filter
            .originators
            .push(c.member_by_name(&p.originator).await?.id);
    }
    if let Some(t) = stix::markings::Tlp::parse(&p.tlp) {
        filter.tlps.push(t);
    }
    match c.search(&s.actor, &p.q, filter, None, 100).await {
        Ok(r) => {
            page.searched = true;
            page.rows = r.hits.iter().map(|o| row(o, &names)).collect();
            page.partial = r.more || !r.facets.complete;
            // Past the limit every count is a floor: "10,000+".
            let more = if r.facets.complete { "" } else { "+" };
            let count = |n: u64| format!("{}{more}", grouped(n));
            page.matches = count(r.facets.counted);
            let link = |k: &str, v: &str| {
                let q: String = form_urlencoded::Serializer::new(String::new())
                    .append_pair("q", &p.q)
                    .append_pair(if k == "type" { "type" } else { k }, v)
                    .finish();
                format!("/search?{q}")
            };
            page.facets = vec![
                (
                    "Type",
                    r.facets
                        .types
                        .iter()
                        .map(|(t, n)| (t.clone(), count(*n), link("type", t)))
                        .collect(),
                ),
                (
                    "From",
                    r.facets
                        .originators
                        .iter()
                        .map(|(m, n)| {
                            let name = names.get(m).cloned().unwrap_or_default();
                            (name.clone(), count(*n), link("originator", &name))
                        })
                        .collect(),
                ),
                (
                    "TLP",
                    r.facets
                        .tlps
                        .iter()
                        .map(|(t, n)| (t.name().to_string(), count(*n), link("tlp", t.name())))
                        .collect(),
                ),
                (
                    "Month",
                    r.facets
                        .months
                        .iter()
                        .map(|(m, n)| (m.clone(), count(*n), link("q", &p.q)))
                        .collect(),
                ),
            ];
        }
        Err(domain::Error::Invalid(e)) => page.error = Some(e),
        Err(e) => return Err(e.into()),
    }
    render(page)
}

/// A count with its thousands grouped: 10,000.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

// ---- object ----------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "web/object.html")]
struct ObjectPage {
    ctx: Ctx,
    id: String,
    kind: String,
    banner: String,
    banner_class: String,
    originator: String,
    added: String,
    evaluation: String,
    body: String,
    versions: Vec<String>,
    correlations: Vec<(String, String, String)>,
    seen_by: usize,
    outcomes: Vec<String>,
    rfis: Vec<(i64, String)>,
    hit_value: String,
    message: Option<String>,
    /// What intelligence can lead to, as the outcome form offers it.
    outcome_kinds: Vec<(&'static str, String)>,
    /// What was typed in a refused form, by `form.field`.
    typed: BTreeMap<&'static str, String>,
    /// Why it was refused, by `form.field` (`form.form` for the form as a whole).
    errors: FieldErrors,
}

#[derive(Deserialize)]
struct Message {
    done: Option<String>,
}

async fn object(
    St(state): St<State>,
    s: Session,
    Path(id): Path<String>,
    Query(m): Query<Message>,
) -> Page {
    render(object_page(&state, &s, &id, m.done, BTreeMap::new(), FieldErrors::new()).await?)
}

/// An object's page; after a refused form, with what was typed and why.
async fn object_page(
    state: &State,
    s: &Session,
    id: &str,
    message: Option<String>,
    typed: BTreeMap<&'static str, String>,
    errors: FieldErrors,
) -> Result<ObjectPage, WebError> {
    let c = &state.center;
    let a = &s.actor;
    let names = c.member_names().await?;
    let (versions, releases) = c.object_versions(a, id).await?;
    let Some(latest) = versions.last() else {
        return Err(domain::Error::NotFound("object").into());
    };
    let v = body_json(latest);
    let rel = releases.last().map(|r| r.releasability.clone());
    let mut banner = latest.tlp.name().to_string();
    if let Some(r) = &rel {
        let to: Vec<String> = r
            .release
            .members()
            .iter()
            .filter_map(|m| names.get(m).cloned())
            .collect();
        if !to.is_empty() {
            banner.push_str(&format!(" · released to {}", to.join(", ")));
        }
        if r.orcon {
            banner.push_str(" · ORCON");
        }
    }
    let correlations = c
        .correlations(a, id)
        .await?
        .into_iter()
        .map(|x| {
            let key = x.key.clone();
            (
                key,
                x.stix_id.clone(),
                format!("{} {}", x.object_type, x.stix_id),
            )
        })
        .collect();
    let seen_by = c.sightings(a, id).await?.members.len();
    let outcomes = c
        .outcomes(a)
        .await?
        .into_iter()
        .filter(|o| o.outcome.objects.iter().any(|x| x == id))
        .map(|o| {
            format!(
                "{} on {} ({}): {}",
                o.outcome.kind.as_str().replace('_', " "),
                day(o.outcome.occurred_at),
                names.get(&o.outcome.member).cloned().unwrap_or_default(),
                o.outcome.description
            )
        })
        .collect();
    let rfis = if a.has_role(Role::LiaisonOfficer) {
        c.rfis(a)
            .await?
            .into_iter()
            .filter(|r| r.answerable_by(a))
            .map(|r| (r.id, r.question))
            .collect()
    } else {
        vec![]
    };
    let hit_value = v
        .get("value")
        .and_then(|x| x.as_str())
        .map(str::to_string)
        .or_else(|| {
            v.get("pattern")
                .and_then(|p| p.as_str())
                .and_then(|p| p.split('\'').nth(1))
                .map(str::to_string)
        })
        .unwrap_or_default();
    let title = v
        .get("name")
        .and_then(|n| n.as_str())
        .unwrap_or(&latest.object_type)
        .to_string();
    Ok(ObjectPage {
        ctx: s.ctx(&title),
        id: id.to_string(),
        kind: latest.object_type.clone(),
        banner_class: format!(
            "tlp-{}",
            latest
                .tlp
                .name()
                .trim_start_matches("TLP:")
                .to_lowercase()
                .replace('+', "-")
        ),
        banner,
        originator: names.get(&latest.originator).cloned().unwrap_or_default(),
        added: day(latest.date_added),
        evaluation: rel
            .and_then(|r| r.evaluation)
            .map(|e| e.code())
            .unwrap_or_default(),
        body: serde_json::to_string_pretty(&v).unwrap_or_default(),
        versions: versions
            .iter()
            .map(|o| format!("{} (added {})", o.version, day(o.date_added)))
            .collect(),
        correlations,
        seen_by,
        outcomes,
        rfis,
        hit_value,
        message,
        outcome_kinds: domain::tracked::OutcomeKind::ALL
            .iter()
            .map(|k| {
                let words = k.as_str().replace('_', " ");
                let mut label = words[..1].to_uppercase();
                label.push_str(&words[1..]);
                (k.as_str(), label)
            })
            .collect(),
        typed,
        errors,
    })
}

impl ObjectPage {
    fn typed_is(&self, key: &str, value: &str) -> bool {
        self.typed.get(key).is_some_and(|v| v == value)
    }
}

/// The object's page again, 422, with a refused form's typed values and why.
async fn object_refused(
    state: &State,
    s: &Session,
    id: &str,
    typed: &[(&'static str, &str)],
    errors: FieldErrors,
) -> Page {
    refused(object_page(state, s, id, None, typed_values(typed), errors).await?)
}

fn object_path(id: &str, done: &str) -> String {
    let d: String = form_urlencoded::byte_serialize(done.as_bytes()).collect();
    format!("/objects/{id}?done={d}")
}

async fn sight(St(state): St<State>, Path(id): Path<String>, p: Posted<Empty>) -> Page {
    let c = &state.center;
    let a = &p.session.actor;
    // Only an object the user may see can be sighted. The sighting goes no further than the
    // object (an AMBER one reaches its originator too), so it never reveals the object's id
    // to someone the object was not released to.
    let (versions, _) = c.object_versions(a, &id).await?;
    let latest = versions.last().ok_or(domain::Error::NotFound("object"))?;
    let now = taxii_timestamp(c.now());
    let mut objects = Vec::new();
    let mut markings = vec![serde_json::json!(latest.tlp.marking_id())];
    if matches!(
        latest.tlp,
        stix::markings::Tlp::Amber | stix::markings::Tlp::AmberStrict
    ) && latest.originator != a.member.id
    {
        let originator = c
            .members()
            .await?
            .into_iter()
            .find(|m| m.id == latest.originator)
            .ok_or(domain::Error::NotFound("object"))?;
        let (release, marking) = release_marking(
            &a.member.identity_id,
            &[originator.identity_id],
            false,
            &now,
        );
        objects.push(marking.to_string());
        markings.push(serde_json::json!(release));
    }
    objects.push(
        serde_json::json!({
            "type": "sighting", "spec_version": "2.1",
            "id": format!("sighting--{}", uuid::Uuid::new_v4()),
            "created": now, "modified": now, "sighting_of_ref": id,
            "created_by_ref": a.member.identity_id,
            "object_marking_refs": markings,
        })
        .to_string(),
    );
    let sighting: Vec<&str> = objects.iter().map(String::as_str).collect();
    let status = c
        .submit(a, &c.info().default_collection.0.to_string(), &sighting)
        .await?;
    if status.failure_count > 0 {
        let why = status
            .failures
            .first()
            .and_then(|f| f.message.clone())
            .unwrap_or_default();
        return Err(domain::Error::Invalid(format!("the sighting was refused: {why}")).into());
    }
    see_other(&object_path(&id, "Your sighting is recorded."))
}

#[derive(Deserialize)]
struct OutcomeForm {
    kind: String,
    #[serde(default)]
    description: String,
}

async fn outcome(St(state): St<State>, Path(id): Path<String>, p: Posted<OutcomeForm>) -> Page {
    let c = &state.center;
    let mut errors = FieldErrors::new();
    match domain::tracked::OutcomeKind::parse(&p.form.kind) {
        None => {
            errors.insert(
                "outcome.kind",
                "Choose what the intelligence led to.".into(),
            );
        }
        Some(kind) => {
            let r = c
                .record_outcome(
                    &p.session.actor,
                    kind,
                    &p.form.description,
                    c.now(),
                    std::slice::from_ref(&id),
                )
                .await;
            if form_error(r, &mut errors, "outcome.form")?.is_some() {
                return see_other(&object_path(&id, "The outcome is recorded."));
            }
        }
    }
    let typed = [
        ("outcome.kind", p.form.kind.as_str()),
        ("outcome.description", p.form.description.as_str()),
    ];
    object_refused(&state, &p.session, &id, &typed, errors).await
}

#[derive(Deserialize)]
struct AnswerWith {
    #[serde(default)]
    rfi: String,
    #[serde(default)]
    text: String,
}

async fn answer_with(St(state): St<State>, Path(id): Path<String>, p: Posted<AnswerWith>) -> Page {
    let mut errors = FieldErrors::new();
    match p.form.rfi.trim().parse::<i64>() {
        Err(_) => {
            errors.insert("answer.rfi", "Choose the RFI this object answers.".into());
        }
        Ok(rfi) => {
            // The object itself is the answer; the text only says how it answers.
            let r = state
                .center
                .answer(
                    &p.session.actor,
                    rfi,
                    &p.form.text,
                    std::slice::from_ref(&id),
                )
                .await;
            match r {
                Err(domain::Error::NotFound(_)) => {
                    errors.insert(
                        "answer.rfi",
                        "That RFI is not addressed to your member.".into(),
                    );
                }
                r => {
                    if form_error(r, &mut errors, "answer.form")?.is_some() {
                        return see_other(&format!("/rfis/{rfi}"));
                    }
                }
            }
        }
    }
    let typed = [
        ("answer.rfi", p.form.rfi.as_str()),
        ("answer.text", p.form.text.as_str()),
    ];
    object_refused(&state, &p.session, &id, &typed, errors).await
}

#[derive(Template)]
#[template(path = "web/hits.html")]
struct Hits {
    ctx: Ctx,
    value: String,
    visible: u64,
    hits: Vec<(String, u64)>,
    /// A refused release request: the member it was for, the reason typed, and why.
    refused: Option<(String, String, String)>,
}

impl Hits {
    /// Whether a refusal can be shown under its row (a member no longer holding a hit cannot).
    fn names_a_row(&self, member: &str) -> bool {
        self.hits.iter().any(|h| h.0 == member)
    }
}

#[derive(Deserialize)]
struct HitForm {
    value: String,
}

async fn hits(St(state): St<State>, p: Posted<HitForm>) -> Page {
    render(hits_page(&state, &p.session, &p.form.value, None).await?)
}

async fn hits_page(
    state: &State,
    s: &Session,
    value: &str,
    refused: Option<(String, String, String)>,
) -> Result<Hits, WebError> {
    let r = state.center.hit_query(&s.actor, value).await?;
    Ok(Hits {
        ctx: s.ctx("Hit/no-hit"),
        value: r.value,
        visible: r.visible,
        hits: r.hits.into_iter().map(|h| (h.member, h.items)).collect(),
        refused,
    })
}

#[derive(Deserialize)]
struct ReleaseForm {
    #[serde(default)]
    originator: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    reason: String,
}

async fn request_release(St(state): St<State>, p: Posted<ReleaseForm>) -> Page {
    let r = state
        .center
        .request_release(
            &p.session.actor,
            &p.form.originator,
            None,
            None,
            Some(&p.form.value),
            &p.form.reason,
        )
        .await;
    let why = match r {
        Ok(_) => return see_other("/"),
        Err(domain::Error::Invalid(why) | domain::Error::Conflict(why)) => why,
        Err(domain::Error::NotFound(_)) => {
            format!("{} is not a member of the center.", p.form.originator)
        }
        Err(e) => return Err(e.into()),
    };
    // The hit list again, the refusal under the request it was about.
    let Posted { session, form } = p;
    let page = hits_page(
        &state,
        &session,
        &form.value,
        Some((form.originator, form.reason, why)),
    )
    .await?;
    refused(page)
}

#[derive(Deserialize)]
struct DecideForm {
    decision: String,
}

async fn decide_release(St(state): St<State>, Path(id): Path<i64>, p: Posted<DecideForm>) -> Page {
    let r = match p.form.decision.as_str() {
        d @ ("approve" | "refuse") => state
            .center
            .decide_release(&p.session.actor, id, d == "approve", None)
            .await
            .map(|_| ()),
        _ => Err(domain::Error::Invalid(
            "Approve or refuse the request.".into(),
        )),
    };
    match refusal(r)? {
        Ok(()) => see_other("/"),
        // Decided meanwhile by a colleague, say: the home page again, saying so.
        Err(why) => refused(home_page(&state, &p.session, Some(why)).await?),
    }
}

// ---- submission ------------------------------------------------------------------------------

#[derive(Deserialize, Default)]
struct SubmitForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    indicators: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    latitude: String,
    #[serde(default)]
    longitude: String,
    #[serde(default)]
    tlp: String,
    #[serde(default)]
    release_to: Vec<String>,
    orcon: Option<String>,
}

#[derive(Template)]
#[template(path = "web/submit.html")]
struct Submit {
    ctx: Ctx,
    form: SubmitForm,
    errors: BTreeMap<&'static str, String>,
    tlps: Vec<(&'static str, &'static str)>,
    members: Vec<(String, String)>,
    message: Option<String>,
}

const TLPS: [(&str, &str); 5] = [
    ("clear", "TLP:CLEAR"),
    ("green", "TLP:GREEN"),
    ("amber", "TLP:AMBER"),
    ("amber+strict", "TLP:AMBER+STRICT"),
    ("red", "TLP:RED"),
];

async fn submit_page_for(
    state: &State,
    s: &Session,
    form: SubmitForm,
    errors: BTreeMap<&'static str, String>,
    message: Option<String>,
) -> Result<Submit, WebError> {
    // Offered: every level, and the other active members to release to.
    let members = state
        .center
        .members()
        .await?
        .into_iter()
        .filter(|m| m.id != s.actor.member.id && m.status.is_active())
        .map(|m| (m.name, m.display_name))
        .collect();
    Ok(Submit {
        ctx: s.ctx("Submit intelligence"),
        form,
        errors,
        tlps: TLPS.to_vec(),
        members,
        message,
    })
}

async fn submit_page(St(state): St<State>, s: Session, Query(m): Query<Message>) -> Page {
    let form = SubmitForm {
        tlp: "amber".into(),
        ..SubmitForm::default()
    };
    render(submit_page_for(&state, &s, form, BTreeMap::new(), m.done).await?)
}

/// A STIX pattern for one value, or why it cannot be one, by the domain's one rule.
fn pattern_for(v: &str) -> Result<String, String> {
    domain::keys::Observable::classify(v)
        .ok_or_else(|| {
            format!(
                "'{v}' is not an IP address, domain, URL, e-mail address or MD5/SHA-1/SHA-256/SHA-512 hash"
            )
        })?
        .pattern()
}

/// A Liaison handling marking made by the member `creator`: a release list of member
/// identities and/or ORCON. Returns its id and the marking-definition.
fn release_marking(
    creator: &str,
    release_to: &[String],
    orcon: bool,
    now: &str,
) -> (String, serde_json::Value) {
    let mut ext = serde_json::Map::new();
    ext.insert(
        "extension_type".into(),
        serde_json::json!("property-extension"),
    );
    if !release_to.is_empty() {
        ext.insert("release_to".into(), serde_json::json!(release_to));
    }
    if orcon {
        ext.insert("orcon".into(), serde_json::json!(true));
    }
    let id = format!("marking-definition--{}", uuid::Uuid::new_v4());
    let marking = serde_json::json!({
        "type": "marking-definition", "spec_version": "2.1", "id": id, "created": now,
        "name": "release list", "created_by_ref": creator,
        "extensions": {domain::markings::RELEASE_EXTENSION_ID: ext},
    });
    (id, marking)
}

/// Builds the report and its objects from the form, or says which fields are wrong.
fn build_report(
    f: &SubmitForm,
    identity: &str,
    release_identities: &[String],
    now: &str,
) -> Result<Vec<String>, BTreeMap<&'static str, String>> {
    use serde_json::json;
    let mut errors = BTreeMap::new();
    let new_id = |t: &str| format!("{t}--{}", uuid::Uuid::new_v4());
    if f.name.trim().is_empty() {
        errors.insert("name", "Give the report a title.".to_string());
    }
    let tlp = stix::markings::Tlp::parse(&f.tlp).unwrap_or(stix::markings::Tlp::Amber);
    if !release_identities.is_empty()
        && !matches!(
            tlp,
            stix::markings::Tlp::Amber | stix::markings::Tlp::AmberStrict
        )
    {
        errors.insert(
            "release_to",
            "Release lists apply to TLP:AMBER and TLP:AMBER+STRICT only.".to_string(),
        );
    }
    let mut markings = vec![json!(tlp.marking_id())];
    let mut objects = Vec::new();
    if !release_identities.is_empty() || f.orcon.is_some() {
        let (id, marking) = release_marking(identity, release_identities, f.orcon.is_some(), now);
        objects.push(marking);
        markings.push(json!(id));
    }
    let common = |mut v: serde_json::Value| {
        set(&mut v, "spec_version", json!("2.1"));
        set(&mut v, "created", json!(now));
        set(&mut v, "modified", json!(now));
        set(&mut v, "created_by_ref", json!(identity));
        set(&mut v, "object_marking_refs", json!(markings));
        v
    };
    let mut refs = Vec::new();
    if !f.actor.trim().is_empty() {
        let id = new_id("threat-actor");
        objects.push(common(
            json!({"type": "threat-actor", "id": id, "name": f.actor.trim()}),
        ));
        refs.push(id);
    }
    let mut bad = Vec::new();
    for v in f
        .indicators
        .lines()
        .map(str::trim)
        .filter(|v| !v.is_empty())
    {
        match pattern_for(v) {
            Ok(p) => {
                let id = new_id("indicator");
                objects.push(common(json!({
                    "type": "indicator", "id": id, "name": v, "pattern": p,
                    "pattern_type": "stix", "valid_from": now,
                })));
                refs.push(id);
            }
            Err(e) => bad.push(e),
        }
    }
    if !bad.is_empty() {
        errors.insert("indicators", bad.join("; "));
    }
    let (lat, lon) = (f.latitude.trim(), f.longitude.trim());
    if !lat.is_empty() || !lon.is_empty() {
        match (lat.parse::<f64>(), lon.parse::<f64>()) {
            (Ok(la), Ok(lo)) if (-90.0..=90.0).contains(&la) && (-180.0..=180.0).contains(&lo) => {
                let id = new_id("location");
                let mut loc =
                    json!({"type": "location", "id": id, "latitude": la, "longitude": lo});
                if !f.place.trim().is_empty() {
                    set(&mut loc, "name", json!(f.place.trim()));
                }
                objects.push(common(loc));
                refs.push(id);
            }
            _ => {
                errors.insert(
                    "location",
                    "Latitude is a number from -90 to 90 and longitude from -180 to 180.".into(),
                );
            }
        }
    }
    if refs.is_empty() && errors.is_empty() {
        errors.insert(
            "indicators",
            "A report refers to something: add an actor, an indicator or a location.".into(),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut report = json!({
        "type": "report", "id": new_id("report"), "name": f.name.trim(),
        "published": now, "object_refs": refs,
    });
    if !f.description.trim().is_empty() {
        set(&mut report, "description", json!(f.description.trim()));
    }
    objects.push(common(report));
    Ok(objects.iter().map(|o| o.to_string()).collect())
}

async fn submit(St(state): St<State>, p: Posted<SubmitForm>) -> Page {
    let c = &state.center;
    let s = p.session;
    let mut identities = Vec::new();
    for name in &p.form.release_to {
        identities.push(c.member_by_name(name).await?.identity_id);
    }
    let now = taxii_timestamp(c.now());
    match build_report(&p.form, &s.actor.member.identity_id, &identities, &now) {
        Err(errors) => {
            let page = submit_page_for(&state, &s, p.form, errors, None).await?;
            Ok((
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                axum::response::Html(page.render()?),
            )
                .into_response())
        }
        Ok(objects) => {
            let refs: Vec<&str> = objects.iter().map(String::as_str).collect();
            let status = c
                .submit(&s.actor, &c.info().default_collection.0.to_string(), &refs)
                .await?;
            if status.failure_count > 0 {
                let why: Vec<String> = status
                    .failures
                    .iter()
                    .map(|f| format!("{}: {}", f.id, f.message.clone().unwrap_or_default()))
                    .collect();
                let mut errors = BTreeMap::new();
                errors.insert("form", format!("Nothing was stored: {}", why.join("; ")));
                let page = submit_page_for(&state, &s, p.form, errors, None).await?;
                return Ok((
                    axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                    axum::response::Html(page.render()?),
                )
                    .into_response());
            }
            let report = objects
                .last()
                .and_then(|o| serde_json::from_str::<serde_json::Value>(o).ok())
                .and_then(|v| field(&v, "id").as_str().map(str::to_string))
                .unwrap_or_default();
            see_other(&object_path(
                &report,
                "Your report is stored and released as marked.",
            ))
        }
    }
}

/// A bundle file from the browser, stored like a TAXII submission.
async fn import(
    St(state): St<State>,
    s: Session,
    headers: axum::http::HeaderMap,
    mut multipart: axum::extract::Multipart,
) -> Page {
    super::check_origin(&headers)?;
    let (mut csrf, mut bundle) = (None, None);
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| domain::Error::Invalid(format!("the upload is incomplete: {e}")))?
    {
        match field.name() {
            Some("csrf") => csrf = field.text().await.ok(),
            Some("bundle") => {
                bundle = Some(field.bytes().await.map_err(|e| {
                    domain::Error::Invalid(format!("the file could not be read: {e}"))
                })?)
            }
            _ => {}
        }
    }
    s.check_csrf(csrf.as_deref())?;
    let bytes = bundle
        .filter(|b| !b.is_empty())
        .ok_or_else(|| domain::Error::Invalid("choose a STIX bundle file to import".into()))?;
    // Each object's own text, as TAXII and the console take it: the store keeps what the
    // member sent, byte for byte.
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        domain::Error::Invalid(
            "the file is not UTF-8 text; export it from your tool as JSON".into(),
        )
    })?;
    let refs = stix::split_document(text).map_err(|e| domain::Error::Invalid(e.to_string()))?;
    if refs.is_empty() {
        return Err(domain::Error::Invalid("the file holds no STIX objects".into()).into());
    }
    let c = &state.center;
    let status = c
        .submit(&s.actor, &c.info().default_collection.0.to_string(), &refs)
        .await?;
    let done = format!(
        "Imported {} of {} objects{}",
        status.success_count,
        status.total_count,
        status
            .failures
            .first()
            .map(|f| format!(
                "; refused: {} ({})",
                f.id,
                f.message.clone().unwrap_or_default()
            ))
            .unwrap_or_default()
    );
    let d: String = form_urlencoded::byte_serialize(done.as_bytes()).collect();
    see_other(&format!("/submit?done={d}"))
}

// ---- RFIs ------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "web/rfis.html")]
struct Rfis {
    ctx: Ctx,
    rows: Vec<(i64, String, String, &'static str, String, &'static str)>,
    members: Vec<(String, String)>,
    form: AskForm,
    errors: BTreeMap<&'static str, String>,
}

async fn rfis(St(state): St<State>, s: Session) -> Page {
    let form = AskForm {
        priority: "normal".into(),
        ..AskForm::default()
    };
    render(rfis_page(&state, &s, form, BTreeMap::new()).await?)
}

/// The RFI list with the ask form, as typed and with its errors by field.
async fn rfis_page(
    state: &State,
    s: &Session,
    form: AskForm,
    errors: BTreeMap<&'static str, String>,
) -> Result<Rfis, WebError> {
    let c = &state.center;
    let names = c.member_names().await?;
    let rows = c
        .rfis(&s.actor)
        .await?
        .into_iter()
        .rev()
        .map(|r| {
            (
                r.id,
                r.question,
                names.get(&r.asker).cloned().unwrap_or_default(),
                r.priority.as_str(),
                day(r.deadline),
                r.status.as_str(),
            )
        })
        .collect();
    let members = c
        .members()
        .await?
        .into_iter()
        .filter(|m| m.id != s.actor.member.id && m.status.is_active())
        .map(|m| (m.name, m.display_name))
        .collect();
    Ok(Rfis {
        ctx: s.ctx("Requests for information"),
        rows,
        members,
        form,
        errors,
    })
}

#[derive(Deserialize, Default)]
struct AskForm {
    #[serde(default)]
    question: String,
    #[serde(default)]
    priority: String,
    #[serde(default)]
    deadline: String,
    #[serde(default)]
    to: Vec<String>,
}

async fn ask(St(state): St<State>, p: Posted<AskForm>) -> Page {
    let f = &p.form;
    let mut errors = BTreeMap::new();
    if f.question.trim().is_empty() {
        errors.insert("question", "Write the question.".to_string());
    }
    let priority = domain::rfis::Priority::parse(&f.priority);
    if priority.is_none() {
        errors.insert(
            "priority",
            "Choose low, normal, high or urgent.".to_string(),
        );
    }
    let deadline = stix::timestamp::parse_micros(f.deadline.trim()).ok();
    if deadline.is_none() {
        errors.insert(
            "deadline",
            "Give the deadline as a UTC time such as 2026-12-31T12:00:00Z.".to_string(),
        );
    }
    if let (true, Some(priority), Some(deadline)) = (errors.is_empty(), priority, deadline) {
        match state
            .center
            .ask(
                &p.session.actor,
                &f.question,
                priority,
                deadline,
                &f.to,
                &[],
            )
            .await
        {
            Ok(r) => return see_other(&format!("/rfis/{}", r.id)),
            Err(domain::Error::Invalid(why)) => {
                errors.insert("form", why);
            }
            Err(e) => return Err(e.into()),
        }
    }
    let page = rfis_page(&state, &p.session, p.form, errors).await?;
    Ok((
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        axum::response::Html(page.render()?),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "web/rfi.html")]
struct RfiPage {
    ctx: Ctx,
    id: i64,
    asker: String,
    priority: &'static str,
    deadline: String,
    status: &'static str,
    question: String,
    overdue: String,
    answers: Vec<(String, String, String, Vec<String>)>,
    withheld: usize,
    can_answer: bool,
    form: AnswerForm,
    errors: FieldErrors,
}

async fn rfi(St(state): St<State>, s: Session, Path(id): Path<i64>) -> Page {
    render(rfi_page(&state, &s, id, AnswerForm::default(), FieldErrors::new()).await?)
}

/// An RFI's page; after a refused answer, with what was typed and why.
async fn rfi_page(
    state: &State,
    s: &Session,
    id: i64,
    form: AnswerForm,
    errors: FieldErrors,
) -> Result<RfiPage, WebError> {
    let c = &state.center;
    let names = c.member_names().await?;
    let name = |m: &MemberId| names.get(m).cloned().unwrap_or_default();
    let v = c.rfi(&s.actor, id).await?;
    let can_answer = v.rfi.answerable_by(&s.actor);
    Ok(RfiPage {
        ctx: s.ctx(&format!("RFI {id}")),
        id,
        asker: name(&v.rfi.asker),
        priority: v.rfi.priority.as_str(),
        deadline: day(v.rfi.deadline),
        status: v.rfi.status.as_str(),
        question: v.rfi.question.clone(),
        overdue: v.overdue.iter().map(name).collect::<Vec<_>>().join(", "),
        answers: v
            .answers
            .iter()
            .map(|a| {
                (
                    name(&a.member),
                    day(a.at),
                    a.text.clone(),
                    a.objects.clone(),
                )
            })
            .collect(),
        withheld: v.withheld,
        can_answer,
        form,
        errors,
    })
}

#[derive(Deserialize, Default)]
struct AnswerForm {
    #[serde(default)]
    text: String,
    #[serde(default)]
    objects: String,
}

async fn answer(St(state): St<State>, Path(id): Path<i64>, p: Posted<AnswerForm>) -> Page {
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
        errors.insert(
            "text",
            "Write the answer, or give the objects that answer it.".into(),
        );
    }
    if errors.is_empty() {
        let r = state
            .center
            .answer(&p.session.actor, id, &p.form.text, &objects)
            .await;
        // Anything else the domain refuses (an RFI closed meanwhile) is about the whole form.
        if form_error(r, &mut errors, "form")?.is_some() {
            return see_other(&format!("/rfis/{id}"));
        }
    }
    refused(rfi_page(&state, &p.session, id, p.form, errors).await?)
}

// ---- tracked groups and the map --------------------------------------------------------------

#[derive(Template)]
#[template(path = "web/groups.html")]
struct Groups {
    ctx: Ctx,
    rows: Vec<ObjRow>,
}

async fn groups(St(state): St<State>, s: Session) -> Page {
    let c = &state.center;
    let names = c.member_names().await?;
    let types = ["threat-actor", "intrusion-set", "campaign"]
        .map(String::from)
        .to_vec();
    let rows = c
        .recent(&s.actor, types, 200)
        .await?
        .iter()
        .map(|o| ObjRow {
            href: format!("/groups/{}", o.stix_id),
            ..row(o, &names)
        })
        .collect();
    render(Groups {
        ctx: s.ctx("Tracked groups"),
        rows,
    })
}

#[derive(Template)]
#[template(path = "web/group.html")]
struct GroupPage {
    ctx: Ctx,
    id: String,
    aliases: String,
    statuses: Vec<String>,
    locations: Vec<String>,
    rows: Vec<ObjRow>,
    /// A refused status: the state chosen, the note typed, and why.
    refused: Option<(String, String, String)>,
}

async fn group(St(state): St<State>, s: Session, Path(id): Path<String>) -> Page {
    render(group_page(&state, &s, &id, None).await?)
}

async fn group_page(
    state: &State,
    s: &Session,
    id: &str,
    refused: Option<(String, String, String)>,
) -> Result<GroupPage, WebError> {
    let c = &state.center;
    let names = c.member_names().await?;
    let (versions, _) = c.object_versions(&s.actor, id).await?;
    let latest = versions.last().map(body_json).unwrap_or_default();
    let t = c.timeline(&s.actor, id).await?;
    // Known locations: located-at relationships and locations the timeline's reports name.
    let mut locations = Vec::new();
    for o in &t.objects {
        let v = body_json(o);
        if o.object_type == "relationship"
            && field(&v, "relationship_type") == "located-at"
            && let Some(target) = field(&v, "target_ref").as_str()
            && let Ok((lv, _)) = c.object_versions(&s.actor, target).await
            && let Some(l) = lv.last()
        {
            let lj = body_json(l);
            locations.push(format!(
                "{} ({}, {}) since {}",
                field(&lj, "name").as_str().unwrap_or("location"),
                field(&lj, "latitude"),
                field(&lj, "longitude"),
                field(&v, "start_time")
                    .as_str()
                    .unwrap_or(&day(o.date_added))
            ));
        }
    }
    Ok(GroupPage {
        ctx: s.ctx(field(&latest, "name").as_str().unwrap_or("Tracked group")),
        id: id.to_string(),
        aliases: field(&latest, "aliases")
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default(),
        statuses: t
            .statuses
            .iter()
            .map(|x| {
                format!(
                    "{} since {} ({}){}",
                    x.state.as_str(),
                    day(x.at),
                    names.get(&x.member).cloned().unwrap_or_default(),
                    if x.note.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", x.note)
                    }
                )
            })
            .collect(),
        locations,
        rows: t.objects.iter().map(|o| row(o, &names)).collect(),
        refused,
    })
}

impl GroupPage {
    fn state_chosen(&self, state: &str) -> bool {
        self.refused.as_ref().is_some_and(|r| r.0 == state)
    }
}

#[derive(Deserialize)]
struct StatusForm {
    state: String,
    #[serde(default)]
    note: String,
}

async fn group_status(St(state): St<State>, Path(id): Path<String>, p: Posted<StatusForm>) -> Page {
    let r = match domain::tracked::GroupState::parse(&p.form.state) {
        None => Err(domain::Error::Invalid(
            "Choose active, dormant, disrupted or dismantled.".into(),
        )),
        Some(st) => state
            .center
            .set_group_status(&p.session.actor, &id, st, &p.form.note)
            .await
            .map(|_| ()),
    };
    let Err(why) = refusal(r)? else {
        return see_other(&format!("/groups/{id}"));
    };
    let Posted { session, form } = p;
    refused(group_page(&state, &session, &id, Some((form.state, form.note, why))).await?)
}

pub struct Point {
    id: String,
    name: String,
    lat: f64,
    lon: f64,
    x: String,
    y: String,
}

#[derive(Template)]
#[template(path = "web/map.html")]
struct MapPage {
    ctx: Ctx,
    land: &'static str,
    points: Vec<Point>,
}

async fn map(St(state): St<State>, s: Session) -> Page {
    let points = state
        .center
        .recent(&s.actor, vec!["location".into()], 2_000)
        .await?
        .iter()
        .filter_map(|o| {
            let v = body_json(o);
            let (lat, lon) = (
                field(&v, "latitude").as_f64()?,
                field(&v, "longitude").as_f64()?,
            );
            let (x, y) = super::map::project(lon, lat);
            Some(Point {
                id: o.stix_id.clone(),
                name: field(&v, "name").as_str().unwrap_or("location").to_string(),
                lat,
                lon,
                x: format!("{x:.1}"),
                y: format!("{y:.1}"),
            })
        })
        .collect();
    render(MapPage {
        ctx: s.ctx("Map"),
        land: super::map::land_path(),
        points,
    })
}

// ---- governance and meetings -----------------------------------------------------------------

#[derive(Template)]
#[template(path = "web/governance.html")]
struct Governance {
    ctx: Ctx,
    presidency: String,
    members: Vec<(String, &'static str, bool, String)>,
    votes: Vec<(i64, String, String, String, String, bool)>,
    /// A refused vote: the ballot and why.
    refused: Option<(i64, String)>,
}

async fn governance(St(state): St<State>, s: Session) -> Page {
    render(governance_page(&state, &s, None).await?)
}

async fn governance_page(
    state: &State,
    s: &Session,
    refused: Option<(i64, String)>,
) -> Result<Governance, WebError> {
    let c = &state.center;
    let names = c.member_names().await?;
    let presidency = match c.current_presidency().await? {
        Some(t) => format!(
            "{} holds the presidency from {} to {}.",
            names.get(&t.member).cloned().unwrap_or_default(),
            day(t.starts_at),
            day(t.ends_at)
        ),
        None => "No member holds the presidency.".into(),
    };
    let members = c
        .members()
        .await?
        .into_iter()
        .map(|m| {
            (
                format!("{} ({})", m.display_name, m.name),
                m.status.as_str(),
                m.founding,
                m.accession_at.map(day).unwrap_or_default(),
            )
        })
        .collect();
    let delegate = s.actor.has_role(Role::Delegate);
    let votes = c
        .ballots()
        .await?
        .into_iter()
        .rev()
        .map(|b| {
            let can = delegate && b.closed_at.is_none() && b.eligible.contains(&s.actor.member.id);
            (
                b.id,
                b.title,
                day(b.deadline),
                format!("{} of {}", b.votes.len(), b.eligible.len()),
                b.outcome.map_or("open", |o| o.as_str()).to_string(),
                can,
            )
        })
        .collect();
    Ok(Governance {
        ctx: s.ctx("Governance"),
        presidency,
        members,
        votes,
        refused,
    })
}

#[derive(Deserialize)]
struct VoteForm {
    choice: String,
}

async fn vote(St(state): St<State>, Path(id): Path<i64>, p: Posted<VoteForm>) -> Page {
    let r = match domain::votes::Choice::parse(&p.form.choice) {
        None => Err(domain::Error::Invalid("Vote yes, no or abstain.".into())),
        Some(choice) => state
            .center
            .vote(&p.session.actor, id, choice)
            .await
            .map(|_| ()),
    };
    let Err(why) = refusal(r)? else {
        return see_other(&format!("/governance#vote-{id}"));
    };
    refused(governance_page(&state, &p.session, Some((id, why))).await?)
}

#[derive(Template)]
#[template(path = "web/meetings.html")]
struct Meetings {
    ctx: Ctx,
    rows: Vec<(i64, String, &'static str, String, String)>,
    form: ConveneForm,
    errors: FieldErrors,
}

async fn meetings(St(state): St<State>, s: Session) -> Page {
    let form = ConveneForm {
        kind: "regular".into(),
        time_zone: "Europe/Brussels".into(),
        ..ConveneForm::default()
    };
    render(meetings_page(&state, &s, form, FieldErrors::new()).await?)
}

/// The meeting list with the convene form, as typed and with its errors by field.
async fn meetings_page(
    state: &State,
    s: &Session,
    form: ConveneForm,
    errors: FieldErrors,
) -> Result<Meetings, WebError> {
    let rows = state
        .center
        .meetings()
        .await?
        .into_iter()
        .rev()
        .map(|m| {
            (
                m.id,
                m.title,
                m.kind.as_str(),
                format!(
                    "{} UTC{}",
                    day(m.starts_at),
                    crate::pack::in_zone(m.starts_at, &m.time_zone)
                ),
                m.venue,
            )
        })
        .collect();
    Ok(Meetings {
        ctx: s.ctx("Meetings"),
        rows,
        form,
        errors,
    })
}

#[derive(Deserialize, Default)]
struct ConveneForm {
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

async fn convene(St(state): St<State>, p: Posted<ConveneForm>) -> Page {
    let f = &p.form;
    let mut errors = FieldErrors::new();
    if f.title.trim().is_empty() {
        errors.insert("title", "Give the meeting a title.".into());
    }
    let kind = domain::meetings::MeetingKind::parse(&f.kind);
    if kind.is_none() {
        errors.insert("kind", "Choose regular or extraordinary.".into());
    }
    let starts = parse_time("The start", &f.starts)
        .map_err(|why| errors.insert("starts", why))
        .ok();
    let ends = parse_time("The end", &f.ends)
        .map_err(|why| errors.insert("ends", why))
        .ok();
    if let (Some(s), Some(e)) = (starts, ends)
        && e <= s
    {
        errors.insert("ends", "The end must come after the start.".into());
    }
    if let (true, Some(kind), Some(starts), Some(ends)) = (errors.is_empty(), kind, starts, ends) {
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
        // The domain checks the time zone; its refusal names the zone typed.
        if let Some(m) = form_error(r, &mut errors, "time_zone")? {
            return see_other(&format!("/meetings/{}", m.id));
        }
    }
    refused(meetings_page(&state, &p.session, p.form, errors).await?)
}

#[derive(Template)]
#[template(path = "web/meeting.html")]
struct MeetingPage {
    ctx: Ctx,
    id: i64,
    when: String,
    venue: String,
    agenda: Vec<(String, Option<String>, Option<String>, bool)>,
    attendance: Vec<String>,
    minutes: String,
    minutes_md: String,
    decisions: Vec<String>,
    actions: Vec<(String, bool)>,
    members: Vec<String>,
    /// What was typed in a refused form, by `form.field`.
    typed: BTreeMap<&'static str, String>,
    /// Why it was refused, by `form.field` (`form.form` for the form as a whole).
    errors: FieldErrors,
}

async fn meeting(St(state): St<State>, s: Session, Path(id): Path<i64>) -> Page {
    render(meeting_page(&state, &s, id, BTreeMap::new(), FieldErrors::new()).await?)
}

/// A meeting's page; after a refused form, with what was typed and why.
async fn meeting_page(
    state: &State,
    s: &Session,
    id: i64,
    typed: BTreeMap<&'static str, String>,
    errors: FieldErrors,
) -> Result<MeetingPage, WebError> {
    use domain::meetings::AgendaLink;
    let c = &state.center;
    let names = c.member_names().await?;
    let name = |m: &MemberId| names.get(m).cloned().unwrap_or_default();
    let r = c.meeting(id).await?;
    let agenda = c
        .agenda_for(&s.actor, id)
        .await?
        .into_iter()
        .map(|i| {
            let href = match &i.item.link {
                Some(AgendaLink::Object(o)) => Some(format!("/objects/{o}")),
                Some(AgendaLink::Rfi(n)) => Some(format!("/rfis/{n}")),
                Some(AgendaLink::Report(n)) => Some(format!("/statistics/reports/{n}")),
                Some(AgendaLink::Statistics) => Some("/statistics".into()),
                Some(AgendaLink::Vote(n)) => Some(format!("/governance#vote-{n}")),
                _ => None,
            };
            let label = i
                .linked
                .clone()
                .or_else(|| href.as_ref().map(|_| "linked".into()));
            (i.item.title, label, href, i.withheld)
        })
        .collect();
    let now = c.now();
    Ok(MeetingPage {
        ctx: s.ctx(&r.meeting.title),
        id,
        when: format!(
            "{} meeting, {} to {} UTC{}",
            r.meeting.kind.as_str(),
            day(r.meeting.starts_at),
            day(r.meeting.ends_at),
            crate::pack::in_zone(r.meeting.starts_at, &r.meeting.time_zone)
        ),
        venue: r.meeting.venue.clone(),
        agenda,
        attendance: r
            .attendance
            .iter()
            .map(|a| {
                format!(
                    "{}: {}{}",
                    name(&a.member),
                    if a.present { "present" } else { "absent" },
                    if a.delegates.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", a.delegates)
                    }
                )
            })
            .collect(),
        minutes: crate::pack::markdown(&r.meeting.minutes),
        minutes_md: r.meeting.minutes.clone(),
        decisions: r
            .decisions
            .iter()
            .map(|d| {
                format!(
                    "{} — {}",
                    d.text,
                    d.outcome.map_or("vote open", |o| o.as_str())
                )
            })
            .collect(),
        actions: r
            .actions
            .iter()
            .map(|a| {
                (
                    format!(
                        "{} — {} — due {} — {}",
                        a.title,
                        name(&a.assignee),
                        day(a.due_at),
                        a.status.as_str()
                    ),
                    a.overdue(now),
                )
            })
            .collect(),
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
async fn meeting_refused(
    state: &State,
    s: &Session,
    id: i64,
    typed: &[(&'static str, &str)],
    errors: FieldErrors,
) -> Page {
    refused(meeting_page(state, s, id, typed_values(typed), errors).await?)
}

#[derive(Deserialize)]
struct AgendaForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    object: String,
}

async fn agenda(St(state): St<State>, Path(id): Path<i64>, p: Posted<AgendaForm>) -> Page {
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
struct AttendanceForm {
    #[serde(default)]
    member: String,
    #[serde(default)]
    present: Option<String>,
}

async fn attendance(St(state): St<State>, Path(id): Path<i64>, p: Posted<AttendanceForm>) -> Page {
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
struct MinutesForm {
    #[serde(default)]
    minutes: String,
}

async fn minutes(St(state): St<State>, Path(id): Path<i64>, p: Posted<MinutesForm>) -> Page {
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
struct DecisionForm {
    #[serde(default)]
    text: String,
}

async fn decision(St(state): St<State>, Path(id): Path<i64>, p: Posted<DecisionForm>) -> Page {
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
struct ActionForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    assignee: String,
    #[serde(default)]
    due: String,
}

async fn action(St(state): St<State>, Path(id): Path<i64>, p: Posted<ActionForm>) -> Page {
    let f = &p.form;
    let mut errors = FieldErrors::new();
    if f.title.trim().is_empty() {
        errors.insert("action.title", "Say what is to be done.".into());
    }
    let due = parse_time("The due date", &f.due)
        .map_err(|why| errors.insert("action.due", why))
        .ok();
    if let (true, Some(due)) = (errors.is_empty(), due) {
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

// ---- statistics ------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "web/statistics.html")]
struct Statistics {
    ctx: Ctx,
    from: String,
    to: String,
    body: Option<String>,
    /// The report is being counted; the page reloads until it is ready.
    compiling: bool,
    reports: Vec<(i64, String, String)>,
    meetings: Vec<(i64, String)>,
    /// The publish form as typed, after it was refused.
    publish: PublishForm,
    /// Why the period or the publish form was refused, by field.
    errors: FieldErrors,
}

impl Statistics {
    fn meeting_chosen(&self, id: &i64) -> bool {
        self.publish.meeting.trim() == id.to_string()
    }
}

#[derive(Deserialize)]
struct PeriodParams {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

fn optional_time(name: &str, t: &str) -> Result<Option<i64>, String> {
    if t.trim().is_empty() {
        Ok(None)
    } else {
        parse_time(name, t).map(Some)
    }
}

/// The period typed on the statistics page, or what is wrong with it.
fn typed_period(state: &State, from: &str, to: &str) -> Result<domain::statistics::Period, String> {
    let (from, to) = (optional_time("From", from)?, optional_time("To", to)?);
    state
        .center
        .statistics_period(from, to)
        .map_err(|e| crate::error::Problem::from(e).detail)
}

/// How long the statistics page waits for a report being counted before it answers with
/// progress instead.
const STATISTICS_WAIT: std::time::Duration = std::time::Duration::from_millis(1_500);

async fn statistics(St(state): St<State>, s: Session, Query(p): Query<PeriodParams>) -> Page {
    let publish = PublishForm::default();
    render(statistics_page(&state, &s, p, publish, FieldErrors::new()).await?)
}

/// The statistics page for a period; after a refused publish form, with what was typed and why.
async fn statistics_page(
    state: &State,
    s: &Session,
    p: PeriodParams,
    publish: PublishForm,
    mut errors: FieldErrors,
) -> Result<Statistics, WebError> {
    let c = &state.center;
    let mut page = Statistics {
        ctx: s.ctx("Statistics and achievements"),
        from: p.from.clone(),
        to: p.to.clone(),
        body: None,
        compiling: false,
        reports: c
            .published_reports()
            .await?
            .into_iter()
            .rev()
            .map(|r| {
                (
                    r.id,
                    r.title,
                    format!("{} to {}, published by {}", r.from, r.to, r.published_by),
                )
            })
            .collect(),
        meetings: c
            .meetings()
            .await?
            .into_iter()
            .map(|m| (m.id, m.title))
            .collect(),
        publish,
        errors: FieldErrors::new(),
    };
    match typed_period(state, &p.from, &p.to) {
        Ok(period) => {
            let open_ended = p.to.trim().is_empty();
            let kept = match c.statistics_if_kept(&s.actor, period, open_ended).await? {
                (Some(r), _) => Some(r),
                (None, false) => None,
                (None, true) => {
                    // A large center's first report takes a while to count: it is counted in
                    // the background, and if it is not ready within a moment the page answers,
                    // says so, and reloads until the report is kept.
                    let (state, actor) = (state.clone(), s.actor.clone());
                    let counting = tokio::spawn(async move {
                        state.center.statistics(&actor, period, open_ended).await
                    });
                    match tokio::time::timeout(STATISTICS_WAIT, counting).await {
                        Ok(Ok(r)) => Some(r?),
                        _ => None,
                    }
                }
            };
            match kept {
                Some(r) => {
                    page.from = r.from.clone();
                    page.to = r.to.clone();
                    page.body = Some(crate::report::body(&r).render()?);
                }
                None => page.compiling = true,
            }
        }
        Err(why) => {
            errors.insert("period", why);
        }
    }
    page.errors = errors;
    Ok(page)
}

#[derive(Deserialize, Default)]
struct PublishForm {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    meeting: String,
}

async fn publish(St(state): St<State>, p: Posted<PublishForm>) -> Page {
    let c = &state.center;
    let mut errors = FieldErrors::new();
    let meeting = match p.form.meeting.trim() {
        "" => None,
        m => match m.parse::<i64>() {
            Ok(m) => Some(m),
            Err(_) => {
                errors.insert("publish.meeting", "Choose a meeting from the list.".into());
                None
            }
        },
    };
    let period = typed_period(&state, &p.form.from, &p.form.to);
    if let (Ok(period), true) = (&period, errors.is_empty()) {
        let by = Authority::Administrator(&p.session.actor);
        match c
            .publish_statistics(by, *period, &p.form.title, meeting)
            .await
        {
            Ok(r) => return see_other(&format!("/statistics/reports/{}", r.id)),
            Err(domain::Error::NotFound(_)) => {
                errors.insert("publish.meeting", "That meeting does not exist.".into());
            }
            Err(domain::Error::Invalid(why) | domain::Error::Conflict(why)) => {
                errors.insert("publish.form", why);
            }
            Err(e) => return Err(e.into()),
        }
    }
    // The period's own error (if any) is found again as the page is built.
    let Posted { session, form } = p;
    let period = PeriodParams {
        from: form.from.clone(),
        to: form.to.clone(),
    };
    refused(statistics_page(&state, &session, period, form, errors).await?)
}

#[derive(Template)]
#[template(path = "web/report.html")]
struct ReportPage {
    ctx: Ctx,
    id: i64,
    body: String,
}

async fn report(St(state): St<State>, s: Session, Path(id): Path<i64>) -> Page {
    if !s.actor.reader().active {
        return Err(domain::Error::NotFound("published report").into());
    }
    let (summary, r) = state.center.published_report(id).await?;
    render(ReportPage {
        ctx: s.ctx(&summary.title),
        id,
        body: crate::report::body(&r).render()?,
    })
}

// ---- administration and the audit log --------------------------------------------------------

#[derive(Template)]
#[template(path = "web/admin.html")]
struct Admin {
    ctx: Ctx,
    new_token: Option<String>,
    /// A refused token form: the name typed and why.
    token_refused: Option<(String, String)>,
    users: Vec<(String, String, String, bool)>,
    tokens: Vec<(String, String, String, &'static str)>,
    collections: Vec<(String, String, &'static str, bool, bool)>,
    groups: Vec<(String, String)>,
    keys: Vec<(String, i64, bool)>,
}

async fn admin_page(
    state: &State,
    s: &Session,
    new_token: Option<String>,
    token_refused: Option<(String, String)>,
) -> Result<Admin, WebError> {
    let c = &state.center;
    let a = &s.actor;
    let by = Authority::Administrator(a);
    let names = c.member_names().await?;
    let users = c
        .users_of(&a.member)
        .await?
        .into_iter()
        .map(|u| {
            (
                u.username,
                u.display_name,
                u.roles
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                u.disabled,
            )
        })
        .collect();
    let tokens = c
        .tokens(&a.user.username)
        .await?
        .into_iter()
        .map(|t| {
            (
                t.name,
                day(t.created_at),
                t.last_used_at.map(day).unwrap_or_default(),
                if t.revoked_at.is_some() {
                    "revoked"
                } else {
                    "live"
                },
            )
        })
        .collect();
    let collections = c
        .all_collections()
        .await?
        .into_iter()
        .map(|x| {
            (
                x.title,
                x.alias.unwrap_or_default(),
                x.default_tlp.name(),
                x.everyone_reads,
                x.everyone_writes,
            )
        })
        .collect();
    let groups = c
        .sharing_groups(Authority::Administrator(a))
        .await?
        .into_iter()
        .map(|g| {
            (
                g.name,
                g.members
                    .iter()
                    .filter_map(|m| names.get(m).cloned())
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        })
        .collect();
    let keys = c
        .noisy_keys(by)
        .await?
        .into_iter()
        .map(|k| (k.key, k.objects, k.excluded))
        .collect();
    Ok(Admin {
        ctx: s.ctx("Administration"),
        new_token,
        token_refused,
        users,
        tokens,
        collections,
        groups,
        keys,
    })
}

/// Administration pages follow the domain's administrator rule.
fn check_admin(s: &Session) -> Result<(), WebError> {
    Ok(Authority::Administrator(&s.actor).check()?)
}

async fn admin(St(state): St<State>, s: Session) -> Page {
    check_admin(&s)?;
    render(admin_page(&state, &s, None, None).await?)
}

/// Everything the administrator's member may see, as one STIX bundle streamed page by page
/// (the page's script shows how much has arrived).
async fn export(St(state): St<State>, s: Session) -> Page {
    check_admin(&s)?;
    // Refused before anything is streamed, not halfway.
    state
        .center
        .export_page(Authority::Administrator(&s.actor), &s.actor.member, None, 1)
        .await?;
    let head = format!(
        "{{\"type\":\"bundle\",\"id\":\"bundle--{}\",\"objects\":[",
        uuid::Uuid::new_v4()
    );
    struct Cursor {
        state: State,
        actor: domain::Actor,
        after: Option<i64>,
        first: bool,
        done: bool,
    }
    let start = Cursor {
        state: state.clone(),
        actor: s.actor,
        after: None,
        first: true,
        done: false,
    };
    let pages = futures_util::stream::unfold(start, |mut c| async move {
        if c.done {
            return None;
        }
        let page = c
            .state
            .center
            .export_page(
                Authority::Administrator(&c.actor),
                &c.actor.member,
                c.after,
                1_000,
            )
            .await;
        let mut chunk = String::new();
        match page {
            Ok(p) => {
                for o in &p.objects {
                    if let Some(body) = &o.body {
                        if !c.first {
                            chunk.push(',');
                        }
                        chunk.push_str(body);
                        c.first = false;
                    }
                }
                c.after = p.objects.last().map(|o| o.date_added).or(c.after);
                if !p.more {
                    chunk.push_str("]}");
                    c.done = true;
                }
                Some((Ok::<_, std::io::Error>(chunk), c))
            }
            // The bundle is left unterminated, so a partial download cannot pass for whole.
            Err(e) => Some((
                Err(std::io::Error::other(e.to_string())),
                Cursor { done: true, ..c },
            )),
        }
    });
    let body =
        futures_util::stream::once(async move { Ok::<_, std::io::Error>(head) }).chain(pages);
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/stix+json;version=2.1".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"liaison-export.json\"".to_string(),
            ),
        ],
        axum::body::Body::from_stream(body),
    )
        .into_response())
}

#[derive(Deserialize)]
struct TokenForm {
    #[serde(default)]
    name: String,
}

async fn new_token(St(state): St<State>, p: Posted<TokenForm>) -> Page {
    check_admin(&p.session)?;
    let by = Authority::Administrator(&p.session.actor);
    let r = state
        .center
        .create_token(by, &p.session.actor.user.username, &p.form.name)
        .await;
    match refusal(r)? {
        Ok((_, text)) => render(admin_page(&state, &p.session, Some(text), None).await?),
        Err(why) => {
            let typed = Some((p.form.name.clone(), why));
            refused(admin_page(&state, &p.session, None, typed).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "web/audit.html")]
struct AuditPage {
    ctx: Ctx,
    action: String,
    entries: Vec<(i64, String, String, String, String, String)>,
}

#[derive(Deserialize)]
struct AuditParams {
    #[serde(default)]
    action: String,
}

async fn audit(St(state): St<State>, s: Session, Query(p): Query<AuditParams>) -> Page {
    check_admin(&s)?;
    let c = &state.center;
    let names = c.member_names().await?;
    let entries = c
        .audit_log(
            Authority::Administrator(&s.actor),
            domain::audit::AuditQuery {
                limit: 200,
                // The newest 200 entries of the last week.
                since: Some(c.now() - 7 * 86_400 * 1_000_000),
                action: (!p.action.trim().is_empty()).then(|| p.action.trim().to_string()),
                newest_first: true,
                without_detail: true,
                ..domain::audit::AuditQuery::default()
            },
        )
        .await?;
    render(AuditPage {
        ctx: s.ctx("Audit log"),
        action: p.action,
        entries: entries
            .into_iter()
            .map(|e| {
                (
                    e.seq,
                    day(e.at),
                    e.actor.name,
                    e.actor
                        .member
                        .and_then(|m| names.get(&m).cloned())
                        .unwrap_or_default(),
                    e.action,
                    e.subject,
                )
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(super::grouped(0), "0");
        assert_eq!(super::grouped(999), "999");
        assert_eq!(super::grouped(10_000), "10,000");
        assert_eq!(super::grouped(1_363_700), "1,363,700");
    }
}
