//! Deconfliction: members register their own operations privately, with the selectors of
//! their targets (kept only as keyed digests) and their planned events; when two members'
//! active operations meet on a selector, or their events meet in place and time, both are told
//! at once, with the other's member and contact point and nothing else.

pub mod model;
pub use model::*;

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
}

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

impl Center {
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
        if o.status == OperationStatus::Closed {
            return Err(Error::Conflict("this operation is already closed".into()));
        }
        let now = self.now();
        self.store().close_operation(id, now).await?;
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
        active_operation(&o)?;
        let key = self.deconfliction_key()?;
        within_limit("selectors", drafts.len())?;
        let mut refused = LineRefusals::new();
        let mut new = Vec::with_capacity(drafts.len());
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
            let reference = reference(d.reference.as_deref());
            if reference.as_ref().is_some_and(|r| r.chars().count() > 200) {
                refused.refuse(line, "reference", "a reference is at most 200 characters");
                continue;
            }
            new.push(NewSelector {
                kind,
                digest: digest(key, &canonical),
                reference,
            });
        }
        refused.done("selectors")?;
        let asked = new.len();
        let names = self.member_names().await?;
        let (items, found) = self
            .store()
            .add_selectors(o.id, o.member, new, self.now(), names)
            .await?;
        self.told(actor, "operation.selectors", &o, items.len(), &found)
            .await?;
        Ok(Registered {
            already: asked - items.len(),
            items,
            deconflictions: seen(&found, actor.member.id),
        })
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
        active_operation(&o)?;
        within_limit("events", drafts.len())?;
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
            let reference = reference(d.reference.as_deref());
            if reference.as_ref().is_some_and(|r| r.chars().count() > 200) {
                refused.refuse(line, "reference", "a reference is at most 200 characters");
                continue;
            }
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

fn reference(r: Option<&str>) -> Option<String> {
    r.map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_string)
}

fn active_operation(o: &Operation) -> Result<()> {
    if o.status == OperationStatus::Active {
        Ok(())
    } else {
        Err(Error::Conflict(
            "this operation is closed: register another operation for new work".into(),
        ))
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
