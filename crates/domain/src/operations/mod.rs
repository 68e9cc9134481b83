//! Deconfliction: members register their own operations privately, with the selectors of
//! their targets (kept only as keyed digests) and their planned events; when two members'
//! active operations meet on a selector, or their events meet in place and time, both are told
//! at once, with the other's member and contact point and nothing else.

pub mod model;
pub use model::*;

use std::collections::HashMap;

use serde_json::json;

use crate::audit::AuditActor;
use crate::error::Refusals;
use crate::service::Center;
use crate::{Actor, Error, MemberId, Result};

/// Selectors or events one request registers at most; a larger list is sent in parts (the
/// `liaison operation import` command does).
pub const MOST_PER_REQUEST: usize = 10_000;
/// Refused lines listed at most in one answer; the rest are counted.
const REFUSALS_LISTED: usize = 20;

/// A selector as typed: its kind, its value and the member's own note.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct SelectorDraft {
    pub kind: String,
    pub value: String,
    #[serde(default)]
    pub reference: Option<String>,
}

/// A planned event as typed: a point and radius, or a location object the member may see.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct EventDraft {
    pub kind: String,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
    /// A STIX `location` the member may see, instead of a point.
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub radius_m: Option<f64>,
    pub starts: String,
    pub ends: String,
    #[serde(default)]
    pub reference: Option<String>,
}

/// What one registration stored, and the deconflictions it made at once.
#[derive(Debug, Clone)]
pub struct Registered<T> {
    pub items: Vec<T>,
    /// Lines already registered in this operation, skipped.
    pub already: usize,
    pub deconflictions: Vec<Seen>,
    /// Intelligence of other members, released to the registering member, that carries one
    /// of the new selectors; its originators are told too.
    pub intelligence: Vec<IntelligenceMatch>,
}

/// Intelligence matches reported for one selector at most, so that a common value (a
/// well-known domain) does not flood both sides.
const INTELLIGENCE_PER_SELECTOR: usize = 20;

/// Per-line refusals of one list, said with the line and the field.
struct LineRefusals {
    lines: Vec<String>,
    count: usize,
}

impl LineRefusals {
    fn new() -> Self {
        Self {
            lines: vec![],
            count: 0,
        }
    }
    fn refuse(&mut self, line: usize, field: &str, why: &str) {
        self.count += 1;
        if self.lines.len() < REFUSALS_LISTED {
            self.lines.push(format!("line {line}, {field}: {why}"));
        }
    }
    fn done(self, list: &'static str) -> Result<()> {
        if self.count == 0 {
            return Ok(());
        }
        let mut message = self.lines.join("; ");
        if self.count > self.lines.len() {
            message.push_str(&format!("; and {} more", self.count - self.lines.len()));
        }
        message.push_str(
            "; nothing of this list was registered: correct these lines and send it again",
        );
        Err(Error::field(list, "bad-lines", message))
    }
}

/// The setting that holds a check of the deconfliction key (a digest of a fixed text under
/// it), so that a node given another key is refused instead of silently matching nothing.
const KEY_CHECK: &str = "deconfliction.key_check";

impl Center {
    /// Takes the key selectors are digested with, after checking it against the one the
    /// center took first. Every node of a center must be given the same key: a selector
    /// digested with another matches nothing.
    pub async fn use_deconfliction_key(&mut self, key: [u8; 32]) -> Result<()> {
        let check = crate::audit::hex(&digest(&key, "liaison deconfliction key check"));
        match self.store().setting(KEY_CHECK).await? {
            Some(known) if known == check => {}
            Some(_) => {
                return Err(Error::Conflict(
                    "this is not the deconfliction key this center's operations were registered with: restore the center's key file from its backup or another node (a new key would match nothing registered before)".into(),
                ));
            }
            None => self.store().set_setting(KEY_CHECK, &check).await?,
        }
        self.deconfliction_key = Some(key);
        Ok(())
    }

    /// Whether the center has taken a deconfliction key before (a node that has none must
    /// then be given that one, not a new one).
    pub async fn knows_deconfliction_key(&self) -> Result<bool> {
        Ok(self.store().setting(KEY_CHECK).await?.is_some())
    }

    fn deconfliction_key(&self) -> Result<&[u8; 32]> {
        self.deconfliction_key.as_ref().ok_or_else(|| {
            Error::Busy(
                "this node was started without its deconfliction key; ask the operator to start it with the center's deconfliction key file".into(),
            )
        })
    }

    /// An operation of the actor's own member; any other is not found, exactly as one that
    /// does not exist.
    async fn own_operation(&self, actor: &Actor, id: i64) -> Result<Operation> {
        operator(actor)?;
        match self.store().operation(id).await? {
            Some(o) if o.member == actor.member.id => Ok(o),
            _ => Err(Error::NotFound("operation")),
        }
    }

    /// Registers an operation of the actor's member.
    pub async fn register_operation(
        &self,
        actor: &Actor,
        name: &str,
        contact: &str,
    ) -> Result<Operation> {
        operator(actor)?;
        let mut refused = Refusals::new();
        let name = name.trim();
        let contact = contact.trim();
        refused.check(
            (1..=200).contains(&name.chars().count()),
            "name",
            "required",
            "an operation needs a name of up to 200 characters, which only your member sees",
        );
        refused.check(
            (3..=300).contains(&contact.chars().count()),
            "contact",
            "required",
            "name a contact point that another member may call if its work meets yours (3 to 300 characters)",
        );
        refused.done()?;
        let o = self
            .store()
            .insert_operation(NewOperation {
                member: actor.member.id,
                created_by: actor.user.id,
                name: name.into(),
                contact: contact.into(),
                created_at: self.now(),
            })
            .await?;
        self.record(
            AuditActor::of(actor),
            "operation.register",
            &o.id.to_string(),
            json!({}),
        )
        .await?;
        Ok(o)
    }

    /// The actor's member's operations, newest first.
    pub async fn operations(&self, actor: &Actor) -> Result<Vec<Operation>> {
        operator(actor)?;
        let list = self.store().operations(actor.member.id).await?;
        self.record(
            AuditActor::of(actor),
            "operation.list",
            "",
            json!({"count": list.len()}),
        )
        .await?;
        Ok(list)
    }

    /// One operation of the actor's member, with its selectors (never their values) and
    /// events.
    pub async fn operation(
        &self,
        actor: &Actor,
        id: i64,
    ) -> Result<(Operation, Vec<Selector>, Vec<Event>)> {
        let o = self.own_operation(actor, id).await?;
        let selectors = self.store().selectors(id).await?;
        let events = self.store().events(id).await?;
        self.record(
            AuditActor::of(actor),
            "operation.read",
            &id.to_string(),
            json!({}),
        )
        .await?;
        Ok((o, selectors, events))
    }

    /// Closes an operation: its selectors and events match nothing from then on.
    pub async fn close_operation(&self, actor: &Actor, id: i64) -> Result<Operation> {
        let o = self.own_operation(actor, id).await?;
        let now = self.now();
        if !self.store().close_operation(id, now).await? {
            return Err(Error::Conflict("this operation is already closed".into()));
        }
        self.record(
            AuditActor::of(actor),
            "operation.close",
            &id.to_string(),
            json!({}),
        )
        .await?;
        Ok(Operation {
            status: OperationStatus::Closed,
            closed_at: Some(now),
            ..o
        })
    }

    /// Refuses a list that would take the member past its selectors and events of the last
    /// hour (`DEFAULT_REGISTRATIONS_PER_HOUR`, or as the center set it).
    async fn within_registration_budget(&self, member: MemberId, adding: usize) -> Result<()> {
        let limit = u64::from(self.registrations_per_hour);
        if limit == u64::from(u32::MAX) {
            return Ok(());
        }
        let done = self
            .store()
            .registrations_since(member, self.now() - 3_600 * 1_000_000)
            .await?;
        if done + adding as u64 > limit {
            return Err(Error::TooMany {
                message: format!(
                    "your member's operations took {done} selectors and events in the last hour, and this center allows {limit} an hour (so that nobody learns what others pursue by trying values); register these {adding} later, or have the center's operators import the list (liaison operation import)"
                ),
                retry_after: 600,
            });
        }
        Ok(())
    }

    /// Registers selectors of an active operation. Every line is checked first; one bad line
    /// refuses the list, naming each bad line and field, and stores nothing. The selectors
    /// and the deconflictions they make are stored, and both sides told, in one transaction.
    pub async fn add_selectors(
        &self,
        actor: &Actor,
        id: i64,
        drafts: &[SelectorDraft],
    ) -> Result<Registered<Selector>> {
        let o = self.own_operation(actor, id).await?;
        let key = self.deconfliction_key()?;
        within_limit("selectors", drafts.len())?;
        self.within_registration_budget(o.member, drafts.len())
            .await?;
        let mut refused = LineRefusals::new();
        let mut new = Vec::with_capacity(drafts.len());
        let mut intel_keys = Vec::with_capacity(drafts.len());
        for (n, d) in drafts.iter().enumerate() {
            let line = n + 1;
            let Some(kind) = SelectorKind::parse(&d.kind) else {
                refused.refuse(
                    line,
                    "kind",
                    &format!(
                        "'{}' is no kind of selector: use phone, email, iban, plate, ip, domain, identifier or object",
                        d.kind.trim()
                    ),
                );
                continue;
            };
            let canonical = match normalise(kind, &d.value) {
                Ok(c) => c,
                Err(why) => {
                    refused.refuse(line, "value", &why);
                    continue;
                }
            };
            if kind == SelectorKind::Object {
                let id = canonical.trim_start_matches("object:");
                if !matches!(self.object_versions(actor, id).await, Ok((v, _)) if !v.is_empty()) {
                    refused.refuse(
                        line,
                        "value",
                        &format!("no object you may see has the id '{id}'"),
                    );
                    continue;
                }
            }
            let reference = match reference(d.reference.as_deref()) {
                Ok(r) => r,
                Err(why) => {
                    refused.refuse(line, "reference", why);
                    continue;
                }
            };
            let intel = intelligence_key(&canonical);
            new.push(NewSelector {
                kind,
                digest: digest(key, &canonical),
                intel_digest: intel.as_deref().map(|k| digest(key, k)).unwrap_or_default(),
                reference,
            });
            intel_keys.push(intel);
        }
        refused.done("selectors")?;
        let asked = new.len();
        let names = self.member_names().await?;
        let now = self.now();
        let (stored, found) = self
            .store()
            .add_selectors(o.id, o.member, new, now, names.clone())
            .await?;
        self.told(actor, "operation.selectors", &o, stored.len(), &found)
            .await?;
        // Intelligence already released to the member (as a whole, in the collections it
        // reads) that names a new selector: one read for the whole list.
        let mut intelligence = Vec::new();
        let mut notices = Vec::new();
        let name = |m: MemberId| names.get(&m).cloned().unwrap_or_default();
        let mut wanted: HashMap<&str, Vec<&Selector>> = HashMap::new();
        for (place, selector) in &stored {
            if let Some(Some(k)) = intel_keys.get(*place) {
                wanted.entry(k.as_str()).or_default().push(selector);
            }
        }
        if !wanted.is_empty() {
            let reader = self.member_reader(&actor.member).await?;
            let collections = self.readable_collections(&actor.member).await?;
            let keys: Vec<String> = wanted.keys().map(|k| k.to_string()).collect();
            let limit = (keys.len() * INTELLIGENCE_PER_SELECTOR).min(MOST_PER_REQUEST);
            let held = self
                .store()
                .intelligence_with_keys(
                    keys,
                    crate::release::visibility(&reader),
                    collections,
                    actor.member.id,
                    limit,
                )
                .await?;
            let mut per_key: HashMap<String, usize> = HashMap::new();
            for (k, object, originator) in held {
                let n = per_key.entry(k.clone()).or_default();
                *n += 1;
                if *n > INTELLIGENCE_PER_SELECTOR {
                    continue;
                }
                for selector in wanted.get(k.as_str()).into_iter().flatten() {
                    let holder = Holder {
                        member: o.member,
                        operation: o.id,
                        operation_name: o.name.clone(),
                        contact: o.contact.clone(),
                        selector: selector.id,
                        kind: selector.kind,
                        reference: selector.reference.clone(),
                        intel_digest: vec![],
                    };
                    notices.extend(holder.notices(&object, originator, now, &name));
                    intelligence.push(IntelligenceMatch {
                        selector: selector.id,
                        object: object.clone(),
                        originator,
                    });
                }
            }
        }
        self.intelligence_told(AuditActor::of(actor), &intelligence, o.member, notices)
            .await?;
        Ok(Registered {
            already: asked - stored.len(),
            items: stored.into_iter().map(|(_, s)| s).collect(),
            deconflictions: seen(&found, actor.member.id),
            intelligence,
        })
    }

    /// Tells both sides of intelligence matches and audits each.
    async fn intelligence_told(
        &self,
        by: AuditActor,
        matches: &[IntelligenceMatch],
        operation_member: MemberId,
        notices: Vec<crate::exchange::model::NewNotification>,
    ) -> Result<()> {
        if matches.is_empty() {
            return Ok(());
        }
        self.store().notify(notices).await?;
        let entries = matches
            .iter()
            .map(|m| {
                self.audit_entry(
                    by.clone(),
                    "deconfliction.intelligence",
                    &m.object,
                    json!({
                        "selector": m.selector,
                        "members": [operation_member.0, m.originator.0],
                    }),
                )
            })
            .collect();
        self.audit(entries).await
    }

    /// After a submission is stored: tells both sides when a newly stored object carries a
    /// selector of another member's active operation and is released to that member. The
    /// objects are stored whatever happens here; a failure is returned for the caller to
    /// log, not to refuse the submission.
    pub(crate) async fn deconflict_new_intelligence(
        &self,
        submitter: &Actor,
        collection: crate::CollectionId,
        stored: Vec<(String, crate::Releasability, Vec<String>)>,
    ) -> Result<()> {
        let Some(key) = self.deconfliction_key.as_ref() else {
            return Ok(());
        };
        let mut by_digest: HashMap<Vec<u8>, Vec<usize>> = HashMap::new();
        for (i, (_, _, keys)) in stored.iter().enumerate() {
            for k in keys.iter().filter(|k| names_a_selector(k)) {
                by_digest.entry(digest(key, k)).or_default().push(i);
            }
        }
        if by_digest.is_empty() {
            return Ok(());
        }
        let holders = self
            .store()
            .selectors_holding(by_digest.keys().cloned().collect())
            .await?;
        if holders.is_empty() {
            return Ok(());
        }
        let names = self.member_names().await?;
        let name = |m: MemberId| names.get(&m).cloned().unwrap_or_default();
        let members = self.members().await?;
        let now = self.now();
        let (mut matches, mut notices) = (Vec::new(), Vec::new());
        // Each operation's member as a reader, read once however many of its selectors met.
        let mut readers: HashMap<MemberId, Option<crate::Reader>> = HashMap::new();
        for h in holders {
            if h.member == submitter.member.id {
                continue;
            }
            if let std::collections::hash_map::Entry::Vacant(unread) = readers.entry(h.member) {
                let reader = match members.iter().find(|m| m.id == h.member) {
                    // Released to the operation's member, in a collection it reads.
                    Some(m) if self.readable_collections(m).await?.contains(&collection) => {
                        Some(self.member_reader(m).await?)
                    }
                    _ => None,
                };
                unread.insert(reader);
            }
            let Some(Some(reader)) = readers.get(&h.member) else {
                continue;
            };
            let mut seen = std::collections::HashSet::new();
            for &i in by_digest.get(&h.intel_digest).into_iter().flatten() {
                let Some((object, releasability, _)) = stored.get(i) else {
                    continue;
                };
                if !seen.insert(object.clone()) || !crate::release::can_see(reader, releasability) {
                    continue;
                }
                notices.extend(h.notices(object, submitter.member.id, now, &name));
                matches.push((
                    h.member,
                    IntelligenceMatch {
                        selector: h.selector,
                        object: object.clone(),
                        originator: submitter.member.id,
                    },
                ));
            }
        }
        let mut by_member: HashMap<MemberId, Vec<IntelligenceMatch>> = HashMap::new();
        for (m, x) in matches {
            by_member.entry(m).or_default().push(x);
        }
        self.store().notify(notices).await?;
        for (m, list) in by_member {
            self.intelligence_told(AuditActor::of(submitter), &list, m, vec![])
                .await?;
        }
        Ok(())
    }

    /// Registers planned events of an active operation, checked and stored as
    /// [`Center::add_selectors`] does.
    pub async fn add_events(
        &self,
        actor: &Actor,
        id: i64,
        drafts: &[EventDraft],
    ) -> Result<Registered<Event>> {
        let o = self.own_operation(actor, id).await?;
        within_limit("events", drafts.len())?;
        self.within_registration_budget(o.member, drafts.len())
            .await?;
        let mut refused = LineRefusals::new();
        let mut new = Vec::with_capacity(drafts.len());
        for (n, d) in drafts.iter().enumerate() {
            let line = n + 1;
            let Some(kind) = EventKind::parse(&d.kind) else {
                refused.refuse(
                    line,
                    "kind",
                    &format!(
                        "'{}' is no kind of event: use surveillance, search, arrest, undercover_meeting or other",
                        d.kind.trim()
                    ),
                );
                continue;
            };
            let place = match (&d.location, d.latitude, d.longitude) {
                (Some(l), None, None) if !l.trim().is_empty() => {
                    match self.location_point(actor, l.trim()).await? {
                        Some(p) => p,
                        None => {
                            refused.refuse(
                                line,
                                "location",
                                &format!(
                                    "no location you may see with coordinates has the id '{}'",
                                    l.trim()
                                ),
                            );
                            continue;
                        }
                    }
                }
                (None, Some(lat), Some(lon))
                    if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) =>
                {
                    (lat, lon)
                }
                _ => {
                    refused.refuse(
                        line,
                        "latitude",
                        "give a place: either a latitude (-90 to 90) and a longitude (-180 to 180), or a location object's id",
                    );
                    continue;
                }
            };
            let radius_m = d.radius_m.unwrap_or(250.0);
            if !(radius_m > 0.0 && radius_m <= MAX_RADIUS_M) {
                refused.refuse(
                    line,
                    "radius_m",
                    &format!("the radius is more than 0 and at most {MAX_RADIUS_M} metres"),
                );
                continue;
            }
            let (Ok(starts_at), Ok(ends_at)) = (
                crate::input::time("starts", &d.starts),
                crate::input::time("ends", &d.ends),
            ) else {
                refused.refuse(
                    line,
                    "starts",
                    "give when it starts and ends as dates and times, such as 2027-03-01T06:00:00Z",
                );
                continue;
            };
            if !(starts_at < ends_at && ends_at - starts_at <= MAX_EVENT_MICROS) {
                refused.refuse(
                    line,
                    "ends",
                    "an event ends after it starts, and lasts 31 days at most",
                );
                continue;
            }
            let reference = match reference(d.reference.as_deref()) {
                Ok(r) => r,
                Err(why) => {
                    refused.refuse(line, "reference", why);
                    continue;
                }
            };
            new.push(NewEvent {
                kind,
                latitude: place.0,
                longitude: place.1,
                radius_m,
                starts_at,
                ends_at,
                reference,
            });
        }
        refused.done("events")?;
        let names = self.member_names().await?;
        let (items, found) = self
            .store()
            .add_events(o.id, o.member, new, self.now(), names)
            .await?;
        self.told(actor, "operation.events", &o, items.len(), &found)
            .await?;
        Ok(Registered {
            already: 0,
            items,
            deconflictions: seen(&found, actor.member.id),
            intelligence: vec![],
        })
    }

    /// The point of a location object the actor may see.
    async fn location_point(&self, actor: &Actor, id: &str) -> Result<Option<(f64, f64)>> {
        let id = stix::id::canonical_id(id);
        if !id.starts_with("location--") {
            return Ok(None);
        }
        let versions = match self.object_versions(actor, &id).await {
            Ok((v, _)) => v,
            Err(Error::NotFound(_)) => return Ok(None),
            Err(e) => return Err(e),
        };
        let Some(body) = versions.last().and_then(|v| v.body.as_deref()) else {
            return Ok(None);
        };
        let body: serde_json::Value = serde_json::from_str(body)
            .map_err(|e| Error::store_cause("a stored object could not be read", e))?;
        let coordinate = |name: &str| body.get(name).and_then(serde_json::Value::as_f64);
        Ok(coordinate("latitude").zip(coordinate("longitude")))
    }

    /// Audits a registration and every deconfliction it made.
    async fn told(
        &self,
        actor: &Actor,
        action: &str,
        o: &Operation,
        stored: usize,
        found: &[Deconfliction],
    ) -> Result<()> {
        let mut entries = vec![self.audit_entry(
            AuditActor::of(actor),
            action,
            &o.id.to_string(),
            json!({"stored": stored, "deconflictions": found.len()}),
        )];
        for d in found {
            entries.push(self.audit_entry(
                AuditActor::of(actor),
                "deconfliction.match",
                &d.id.to_string(),
                json!({
                    "kind": d.kind.as_str(),
                    "members": [d.sides[0].member.0, d.sides[1].member.0],
                    "operations": [d.sides[0].operation, d.sides[1].operation],
                }),
            ));
        }
        self.audit(entries).await
    }

    /// The deconflictions the actor's member is a side of, newest first, as it may see them.
    pub async fn deconflictions(&self, actor: &Actor) -> Result<Vec<Seen>> {
        operator(actor)?;
        let all = self.store().deconflictions(actor.member.id).await?;
        self.record(
            AuditActor::of(actor),
            "deconfliction.list",
            "",
            json!({"count": all.len()}),
        )
        .await?;
        Ok(seen(&all, actor.member.id))
    }
}

fn seen(all: &[Deconfliction], member: MemberId) -> Vec<Seen> {
    all.iter().filter_map(|d| d.seen_by(member)).collect()
}

/// A member's own reference for a line: trimmed, none when blank, at most 200 characters.
fn reference(r: Option<&str>) -> std::result::Result<Option<String>, &'static str> {
    match r.map(str::trim).filter(|r| !r.is_empty()) {
        Some(r) if r.chars().count() > 200 => Err("a reference is at most 200 characters"),
        r => Ok(r.map(str::to_string)),
    }
}

fn within_limit(list: &'static str, n: usize) -> Result<()> {
    if n == 0 {
        return Err(Error::field(
            list,
            "required",
            "the list is empty: give at least one line",
        ));
    }
    if n > MOST_PER_REQUEST {
        return Err(Error::field(
            list,
            "too-many",
            format!(
                "send at most {MOST_PER_REQUEST} lines at a time (`liaison operation import` sends a file in parts)"
            ),
        ));
    }
    Ok(())
}
