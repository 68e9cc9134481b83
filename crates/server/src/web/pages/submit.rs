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
    /// User names of the named recipients of a TLP:RED report.
    #[serde(default)]
    release_to_users: Vec<String>,
    orcon: Option<String>,
    #[serde(default)]
    place_relation: String,
    #[serde(default)]
    since: String,
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
    /// The people a TLP:RED report may name, by member: the member's display name, then each
    /// user's name and display name.
    recipients: Vec<(String, Vec<(String, String)>)>,
    message: Option<String>,
    /// Names of the groups and places the user can see, offered as they type.
    groups: Vec<String>,
    places: Vec<String>,
    /// How a group may relate to its place: the value sent and the reader's words.
    relations: Vec<Labelled>,
    /// An import some of whose objects were refused: which, and why.
    import_refused: Vec<(String, String)>,
}

pub(super) async fn submit_page_for(
    state: &State,
    s: &Session,
    form: SubmitForm,
    errors: FieldErrors,
    message: Option<String>,
) -> Result<Submit, WebError> {
    s.actor.ensure_analyst()?;
    // Offered: every level, the other active members to release to, and the names of the
    // groups and places already known, so that a report joins them.
    let members = other_active_members(state, s).await?;
    let names = |objects: Vec<StoredObject>| {
        let mut n: Vec<String> = objects
            .iter()
            .filter_map(|o| field(&body_json(o), "name").as_str().map(str::to_string))
            .collect();
        n.sort();
        n.dedup();
        n
    };
    let c = &state.center;
    let groups = names(
        c.recent(
            &s.actor,
            domain::tracked::TRACKED_TYPES.map(String::from).to_vec(),
            500,
        )
        .await?,
    );
    let places = names(c.recent(&s.actor, vec!["location".into()], 500).await?);
    let mut recipients: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for (m, u) in c.possible_recipients(&s.actor).await? {
        let person = (u.username, u.display_name);
        match recipients.last_mut() {
            Some((member, people)) if *member == m.display_name => people.push(person),
            _ => recipients.push((m.display_name, vec![person])),
        }
    }
    let w = &s.words;
    Ok(Submit {
        ctx: s.ctx(&w.t("submit-title")),
        groups,
        places,
        relations: domain::submission::PLACE_RELATIONS
            .iter()
            .map(|r| Labelled {
                value: r,
                label: w.word("rel", r),
            })
            .collect(),
        import_refused: vec![],
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
        recipients,
        message,
    })
}

#[derive(Deserialize)]
pub(super) struct Imported {
    /// How many objects an import stored, when all of them were.
    imported: Option<i64>,
}

pub(super) async fn submit_page(
    St(state): St<State>,
    s: Session,
    Query(m): Query<Imported>,
) -> Page {
    let form = SubmitForm {
        tlp: "amber".into(),
        ..SubmitForm::default()
    };
    let done = m
        .imported
        .map(|n| s.words.t1("submit-imported-all", "count", n));
    render(submit_page_for(&state, &s, form, FieldErrors::new(), done).await?)
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
        release_to_users: f.release_to_users.clone(),
        orcon: f.orcon.is_some(),
        place_relation: f.place_relation.clone(),
        since: f.since.clone(),
    };
    let r = state.center.submit_report(&p.session.actor, &draft).await;
    let mut errors = FieldErrors::new();
    let Some(stored) = form_error(r, &mut errors, "form")? else {
        return refused(submit_page_for(&state, &p.session, p.form, errors, None).await?);
    };
    see_other(&object_path(&stored.id, "report"))
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
    if status.failures.is_empty() {
        return see_other(&format!("/submit?imported={}", status.success_count));
    }
    // Some were refused: the page says which and why, at once (nothing of it in an address).
    let form = SubmitForm {
        tlp: "amber".into(),
        ..SubmitForm::default()
    };
    let done = s.words.t2(
        "submit-imported-some",
        "stored",
        status.success_count as i64,
        "total",
        status.total_count as i64,
    );
    let mut page = submit_page_for(&state, &s, form, FieldErrors::new(), Some(done)).await?;
    page.import_refused = status
        .failures
        .iter()
        .take(100)
        .map(|f| (f.id.clone(), f.message.clone().unwrap_or_default()))
        .collect();
    refused(page)
}
