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
    errors: FieldErrors,
    tlps: Vec<Labelled>,
    /// The other active members, to release to.
    members: Vec<MemberView>,
    message: Option<String>,
}

pub(super) async fn submit_page_for(
    state: &State,
    s: &Session,
    form: SubmitForm,
    errors: FieldErrors,
    message: Option<String>,
) -> Result<Submit, WebError> {
    // Offered: every level, and the other active members to release to.
    let members = other_active_members(state, s).await?;
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
    render(submit_page_for(&state, &s, form, FieldErrors::new(), m.done).await?)
}

pub(super) async fn submit(St(state): St<State>, p: Posted<SubmitForm>) -> Page {
    let f = &p.form;
    let draft = domain::submission::ReportDraft {
        name: f.name.clone(),
        description: f.description.clone(),
        actor: f.actor.clone(),
        indicators: f.indicators.clone(),
        place: f.place.clone(),
        latitude: f.latitude.clone(),
        longitude: f.longitude.clone(),
        tlp: f.tlp.clone(),
        release_to: f.release_to.clone(),
        orcon: f.orcon.is_some(),
    };
    let r = state.center.submit_report(&p.session.actor, &draft).await;
    let mut errors = FieldErrors::new();
    let Some(stored) = form_error(r, &mut errors, "form")? else {
        let page = submit_page_for(&state, &p.session, p.form, errors, None).await?;
        return Ok((
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            axum::response::Html(page.render()?),
        )
            .into_response());
    };
    see_other(&object_path(
        &stored.id,
        "Your report is stored and released as marked.",
    ))
}

/// A bundle file from the browser, stored like a TAXII submission.
#[derive(Deserialize)]
pub(super) struct CsrfParam {
    csrf: Option<String>,
}

/// A bundle file uploaded in the browser. The form carries its CSRF token in its address, so
/// that a forged upload is refused before its body is read.
pub(super) async fn import(
    St(state): St<State>,
    s: Session,
    headers: axum::http::HeaderMap,
    Query(q): Query<CsrfParam>,
    // Taking the extractor reads nothing of the body; `next_field` does, after the checks.
    mut multipart: axum::extract::Multipart,
) -> Page {
    crate::web::check_origin(&headers)?;
    s.check_csrf(q.csrf.as_deref())?;
    let mut bundle = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| domain::Error::invalid(format!("the upload is incomplete: {e}")))?
    {
        if field.name() == Some("bundle") {
            bundle = Some(field.bytes().await.map_err(|e| {
                domain::Error::invalid(if crate::shape::too_large(&e) {
                    "the file is larger than this center takes at once; split it, or send it through TAXII".to_string()
                } else {
                    format!("the file could not be read: {e}")
                })
            })?);
        }
    }
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
