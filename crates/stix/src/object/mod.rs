//! Parsing and validating one STIX object.
//!
//! The object's original text is kept exactly as submitted; only what validation and the store's
//! index columns need is read out of it. Custom properties and extensions are never touched.

use serde_json::{Map, Value};

use crate::id::{canonical_id, is_valid_type_name, parse_id};
use crate::{Timestamp, pattern};

mod validate;
pub use validate::language_tag;

use validate::Validator;

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
    /// `id` in its canonical spelling ([`crate::id::canonical_id`]); `raw` keeps what was sent.
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
    ///
    /// Ids come in their canonical spelling ([`crate::id::canonical_id`]); a custom property's
    /// value that is no identifier is not one.
    pub fn references(&self) -> Vec<String> {
        fn push(out: &mut Vec<String>, s: &str) {
            if parse_id(s).is_ok() {
                out.push(canonical_id(s));
            }
        }
        fn walk(props: &Map<String, Value>, top: bool, out: &mut Vec<String>) {
            for (k, v) in props {
                if top && (k == "created_by_ref" || k == "object_marking_refs") {
                    continue;
                }
                match v {
                    Value::String(s) if k.ends_with("_ref") && k != "marking_ref" => push(out, s),
                    Value::Array(items) if k.ends_with("_refs") => {
                        for s in items.iter().filter_map(Value::as_str) {
                            push(out, s);
                        }
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
            id: id_text.as_deref().map(canonical_id).unwrap_or_default(),
            object_type: parts.object_type,
            spec_version: parts.spec_version,
            category: parts.category,
            created: parts.created,
            modified: parts.modified,
            created_by_ref: parts.created_by_ref.as_deref().map(canonical_id),
            object_marking_refs: parts
                .object_marking_refs
                .iter()
                .map(|m| canonical_id(m))
                .collect(),
            revoked: parts.revoked,
            properties: props,
        })
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
    #[error(
        "the body is one STIX object ('{0}'), not an envelope; TAXII takes an envelope {{\"objects\": [...]}} (or a STIX bundle) holding the objects"
    )]
    BareObject(String),
    #[error(
        "the body is a JSON list, not an envelope; TAXII takes an envelope {{\"objects\": [...]}} (or a STIX bundle) holding the objects"
    )]
    BareList,
}

/// Splits a TAXII envelope or a STIX bundle, and nothing else, into the exact text of each
/// object: what a collection's objects endpoint takes (TAXII 2.1, 5.4). A bare object or list
/// is refused, so a client that sends one learns it, instead of having it stored.
pub fn split_envelope(text: &str) -> Result<Vec<&str>, BundleError> {
    #[derive(serde::Deserialize)]
    struct Doc<'a> {
        // Raw: an observed-data of STIX 2.0 has an `objects` map, and is a bare object.
        #[serde(borrow, default)]
        objects: Option<&'a serde_json::value::RawValue>,
        #[serde(default, rename = "type")]
        ty: Option<serde_json::Value>,
    }
    let json = |e: serde_json::Error| BundleError::Json(e.to_string());
    if text.trim_start().starts_with('[') {
        serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(json)?;
        return Err(BundleError::BareList);
    }
    let doc: Doc = serde_json::from_str(text).map_err(json)?;
    match (doc.objects, doc.ty) {
        (_, Some(serde_json::Value::String(t))) if t != "bundle" => Err(BundleError::BareObject(t)),
        (Some(objects), _) => {
            let list: Vec<&serde_json::value::RawValue> =
                serde_json::from_str(objects.get()).map_err(json)?;
            Ok(list.into_iter().map(|r| r.get()).collect())
        }
        _ => Err(BundleError::NoObjects),
    }
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
    fn custom_properties_ending_in_ref_are_not_references() {
        // MISP exports carry `x_misp_…_ref` values that are no identifiers; custom objects may
        // name properties as they like.
        let o = StixObject::parse(&with(
            r#"{"x_misp_attachment_ref":"a file name.pdf","x_note_refs":["x"]}"#,
            &[],
        ))
        .unwrap();
        assert!(o.references().is_empty());
        let custom = r#"{"type":"x-case","id":"x-case--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","spec_version":"2.1","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","court_ref":"2026/17"}"#;
        StixObject::parse(custom).unwrap();
        // A standard reference is still checked, and so is the author of a custom object.
        assert!(StixObject::parse(&with(r#"{"created_by_ref":"MITRE"}"#, &[])).is_err());
        let forged = custom.replace(
            r#""court_ref""#,
            r#""created_by_ref":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","x""#,
        );
        assert!(StixObject::parse(&forged).is_err());
    }

    #[test]
    fn upper_case_ids_are_kept_as_sent_and_filed_in_lower_case() {
        let sent = with(
            r#"{"id":"indicator--8E2E2D2B-17D4-4CBF-938F-98EE46B3CD3F","created_by_ref":"identity--C78CB6E5-0C4B-4611-8297-D1B8B55E40B5"}"#,
            &[],
        );
        let o = StixObject::parse(&sent).unwrap();
        assert_eq!(o.id, "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");
        assert_eq!(
            o.created_by_ref.as_deref(),
            Some("identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5")
        );
        assert_eq!(o.raw, sent);
    }

    #[test]
    fn taxii_takes_envelopes_and_bundles_only() {
        assert_eq!(
            split_envelope(&format!(r#"{{"objects":[{IND}]}}"#)).unwrap(),
            [IND]
        );
        let bundle = format!(
            r#"{{"type":"bundle","id":"bundle--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","objects":[{IND}]}}"#
        );
        assert_eq!(split_envelope(&bundle).unwrap(), [IND]);
        let bare = split_envelope(IND).unwrap_err();
        assert_eq!(bare, BundleError::BareObject("indicator".into()));
        assert!(bare.to_string().contains("envelope"), "{bare}");
        assert_eq!(
            split_envelope(&format!("[{IND}]")),
            Err(BundleError::BareList)
        );
        assert_eq!(split_envelope("{}"), Err(BundleError::NoObjects));
        assert!(matches!(split_envelope("{"), Err(BundleError::Json(_))));
        // The console and the browser still take what a file holds.
        assert_eq!(split_document(IND).unwrap(), [IND]);
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
    fn languages_and_translations_are_checked() {
        for tag in ["ar", "fa-IR", "zh-Hant-TW", "sr-Latn-RS", "en-GB-oxendict"] {
            assert!(crate::language_tag(tag), "{tag}");
        }
        for bad in [
            "",
            "arabic language",
            "a",
            "abcd",
            "ar-",
            "ar_IQ",
            "x-klingon",
        ] {
            assert!(!crate::language_tag(bad), "{bad}");
        }
        // A feed's `en_US` is kept, not refused with its object; a number is refused.
        assert!(StixObject::parse(&with(r#"{"lang":"en_US"}"#, &[])).is_ok());
        assert!(StixObject::parse(&with(r#"{"lang":5}"#, &[])).is_err());
        let lc = |contents: &str| {
            StixObject::parse(&format!(
                r#"{{"type":"language-content","spec_version":"2.1","id":"language-content--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","object_ref":"threat-actor--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","object_modified":"2016-04-06T20:03:48.000Z","contents":{contents}}}"#
            ))
        };
        assert!(lc(r#"{"ar":{"name":"خلية الميناء","aliases":["الخلية"]},"ru":{"description":"Ячейка"}}"#).is_ok());
        for (bad, says) in [
            ("{}", "no translation"),
            (r#"{"ar IQ":{"name":"x"}}"#, "language tag"),
            (r#"{"ar":"خلية"}"#, "object of translated properties"),
            (r#"{"ar":{"confidence":5}}"#, "must be text"),
        ] {
            let e = lc(bad).unwrap_err().to_string();
            assert!(e.contains(says), "{bad}: {e}");
        }
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
