//! The rules of STIX 2.1 that one object must keep: required and typed properties, identifiers,
//! timestamps, references and their target types, and each type's own rules.

use super::*;

pub(super) struct Parts {
    pub(super) created_by_ref: Option<String>,
    pub(super) object_marking_refs: Vec<String>,
    pub(super) revoked: bool,
    pub(super) object_type: String,
    pub(super) spec_version: SpecVersion,
    pub(super) category: Category,
    pub(super) created: Option<Timestamp>,
    pub(super) modified: Option<Timestamp>,
}

pub(super) struct Validator<'a> {
    pub(super) props: &'a Map<String, Value>,
    pub(super) id: Option<String>,
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
            // Feeds write `en_US` or `english` as often as `en`: a `lang` that is no language
            // tag is kept as sent, not refused with the object (a translation's own tags are
            // checked, below, as they are what pages read).
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

    pub(super) fn validate(&mut self) -> Result<Parts, ValidationError> {
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
            // Reference properties hold identifiers of the right types. A custom property (an
            // `x_` one, or any but the common ones of a custom object) is the producer's own:
            // its name ending in `_ref` promises nothing the standard checks.
            let custom = name.starts_with("x_")
                || (!known && name != "created_by_ref" && name != "object_marking_refs");
            if custom {
                self.common_optional(name, value)?;
            } else if name.ends_with("_ref") {
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
                let Some(contents) = self.required("contents")?.as_object() else {
                    return Err(self.err(Some("contents"), "must be an object keyed by language"));
                };
                if contents.is_empty() {
                    return Err(self.err(Some("contents"), "holds no translation"));
                }
                for (tag, translated) in contents {
                    if !language_tag(tag) {
                        return Err(self.err(
                            Some("contents"),
                            format!("'{tag}' is not a language tag (RFC 5646), such as 'ar', 'fa-IR' or 'en'"),
                        ));
                    }
                    let Some(props) = translated.as_object() else {
                        return Err(self.err(
                            Some("contents"),
                            format!(
                                "the '{tag}' translation must be an object of translated properties"
                            ),
                        ));
                    };
                    // A translation says what the object says in another language: its text.
                    if let Some((p, _)) = props.iter().find(|(_, v)| !translated_text(v)) {
                        return Err(self.err(
                            Some("contents"),
                            format!("the '{tag}' translation of '{p}' must be text, a list of texts or an object of them"),
                        ));
                    }
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

/// A well-formed language tag as RFC 5646 writes them: a language of two or three letters (or
/// a registered one of five to eight; private-use tags alone are not a language), then subtags of one to eight letters and digits (script,
/// region, variants, extensions, private use). Whether a subtag is registered is not asked:
/// a tag the center does not know is still well formed.
pub fn language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    let language =
        matches!(first.len(), 2 | 3 | 5..=8) && first.bytes().all(|b| b.is_ascii_alphabetic());
    language
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn translated_text(v: &Value) -> bool {
    match v {
        Value::String(_) => true,
        Value::Array(a) => a.iter().all(translated_text),
        Value::Object(o) => o.values().all(translated_text),
        _ => false,
    }
}
