//! Intelligence composed for a member from a few fields, as the web app's forms offer it: a
//! report on an actor with its indicators and a place, a sighting of an object, and a
//! translation of an object into another language (a `language-content`). The objects
//! are STIX 2.1, authored by the member's identity, marked as the member chose, and submitted
//! through the one way in ([`Center::submit`]), so they are checked like any other.

use serde_json::{Value, json};
use stix::markings::Tlp;
use stix::timestamp::taxii_timestamp;

use crate::error::Refusals;
use crate::keys::Observable;
use crate::markings::release_list;
use crate::service::Center;
use crate::store::{Status, StoredObject};
use crate::{Actor, Error, Result};

/// A report as a member fills it in. Every field is text as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportDraft {
    pub name: String,
    pub description: String,
    /// A threat actor's name: a new threat actor the report refers to.
    pub actor: String,
    /// One observable per line (an address, domain, URL, e-mail address or hash).
    pub indicators: String,
    pub place: String,
    pub latitude: String,
    pub longitude: String,
    /// `clear`, `green`, `amber`, `amber+strict` or `red`.
    pub tlp: String,
    /// Names of the members it is released to (TLP:AMBER and TLP:AMBER+STRICT only).
    pub release_to: Vec<String>,
    /// User names of the named recipients (TLP:RED only).
    pub release_to_users: Vec<String>,
    pub orcon: bool,
    /// How the group relates to the place ([`PLACE_RELATIONS`]; `located-at` if empty).
    pub place_relation: String,
    /// Since when (a date, `2026-03-01`, or an RFC 3339 time), if known.
    pub since: String,
}

/// What was submitted, and the report's id when it was stored.
#[derive(Debug, Clone)]
pub struct Submitted {
    pub status: Status,
    pub id: String,
}

/// A translation of an object's words as a member writes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TranslationDraft {
    /// A language tag (`ar`, `fa-IR`).
    pub language: String,
    pub name: String,
    pub description: String,
}

/// A STIX pattern for one value, or why it cannot be one.
pub fn pattern_for(value: &str) -> std::result::Result<String, String> {
    Observable::classify(value)
        .ok_or_else(|| {
            if crate::keys::looks_like_ipv4(value) {
                format!("'{value}' is not an IPv4 address: each of its four numbers is 0 to 255")
            } else {
                format!(
                    "'{value}' is not an IP address, domain, URL, e-mail address or MD5/SHA-1/SHA-256/SHA-512 hash"
                )
            }
        })?
        .pattern()
}

/// How a report's group relates to its place, as the form offers it.
pub const PLACE_RELATIONS: [&str; 3] = ["located-at", "targets", "originates-from"];

impl Center {
    /// A new id for an object of `kind`.
    fn object_id(&self, kind: &str) -> Result<String> {
        Ok(format!("{kind}--{}", self.new_id()?))
    }

    /// Composes the report and its objects from the draft, refusing every field at fault at
    /// once, and submits them to the center's default collection. A refusal of the objects
    /// themselves stores nothing and is said as a refusal of the draft.
    pub async fn submit_report(&self, actor: &Actor, d: &ReportDraft) -> Result<Submitted> {
        actor.ensure_analyst()?;
        let mut refused = Refusals::new();
        refused.check(
            !d.name.trim().is_empty(),
            "name",
            "required",
            "give the report a title",
        );
        let tlp = refused
            .take(crate::input::tlp("tlp", &d.tlp))?
            .unwrap_or(Tlp::Amber);
        let release_members = self
            .release_members(
                &mut refused,
                &d.release_to.iter().map(String::as_str).collect::<Vec<_>>(),
            )
            .await?;
        let identities: Vec<String> = release_members
            .iter()
            .map(|m| m.identity_id.clone())
            .collect();
        refused.check(
            d.release_to.is_empty() || matches!(tlp, Tlp::Amber | Tlp::AmberStrict),
            "release_to",
            "not-amber",
            "release lists apply to TLP:AMBER and TLP:AMBER+STRICT only",
        );
        let recipients = self
            .named_recipients(&mut refused, &d.release_to_users)
            .await?;
        refused.check(
            recipients.is_empty() || tlp == Tlp::Red,
            "release_to_users",
            "not-red",
            "named recipients apply to TLP:RED only; choose TLP:RED, or release to members",
        );
        let indicators: Vec<(&str, std::result::Result<String, String>)> = d
            .indicators
            .lines()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| (v, pattern_for(v)))
            .collect();
        let bad: Vec<&str> = indicators
            .iter()
            .filter_map(|(_, p)| p.as_ref().err().map(String::as_str))
            .collect();
        refused.check(
            bad.is_empty(),
            "indicators",
            "not-observable",
            &bad.join("; "),
        );
        let (lat, lon) = (d.latitude.trim(), d.longitude.trim());
        let place = if lat.is_empty() && lon.is_empty() {
            None
        } else {
            match (lat.parse::<f64>(), lon.parse::<f64>()) {
                (Ok(la), Ok(lo))
                    if (-90.0..=90.0).contains(&la) && (-180.0..=180.0).contains(&lo) =>
                {
                    Some((la, lo))
                }
                _ => {
                    refused.check(
                        false,
                        "location",
                        "out-of-range",
                        "latitude is a number from -90 to 90 and longitude from -180 to 180",
                    );
                    None
                }
            }
        };
        let relation = match d.place_relation.trim() {
            "" => "located-at",
            r => PLACE_RELATIONS
                .iter()
                .copied()
                .find(|k| *k == r)
                .unwrap_or_else(|| {
                    refused.check(
                        false,
                        "place_relation",
                        "unknown",
                        "choose how the group relates to the place from the list",
                    );
                    "located-at"
                }),
        };
        let since = match d.since.trim() {
            "" => None,
            t => {
                let full = if t.len() == 10 {
                    format!("{t}T00:00:00Z")
                } else {
                    t.to_string()
                };
                match stix::Timestamp::parse(&full) {
                    Ok(_) => Some(full),
                    Err(_) => {
                        refused.check(
                            false,
                            "since",
                            "not-a-date",
                            "give the date as year-month-day, e.g. 2026-03-01",
                        );
                        None
                    }
                }
            }
        };
        // A group or place of that name the member can already see is the one meant: the
        // report joins it instead of making a second of the same name.
        let known_group = match d.actor.trim() {
            "" => None,
            name => {
                self.named(actor, &crate::tracked::TRACKED_TYPES, name)
                    .await?
            }
        };
        let known_place = match d.place.trim() {
            "" => None,
            name => self.named(actor, &["location"], name).await?,
        };
        // Joining another member's object names it to the report's readers, whom it may not be
        // released to: only the member's own objects, and ones every member may read (CLEAR or
        // GREEN, without originator control), are joined.
        if let Some(g) = &known_group
            && !self.open_to_every_member(actor, g).await?
        {
            refused.check(
                false,
                "actor",
                "restricted",
                "a group of that name is known to you under a narrower release than every member's: report on it from the group's own page, or name a new group differently",
            );
        }
        if let Some(p) = &known_place
            && !self.open_to_every_member(actor, p).await?
        {
            refused.check(
                false,
                "location",
                "restricted",
                "a place of that name is known to you under a narrower release than every member's: name the new place differently and give its coordinates",
            );
        }
        // The member's own group or place is joined only if everyone the report reaches may
        // read it: otherwise they would read the report with the group it is about as a bare id.
        let mut own: Vec<(&StoredObject, &'static str)> = Vec::new();
        for (o, field) in [(&known_group, "actor"), (&known_place, "location")] {
            if let Some(o) = o
                && o.originator == actor.member.id
            {
                own.push((o, field));
            }
        }
        if !own.is_empty() {
            let readers = self
                .report_readers(actor, tlp, &release_members, &recipients)
                .await?;
            for (o, field) in own {
                if !self.readable_by_each(o, &readers).await? {
                    refused.check(
                        false,
                        field,
                        "narrower-than-report",
                        if field == "actor" {
                            "your group of that name is released to fewer readers than this report, who would see it only as an id: release the report no wider than the group, or name a new group differently"
                        } else {
                            "your place of that name is released to fewer readers than this report, who would see it only as an id: release the report no wider than the place, or name a new place differently"
                        },
                    );
                }
            }
        }
        if known_place.is_some() && place.is_some() {
            refused.check(
                false,
                "location",
                "place-exists",
                "a place of that name is already known: leave the coordinates empty to use it, or name the new place differently",
            );
        }
        if known_place.is_none() && place.is_none() && !d.place.trim().is_empty() {
            refused.check(
                false,
                "location",
                "coordinates-needed",
                "no place of that name is known yet: give its latitude and longitude",
            );
        }
        // Said only when nothing else is wrong: a bad indicator is the better reason.
        let nothing = d.actor.trim().is_empty()
            && indicators.is_empty()
            && place.is_none()
            && known_place.is_none();
        refused.check(
            !(nothing && refused.is_empty()),
            "indicators",
            "nothing-referred",
            "a report refers to something: add an actor, an indicator or a location",
        );
        refused.done()?;

        let now = taxii_timestamp(self.now());
        let identity = &actor.member.identity_id;
        let mut markings = vec![json!(tlp.marking_id())];
        let mut objects: Vec<Value> = Vec::new();
        if !identities.is_empty() || !recipients.is_empty() || d.orcon {
            let id = self.object_id("marking-definition")?;
            objects.push(release_list(
                &id,
                identity,
                &identities,
                &recipients,
                d.orcon,
                &now,
            ));
            markings.push(json!(id));
        }
        let common = |mut v: Value| {
            if let Some(o) = v.as_object_mut() {
                o.insert("spec_version".into(), json!("2.1"));
                o.insert("created".into(), json!(now));
                o.insert("modified".into(), json!(now));
                o.insert("created_by_ref".into(), json!(identity));
                o.insert("object_marking_refs".into(), json!(markings));
            }
            v
        };
        let mut refs = Vec::new();
        let group = match (&known_group, d.actor.trim()) {
            (Some(g), _) => Some(g.stix_id.clone()),
            (None, "") => None,
            (None, name) => {
                let id = self.object_id("threat-actor")?;
                objects.push(common(
                    json!({"type": "threat-actor", "id": id, "name": name}),
                ));
                Some(id)
            }
        };
        refs.extend(group.clone());
        let relationship = |objects: &mut Vec<Value>,
                            kind: &str,
                            from: &str,
                            to: &str,
                            since: Option<&String>|
         -> Result<String> {
            let id = self.object_id("relationship")?;
            let mut r = json!({
                "type": "relationship", "id": id, "relationship_type": kind,
                "source_ref": from, "target_ref": to,
            });
            if let (Some(t), Some(o)) = (since, r.as_object_mut()) {
                o.insert("start_time".into(), json!(t));
            }
            objects.push(common(r));
            Ok(id)
        };
        for (value, pattern) in indicators {
            let Ok(pattern) = pattern else { continue };
            let id = self.object_id("indicator")?;
            objects.push(common(json!({
                "type": "indicator", "id": id, "name": value, "pattern": pattern,
                "pattern_type": "stix", "valid_from": now,
            })));
            refs.push(id.clone());
            // What the indicator points to: the group, from the day it was reported.
            if let Some(g) = &group {
                refs.push(relationship(&mut objects, "indicates", &id, g, None)?);
            }
        }
        let where_ = match (&known_place, place) {
            (Some(p), _) => Some(p.stix_id.clone()),
            (None, Some((la, lo))) => {
                let id = self.object_id("location")?;
                let mut loc =
                    json!({"type": "location", "id": id, "latitude": la, "longitude": lo});
                if !d.place.trim().is_empty()
                    && let Some(o) = loc.as_object_mut()
                {
                    o.insert("name".into(), json!(d.place.trim()));
                }
                objects.push(common(loc));
                Some(id)
            }
            (None, None) => None,
        };
        refs.extend(where_.clone());
        if let (Some(g), Some(p)) = (&group, &where_) {
            refs.push(relationship(&mut objects, relation, g, p, since.as_ref())?);
        }
        let report_id = self.object_id("report")?;
        let mut report = json!({
            "type": "report", "id": report_id, "name": d.name.trim(),
            "published": now, "object_refs": refs,
        });
        if !d.description.trim().is_empty()
            && let Some(o) = report.as_object_mut()
        {
            o.insert("description".into(), json!(d.description.trim()));
        }
        objects.push(common(report));
        let status = self.submit_composed(actor, &objects).await?;
        Ok(Submitted {
            status,
            id: report_id,
        })
    }

    /// Who a report of this marking reaches, as the visibility rule reads them: every active
    /// member for CLEAR and GREEN, the author's member and those released to for AMBER, the
    /// author and the people named for RED.
    async fn report_readers(
        &self,
        actor: &Actor,
        tlp: Tlp,
        release_members: &[crate::Member],
        recipients: &[String],
    ) -> Result<Vec<(crate::Member, crate::Reader)>> {
        let mut readers = vec![(actor.member.clone(), actor.reader())];
        let members: Vec<crate::Member> = match tlp {
            Tlp::Clear | Tlp::Green => self
                .store()
                .members()
                .await?
                .into_iter()
                .filter(|m| m.status.is_active() && m.id != actor.member.id)
                .collect(),
            Tlp::Amber | Tlp::AmberStrict => release_members.to_vec(),
            Tlp::Red => vec![],
        };
        for m in members {
            let r = self.member_reader(&m).await?;
            readers.push((m, r));
        }
        if tlp == Tlp::Red {
            for name in recipients {
                let Some(u) = self.store().user_by_name(name).await? else {
                    continue;
                };
                let Some(m) = self.store().member(u.member_id).await? else {
                    continue;
                };
                let r = crate::Reader {
                    user: Some(u.id),
                    ..self.member_reader(&m).await?
                };
                readers.push((m, r));
            }
        }
        Ok(readers)
    }

    /// Whether each of these readers may read the latest version of `o`, in a collection it
    /// reads.
    async fn readable_by_each(
        &self,
        o: &StoredObject,
        readers: &[(crate::Member, crate::Reader)],
    ) -> Result<bool> {
        for (member, reader) in readers {
            // A suspended member, or one that reads no collection, reads neither the report
            // nor the group: it is no reason to refuse.
            if !reader.active {
                continue;
            }
            let collections = self.readable_collections(member).await?;
            if collections.is_empty() {
                continue;
            }
            let found = self
                .store()
                .query_objects(
                    crate::store::ObjectQuery {
                        collections,
                        ids: vec![o.stix_id.clone()],
                        versions: crate::store::VersionFilter::last(),
                        limit: 1,
                        ..crate::store::ObjectQuery::default()
                    },
                    crate::release::visibility(reader),
                )
                .await?;
            if found.objects.is_empty() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Whether a report may name this object to anyone: it is the actor's member's own, or
    /// every member may read it (CLEAR or GREEN, not under originator control).
    async fn open_to_every_member(&self, actor: &Actor, o: &StoredObject) -> Result<bool> {
        if o.originator == actor.member.id {
            return Ok(true);
        }
        if o.tlp > Tlp::Green {
            return Ok(false);
        }
        let releases = self
            .store()
            .releasabilities(
                vec![o.stix_id.clone()],
                crate::release::visibility(&actor.reader()),
            )
            .await?;
        Ok(!releases.last().is_some_and(|r| r.releasability.orcon))
    }

    /// Records that the actor's member saw an object it may see: a sighting marked like the
    /// object, reaching no further than the object does (an AMBER one reaches its originator
    /// too, through a release list), so that it never reveals the object's id to a member the
    /// object was not released to. Returns the sighting's id.
    pub async fn record_sighting(&self, actor: &Actor, stix_id: &str) -> Result<String> {
        actor.ensure_analyst()?;
        let (versions, _) = self.object_versions(actor, stix_id).await?;
        let latest = versions.last().ok_or(Error::NotFound("object"))?;
        let now = taxii_timestamp(self.now());
        let (mut objects, markings) = self.no_further_than(actor, latest, &now).await?;
        let id = self.object_id("sighting")?;
        objects.push(json!({
            "type": "sighting", "spec_version": "2.1", "id": id,
            "created": now, "modified": now, "sighting_of_ref": stix_id,
            "created_by_ref": actor.member.identity_id,
            "object_marking_refs": markings,
        }));
        self.submit_composed(actor, &objects).await?;
        Ok(id)
    }

    /// The markings of an object that names `latest` to its readers, reaching no further than
    /// `latest` does: marked like it, and when it is another member's TLP:AMBER, released to
    /// its originator alone (the release-list marking comes first in the objects returned).
    async fn no_further_than(
        &self,
        actor: &Actor,
        latest: &StoredObject,
        now: &str,
    ) -> Result<(Vec<Value>, Vec<Value>)> {
        let mut objects = Vec::new();
        let mut markings = vec![json!(latest.tlp.marking_id())];
        if matches!(latest.tlp, Tlp::Amber | Tlp::AmberStrict)
            && latest.originator != actor.member.id
        {
            let originator = self
                .store()
                .member(latest.originator)
                .await?
                .ok_or(Error::NotFound("object"))?;
            let id = self.object_id("marking-definition")?;
            objects.push(release_list(
                &id,
                &actor.member.identity_id,
                &[originator.identity_id],
                &[],
                false,
                now,
            ));
            markings.push(json!(id));
        }
        Ok((objects, markings))
    }

    /// Adds the member's translation of an object it may read: a `language-content` of its
    /// own, of the newest version it reads, reaching no further than the object does (so that
    /// it names the object to nobody the object was not released to). Returns its id.
    pub async fn translate(
        &self,
        actor: &Actor,
        stix_id: &str,
        d: &TranslationDraft,
    ) -> Result<String> {
        actor.ensure_analyst()?;
        let (versions, _) = self.object_versions(actor, stix_id).await?;
        let latest = versions.last().ok_or(Error::NotFound("object"))?;
        // A translation tells what the object says. TLP:RED names its readers one by one, which
        // a member's own object cannot follow; and an object kept in a collection of its own
        // would be told to every reader of the default one.
        if latest.tlp == Tlp::Red {
            return Err(Error::Conflict(
                "TLP:RED intelligence is read by named people only, whom a translation cannot follow: ask its originator to translate it".into(),
            ));
        }
        if !self.in_default_collection(actor, &latest.stix_id).await? {
            return Err(Error::Conflict(
                "this intelligence is kept in a collection of its own, whose readers a translation in the center's collection would not keep to: ask its originator to translate it".into(),
            ));
        }
        let mut refused = Refusals::new();
        let language = d.language.trim();
        refused.check(
            stix::language_tag(language),
            "language",
            "not-a-language",
            "choose the language of the translation, as a tag such as ar, fa, ru, fr or en",
        );
        let (name, description) = (d.name.trim(), d.description.trim());
        refused.check(
            !name.is_empty() || !description.is_empty(),
            "name",
            "required",
            "translate the name, the description or both",
        );
        refused.done()?;
        let mut contents = serde_json::Map::new();
        if !name.is_empty() {
            contents.insert("name".into(), json!(name));
        }
        if !description.is_empty() {
            contents.insert("description".into(), json!(description));
        }
        let now = taxii_timestamp(self.now());
        let (mut objects, markings) = self.no_further_than(actor, latest, &now).await?;
        // The version translated, so that a reader of a later one is told.
        let modified = latest
            .json()
            .get("modified")
            .and_then(Value::as_str)
            .map(str::to_string);
        let id = self.object_id("language-content")?;
        let mut translation = json!({
            "type": "language-content", "spec_version": "2.1", "id": id,
            "created": now, "modified": now, "object_ref": latest.stix_id,
            "contents": {language: contents},
            "created_by_ref": actor.member.identity_id,
            "object_marking_refs": markings,
        });
        if let (Some(m), Some(o)) = (modified, translation.as_object_mut()) {
            o.insert("object_modified".into(), json!(m));
        }
        objects.push(translation);
        self.submit_composed(actor, &objects).await?;
        Ok(id)
    }

    /// Whether the object is in the center's default collection, where composed objects go.
    async fn in_default_collection(&self, actor: &Actor, stix_id: &str) -> Result<bool> {
        let page = self
            .store()
            .query_objects(
                crate::store::ObjectQuery {
                    collection: Some(self.info().default_collection),
                    ids: vec![stix_id.to_string()],
                    versions: crate::store::VersionFilter::all(),
                    limit: 1,
                    ..crate::store::ObjectQuery::default()
                },
                crate::release::visibility(&actor.reader()),
            )
            .await?;
        Ok(!page.objects.is_empty())
    }

    /// Submits objects the center composed to its default collection; a refusal of any of them
    /// is said as one refusal naming each (the others are stored, as a TAXII client's would be).
    async fn submit_composed(&self, actor: &Actor, objects: &[Value]) -> Result<Status> {
        let texts: Vec<String> = objects.iter().map(Value::to_string).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let status = self
            .submit(actor, &self.info().default_collection.0.to_string(), &refs)
            .await?;
        if status.failure_count > 0 {
            let why: Vec<String> = status
                .failures
                .iter()
                .map(|f| format!("{}: {}", f.id, f.message.clone().unwrap_or_default()))
                .collect();
            return Err(Error::invalid(format!(
                "the center refused what the form made of it: {}",
                why.join("; ")
            )));
        }
        Ok(status)
    }
}
