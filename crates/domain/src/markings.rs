//! Liaison's handling markings: STIX marking definitions under the extension-definition that
//! Liaison publishes. A release marking names the members (by their STIX identity) and sharing
//! groups (by name) or, for TLP:RED, the users (by user name) an object is released to. ORCON and
//! the 4x4 evaluation codes are fixed markings every center knows ([`standard_markings`]).
//!
//! ```json
//! {"type": "marking-definition", "spec_version": "2.1",
//!  "id": "marking-definition--6b9a5bd4-0c93-4bd8-9d3a-2e4f4b2b7c11",
//!  "created": "2026-11-29T10:00:00.000Z", "name": "Release to Bravo Bureau",
//!  "extensions": {"extension-definition--3e4b0f3c-7f5e-5b4e-9a7e-2a8b0e6c1d52": {
//!     "extension_type": "property-extension",
//!     "release_to": ["identity--<bravo's identity>"]}}}
//! ```
//! An object released with it carries both the TLP marking and this one in
//! `object_marking_refs`. `release_to_groups` names sharing groups; for TLP:RED,
//! `release_to_users` lists user names instead.

use serde_json::{Value, json};
use stix::StixObject;

use crate::release::{Evaluation, Reliability};

/// The extension-definition Liaison publishes for release markings.
pub const RELEASE_EXTENSION_ID: &str = "extension-definition--3e4b0f3c-7f5e-5b4e-9a7e-2a8b0e6c1d52";
/// The identity that publishes it.
pub const PROJECT_IDENTITY_ID: &str = "identity--9d0c1c1e-2f3b-5a4c-8e6d-7b1a2c3d4e5f";
const PUBLISHED: &str = "2026-11-29T00:00:00.000Z";
/// Version 1.1.0 added sharing groups, ORCON and the evaluation codes.
const MODIFIED: &str = "2026-11-29T12:00:00.000Z";
const SCHEMA: &str = r#"{"type":"object","properties":{"extension_type":{"const":"property-extension"},"release_to":{"type":"array","items":{"type":"string","pattern":"^identity--"},"minItems":1},"release_to_groups":{"type":"array","items":{"type":"string"},"minItems":1},"release_to_users":{"type":"array","items":{"type":"string"},"minItems":1},"orcon":{"type":"boolean"},"source_reliability":{"enum":["A","B","C","X"]},"information_accuracy":{"enum":[1,2,3,4]}},"required":["extension_type"]}"#;

/// The published extension-definition, the identity that created it and the standard markings,
/// as STIX JSON.
pub fn published_objects() -> Vec<String> {
    let identity = json!({
        "type": "identity", "spec_version": "2.1", "id": PROJECT_IDENTITY_ID,
        "created": PUBLISHED, "modified": PUBLISHED,
        "name": "Liaison project", "identity_class": "organization",
        "object_marking_refs": [stix::markings::Tlp::Clear.marking_id()],
    });
    let extension = json!({
        "type": "extension-definition", "spec_version": "2.1", "id": RELEASE_EXTENSION_ID,
        "created_by_ref": PROJECT_IDENTITY_ID,
        "created": PUBLISHED, "modified": MODIFIED,
        "name": "Liaison releasability",
        "description": "Extends marking-definition with Liaison's handling markings. An object carries them beside its TLP marking. release_to: identity ids of member organisations, and release_to_groups: names of the center's sharing groups, that an object marked TLP:AMBER or TLP:AMBER+STRICT is released to. release_to_users: user names an object marked TLP:RED is released to. orcon: originator control; recipients may not pass the object on, and objects that refer to it may not be released more widely. source_reliability (A, B, C or X) and information_accuracy (1 to 4): the 4x4 evaluation. The center publishes fixed markings for ORCON and each evaluation code.",
        "schema": SCHEMA,
        "version": "1.1.0",
        "extension_types": ["property-extension"],
        "object_marking_refs": [stix::markings::Tlp::Clear.marking_id()],
    });
    let mut out = vec![identity.to_string(), extension.to_string()];
    out.extend(
        standard_markings()
            .iter()
            .map(|(id, m)| standard_marking_object(id, m).to_string()),
    );
    out
}

/// The Liaison markings every center knows by id, without storing them: originator control
/// and the sixteen 4x4 evaluation codes. They are published with the extension-definition.
pub fn standard_markings() -> Vec<(String, ReleaseMarking)> {
    let mut out = vec![(
        standard_id("orcon"),
        ReleaseMarking {
            orcon: true,
            ..ReleaseMarking::default()
        },
    )];
    for r in [
        Reliability::A,
        Reliability::B,
        Reliability::C,
        Reliability::X,
    ] {
        for a in 1..=4 {
            if let Some(e) = Evaluation::new(r, a) {
                out.push((
                    standard_id(&e.code()),
                    ReleaseMarking {
                        evaluation: Some(e),
                        ..ReleaseMarking::default()
                    },
                ));
            }
        }
    }
    out
}

/// The fixed id of a standard marking (`orcon`, `B2`, ...).
pub fn standard_id(name: &str) -> String {
    let ns = uuid::Uuid::from_u128(0x3e4b0f3c_7f5e_5b4e_9a7e_2a8b0e6c1d52);
    format!(
        "marking-definition--{}",
        uuid::Uuid::new_v5(&ns, format!("liaison-marking/{name}").as_bytes())
    )
}

fn standard_marking_object(id: &str, m: &ReleaseMarking) -> Value {
    let mut ext = serde_json::Map::new();
    ext.insert("extension_type".into(), json!("property-extension"));
    let name = if m.orcon {
        ext.insert("orcon".into(), json!(true));
        "ORCON: originator control".to_string()
    } else if let Some(e) = m.evaluation {
        ext.insert("source_reliability".into(), json!(e.reliability.as_str()));
        ext.insert("information_accuracy".into(), json!(e.accuracy));
        format!("Evaluation {}", e.code())
    } else {
        String::new()
    };
    json!({
        "type": "marking-definition", "spec_version": "2.1", "id": id,
        "created_by_ref": PROJECT_IDENTITY_ID, "created": PUBLISHED,
        "name": name,
        "extensions": {RELEASE_EXTENSION_ID: ext},
    })
}

/// The name of the release-list markings members write through the center: pages say it in
/// the reader's words.
pub const RELEASE_LIST_NAME: &str = "release list";

/// A release list (of member identities) and ORCON as a member writes them: a marking
/// definition made by `creator`, with the extension this project publishes.
pub fn release_list(
    id: &str,
    creator: &str,
    release_to: &[String],
    release_to_users: &[String],
    orcon: bool,
    created: &str,
) -> Value {
    let mut ext = serde_json::Map::new();
    ext.insert("extension_type".into(), json!("property-extension"));
    if !release_to.is_empty() {
        ext.insert("release_to".into(), json!(release_to));
    }
    if !release_to_users.is_empty() {
        ext.insert("release_to_users".into(), json!(release_to_users));
    }
    if orcon {
        ext.insert("orcon".into(), json!(true));
    }
    json!({
        "type": "marking-definition", "spec_version": "2.1", "id": id, "created": created,
        "name": RELEASE_LIST_NAME, "created_by_ref": creator,
        "extensions": {RELEASE_EXTENSION_ID: ext},
    })
}

/// A Liaison marking as written, before its names are resolved. One marking may combine a
/// release list with ORCON and an evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReleaseMarking {
    /// Identity ids of members.
    pub members: Vec<String>,
    /// Names of sharing groups.
    pub groups: Vec<String>,
    /// User names.
    pub users: Vec<String>,
    pub orcon: bool,
    pub evaluation: Option<Evaluation>,
}

/// Reads a Liaison marking; `None` when `obj` is not one, `Err` when it is malformed.
pub fn release_marking(obj: &StixObject) -> Option<Result<ReleaseMarking, String>> {
    if obj.object_type != "marking-definition" {
        return None;
    }
    let ext = obj
        .properties
        .get("extensions")
        .and_then(|e| e.get(RELEASE_EXTENSION_ID))?;
    let list = |name: &str| -> Result<Vec<String>, String> {
        match ext.get(name) {
            None => Ok(vec![]),
            Some(Value::Array(a)) if !a.is_empty() => a
                .iter()
                .map(|v| {
                    v.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| format!("'{name}' must list strings"))
                })
                .collect(),
            Some(_) => Err(format!("'{name}' must be a non-empty list")),
        }
    };
    Some((|| {
        let orcon = match ext.get("orcon") {
            None | Some(Value::Bool(false)) => false,
            Some(Value::Bool(true)) => true,
            Some(_) => return Err("'orcon' must be true or false".into()),
        };
        let evaluation = match (
            ext.get("source_reliability"),
            ext.get("information_accuracy"),
        ) {
            (None, None) => None,
            (Some(r), Some(a)) => {
                let r = r
                    .as_str()
                    .and_then(Reliability::parse)
                    .ok_or("'source_reliability' must be \"A\", \"B\", \"C\" or \"X\"")?;
                let a = a
                    .as_u64()
                    .and_then(|a| u8::try_from(a).ok())
                    .and_then(|a| Evaluation::new(r, a))
                    .ok_or("'information_accuracy' must be 1, 2, 3 or 4")?;
                Some(a)
            }
            _ => {
                return Err(
                    "an evaluation needs both 'source_reliability' and 'information_accuracy'"
                        .into(),
                );
            }
        };
        let m = ReleaseMarking {
            members: list("release_to")?,
            groups: list("release_to_groups")?,
            users: list("release_to_users")?,
            orcon,
            evaluation,
        };
        if m.members.is_empty()
            && m.groups.is_empty()
            && m.users.is_empty()
            && !m.orcon
            && m.evaluation.is_none()
        {
            return Err("a Liaison marking needs 'release_to' (member identities), 'release_to_groups' (sharing group names), 'release_to_users' (user names), 'orcon' or an evaluation".into());
        }
        if (!m.members.is_empty() || !m.groups.is_empty()) && !m.users.is_empty() {
            return Err(
                "a release marking names members and sharing groups (for TLP:AMBER) or users (for TLP:RED), not both"
                    .into(),
            );
        }
        Ok(m)
    })())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_marking_ids_are_the_documented_ones() {
        // README.md lists these; they must never change.
        assert_eq!(
            standard_id("orcon"),
            "marking-definition--76969ebd-d87b-54fa-a14a-b95500f4e5ef"
        );
        assert_eq!(
            standard_id("B2"),
            "marking-definition--69195721-c112-58a9-b954-23fb27e16f6c"
        );
        let all = standard_markings();
        assert_eq!(all.len(), 17);
        let readme = include_str!("../../../README.md");
        for (id, _) in &all {
            assert!(readme.contains(id.as_str()), "README.md does not list {id}");
        }
    }
}
