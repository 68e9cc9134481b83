//! Parsing and validating one STIX object.
//!
//! The object's original text is kept exactly as submitted; only what validation and the store's
//! index columns need is read out of it. Custom properties and extensions are never touched.

use serde_json::{Map, Value};

use crate::id::{is_valid_type_name, parse_id};
use crate::{Timestamp, pattern};

/// The STIX version an object is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SpecVersion {
    V20,
    V21,
}

impl SpecVersion {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::V20 => "2.0",
            Self::V21 => "2.1",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "2.0" => Some(Self::V20),
            "2.1" => Some(Self::V21),
            _ => None,
        }
    }
}

/// What kind of STIX object this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// STIX domain object.
    Domain,
    /// Relationship or sighting.
    Relationship,
    /// Cyber-observable object: unversioned.
    Observable,
    /// Marking definition: versioned by `created` only.
    Marking,
    /// Language content and extension definitions.
    Meta,
}

/// The kinds of the types STIX 2.1 defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sdo,
    Sro,
    Sco,
    Meta,
}

/// One compiled match instead of list searches: this runs several times per object.
fn kind(t: &str) -> Option<Kind> {
    match t {
        "attack-pattern" | "campaign" | "course-of-action" | "grouping" | "identity"
        | "incident" | "indicator" | "infrastructure" | "intrusion-set" | "location"
        | "malware" | "malware-analysis" | "note" | "observed-data" | "opinion" | "report"
        | "threat-actor" | "tool" | "vulnerability" => Some(Kind::Sdo),
        "relationship" | "sighting" => Some(Kind::Sro),
        "artifact"
        | "autonomous-system"
        | "directory"
        | "domain-name"
        | "email-addr"
        | "email-message"
        | "file"
        | "ipv4-addr"
        | "ipv6-addr"
        | "mac-addr"
        | "mutex"
        | "network-traffic"
        | "process"
        | "software"
        | "url"
        | "user-account"
        | "windows-registry-key"
        | "x509-certificate" => Some(Kind::Sco),
        "marking-definition" | "language-content" | "extension-definition" => Some(Kind::Meta),
        _ => None,
    }
}

/// Why an object was refused: which object, which property, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{}{message}", subject(.id), .property.as_ref().map(|p| format!("property '{p}' ")).unwrap_or_default())]
pub struct ValidationError {
    /// The object's id when it had a readable one.
    pub id: Option<String>,
    /// The object's version (`modified`, else `created`) when readable.
    pub version: Option<String>,
    pub property: Option<String>,
    pub message: String,
}

fn subject(id: &Option<String>) -> String {
    id.as_ref().map(|i| format!("{i}: ")).unwrap_or_default()
}

/// A validated STIX object, with its exact text and the properties the store indexes.
#[derive(Debug, Clone)]
pub struct StixObject {
    /// The object exactly as submitted.
    pub raw: String,
    pub id: String,
    pub object_type: String,
    pub spec_version: SpecVersion,
    pub category: Category,
    pub created: Option<Timestamp>,
    pub modified: Option<Timestamp>,
    pub created_by_ref: Option<String>,
    pub object_marking_refs: Vec<String>,
    pub revoked: bool,
    /// The parsed properties, for rules that look deeper (markings, correlation keys).
    pub properties: Map<String, Value>,
}

impl StixObject {
    /// The STIX version of this object: `modified`, else `created`; `None` for observables,
    /// which STIX does not version (the store assigns them one, see `store`).
    pub fn version(&self) -> Option<&Timestamp> {
        self.modified.as_ref().or(self.created.as_ref())
    }

    /// The ids of the objects this one points at (`*_ref` and `*_refs`, at any depth), leaving
    /// out its author and markings. The third-party rule reads these.
    pub fn references(&self) -> Vec<&str> {
        fn walk<'a>(props: &'a Map<String, Value>, top: bool, out: &mut Vec<&'a str>) {
            for (k, v) in props {
                if top && (k == "created_by_ref" || k == "object_marking_refs") {
                    continue;
                }
                match v {
                    Value::String(s) if k.ends_with("_ref") && k != "marking_ref" => out.push(s),
                    Value::Array(items) if k.ends_with("_refs") => {
                        out.extend(items.iter().filter_map(Value::as_str));
                    }
                    Value::Object(m) => walk(m, false, out),
                    Value::Array(items) => {
                        for m in items.iter().filter_map(Value::as_object) {
                            walk(m, false, out);
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.properties, true, &mut out);
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Parses and validates one object from its JSON text.
    pub fn parse(raw: &str) -> Result<Self, ValidationError> {
        let value: Value = serde_json::from_str(raw).map_err(|e| ValidationError {
            id: None,
            version: None,
            property: None,
            message: format!("is not valid JSON: {e}"),
        })?;
        Self::from_value(raw.to_string(), value)
    }

    fn from_value(raw: String, value: Value) -> Result<Self, ValidationError> {
        let Value::Object(props) = value else {
            return Err(ValidationError {
                id: None,
                version: None,
                property: None,
                message:
                    "is not a JSON object; every STIX object is a JSON object with 'type' and 'id'"
                        .into(),
            });
        };
        let id_text = props.get("id").and_then(Value::as_str).map(str::to_string);
        let mut v = Validator {
            props: &props,
            id: id_text.clone(),
        };
        let parts = v.validate()?;
        Ok(Self {
            raw,
            id: id_text.unwrap_or_default(),
            object_type: parts.object_type,
            spec_version: parts.spec_version,
            category: parts.category,
            created: parts.created,
            modified: parts.modified,
            created_by_ref: parts.created_by_ref,
            object_marking_refs: parts.object_marking_refs,
            revoked: parts.revoked,
            properties: props,
        })
    }
}

struct Parts {
    created_by_ref: Option<String>,
    object_marking_refs: Vec<String>,
    revoked: bool,
    object_type: String,
    spec_version: SpecVersion,
    category: Category,
    created: Option<Timestamp>,
    modified: Option<Timestamp>,
}

struct Validator<'a> {
    props: &'a Map<String, Value>,
    id: Option<String>,
}

/// Target of a reference property.
#[derive(Clone, Copy)]
enum Target {
    Any,
    Types(&'static [&'static str]),
    DomainObject,
    DomainOrObservable,
    Observable,
    ObservableOrRelationship,
}

/// Properties of the STIX 2.1 types that hold timestamps (other than created/modified).
fn is_timestamp_property(name: &str) -> bool {
    matches!(
        name,
        "valid_from"
            | "valid_until"
            | "published"
            | "first_seen"
            | "last_seen"
            | "first_observed"
            | "last_observed"
            | "start_time"
            | "stop_time"
            | "analysis_started"
            | "analysis_ended"
            | "submitted"
            | "ctime"
            | "mtime"
            | "atime"
            | "date"
            | "start"
            | "end"
            | "created_time"
            | "account_created"
            | "account_expires"
            | "credential_last_changed"
            | "account_first_login"
            | "account_last_login"
            | "modified_time"
            | "validity_not_before"
            | "validity_not_after"
    )
}

impl Validator<'_> {
    fn err(&self, property: Option<&str>, message: impl Into<String>) -> ValidationError {
        ValidationError {
            id: self.id.clone(),
            version: self
                .props
                .get("modified")
                .or_else(|| self.props.get("created"))
                .and_then(Value::as_str)
                .map(str::to_string),
            property: property.map(str::to_string),
            message: message.into(),
        }
    }

    fn required(&self, p: &str) -> Result<&Value, ValidationError> {
        self.props
            .get(p)
            .ok_or_else(|| self.err(Some(p), "is required"))
    }

    fn string(&self, p: &str) -> Result<Option<&str>, ValidationError> {
        match self.props.get(p) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(self.err(Some(p), "must be a string")),
        }
    }

    fn req_string(&self, p: &str) -> Result<&str, ValidationError> {
        self.required(p)?;
        self.string(p)?
            .ok_or_else(|| self.err(Some(p), "must be a string"))
    }

    fn timestamp(&self, p: &str) -> Result<Option<Timestamp>, ValidationError> {
        match self.string(p)? {
            None => Ok(None),
            Some(s) => Timestamp::parse(s)
                .map(Some)
                .map_err(|e| self.err(Some(p), format!("must be a timestamp: {e}"))),
        }
    }

    fn integer_in(&self, p: &str, lo: i64, hi: i64) -> Result<Option<i64>, ValidationError> {
        match self.props.get(p) {
            None => Ok(None),
            Some(v) => match v.as_i64() {
                Some(i) if (lo..=hi).contains(&i) => Ok(Some(i)),
                _ => Err(self.err(Some(p), format!("must be an integer from {lo} to {hi}"))),
            },
        }
    }

    fn number_in(&self, p: &str, lo: f64, hi: f64) -> Result<Option<f64>, ValidationError> {
        match self.props.get(p) {
            None => Ok(None),
            Some(v) => match v.as_f64() {
                Some(f) if (lo..=hi).contains(&f) => Ok(Some(f)),
                _ => Err(self.err(Some(p), format!("must be a number from {lo} to {hi}"))),
            },
        }
    }

    fn boolean(&self, p: &str) -> Result<Option<bool>, ValidationError> {
        match self.props.get(p) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(self.err(Some(p), "must be true or false")),
        }
    }

    fn one_of(&self, p: &str, allowed: &[&str]) -> Result<(), ValidationError> {
        if let Some(s) = self.string(p)?
            && !allowed.contains(&s)
        {
            return Err(self.err(
                Some(p),
                format!("must be one of {}; got '{s}'", allowed.join(", ")),
            ));
        }
        Ok(())
    }

    fn not_before(&self, early: &str, late: &str, strict: bool) -> Result<(), ValidationError> {
        // Most objects have no later bound: look for it first.
        if !self.props.contains_key(late) {
            return Ok(());
        }
        if let (Some(a), Some(b)) = (self.timestamp(early)?, self.timestamp(late)?) {
            let bad = if strict { b <= a } else { b < a };
            if bad {
                let rel = if strict {
                    "later than"
                } else {
                    "the same as or later than"
                };
                return Err(self.err(Some(late), format!("must be {rel} '{early}'")));
            }
        }
        Ok(())
    }

    fn check_ref(&self, p: &str, value: &Value, target: Target) -> Result<(), ValidationError> {
        let Some(s) = value.as_str() else {
            return Err(self.err(Some(p), "must hold STIX identifiers (type--UUID)"));
        };
        let (ty, _) = parse_id(s).map_err(|m| self.err(Some(p), m))?;
        let ok = match target {
            Target::Any => true,
            Target::Types(ts) => ts.contains(&ty),
            Target::DomainObject => matches!(kind(ty), None | Some(Kind::Sdo)),
            Target::DomainOrObservable => matches!(kind(ty), None | Some(Kind::Sdo | Kind::Sco)),
            Target::Observable => matches!(kind(ty), None | Some(Kind::Sco)),
            Target::ObservableOrRelationship => {
                matches!(kind(ty), None | Some(Kind::Sco | Kind::Sro))
            }
        };
        if !ok {
            let expected = match target {
                Target::Any => String::new(),
                Target::Types(ts) => ts.join(" or "),
                Target::DomainObject => "a STIX domain object".into(),
                Target::DomainOrObservable => "a domain object or cyber observable".into(),
                Target::Observable => "a cyber observable".into(),
                Target::ObservableOrRelationship => "a cyber observable or a relationship".into(),
            };
            return Err(self.err(
                Some(p),
                format!("must refer to {expected}, but '{s}' is a {ty}"),
            ));
        }
        Ok(())
    }

    fn target_of(ty: &str, p: &str) -> Target {
        const IP: &[&str] = &["ipv4-addr", "ipv6-addr", "mac-addr", "domain-name"];
        match (ty, p) {
            (_, "created_by_ref") => Target::Types(&["identity"]),
            (_, "object_marking_refs") => Target::Types(&["marking-definition"]),
            ("sighting", "sighting_of_ref") => Target::DomainObject,
            ("sighting", "observed_data_refs") => Target::Types(&["observed-data"]),
            ("sighting", "where_sighted_refs") => Target::Types(&["identity", "location"]),
            ("relationship", "source_ref" | "target_ref") => Target::DomainOrObservable,
            ("observed-data", "object_refs") => Target::ObservableOrRelationship,
            ("malware", "sample_refs") => Target::Types(&["file", "artifact"]),
            ("malware", "operating_system_refs") => Target::Types(&["software"]),
            ("malware-analysis", "host_vm_ref" | "operating_system_ref") => {
                Target::Types(&["software"])
            }
            ("malware-analysis", "installed_software_refs") => Target::Types(&["software"]),
            ("malware-analysis", "analysis_sco_refs") => Target::Observable,
            ("malware-analysis", "sample_ref") => {
                Target::Types(&["file", "artifact", "network-traffic"])
            }
            ("email-addr", "belongs_to_ref") => Target::Types(&["user-account"]),
            ("email-message", "from_ref" | "sender_ref" | "to_refs" | "cc_refs" | "bcc_refs") => {
                Target::Types(&["email-addr"])
            }
            ("email-message", "raw_email_ref") => Target::Types(&["artifact"]),
            ("domain-name", "resolves_to_refs") => {
                Target::Types(&["ipv4-addr", "ipv6-addr", "domain-name"])
            }
            ("ipv4-addr" | "ipv6-addr", "resolves_to_refs") => Target::Types(&["mac-addr"]),
            ("ipv4-addr" | "ipv6-addr", "belongs_to_refs") => Target::Types(&["autonomous-system"]),
            ("file", "parent_directory_ref") => Target::Types(&["directory"]),
            ("file", "content_ref") => Target::Types(&["artifact"]),
            ("file", "contains_refs") => Target::Observable,
            ("directory", "contains_refs") => Target::Types(&["file", "directory"]),
            ("network-traffic", "src_ref" | "dst_ref") => Target::Types(IP),
            ("network-traffic", "src_payload_ref" | "dst_payload_ref") => {
                Target::Types(&["artifact"])
            }
            ("network-traffic", "encapsulates_refs" | "encapsulated_by_ref") => {
                Target::Types(&["network-traffic"])
            }
            ("process", "opened_connection_refs") => Target::Types(&["network-traffic"]),
            ("process" | "windows-registry-key", "creator_user_ref") => {
                Target::Types(&["user-account"])
            }
            ("process", "image_ref") => Target::Types(&["file"]),
            ("process", "parent_ref" | "child_refs") => Target::Types(&["process"]),
            _ => Target::Any,
        }
    }

    /// Checks one of the optional common properties, met while iterating the object.
    fn common_optional(&self, name: &str, v: &Value) -> Result<(), ValidationError> {
        match name {
            "confidence" => {
                self.integer_in("confidence", 0, 100)?;
            }
            "revoked" => {
                self.boolean("revoked")?;
            }
            "lang" => {
                self.string("lang")?;
            }
            _ => {}
        }
        if name == "labels" && !v.as_array().is_some_and(|a| a.iter().all(Value::is_string)) {
            return Err(self.err(Some("labels"), "must be a list of strings"));
        }
        if name == "external_references" {
            let ok = v.as_array().is_some_and(|a| {
                a.iter()
                    .all(|r| r.get("source_name").is_some_and(Value::is_string))
            });
            if !ok {
                return Err(self.err(
                    Some("external_references"),
                    "must be a list of objects, each with a 'source_name' string",
                ));
            }
        }
        if name == "granular_markings" {
            let Some(list) = v.as_array() else {
                return Err(self.err(Some("granular_markings"), "must be a list"));
            };
            for g in list {
                let selectors_ok = g
                    .get("selectors")
                    .and_then(Value::as_array)
                    .is_some_and(|s| !s.is_empty() && s.iter().all(Value::is_string));
                if !selectors_ok {
                    return Err(self.err(
                        Some("granular_markings"),
                        "each entry needs a non-empty 'selectors' list of strings",
                    ));
                }
                match (g.get("marking_ref"), g.get("lang")) {
                    (Some(r), None) => self.check_ref(
                        "granular_markings",
                        r,
                        Target::Types(&["marking-definition"]),
                    )?,
                    (None, Some(Value::String(_))) => {}
                    _ => {
                        return Err(self.err(
                            Some("granular_markings"),
                            "each entry needs exactly one of 'marking_ref' or 'lang'",
                        ));
                    }
                }
            }
        }
        if name == "extensions" {
            let Some(map) = v.as_object() else {
                return Err(self.err(
                    Some("extensions"),
                    "must be an object keyed by extension name",
                ));
            };
            for (k, e) in map {
                if !e.is_object() {
                    return Err(self.err(
                        Some("extensions"),
                        format!("the value of '{k}' must be an object"),
                    ));
                }
                if k.starts_with("extension-definition--") {
                    parse_id(k).map_err(|m| self.err(Some("extensions"), m))?;
                }
            }
        }

        Ok(())
    }

    fn validate(&mut self) -> Result<Parts, ValidationError> {
        let object_type = self.req_string("type")?.to_string();
        if object_type == "bundle" {
            return Err(self.err(
                None,
                "a bundle cannot be stored as an object; send the objects it contains",
            ));
        }
        if !is_valid_type_name(&object_type) {
            return Err(self.err(
                Some("type"),
                format!("'{object_type}' is not a valid STIX type (3-250 characters of a-z, 0-9 and '-')"),
            ));
        }
        let id = self.req_string("id")?;
        let (id_type, _) = parse_id(id).map_err(|m| self.err(Some("id"), m))?;
        if id_type != object_type {
            return Err(self.err(
                Some("id"),
                format!("starts with '{id_type}' but the object's type is '{object_type}'"),
            ));
        }
        let type_kind = kind(&object_type);
        let known = type_kind.is_some();
        let is_sco = type_kind == Some(Kind::Sco);
        let spec_version = match self.string("spec_version")? {
            Some(s) => SpecVersion::parse(s).ok_or_else(|| {
                self.err(
                    Some("spec_version"),
                    format!("must be \"2.1\" (or absent for a STIX 2.0 object); got '{s}'"),
                )
            })?,
            // Observables became top-level objects in 2.1, where their spec_version is optional.
            None if is_sco => SpecVersion::V21,
            None if !known && !self.props.contains_key("created") => SpecVersion::V21,
            None => SpecVersion::V20,
        };
        let category = match (type_kind, object_type.as_str()) {
            (Some(Kind::Sdo), _) => Category::Domain,
            (Some(Kind::Sro), _) => Category::Relationship,
            (Some(Kind::Sco), _) => Category::Observable,
            (_, "marking-definition") => Category::Marking,
            (Some(Kind::Meta), _) => Category::Meta,
            // Custom objects: versioned like domain objects when they carry `created`.
            _ if self.props.contains_key("created") => Category::Domain,
            _ => Category::Observable,
        };

        let mut created_by_ref = None;
        let mut object_marking_refs = Vec::new();
        let mut revoked = false;
        for (name, value) in self.props {
            match name.as_str() {
                "created_by_ref" => created_by_ref = value.as_str().map(str::to_string),
                "object_marking_refs" => {
                    object_marking_refs = value
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(Value::as_str)
                                .map(str::to_string)
                                .collect()
                        })
                        .unwrap_or_default();
                }
                "revoked" => revoked = value.as_bool().unwrap_or(false),
                _ => {}
            }
            let name_ok = name.len() <= 250
                && (name.len() >= 3 || name == "id")
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
            if !name_ok {
                return Err(self.err(
                    Some(name),
                    "is not a valid property name (3-250 characters of letters, digits and '_')",
                ));
            }
            if spec_version == SpecVersion::V21
                && let Value::Array(a) = value
                && a.is_empty()
            {
                return Err(self.err(
                    Some(name),
                    "must not be an empty list; leave the property out instead",
                ));
            }
            // Reference properties hold identifiers of the right types.
            if name.ends_with("_ref") {
                self.check_ref(name, value, Self::target_of(&object_type, name))?;
            } else if name.ends_with("_refs") {
                let Some(list) = value.as_array() else {
                    return Err(self.err(Some(name), "must be a list of STIX identifiers"));
                };
                let target = Self::target_of(&object_type, name);
                for r in list {
                    self.check_ref(name, r, target)?;
                }
            } else if known && is_timestamp_property(name) {
                self.timestamp(name)?;
            } else {
                self.common_optional(name, value)?;
            }
        }

        let (created, modified) = match category {
            Category::Observable => (None, None),
            Category::Marking => {
                let c = self.timestamp("created")?;
                if c.is_none() {
                    return Err(self.err(Some("created"), "is required"));
                }
                (c, None)
            }
            _ => {
                let c = self.timestamp("created")?;
                let m = self.timestamp("modified")?;
                if c.is_none() {
                    return Err(self.err(Some("created"), "is required"));
                }
                if m.is_none() {
                    return Err(self.err(Some("modified"), "is required"));
                }
                (c, m)
            }
        };
        if spec_version == SpecVersion::V21 {
            for (p, t) in [("created", &created), ("modified", &modified)] {
                if let Some(t) = t
                    && t.precision() < 3
                {
                    return Err(self.err(
                        Some(p),
                        format!(
                            "must be precise to at least the millisecond (e.g. {}.000Z); got '{t}'",
                            t.as_str().get(..19).unwrap_or_default()
                        ),
                    ));
                }
            }
        }
        if let (Some(c), Some(m)) = (&created, &modified)
            && m < c
        {
            return Err(self.err(
                Some("modified"),
                format!("must not be earlier than 'created' ({c})"),
            ));
        }

        if spec_version == SpecVersion::V21 {
            self.type_rules(&object_type)?;
        } else if let Some(p) = self.string("pattern")? {
            pattern::parse(p).map_err(|e| {
                self.err(Some("pattern"), format!("is not a valid STIX pattern: {e}"))
            })?;
        }
        Ok(Parts {
            created_by_ref,
            object_marking_refs,
            revoked,
            object_type,
            spec_version,
            category,
            created,
            modified,
        })
    }

    /// Required properties and mandatory vocabularies of each STIX 2.1 type.
    fn type_rules(&self, ty: &str) -> Result<(), ValidationError> {
        let named = [
            "attack-pattern",
            "campaign",
            "course-of-action",
            "identity",
            "incident",
            "infrastructure",
            "intrusion-set",
            "threat-actor",
            "tool",
            "vulnerability",
        ];
        if named.contains(&ty) {
            self.req_string("name")?;
        }
        match ty {
            "campaign" | "intrusion-set" | "threat-actor" | "infrastructure" => {
                self.not_before("first_seen", "last_seen", false)?;
            }
            "grouping" => {
                self.req_string("context")?;
                self.required("object_refs")?;
            }
            "indicator" => {
                let p = self.req_string("pattern")?;
                let pt = self.req_string("pattern_type")?;
                self.required("valid_from")?;
                if pt == "stix" {
                    let parsed = pattern::parse(p).map_err(|e| {
                        self.err(Some("pattern"), format!("is not a valid STIX pattern: {e}"))
                    })?;
                    pattern::check_hashes(&parsed)
                        .map_err(|m| self.err(Some("pattern"), format!("is not valid: {m}")))?;
                }
                self.not_before("valid_from", "valid_until", true)?;
            }
            "location" => {
                let lat = self.number_in("latitude", -90.0, 90.0)?;
                let lon = self.number_in("longitude", -180.0, 180.0)?;
                if lat.is_some() != lon.is_some() {
                    return Err(self.err(
                        Some(if lat.is_some() {
                            "longitude"
                        } else {
                            "latitude"
                        }),
                        "is required when the other coordinate is given",
                    ));
                }
                if self.props.contains_key("precision") && lat.is_none() {
                    return Err(self.err(Some("precision"), "requires 'latitude' and 'longitude'"));
                }
                if lat.is_none()
                    && self.string("region")?.is_none()
                    && self.string("country")?.is_none()
                {
                    return Err(self.err(
                        None,
                        "a location needs 'region', 'country', or 'latitude' and 'longitude'",
                    ));
                }
            }
            "malware" => {
                self.required("is_family")?;
                if self.boolean("is_family")? == Some(true) {
                    self.req_string("name")?;
                }
            }
            "malware-analysis" => {
                self.req_string("product")?;
                if !self.props.contains_key("result")
                    && !self.props.contains_key("analysis_sco_refs")
                {
                    return Err(self.err(
                        None,
                        "a malware-analysis needs 'result' or 'analysis_sco_refs'",
                    ));
                }
            }
            "note" => {
                self.req_string("content")?;
                self.required("object_refs")?;
            }
            "observed-data" => {
                self.required("first_observed")?;
                self.required("last_observed")?;
                self.required("number_observed")?;
                self.integer_in("number_observed", 1, 999_999_999)?;
                self.not_before("first_observed", "last_observed", false)?;
                match (
                    self.props.contains_key("object_refs"),
                    self.props.contains_key("objects"),
                ) {
                    (true, true) => {
                        return Err(self.err(
                            Some("objects"),
                            "must not be used together with 'object_refs'",
                        ));
                    }
                    (false, false) => {
                        return Err(self.err(Some("object_refs"), "is required"));
                    }
                    _ => {}
                }
            }
            "opinion" => {
                self.required("opinion")?;
                self.one_of(
                    "opinion",
                    &[
                        "strongly-disagree",
                        "disagree",
                        "neutral",
                        "agree",
                        "strongly-agree",
                    ],
                )?;
                self.required("object_refs")?;
            }
            "report" => {
                self.req_string("name")?;
                self.required("published")?;
                self.required("object_refs")?;
            }
            "relationship" => {
                self.req_string("relationship_type")?;
                self.required("source_ref")?;
                self.required("target_ref")?;
                self.not_before("start_time", "stop_time", true)?;
            }
            "sighting" => {
                self.required("sighting_of_ref")?;
                self.integer_in("count", 0, 999_999_999)?;
                self.not_before("first_seen", "last_seen", false)?;
            }
            "language-content" => {
                self.required("object_ref")?;
                if !self.required("contents")?.is_object() {
                    return Err(self.err(Some("contents"), "must be an object keyed by language"));
                }
            }
            "marking-definition" => {
                if self.props.contains_key("modified") {
                    return Err(self.err(
                        Some("modified"),
                        "is not allowed: marking definitions are never versioned",
                    ));
                }
                if !self.props.contains_key("extensions") {
                    let dt = self.req_string("definition_type")?;
                    let def = self.required("definition")?;
                    match dt {
                        "tlp" => {
                            let ok = def
                                .get("tlp")
                                .and_then(Value::as_str)
                                .is_some_and(|t| matches!(t, "white" | "green" | "amber" | "red"));
                            if !ok {
                                return Err(self.err(
                                    Some("definition"),
                                    "a TLP definition needs 'tlp' of white, green, amber or red",
                                ));
                            }
                        }
                        "statement" if !def.get("statement").is_some_and(Value::is_string) => {
                            return Err(self.err(
                                Some("definition"),
                                "a statement definition needs a 'statement' string",
                            ));
                        }
                        _ => {}
                    }
                }
            }
            "extension-definition" => {
                self.req_string("name")?;
                self.req_string("schema")?;
                self.req_string("version")?;
                self.required("created_by_ref")?;
                let types = self.required("extension_types")?;
                let allowed = [
                    "new-sdo",
                    "new-sco",
                    "new-sro",
                    "property-extension",
                    "toplevel-property-extension",
                ];
                let ok = types.as_array().is_some_and(|a| {
                    a.iter()
                        .all(|t| t.as_str().is_some_and(|t| allowed.contains(&t)))
                });
                if !ok {
                    return Err(self.err(
                        Some("extension_types"),
                        format!("must be a list of {}", allowed.join(", ")),
                    ));
                }
            }
            "artifact" => {
                match (
                    self.props.contains_key("payload_bin"),
                    self.props.contains_key("url"),
                ) {
                    (true, true) => {
                        return Err(self.err(Some("url"), "must not be used with 'payload_bin'"));
                    }
                    (false, true) if !self.props.contains_key("hashes") => {
                        return Err(self.err(Some("hashes"), "is required when 'url' is given"));
                    }
                    _ => {}
                }
                self.one_of(
                    "encryption_algorithm",
                    &["mime-type-indicated", "AES-256-GCM", "ChaCha20-Poly1305"],
                )?;
            }
            "autonomous-system" => {
                self.required("number")?;
                self.integer_in("number", 0, i64::from(u32::MAX))?;
            }
            "directory" => {
                self.req_string("path")?;
            }
            "domain-name" | "email-addr" | "ipv4-addr" | "ipv6-addr" | "mac-addr" | "url" => {
                self.req_string("value")?;
            }
            "email-message" => {
                self.required("is_multipart")?;
                self.boolean("is_multipart")?;
            }
            "file" if !self.props.contains_key("hashes") && !self.props.contains_key("name") => {
                return Err(self.err(None, "a file needs 'hashes' or 'name'"));
            }
            "mutex" | "software" => {
                self.req_string("name")?;
            }
            "process" | "user-account" | "windows-registry-key" | "x509-certificate" => {
                // STIX 2.1: at least one property of the object itself (or an extension).
                let own = self.props.keys().any(|k| {
                    !matches!(
                        k.as_str(),
                        "type"
                            | "id"
                            | "spec_version"
                            | "object_marking_refs"
                            | "granular_markings"
                            | "defanged"
                    )
                });
                if !own {
                    return Err(self.err(
                        None,
                        format!("a {ty} needs at least one of its own properties besides 'type' and 'id'"),
                    ));
                }
            }
            "network-traffic" => {
                self.required("protocols")?;
                if !self.props.contains_key("src_ref") && !self.props.contains_key("dst_ref") {
                    return Err(self.err(None, "a network-traffic needs 'src_ref' or 'dst_ref'"));
                }
            }
            _ => {}
        }
        if let Some(h) = self.props.get("hashes")
            && !h
                .as_object()
                .is_some_and(|m| !m.is_empty() && m.values().all(Value::is_string))
        {
            return Err(self.err(
                Some("hashes"),
                "must be a non-empty object of hash name to hash value",
            ));
        }
        Ok(())
    }
}

/// Error for a whole document that is not a bundle or envelope.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    #[error("the document is not valid JSON: {0}")]
    Json(String),
    #[error(
        "the document has no 'objects' list; send a STIX bundle or a TAXII envelope {{\"objects\": [...]}}"
    )]
    NoObjects,
}

/// Splits a STIX bundle, a TAXII envelope, a JSON list of objects, or one bare object into the
/// exact text of each object, without re-serialising any of them.
pub fn split_document(text: &str) -> Result<Vec<&str>, BundleError> {
    #[derive(serde::Deserialize)]
    struct Doc<'a> {
        #[serde(borrow, default)]
        objects: Option<Vec<&'a serde_json::value::RawValue>>,
        #[serde(default, rename = "type")]
        ty: Option<String>,
    }
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        let list: Vec<&serde_json::value::RawValue> =
            serde_json::from_str(text).map_err(|e| BundleError::Json(e.to_string()))?;
        return Ok(list.into_iter().map(|r| r.get()).collect());
    }
    let doc: Doc = serde_json::from_str(text).map_err(|e| BundleError::Json(e.to_string()))?;
    match (doc.objects, doc.ty) {
        (Some(objects), _) => Ok(objects.into_iter().map(|r| r.get()).collect()),
        (None, Some(t)) if t != "bundle" => Ok(vec![text.trim()]),
        _ => Err(BundleError::NoObjects),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IND: &str = r#"{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","pattern":"[ipv4-addr:value = '198.51.100.1']","pattern_type":"stix","valid_from":"2016-01-01T00:00:00Z","x_custom":{"a":[1,2.50,"é"]}}"#;

    fn with(patch: &str, remove: &[&str]) -> String {
        let mut v: Map<String, Value> = serde_json::from_str(IND).unwrap();
        for r in remove {
            v.remove(*r);
        }
        let p: Map<String, Value> = serde_json::from_str(patch).unwrap();
        v.extend(p);
        serde_json::to_string(&v).unwrap()
    }

    #[test]
    fn lists_references_but_not_author_or_markings() {
        let r = r#"{"type":"report","spec_version":"2.1","id":"report--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","name":"r","published":"2016-04-06T20:03:48.000Z","created_by_ref":"identity--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","object_marking_refs":["marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"],"object_refs":["indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"],"granular_markings":[{"marking_ref":"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da","selectors":["name"]}],"x_note":{"sample_ref":"file--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}}"#;
        let o = StixObject::parse(r).unwrap();
        assert_eq!(
            o.references(),
            [
                "file--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                "malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"
            ]
        );
    }

    #[test]
    fn keeps_the_exact_text() {
        let o = StixObject::parse(IND).unwrap();
        assert_eq!(o.raw, IND);
        assert_eq!(o.version().unwrap().as_str(), "2016-04-06T20:03:48.000Z");
        assert_eq!(o.spec_version, SpecVersion::V21);
    }

    #[test]
    fn names_the_object_and_property() {
        let e = StixObject::parse(&with("{}", &["valid_from"])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f: property 'valid_from' is required"
        );
        let e = StixObject::parse(&with(r#"{"pattern":"[ipv4-addr:value = "}"#, &[])).unwrap_err();
        assert!(e.to_string().contains("position 19"), "{e}");
        let e = StixObject::parse(&with(r#"{"modified":"2015-01-01T00:00:00.000Z"}"#, &[]))
            .unwrap_err();
        assert_eq!(e.property.as_deref(), Some("modified"));
        let e = StixObject::parse(&with(
            r#"{"created_by_ref":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}"#,
            &[],
        ))
        .unwrap_err();
        assert!(e.to_string().contains("must refer to identity"), "{e}");
        let e = StixObject::parse(&with(r#"{"labels":[]}"#, &[])).unwrap_err();
        assert!(e.to_string().contains("empty list"), "{e}");
        let e = StixObject::parse(&with(
            r#"{"id":"malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}"#,
            &[],
        ))
        .unwrap_err();
        assert_eq!(e.property.as_deref(), Some("id"));
        let e = StixObject::parse(&with(
            r#"{"created":"2016-04-06T20:03:48Z","modified":"2016-04-06T20:03:48Z"}"#,
            &[],
        ))
        .unwrap_err();
        assert!(e.to_string().contains("millisecond"), "{e}");
    }

    #[test]
    fn bare_observables_are_refused() {
        let bare = r#"{"type":"process","id":"process--ff26c055-6336-4bc5-b98d-13d6226742dd"}"#;
        let e = StixObject::parse(bare).unwrap_err();
        assert!(
            e.to_string().contains("at least one of its own properties"),
            "{e}"
        );
        let ok =
            r#"{"type":"process","id":"process--ff26c055-6336-4bc5-b98d-13d6226742dd","pid":4}"#;
        assert!(StixObject::parse(ok).is_ok());
    }

    #[test]
    fn stix_20_objects_are_accepted() {
        let o = StixObject::parse(r#"{"type":"indicator","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48Z","modified":"2016-04-06T20:03:48Z","labels":["malicious-activity"],"pattern":"[ipv4-addr:value = '1.2.3.4']","valid_from":"2016-01-01T00:00:00Z"}"#).unwrap();
        assert_eq!(o.spec_version, SpecVersion::V20);
    }

    #[test]
    fn observables_have_no_version() {
        let o = StixObject::parse(r#"{"type":"ipv4-addr","id":"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd","value":"198.51.100.3"}"#).unwrap();
        assert!(o.version().is_none());
        assert_eq!(o.category, Category::Observable);
    }

    #[test]
    fn splits_documents_without_touching_objects() {
        let bundle = format!(
            r#"{{"type":"bundle","id":"bundle--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","objects":[{IND}, 5]}}"#
        );
        let parts = split_document(&bundle).unwrap();
        assert_eq!(parts, vec![IND, "5"]);
        assert!(StixObject::parse(parts[1]).is_err());
        assert_eq!(split_document(IND).unwrap(), vec![IND]);
        assert!(split_document("{").is_err());
        assert_eq!(
            split_document(r#"{"more":false}"#),
            Err(BundleError::NoObjects)
        );
    }
}
