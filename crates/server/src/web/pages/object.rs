//! One object: its content, correlations, sightings and what the reader may do with it; hit/no-hit and release requests.

use super::*;

#[derive(Template)]
#[template(path = "web/object.html")]
pub(super) struct ObjectPage {
    ctx: Ctx,
    id: String,
    kind: String,
    banner: String,
    banner_class: String,
    /// Who wrote it, when it names a third party (or another of the member's identities).
    authored_by: String,
    originator: String,
    added: String,
    evaluation: String,
    body: String,
    versions: Vec<String>,
    correlations: Vec<CorrelationView>,
    seen_by: usize,
    outcomes: Vec<String>,
    /// RFIs the user may answer with this object.
    rfis: Vec<RfiSummary>,
    hit_value: String,
    message: Option<String>,
    /// What intelligence can lead to, as the outcome form offers it.
    outcome_kinds: Vec<Labelled>,
    /// What was typed in a refused form, by `form.field`.
    typed: BTreeMap<&'static str, String>,
    /// Why it was refused, by `form.field` (`form.form` for the form as a whole).
    errors: FieldErrors,
}

#[derive(Deserialize)]
pub(super) struct Message {
    pub(super) done: Option<String>,
}

pub(super) async fn object(
    St(state): St<State>,
    s: Session,
    Path(id): Path<String>,
    Query(m): Query<Message>,
) -> Page {
    render(object_page(&state, &s, &id, m.done, BTreeMap::new(), FieldErrors::new()).await?)
}

/// An object's page; after a refused form, with what was typed and why.
pub(super) async fn object_page(
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
    // One store round trip for everything below (the RFIs are asked of liaison officers only).
    let d = c.dossier(a, id).await?;
    let (versions, releases) = (&d.versions, &d.releases);
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
    let correlations = d.correlations.iter().map(CorrelationView::of).collect();
    let seen_by = domain::tracked::sighting_members(&d.sightings).len();
    let outcomes = d
        .outcomes
        .iter()
        .map(|o| {
            format!(
                "{} on {} ({}): {}",
                o.kind.as_str().replace('_', " "),
                day(o.occurred_at),
                names.get(&o.member).cloned().unwrap_or_default(),
                o.description
            )
        })
        .collect();
    let rfis = if a.has_role(Role::LiaisonOfficer) {
        let names = Names(names.clone());
        c.rfis(a)
            .await?
            .iter()
            .map(|r| RfiSummary::of(r, &names, a))
            .filter(|r| r.can_answer)
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
    // The author, when it is not simply the sharing member's own identity.
    let authored_by = match domain::authorship::author_of(latest.body.as_deref().unwrap_or("")) {
        Some(author) => {
            let named = c.author_names(a, std::slice::from_ref(latest)).await?;
            match named.get(&author) {
                Some(n) => n.clone(),
                None => author,
            }
        }
        None => String::new(),
    };
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
        authored_by,
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
                let mut label = words.get(..1).unwrap_or_default().to_uppercase();
                label.push_str(words.get(1..).unwrap_or_default());
                Labelled {
                    value: k.as_str(),
                    label,
                }
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
pub(super) async fn object_refused(
    state: &State,
    s: &Session,
    id: &str,
    typed: &[(&'static str, &str)],
    errors: FieldErrors,
) -> Page {
    refused(object_page(state, s, id, None, typed_values(typed), errors).await?)
}

pub(super) fn object_path(id: &str, done: &str) -> String {
    let d: String = form_urlencoded::byte_serialize(done.as_bytes()).collect();
    format!("/objects/{id}?done={d}")
}

pub(super) async fn sight(St(state): St<State>, Path(id): Path<String>, p: Posted<Empty>) -> Page {
    state.center.record_sighting(&p.session.actor, &id).await?;
    see_other(&object_path(&id, "Your sighting is recorded."))
}

#[derive(Deserialize)]
pub(super) struct OutcomeForm {
    kind: String,
    #[serde(default)]
    description: String,
}

pub(super) async fn outcome(
    St(state): St<State>,
    Path(id): Path<String>,
    p: Posted<OutcomeForm>,
) -> Page {
    let c = &state.center;
    let mut errors = FieldErrors::new();
    if let Some(kind) = form_error(
        domain::input::word("kind", &p.form.kind),
        &mut errors,
        "outcome.form",
    )? {
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
    let typed = [
        ("outcome.kind", p.form.kind.as_str()),
        ("outcome.description", p.form.description.as_str()),
    ];
    object_refused(&state, &p.session, &id, &typed, errors).await
}

#[derive(Deserialize)]
pub(super) struct AnswerWith {
    #[serde(default)]
    rfi: String,
    #[serde(default)]
    text: String,
}

pub(super) async fn answer_with(
    St(state): St<State>,
    Path(id): Path<String>,
    p: Posted<AnswerWith>,
) -> Page {
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
pub(super) struct Hits {
    ctx: Ctx,
    answer: HitsView,
    /// A refused release request: the member it was for, the reason typed, and why.
    refused: Option<RefusedRequest>,
}

/// A release request the hit page refused, shown again under its member's row.
pub(super) struct RefusedRequest {
    member: String,
    reason: String,
    why: String,
}

impl Hits {
    /// Whether a refusal can be shown under its row (a member no longer holding a hit cannot).
    fn names_a_row(&self, member: &str) -> bool {
        self.answer.hits.iter().any(|h| h.member == member)
    }
}

#[derive(Deserialize)]
pub(super) struct HitForm {
    value: String,
}

pub(super) async fn hits(St(state): St<State>, p: Posted<HitForm>) -> Page {
    render(hits_page(&state, &p.session, &p.form.value, None).await?)
}

pub(super) async fn hits_page(
    state: &State,
    s: &Session,
    value: &str,
    refused: Option<RefusedRequest>,
) -> Result<Hits, WebError> {
    let r = state.center.hit_query(&s.actor, value).await?;
    Ok(Hits {
        ctx: s.ctx(&s.words.t("hits-title")),
        answer: HitsView::of(r),
        refused,
    })
}

#[derive(Deserialize)]
pub(super) struct ReleaseForm {
    #[serde(default)]
    originator: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    reason: String,
}

pub(super) async fn request_release(St(state): St<State>, p: Posted<ReleaseForm>) -> Page {
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
        Err(
            domain::Error::Invalid(domain::error::Invalid { message: why, .. })
            | domain::Error::Conflict(why),
        ) => why,
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
        Some(RefusedRequest {
            member: form.originator,
            reason: form.reason,
            why,
        }),
    )
    .await?;
    refused(page)
}

#[derive(Deserialize)]
pub(super) struct DecideForm {
    decision: String,
}

pub(super) async fn decide_release(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<DecideForm>,
) -> Page {
    let r = match p.form.decision.as_str() {
        d @ ("approve" | "refuse") => state
            .center
            .decide_release(&p.session.actor, id, d == "approve", None)
            .await
            .map(|_| ()),
        _ => Err(domain::Error::invalid("Approve or refuse the request.")),
    };
    match refusal(r)? {
        Ok(()) => see_other("/"),
        // Decided meanwhile by a colleague, say: the home page again, saying so.
        Err(why) => refused(home_page(&state, &p.session, Some(why)).await?),
    }
}
