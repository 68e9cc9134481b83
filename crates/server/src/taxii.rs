//! TAXII 2.1 (OASIS Standard, 10 June 2021): discovery, API root, status, collections,
//! objects, object, versions and manifest. One API root, `/taxii2/exchange/`.

use std::collections::BTreeMap;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, RawQuery, State as St};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use domain::{Actor, ObjectQuery, Page, Status, VersionFilter};
use serde_json::Value;
use stix::SpecVersion;
use stix::timestamp::taxii_timestamp;
use uuid::Uuid;

use crate::State;
use crate::auth::authenticate;
use crate::error::TaxiiError;

pub const TAXII_MEDIA_TYPE: &str = "application/taxii+json;version=2.1";
pub const API_ROOT: &str = "/taxii2/exchange/";
const STIX_MEDIA_TYPE: &str = "application/stix+json;version=2.1";
const DEFAULT_PAGE: usize = 1_000;

type TResult<T> = Result<T, TaxiiError>;

/// Registers a route with and without its trailing slash (TAXII paths end in '/', but some
/// clients, taxii2-client's status URL among them, drop it).
fn both(r: Router<State>, path: &str, m: axum::routing::MethodRouter<State>) -> Router<State> {
    let bare = path.trim_end_matches('/');
    r.route(path, m.clone()).route(bare, m)
}

pub fn routes() -> Router<State> {
    let mut r = Router::new();
    r = both(r, "/taxii2/", get(discovery));
    r = both(r, "/taxii2/exchange/", get(api_root));
    r = both(r, "/taxii2/exchange/status/{id}/", get(status));
    r = both(r, "/taxii2/exchange/collections/", get(collections));
    r = both(r, "/taxii2/exchange/collections/{cid}/", get(collection));
    r = both(
        r,
        "/taxii2/exchange/collections/{cid}/objects/",
        get(get_objects).post(add_objects),
    );
    r = both(
        r,
        "/taxii2/exchange/collections/{cid}/objects/{oid}/",
        get(get_object).delete(delete_object),
    );
    r = both(
        r,
        "/taxii2/exchange/collections/{cid}/objects/{oid}/versions/",
        get(versions),
    );
    r = both(
        r,
        "/taxii2/exchange/collections/{cid}/manifest/",
        get(manifest),
    );
    r.method_not_allowed_fallback(|method: Method| async move {
        TaxiiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "Method not allowed",
            format!("{method} is not defined for this endpoint"),
        )
        .into_response()
    })
    .fallback(|method: Method, uri: axum::http::Uri| async move {
        if uri.path().starts_with("/taxii2") {
            let mut e = TaxiiError::not_found();
            if method != Method::GET && method != Method::POST && method != Method::DELETE {
                e = TaxiiError::new(
                    StatusCode::METHOD_NOT_ALLOWED,
                    "Method not allowed",
                    format!("{method} is not defined for this endpoint"),
                );
            }
            e.into_response()
        } else {
            (StatusCode::NOT_FOUND, "not found").into_response()
        }
    })
}

// ---- content negotiation -----------------------------------------------------------------

/// Checks that the client accepts TAXII 2.1 (406 otherwise). A missing `Accept` is served.
fn check_accept(headers: &HeaderMap) -> TResult<()> {
    let Some(accept) = headers.get(header::ACCEPT) else {
        return Ok(());
    };
    let accept = accept.to_str().unwrap_or_default();
    let ok = accept.split(',').any(|range| {
        let mut parts = range.split(';').map(str::trim);
        let ty = parts.next().unwrap_or_default().to_ascii_lowercase();
        let params: Vec<String> = parts
            .map(|p| p.replace(' ', "").to_ascii_lowercase())
            .collect();
        let version_ok = params
            .iter()
            .filter(|p| p.starts_with("version="))
            .all(|p| p == "version=2.1");
        match ty.as_str() {
            "application/taxii+json" => version_ok,
            "*/*" | "application/*" => true,
            _ => false,
        }
    });
    if ok {
        Ok(())
    } else {
        Err(TaxiiError::new(
            StatusCode::NOT_ACCEPTABLE,
            "Not acceptable",
            format!(
                "this server answers with {TAXII_MEDIA_TYPE}; the Accept header '{accept}' does not allow it"
            ),
        ))
    }
}

/// Checks a POST's `Content-Type` (415 otherwise).
fn check_content_type(headers: &HeaderMap) -> TResult<()> {
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let mut parts = ct.split(';').map(str::trim);
    let ty = parts.next().unwrap_or_default().to_ascii_lowercase();
    let version_ok = parts
        .map(|p| p.replace(' ', "").to_ascii_lowercase())
        .filter(|p| p.starts_with("version="))
        .all(|p| p == "version=2.1");
    if ty == "application/taxii+json" && version_ok {
        Ok(())
    } else {
        Err(TaxiiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Unsupported media type",
            format!("send the envelope as {TAXII_MEDIA_TYPE}; got Content-Type '{ct}'"),
        ))
    }
}

fn taxii_response(status: StatusCode, body: String) -> Response {
    let mut r = (status, body).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(TAXII_MEDIA_TYPE),
    );
    r
}

fn json_response(v: &impl serde::Serialize) -> Response {
    taxii_response(StatusCode::OK, serde_json::to_string(v).unwrap_or_default())
}

/// The caller of a TAXII endpoint, authenticated (the purpose from the method) and
/// negotiated: every TAXII endpoint starts here.
struct Caller(Actor);

impl axum::extract::FromRequestParts<State> for Caller {
    type Rejection = TaxiiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &State,
    ) -> Result<Self, Self::Rejection> {
        let purpose = crate::auth::purpose_of(&parts.method);
        let actor =
            authenticate(&state.center, parts, purpose, crate::auth::Cookies::Never).await?;
        check_accept(&parts.headers)?;
        Ok(Caller(actor))
    }
}

// ---- query parameters --------------------------------------------------------------------

/// Parsed filters of a paged TAXII request.
struct Filters {
    query: ObjectQuery,
    next: Option<String>,
    /// The filters that a `next` cursor is bound to, in a canonical form.
    fingerprint: String,
}

fn parse_filters(
    raw: Option<&str>,
    allowed: &[&str],
    default_version: VersionFilter,
    max_page: usize,
    scope: &str,
) -> TResult<Filters> {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (k, v) in form_urlencoded::parse(raw.unwrap_or_default().as_bytes()) {
        let k = k.into_owned();
        if !allowed.contains(&k.as_str()) {
            // Unknown parameters and match fields may be ignored (TAXII 3.4).
            continue;
        }
        if seen.insert(k.clone(), v.into_owned()).is_some() {
            return Err(TaxiiError::bad_request(format!(
                "the parameter '{k}' may appear only once; separate several values with commas"
            )));
        }
    }
    let mut q = ObjectQuery {
        limit: DEFAULT_PAGE.min(max_page),
        versions: default_version,
        with_body: true,
        ..ObjectQuery::default()
    };
    let list = |v: &str| -> Vec<String> {
        v.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    if let Some(v) = seen.get("limit") {
        let n: usize = v.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
            TaxiiError::bad_request(format!("'limit' must be a positive integer; got '{v}'"))
        })?;
        q.limit = n.min(max_page);
    }
    if let Some(v) = seen.get("added_after") {
        q.added_after = Some(stix::timestamp::parse_micros(v).map_err(|e| {
            TaxiiError::bad_request(format!("'added_after' must be a timestamp: {e}"))
        })?);
    }
    if let Some(v) = seen.get("match[id]") {
        q.ids = list(v);
    }
    if let Some(v) = seen.get("match[type]") {
        q.types = list(v);
    }
    if let Some(v) = seen.get("match[version]") {
        let mut f = VersionFilter::default();
        for item in list(v) {
            match item.as_str() {
                "all" => f.all = true,
                "first" => f.first = true,
                "last" => f.last = true,
                ts => f.exact.push(
                    stix::Timestamp::parse(ts)
                        .map_err(|e| {
                            TaxiiError::bad_request(format!(
                                "'match[version]' takes first, last, all or timestamps: {e}"
                            ))
                        })?
                        .sort_key(),
                ),
            }
        }
        if f == VersionFilter::default() {
            return Err(TaxiiError::bad_request("'match[version]' is empty"));
        }
        q.versions = f;
    }
    if let Some(v) = seen.get("match[spec_version]") {
        for item in list(v) {
            let s = SpecVersion::parse(&item).ok_or_else(|| {
                TaxiiError::bad_request(format!(
                    "'match[spec_version]' takes 2.0 and 2.1; got '{item}'"
                ))
            })?;
            if !q.spec_versions.contains(&s) {
                q.spec_versions.push(s);
            }
        }
    }
    let next = seen.remove("next");
    seen.remove("limit");
    let fingerprint = format!(
        "{scope}?{}",
        seen.iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    );
    Ok(Filters {
        query: q,
        next,
        fingerprint,
    })
}

/// Applies a `next` cursor: it must have been issued to this caller for these filters.
fn apply_cursor(state: &State, actor: &Actor, f: &mut Filters) -> TResult<()> {
    if let Some(next) = &f.next {
        let after = state
            .center
            .read_cursor(next, actor.user.id, &f.fingerprint)?;
        f.query.added_after = Some(after);
    }
    Ok(())
}

/// Adds `more`/`next` and the date-added headers of a page.
fn paged(
    state: &State,
    actor: &Actor,
    f: &Filters,
    page: &Page,
    mut body: serde_json::Map<String, Value>,
    items: Option<String>,
    items_key: &str,
) -> Response {
    if page.more {
        body.insert("more".into(), Value::Bool(true));
        if let Some(last) = page.objects.last() {
            body.insert(
                "next".into(),
                Value::String(
                    state
                        .center
                        .cursor(last.date_added, actor.user.id, &f.fingerprint),
                ),
            );
        }
    } else if !page.objects.is_empty() {
        body.insert("more".into(), Value::Bool(false));
    }
    let mut text = Value::Object(body).to_string();
    if let Some(items) = items {
        // Splice the stored objects in as written, without re-serialising them.
        text.pop();
        if text.len() > 1 {
            text.push(',');
        }
        text.push_str(&format!("\"{items_key}\":[{items}]}}"));
    }
    let mut r = taxii_response(StatusCode::OK, text);
    if let (Some(first), Some(last)) = (page.objects.first(), page.objects.last()) {
        for (name, v) in [
            ("x-taxii-date-added-first", first.date_added),
            ("x-taxii-date-added-last", last.date_added),
        ] {
            if let Ok(h) = HeaderValue::from_str(&taxii_timestamp(v)) {
                r.headers_mut().insert(name, h);
            }
        }
    }
    r
}

fn objects_page(state: &State, actor: &Actor, f: &Filters, page: &Page) -> Response {
    let items = if page.objects.is_empty() {
        None
    } else {
        Some(
            page.objects
                .iter()
                .filter_map(|o| o.body.as_deref())
                .collect::<Vec<_>>()
                .join(","),
        )
    };
    paged(
        state,
        actor,
        f,
        page,
        serde_json::Map::new(),
        items,
        "objects",
    )
}

// ---- handlers ----------------------------------------------------------------------------

/// The TAXII 2.1 discovery resource (section 4.1.1).
#[derive(serde::Serialize)]
struct Discovery {
    title: String,
    description: String,
    default: &'static str,
    api_roots: [&'static str; 1],
}

/// The TAXII 2.1 API root resource (section 4.2.1).
#[derive(serde::Serialize)]
struct ApiRoot {
    title: String,
    description: &'static str,
    versions: [&'static str; 1],
    max_content_length: usize,
}

/// The TAXII 2.1 status resource (section 4.3.1). TAXII forbids empty lists: they are left out.
#[derive(serde::Serialize)]
struct StatusResource<'a> {
    id: String,
    status: &'static str,
    request_timestamp: String,
    total_count: u64,
    success_count: u64,
    failure_count: u64,
    pending_count: u64,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    successes: &'a [domain::store::StatusDetail],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    failures: &'a [domain::store::StatusDetail],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pendings: &'a [domain::store::StatusDetail],
}

impl<'a> StatusResource<'a> {
    fn of(s: &'a Status) -> Self {
        Self {
            id: s.id.to_string(),
            status: if s.pending_count == 0 {
                "complete"
            } else {
                "pending"
            },
            request_timestamp: taxii_timestamp(s.request_timestamp),
            total_count: s.total_count,
            success_count: s.success_count,
            failure_count: s.failure_count,
            pending_count: s.pending_count,
            successes: &s.successes,
            failures: &s.failures,
            pendings: &s.pendings,
        }
    }
}

/// The TAXII 2.1 collection resource (section 5.2.1), as the caller may use it.
#[derive(serde::Serialize)]
struct CollectionResource<'a> {
    id: String,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    alias: Option<&'a str>,
    can_read: bool,
    can_write: bool,
    media_types: [&'static str; 1],
}

impl<'a> CollectionResource<'a> {
    fn of(v: &'a domain::service::CollectionView) -> Self {
        Self {
            id: v.collection.id.0.to_string(),
            title: &v.collection.title,
            description: v.collection.description.as_deref(),
            alias: v.collection.alias.as_deref(),
            can_read: v.can_read,
            can_write: v.can_write,
            media_types: [STIX_MEDIA_TYPE],
        }
    }
}

/// The TAXII 2.1 collections resource (section 5.1.1); no collection, no list.
#[derive(serde::Serialize)]
struct Collections<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    collections: Vec<CollectionResource<'a>>,
}

async fn discovery(St(state): St<State>, _: Caller) -> TResult<Response> {
    Ok(json_response(&Discovery {
        title: state.config.title.clone(),
        description: format!("TAXII 2.1 service of {}", state.center.info().name),
        default: API_ROOT,
        api_roots: [API_ROOT],
    }))
}

async fn api_root(St(state): St<State>, _: Caller) -> TResult<Response> {
    Ok(json_response(&ApiRoot {
        title: format!("{} exchange", state.center.info().name),
        description: "The intelligence members share under the center's releasability rules.",
        versions: [TAXII_MEDIA_TYPE],
        max_content_length: state.config.max_content_length,
    }))
}

async fn status(
    St(state): St<State>,
    Path(id): Path<String>,
    Caller(actor): Caller,
) -> TResult<Response> {
    let id = Uuid::parse_str(&id).map_err(|_| TaxiiError::not_found())?;
    let s = state.center.status(&actor, id).await?;
    Ok(json_response(&StatusResource::of(&s)))
}

async fn collections(St(state): St<State>, Caller(actor): Caller) -> TResult<Response> {
    let list = state.center.collections_for(&actor).await?;
    Ok(json_response(&Collections {
        collections: list.iter().map(CollectionResource::of).collect(),
    }))
}

async fn collection(
    St(state): St<State>,
    Path(cid): Path<String>,
    Caller(actor): Caller,
) -> TResult<Response> {
    let v = state.center.collection_for(&actor, &cid).await?;
    Ok(json_response(&CollectionResource::of(&v)))
}

const LIST_FILTERS: &[&str] = &[
    "added_after",
    "limit",
    "next",
    "match[id]",
    "match[type]",
    "match[version]",
    "match[spec_version]",
];

/// What one of the paged read endpoints asks for.
struct PagedRead {
    allowed: &'static [&'static str],
    default_versions: VersionFilter,
    /// The endpoint and its path parameters, to which a `next` cursor is bound.
    scope: String,
    /// The object of the object and versions endpoints.
    id: Option<String>,
    with_body: bool,
}

/// The shared part of objects, object, versions and manifest: authenticate, parse the filters,
/// apply the cursor and read one page through the domain.
async fn read_page(
    state: &State,
    actor: Actor,
    cid: &str,
    raw: Option<&str>,
    read: PagedRead,
) -> TResult<(Actor, Filters, Page)> {
    let mut f = parse_filters(
        raw,
        read.allowed,
        read.default_versions,
        state.config.max_page,
        &read.scope,
    )?;
    if let Some(id) = read.id {
        f.query.ids = vec![id];
    }
    f.query.with_body = read.with_body;
    apply_cursor(state, &actor, &mut f)?;
    let page = state.center.objects(&actor, cid, f.query.clone()).await?;
    Ok((actor, f, page))
}

async fn get_objects(
    St(state): St<State>,
    Path(cid): Path<String>,
    RawQuery(raw): RawQuery,
    Caller(actor): Caller,
) -> TResult<Response> {
    let read = PagedRead {
        allowed: LIST_FILTERS,
        default_versions: VersionFilter::last(),
        scope: format!("objects/{cid}"),
        id: None,
        with_body: true,
    };
    let (actor, f, page) = read_page(&state, actor, &cid, raw.as_deref(), read).await?;
    Ok(objects_page(&state, &actor, &f, &page))
}

async fn read_body(state: &State, headers: &HeaderMap, body: Body) -> TResult<axum::body::Bytes> {
    let max = state.config.max_content_length;
    let too_big = || {
        TaxiiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "Request too large",
            format!(
                "the body exceeds max_content_length ({max} bytes); send fewer objects per request"
            ),
        )
    };
    if let Some(len) = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
        && len > max
    {
        return Err(too_big());
    }
    axum::body::to_bytes(body, max).await.map_err(|e| {
        if crate::body_timed_out(&e) {
            TaxiiError::new(
                StatusCode::REQUEST_TIMEOUT,
                "Request timeout",
                "the body did not arrive in time (a pause of 15 s, or 2 minutes in all); send it again, or in smaller envelopes",
            )
        } else {
            too_big()
        }
    })
}

async fn add_objects(
    St(state): St<State>,
    Path(cid): Path<String>,
    Caller(actor): Caller,
    headers: HeaderMap,
    body: Body,
) -> TResult<Response> {
    check_content_type(&headers)?;
    let bytes = read_body(&state, &headers, body).await?;
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| TaxiiError::bad_request("the body is not UTF-8 text"))?;
    let objects = stix::split_envelope(text).map_err(|e| match e {
        stix::BundleError::Json(m) => {
            TaxiiError::bad_request(format!("the body is not valid JSON: {m}"))
        }
        stix::BundleError::NoObjects => TaxiiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Unprocessable envelope",
            "send a TAXII envelope: {\"objects\": [ ...STIX objects... ]}",
        ),
        e @ (stix::BundleError::BareObject(_) | stix::BundleError::BareList) => TaxiiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Unprocessable envelope",
            e.to_string(),
        ),
    })?;
    if objects.is_empty() {
        return Err(TaxiiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Unprocessable envelope",
            "the envelope holds no objects",
        ));
    }
    let s = state.center.submit(&actor, &cid, &objects).await?;
    Ok(taxii_response(
        StatusCode::ACCEPTED,
        serde_json::to_string(&StatusResource::of(&s)).unwrap_or_default(),
    ))
}

const OBJECT_FILTERS: &[&str] = &[
    "added_after",
    "limit",
    "next",
    "match[version]",
    "match[spec_version]",
];

async fn get_object(
    St(state): St<State>,
    Path((cid, oid)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    Caller(actor): Caller,
) -> TResult<Response> {
    let read = PagedRead {
        allowed: OBJECT_FILTERS,
        default_versions: VersionFilter::last(),
        scope: format!("object/{cid}/{oid}"),
        id: Some(oid),
        with_body: true,
    };
    let (actor, f, page) = read_page(&state, actor, &cid, raw.as_deref(), read).await?;
    if page.objects.is_empty() && f.next.is_none() {
        return Err(TaxiiError::not_found());
    }
    Ok(objects_page(&state, &actor, &f, &page))
}

async fn delete_object(
    St(state): St<State>,
    Path((cid, oid)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    Caller(actor): Caller,
) -> TResult<Response> {
    let mut f = parse_filters(
        raw.as_deref(),
        &["match[version]", "match[spec_version]"],
        VersionFilter::all(),
        state.config.max_page,
        "delete",
    )?;
    f.query.ids = vec![oid];
    if f.query.spec_versions.is_empty() {
        f.query.spec_versions = vec![SpecVersion::V20, SpecVersion::V21];
    }
    state.center.delete(&actor, &cid, f.query).await?;
    Ok(taxii_response(StatusCode::OK, String::new()))
}

async fn versions(
    St(state): St<State>,
    Path((cid, oid)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    Caller(actor): Caller,
) -> TResult<Response> {
    let read = PagedRead {
        allowed: &["added_after", "limit", "next", "match[spec_version]"],
        default_versions: VersionFilter::all(),
        scope: format!("versions/{cid}/{oid}"),
        id: Some(oid),
        with_body: false,
    };
    let (actor, f, page) = read_page(&state, actor, &cid, raw.as_deref(), read).await?;
    if page.objects.is_empty() && f.next.is_none() {
        return Err(TaxiiError::not_found());
    }
    let mut body = serde_json::Map::new();
    if !page.objects.is_empty() {
        body.insert(
            "versions".into(),
            Value::from(
                page.objects
                    .iter()
                    .map(|o| o.version.as_str())
                    .collect::<Vec<_>>(),
            ),
        );
    }
    Ok(paged(&state, &actor, &f, &page, body, None, ""))
}

/// One record of a TAXII 2.1 manifest (section 5.6.1).
#[derive(serde::Serialize)]
struct ManifestRecord<'a> {
    id: &'a str,
    date_added: String,
    version: &'a str,
    media_type: String,
}

impl<'a> ManifestRecord<'a> {
    fn of(o: &'a domain::store::StoredObject) -> Self {
        Self {
            id: &o.stix_id,
            date_added: taxii_timestamp(o.date_added),
            version: &o.version,
            media_type: format!("application/stix+json;version={}", o.spec_version.as_str()),
        }
    }
}

async fn manifest(
    St(state): St<State>,
    Path(cid): Path<String>,
    RawQuery(raw): RawQuery,
    Caller(actor): Caller,
) -> TResult<Response> {
    let read = PagedRead {
        allowed: LIST_FILTERS,
        default_versions: VersionFilter::last(),
        scope: format!("manifest/{cid}"),
        id: None,
        with_body: false,
    };
    let (actor, f, page) = read_page(&state, actor, &cid, raw.as_deref(), read).await?;
    let mut body = serde_json::Map::new();
    if !page.objects.is_empty() {
        let records: Vec<ManifestRecord> = page.objects.iter().map(ManifestRecord::of).collect();
        body.insert(
            "objects".into(),
            serde_json::to_value(records).unwrap_or_default(),
        );
    }
    Ok(paged(&state, &actor, &f, &page, body, None, ""))
}
