//! Members' translations of intelligence (`language-content` objects): which one a reader reads
//! an object in, and what of the object a translation may put in other words.

use serde_json::{Map, Value};

use crate::MemberId;
use crate::language::Language;
use crate::store::StoredObject;

/// What a translation may change: the object's prose, never a reference, a pattern or a time,
/// which a translation has no business changing (and another member could otherwise forge).
pub const PROSE: [&str; 11] = [
    "name",
    "description",
    "aliases",
    "x_mitre_aliases",
    "goals",
    "roles",
    "abstract",
    "content",
    "explanation",
    "objective",
    "context",
];

/// A member's translation of an object into the reader's language.
#[derive(Debug, Clone)]
pub struct Translation<'a> {
    /// The `language-content` itself.
    pub by: &'a StoredObject,
    texts: Map<String, Value>,
    /// The `modified` of the version it translates, when it says.
    of_version: Option<String>,
}

/// The translation into `reader`'s language among `referring` (what refers to the object, as
/// the reader may see it): the object's originator's own first, else the newest. None when
/// the object is written in that language already (STIX says English when `lang` is absent).
pub fn for_reader<'a>(
    referring: &'a [StoredObject],
    object: &StoredObject,
    body: &Value,
    reader: Language,
) -> Option<Translation<'a>> {
    let own = body.get("lang").and_then(Value::as_str).unwrap_or("en");
    if Language::from_tag(own) == Some(reader) {
        return None;
    }
    let here = stix::id::canonical_id(&object.stix_id);
    referring
        .iter()
        .filter(|o| o.object_type == "language-content")
        .filter_map(|o| {
            let b = o.json();
            let about = b.get("object_ref").and_then(Value::as_str)?;
            if stix::id::canonical_id(about) != here {
                return None;
            }
            let (_, texts) = b
                .get("contents")?
                .as_object()?
                .iter()
                .find(|(tag, _)| Language::from_tag(tag) == Some(reader))?;
            Some(Translation {
                by: o,
                texts: texts.as_object()?.clone(),
                of_version: b
                    .get("object_modified")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            })
        })
        .max_by_key(|t| (t.by.originator == object.originator, t.by.date_added))
}

impl Translation<'_> {
    /// The object's properties with the translated prose in its place.
    pub fn applied_to(&self, body: &Value) -> Value {
        let mut out = body.clone();
        if let Some(o) = out.as_object_mut() {
            for (k, text) in &self.texts {
                if PROSE.contains(&k.as_str()) {
                    o.insert(k.clone(), text.clone());
                }
            }
        }
        out
    }

    /// Whether it translates an earlier version than `body`.
    pub fn of_earlier_version(&self, body: &Value) -> bool {
        self.of_version
            .as_deref()
            .is_some_and(|m| body.get("modified").and_then(Value::as_str) != Some(m))
    }

    /// The member that translated it.
    pub fn translator(&self) -> MemberId {
        self.by.originator
    }
}
