//! Submitting intelligence: the form and the file import.

use super::*;

#[derive(Deserialize, Default)]
pub(super) struct SubmitForm {
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
pub(super) struct Submit {
    ctx: Ctx,
    form: SubmitForm,
    errors: BTreeMap<&'static str, String>,
    tlps: Vec<Labelled>,
    /// The other active members, to release to.
    members: Vec<MemberView>,
    message: Option<String>,
}

pub(super) async fn submit_page_for(
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
        .iter()
        .filter(|m| m.id != s.actor.member.id && m.status.is_active())
        .map(MemberView::of)
        .collect();
    Ok(Submit {
        ctx: s.ctx("Submit intelligence"),
        form,
        errors,
        tlps: stix::markings::Tlp::ALL
            .iter()
            .map(|t| Labelled {
                value: t.level(),
                label: t.name().to_string(),
            })
            .collect(),
        members,
        message,
    })
}

pub(super) async fn submit_page(
    St(state): St<State>,
    s: Session,
    Query(m): Query<Message>,
) -> Page {
    let form = SubmitForm {
        tlp: "amber".into(),
        ..SubmitForm::default()
    };
    render(submit_page_for(&state, &s, form, BTreeMap::new(), m.done).await?)
}

/// A STIX pattern for one value, or why it cannot be one, by the domain's one rule.
pub(super) fn pattern_for(v: &str) -> Result<String, String> {
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
pub(super) fn release_marking(
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
pub(super) fn build_report(
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

pub(super) async fn submit(St(state): St<State>, p: Posted<SubmitForm>) -> Page {
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
pub(super) async fn import(
    St(state): St<State>,
    s: Session,
    headers: axum::http::HeaderMap,
    mut multipart: axum::extract::Multipart,
) -> Page {
    crate::web::check_origin(&headers)?;
    let (mut csrf, mut bundle) = (None, None);
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| domain::Error::invalid(format!("the upload is incomplete: {e}")))?
    {
        match field.name() {
            Some("csrf") => csrf = field.text().await.ok(),
            Some("bundle") => {
                bundle = Some(field.bytes().await.map_err(|e| {
                    domain::Error::invalid(format!("the file could not be read: {e}"))
                })?)
            }
            _ => {}
        }
    }
    s.check_csrf(csrf.as_deref())?;
    let bytes = bundle
        .filter(|b| !b.is_empty())
        .ok_or_else(|| domain::Error::invalid("choose a STIX bundle file to import"))?;
    // Each object's own text, as TAXII and the console take it: the store keeps what the
    // member sent, byte for byte.
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        domain::Error::invalid("the file is not UTF-8 text; export it from your tool as JSON")
    })?;
    let refs = stix::split_document(text).map_err(|e| domain::Error::invalid(e.to_string()))?;
    if refs.is_empty() {
        return Err(domain::Error::invalid("the file holds no STIX objects").into());
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
