//! Liaison's release markings: STIX marking definitions under the extension-definition that
//! Liaison publishes. A release marking names the members (by their STIX identity) or, for
//! TLP:RED, the users (by user name) an object is released to.
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
//! `object_marking_refs`. For TLP:RED, `release_to_users` lists user names instead.

use serde_json::{Value, json};
use stix::StixObject;

/// The extension-definition Liaison publishes for release markings.
pub const RELEASE_EXTENSION_ID: &str = "extension-definition--3e4b0f3c-7f5e-5b4e-9a7e-2a8b0e6c1d52";
/// The identity that publishes it.
pub const PROJECT_IDENTITY_ID: &str = "identity--9d0c1c1e-2f3b-5a4c-8e6d-7b1a2c3d4e5f";
const PUBLISHED: &str = "2026-11-29T00:00:00.000Z";

/// The published extension-definition and the identity that created it, as STIX JSON.
pub fn published_objects() -> [String; 2] {
    let identity = json!({
        "type": "identity", "spec_version": "2.1", "id": PROJECT_IDENTITY_ID,
        "created": PUBLISHED, "modified": PUBLISHED,
        "name": "Liaison project", "identity_class": "organization",
        "object_marking_refs": [stix::markings::Tlp::Clear.marking_id()],
    });
    let extension = json!({
        "type": "extension-definition", "spec_version": "2.1", "id": RELEASE_EXTENSION_ID,
        "created_by_ref": PROJECT_IDENTITY_ID,
        "created": PUBLISHED, "modified": PUBLISHED,
        "name": "Liaison releasability",
        "description": "Extends marking-definition. release_to: list of identity ids of member organisations an object marked TLP:AMBER or TLP:AMBER+STRICT is released to. release_to_users: list of user names an object marked TLP:RED is released to. An object carries this marking beside its TLP marking.",
        "schema": "{\"type\":\"object\",\"properties\":{\"extension_type\":{\"const\":\"property-extension\"},\"release_to\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^identity--\"},\"minItems\":1},\"release_to_users\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1}},\"required\":[\"extension_type\"]}",
        "version": "1.0.0",
        "extension_types": ["property-extension"],
        "object_marking_refs": [stix::markings::Tlp::Clear.marking_id()],
    });
    [identity.to_string(), extension.to_string()]
}

/// A release marking as written, before its names are resolved.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReleaseMarking {
    /// Identity ids of members.
    pub members: Vec<String>,
    /// User names.
    pub users: Vec<String>,
}

/// Reads a Liaison release marking; `None` when `obj` is not one, `Err` when it is malformed.
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
        let m = ReleaseMarking {
            members: list("release_to")?,
            users: list("release_to_users")?,
        };
        if m.members.is_empty() && m.users.is_empty() {
            return Err("a release marking needs 'release_to' (member identities) or 'release_to_users' (user names)".into());
        }
        if !m.members.is_empty() && !m.users.is_empty() {
            return Err(
                "a release marking names members (for TLP:AMBER) or users (for TLP:RED), not both"
                    .into(),
            );
        }
        Ok(m)
    })())
}
