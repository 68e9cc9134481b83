//! One object: its content, correlations, sightings and what the reader may do with it; hit/no-hit and release requests.

use askama::filters::Safe;

use super::intelligence::{Around, Property, Shown, title};
use super::*;
use crate::i18n::{Part, Words};
use domain::translation::Translation;

#[derive(Template)]
#[template(path = "web/object.html")]
pub(super) struct ObjectPage {
    ctx: Ctx,
    id: String,
    /// What kind of intelligence it is, in the reader's words.
    kind: String,
    banner: String,
    banner_class: String,
    /// Who wrote it, when it names a third party (or another of the member's identities).
    authored_by: String,
    originator: String,
    added: String,
    evaluation: String,
    /// The version shown when it is not the latest.
    earlier: Option<String>,
    /// Said when the object is shown in the reader's language from a member's translation,
    /// or when one exists and the original is shown.
    translation_note: Option<Safe<String>>,
    /// The languages a translation may be written in, the reader's first.
    languages: Vec<Labelled>,
    properties: Vec<Property>,
    /// A relationship's own page says what it joins, as the objects it joins say it.
    sentence: Option<Safe<String>>,
    /// Relationships, reports and notes about it, as sentences.
    linked: Vec<Safe<String>>,
    /// Its sightings, as sentences.
    /// Sentences on the sightings, with when each was recorded.
    sightings: Vec<(Safe<String>, i64)>,
    level: &'static str,
    released_to: Vec<String>,
    orcon: bool,
    /// Marking definitions other than its TLP level: named links, or ids out of reach.
    other_markings: Vec<Safe<String>>,
    body: String,
    versions: Vec<VersionRow>,
    correlations: Vec<CorrelationRow>,
    seen_by: i64,
    outcomes: Vec<Safe<String>>,
    /// RFIs the user may answer with this object.
    rfis: Vec<RfiSummary>,
    hit_value: String,
    message: Option<String>,
    /// What intelligence can lead to, as the outcome form offers it.
    outcome_kinds: Vec<Labelled>,
    /// The members its liaison officer may release it to further (short name, name as read),
    /// offered to the originator's liaison officers for its AMBER and AMBER+STRICT objects.
    release_choices: Vec<(String, String)>,
    /// What was typed in a refused form, by `form.field`.
    typed: BTreeMap<&'static str, String>,
    /// Why it was refused, by `form.field` (`form.form` for the form as a whole).
    errors: FieldErrors,
}

/// One version in the object's history.
pub(super) struct VersionRow {
    href: String,
    said: Safe<String>,
    shown: bool,
}

/// Another object sharing a value with this one, named, with the member that shared it.
pub(super) struct CorrelationRow {
    /// The value both carry, or why the two may be one (names that read alike).
    shared: Safe<String>,
    object: Safe<String>,
    kind: String,
    member: String,
}

#[derive(Deserialize)]
pub(super) struct Showing {
    /// What was just done (`sighting`, `outcome`, `report`), said in the reader's words.
    pub(super) done: Option<String>,
    /// An earlier version to show instead of the latest.
    pub(super) version: Option<String>,
    /// Shown as written, even when a translation into the reader's language exists.
    pub(super) original: Option<String>,
}

pub(super) async fn object(
    St(state): St<State>,
    s: Session,
    Path(id): Path<String>,
    Query(q): Query<Showing>,
) -> Page {
    let done = q.done.as_deref().and_then(|d| match d {
        "sighting" | "outcome" | "report" | "translation" | "released" => {
            Some(s.words.t(&format!("object-done-{d}")))
        }
        _ => None,
    });
    render(
        object_page(
            &state,
            &s,
            &id,
            Reading {
                version: q.version.as_deref(),
                original: q.original.is_some(),
            },
            done,
            BTreeMap::new(),
            FieldErrors::new(),
        )
        .await?,
    )
}

/// Which of an object's texts a page shows: an earlier version, and the words as written
/// rather than a translation.
#[derive(Default, Clone, Copy)]
pub(super) struct Reading<'a> {
    version: Option<&'a str>,
    original: bool,
}

/// An object's page; after a refused form, with what was typed and why.
pub(super) async fn object_page(
    state: &State,
    s: &Session,
    id: &str,
    showing: Reading<'_>,
    message: Option<String>,
    typed: BTreeMap<&'static str, String>,
    errors: FieldErrors,
) -> Result<ObjectPage, WebError> {
    let c = &state.center;
    let a = &s.actor;
    let w = &s.words;
    // The page names members as people read them: "shared by Bravo Bureau".
    let names = c.member_display_names().await?;
    // One store round trip for everything below (the RFIs are asked of liaison officers only).
    let d = c.dossier(a, id).await?;
    let (versions, releases) = (&d.versions, &d.releases);
    let Some(latest) = versions.last() else {
        return Err(domain::Error::NotFound("object").into());
    };
    let shown = showing
        .version
        .and_then(|v| versions.iter().rev().find(|o| o.version == v))
        .unwrap_or(latest);
    let here = stix::id::canonical_id(&latest.stix_id);
    let around = Around::of_dossier(w, &d, &names);
    let v = body_json(shown);
    // A member's translation into the reader's language, unless the reader asked for the
    // words as written; the raw STIX stays the original.
    let translation = domain::translation::for_reader(&d.referring, shown, &v, w.language);
    let (read, translation_note) = match &translation {
        Some(t) if !showing.original => (
            t.applied_to(&v),
            Some(translation_note(
                t,
                w,
                &names,
                &v,
                &translation_href(id, showing, true),
            )),
        ),
        Some(_) => (
            v.clone(),
            Some(w.html(
                "object-translation-available",
                &[(
                    "link",
                    Part::Html(crate::i18n::link(
                        &translation_href(id, showing, false),
                        &w.t("object-show-translation"),
                    )),
                )],
            )),
        ),
        None => (v.clone(), None),
    };
    // The handling rules of the version shown (an earlier one may have had others).
    let key = shown.version_key();
    let rel = releases
        .iter()
        .rev()
        .find(|r| r.version_key == key)
        .or(releases.last())
        .map(|r| r.releasability.clone());
    let mut released_to: Vec<String> = rel
        .as_ref()
        .map(|r| {
            r.release
                .members()
                .iter()
                .filter_map(|m| names.get(m).cloned())
                .collect()
        })
        .unwrap_or_default();
    // A TLP:RED object names the people it reaches (its reader learns only of itself).
    if let Some(r) = &rel {
        released_to.extend(c.user_names(r.release.users()).await?);
    }
    let orcon = rel.as_ref().is_some_and(|r| r.orcon);
    let release_choices = release_choices(s, latest, releases);
    let mut banner = shown.tlp.name().to_string();
    if !released_to.is_empty() {
        banner.push_str(" · ");
        banner.push_str(&w.t1(
            "object-banner-released",
            "members",
            released_to.join(&w.t("list-separator")),
        ));
    }
    if orcon {
        banner.push_str(" · ORCON");
    }
    let other_markings = v
        .get("object_marking_refs")
        .and_then(|m| m.as_array())
        .map(|m| {
            m.iter()
                .filter_map(|x| x.as_str())
                .filter(|x| stix::markings::Tlp::from_marking_id(x).is_none())
                .map(|x| around.reference(x))
                .collect()
        })
        .unwrap_or_default();
    let correlations = d
        .correlations
        .iter()
        .map(|x| CorrelationRow {
            shared: if x.possible() {
                Safe(format!(
                    "<strong>{}</strong> <span class=\"meta\">{}</span>",
                    crate::i18n::escape(&w.t("object-possible-match")),
                    crate::i18n::escape(&w.t("object-possible-match-why"))
                ))
            } else {
                Safe(format!(
                    "<code dir=\"ltr\">{}</code>",
                    crate::i18n::escape(&x.key)
                ))
            },
            object: around.reference(&x.stix_id),
            kind: w.word("kind", &x.object_type),
            member: around.member_of(&x.stix_id),
        })
        .collect();
    let seen_by = domain::tracked::sighting_members(&d.sightings).len() as i64;
    let mut linked: Vec<&StoredObject> = d.referring.iter().collect();
    linked.sort_by_key(|o| o.date_added);
    let linked = linked.iter().map(|o| around.sentence(&here, o)).collect();
    let mut sightings: Vec<&StoredObject> = d.sightings.iter().collect();
    sightings.sort_by_key(|o| o.date_added);
    // Each sighting on its own line, with when it was recorded: two of one member are two
    // records, not one said twice.
    let sightings = sightings
        .iter()
        .map(|o| (around.sentence(&here, o), o.date_added))
        .collect();
    let sentence = (shown.object_type == "relationship").then(|| around.sentence("", shown));
    let outcomes = d
        .outcomes
        .iter()
        .map(|o| {
            w.html(
                "object-outcome",
                &[
                    ("kind", Part::Name(w.word("outcome-kind", o.kind.as_str()))),
                    ("date", Part::Name(day(o.occurred_at))),
                    (
                        "member",
                        Part::Name(names.get(&o.member).cloned().unwrap_or_default()),
                    ),
                    ("description", Part::Name(o.description.clone())),
                ],
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
    let authored_by = match domain::authorship::author_of(shown.body.as_deref().unwrap_or("")) {
        Some(author) => {
            let named = c.author_names(a, std::slice::from_ref(shown)).await?;
            match named.get(&author) {
                Some(n) => n.clone(),
                None => author,
            }
        }
        None => String::new(),
    };
    let title = read
        .get("name")
        .and_then(|n| n.as_str())
        .filter(|n| !n.trim().is_empty())
        .map_or_else(|| title(shown, w), str::to_string);
    let versions = versions
        .iter()
        .rev()
        .map(|o| {
            let v: String = form_urlencoded::byte_serialize(o.version.as_bytes()).collect();
            VersionRow {
                href: format!("/objects/{}?version={v}", o.stix_id),
                // To the second: two versions of one minute must read apart.
                said: w.bdi2(
                    "object-version",
                    "version",
                    o.version
                        .get(..19)
                        .unwrap_or(&o.version)
                        .replacen('T', " ", 1),
                    "date",
                    day(o.date_added),
                ),
                shown: std::ptr::eq(o, shown),
            }
        })
        .collect();
    Ok(ObjectPage {
        ctx: s.ctx(&title),
        id: id.to_string(),
        kind: w.word("kind", &shown.object_type),
        banner_class: format!(
            "tlp-{}",
            shown
                .tlp
                .name()
                .trim_start_matches("TLP:")
                .to_lowercase()
                .replace('+', "-")
        ),
        banner,
        authored_by,
        originator: names.get(&shown.originator).cloned().unwrap_or_default(),
        added: day(shown.date_added),
        evaluation: rel
            .and_then(|r| r.evaluation)
            .map(|e| e.code())
            .unwrap_or_default(),
        earlier: (!std::ptr::eq(shown, latest)).then(|| shown.version.clone()),
        translation_note,
        languages: languages_for(w),
        properties: around.properties(&read),
        sentence,
        linked,
        sightings,
        level: shown.tlp.name(),
        released_to,
        orcon,
        other_markings,
        body: serde_json::to_string_pretty(&v).unwrap_or_default(),
        versions,
        correlations,
        seen_by,
        outcomes,
        rfis,
        hit_value,
        message,
        outcome_kinds: outcome_kinds(w),
        release_choices,
        typed,
        errors,
    })
}

/// Whom the reader may release the object to further: the center's other members and
/// observers it is not yet released to, when the domain's rule lets the reader release it
/// unasked ([`domain::exchange::ensure_grants`], [`domain::exchange::grantable`]).
fn release_choices(
    s: &Session,
    latest: &StoredObject,
    releases: &[domain::VersionRelease],
) -> Vec<(String, String)> {
    let a = &s.actor;
    if domain::exchange::ensure_grants(a).is_err()
        || domain::exchange::grantable(a, latest).is_err()
    {
        return vec![];
    }
    let key = latest.version_key();
    let already: Vec<MemberId> = releases
        .iter()
        .filter(|r| r.version_key == key)
        .flat_map(|r| r.releasability.release.members().to_vec())
        .collect();
    let mut choices: Vec<(String, String)> = s
        .members
        .iter()
        .filter(|m| m.id != a.member.id && m.status.is_active() && !already.contains(&m.id))
        .map(|m| (m.name.clone(), m.display_name.clone()))
        .collect();
    choices.sort_by_key(|(_, d)| super::table::text_key(d));
    choices
}

/// Releases the member's own object to another member, from its page.
#[derive(Deserialize)]
pub(super) struct ReleaseFurther {
    #[serde(default)]
    member: String,
    #[serde(default)]
    note: String,
}

pub(super) async fn release_further(
    St(state): St<State>,
    Path(id): Path<String>,
    p: Posted<ReleaseFurther>,
) -> Page {
    let a = &p.session.actor;
    let mut errors = FieldErrors::new();
    let r = state
        .center
        .request_release(
            a,
            &a.member.name,
            Some(p.form.member.trim()),
            Some(&id),
            None,
            &p.form.note,
        )
        .await;
    if form_error(r, &mut errors, "release.form")?.is_some() {
        return see_other(&object_path(&id, "released"));
    }
    let typed = [
        ("release.member", p.form.member.as_str()),
        ("release.note", p.form.note.as_str()),
    ];
    object_refused(&state, &p.session, &id, &typed, errors).await
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
    refused(
        object_page(
            state,
            s,
            id,
            Reading::default(),
            None,
            typed_values(typed),
            errors,
        )
        .await?,
    )
}

/// An object's page after an action, which it confirms (`sighting`, `outcome`, `report`).
pub(super) fn object_path(id: &str, done: &'static str) -> String {
    format!("/objects/{id}?done={done}")
}

pub(super) async fn sight(St(state): St<State>, Path(id): Path<String>, p: Posted<Empty>) -> Page {
    state.center.record_sighting(&p.session.actor, &id).await?;
    see_other(&object_path(&id, "sighting"))
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
            return see_other(&object_path(&id, "outcome"));
        }
    }
    let typed = [
        ("outcome.kind", p.form.kind.as_str()),
        ("outcome.description", p.form.description.as_str()),
    ];
    object_refused(&state, &p.session, &id, &typed, errors).await
}

#[derive(Deserialize)]
pub(super) struct TranslationForm {
    #[serde(default)]
    language: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    description: String,
}

pub(super) async fn translate(
    St(state): St<State>,
    Path(id): Path<String>,
    p: Posted<TranslationForm>,
) -> Page {
    let draft = domain::submission::TranslationDraft {
        language: p.form.language.clone(),
        name: p.form.name.clone(),
        description: p.form.description.clone(),
    };
    let mut errors = FieldErrors::new();
    let r = state.center.translate(&p.session.actor, &id, &draft).await;
    if form_error(r, &mut errors, "translation.form")?.is_some() {
        return see_other(&object_path(&id, "translation"));
    }
    let typed = [
        ("translation.language", p.form.language.as_str()),
        ("translation.name", p.form.name.as_str()),
        ("translation.description", p.form.description.as_str()),
    ];
    object_refused(&state, &p.session, &id, &typed, errors).await
}

/// Whose translation it is, into what, and the way back to the words as written.
fn translation_note(
    t: &Translation<'_>,
    w: &Words,
    names: &HashMap<MemberId, String>,
    v: &serde_json::Value,
    original: &str,
) -> Safe<String> {
    w.html(
        if t.of_earlier_version(v) {
            "object-translated-earlier"
        } else {
            "object-translated"
        },
        &[
            (
                "member",
                Part::Name(names.get(&t.translator()).cloned().unwrap_or_default()),
            ),
            (
                "translation",
                Part::Html(crate::i18n::link(
                    &format!("/objects/{}", t.by.stix_id),
                    &w.t("object-the-translation"),
                )),
            ),
            (
                "original",
                Part::Html(crate::i18n::link(original, &w.t("object-show-original"))),
            ),
        ],
    )
}

/// The page again with the words as written (`original`) or as translated.
fn translation_href(id: &str, showing: Reading<'_>, original: bool) -> String {
    let mut q: Vec<String> = Vec::new();
    if let Some(v) = showing.version {
        q.push(format!(
            "version={}",
            form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
        ));
    }
    if original {
        q.push("original=1".into());
    }
    if q.is_empty() {
        format!("/objects/{id}")
    } else {
        format!("/objects/{id}?{}", q.join("&"))
    }
}

/// The languages the form offers a translation in: the center's, the reader's first.
fn languages_for(w: &Words) -> Vec<Labelled> {
    let mut all: Vec<Labelled> = domain::language::Language::ALL
        .iter()
        .map(|l| Labelled {
            value: l.tag(),
            label: l.endonym().to_string(),
        })
        .collect();
    all.sort_by_key(|l| l.value != w.lang());
    all
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
            errors.insert("answer.rfi", p.session.words.t("object-choose-rfi"));
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
                    errors.insert("answer.rfi", p.session.words.t("object-rfi-not-ours"));
                }
                r => {
                    if form_error(r, &mut errors, "answer.form")?.is_some() {
                        return see_other(&format!("/rfis/{rfi}?done=answered"));
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
        Ok(_) => return see_other("/?done=release-requested"),
        Err(
            domain::Error::Invalid(domain::error::Invalid { message: why, .. })
            | domain::Error::Conflict(why),
        ) => why,
        Err(domain::Error::NotFound(_)) => {
            p.session
                .words
                .t1("release-not-a-member", "member", p.form.originator.clone())
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
    /// What the requester is told with the decision (why it is refused, say).
    #[serde(default)]
    answer: String,
    /// `list`: decided from the list of release requests, which the user goes back to.
    #[serde(default)]
    back: String,
}

pub(super) async fn decide_release(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<DecideForm>,
) -> Page {
    let r = match p.form.decision.as_str() {
        d @ ("approve" | "refuse") => state
            .center
            .decide_release(
                &p.session.actor,
                id,
                d == "approve",
                Some(p.form.answer.trim()).filter(|a| !a.is_empty()),
            )
            .await
            .map(|_| ()),
        _ => Err(domain::Error::invalid("Approve or refuse the request.")),
    };
    let list = p.form.back == "list";
    let done = if p.form.decision == "approve" {
        "release-approved"
    } else {
        "release-refused"
    };
    match refusal(r)? {
        Ok(()) if list => see_other(&format!("/release-requests?done={done}#request-{id}")),
        Ok(()) => see_other(&format!("/?done={done}")),
        // Decided meanwhile by a colleague, say: the page again, saying so.
        Err(why) if list => refused(
            requests_page(
                &state,
                &p.session,
                &super::table::ListQuery::default(),
                Some(Refused { at: id, why }),
            )
            .await?,
        ),
        Err(why) => refused(home_page(&state, &p.session, Some(why)).await?),
    }
}
