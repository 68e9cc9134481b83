//! STIX read as intelligence: an object's properties under the names people use, its
//! references as named links, and the relationships, sightings and reports about it as
//! sentences. What the reader may see was decided by the domain ([`domain::store::Dossier`]
//! holds only released neighbours); this only lays it out in the reader's words.

use askama::filters::Safe;
use serde_json::Value;

use super::*;
use crate::i18n::{Part, Words, link};

/// Properties shown first, in this order; the rest follow alphabetically.
const FIRST: &[&str] = &[
    "name",
    "value",
    "relationship_type",
    "source_ref",
    "target_ref",
    "sighting_of_ref",
    "description",
    "aliases",
    "x_opencti_aliases",
    "pattern",
    "pattern_type",
    "valid_from",
    "valid_until",
    "first_seen",
    "last_seen",
    "start_time",
    "stop_time",
    "published",
    "object_refs",
];

/// Properties the page shows elsewhere (heading, markings, author) or that say nothing to a
/// reader.
const ELSEWHERE: &[&str] = &[
    "type",
    "id",
    "spec_version",
    "created_by_ref",
    "object_marking_refs",
    "granular_markings",
    "extensions",
];

/// Properties holding a time.
const TIMES: &[&str] = &[
    "created",
    "modified",
    "valid_from",
    "valid_until",
    "first_seen",
    "last_seen",
    "start_time",
    "stop_time",
    "published",
    "first_observed",
    "last_observed",
    "object_modified",
];

/// More names than this under one property are counted, not listed.
const LISTED_AT_MOST: usize = 200;

/// One value as the page shows it.
pub enum Shown {
    /// Something people wrote, in whatever script: isolated, its direction its own.
    Text(String),
    /// Machine text kept left to right: patterns, hashes, addresses, numbers.
    Code(String),
    /// A time, as pages show times, with the UTC original on hover.
    Time { shown: String, utc: String },
    /// A named link, or an id the reader may not follow.
    Html(Safe<String>),
}

/// A property: what it is called in the reader's language, and its values.
pub struct Property {
    pub label: String,
    pub values: Vec<Shown>,
}

/// What a page knows around one object: the objects it may name, and the members.
pub struct Around<'a> {
    pub words: &'a Words,
    pub neighbours: HashMap<&'a str, &'a StoredObject>,
    pub members: &'a HashMap<MemberId, String>,
}

impl<'a> Around<'a> {
    /// `known`: every object the page may name (the dossier's neighbours, and the object and
    /// what refers to it, which name each other).
    pub fn new(
        words: &'a Words,
        known: impl IntoIterator<Item = &'a StoredObject>,
        members: &'a HashMap<MemberId, String>,
    ) -> Self {
        let mut by_id: HashMap<&str, &StoredObject> = HashMap::new();
        for o in known {
            // One spec version may be newer than another; the newest version read wins.
            let newer = by_id
                .get(o.stix_id.as_str())
                .is_none_or(|had| had.date_added <= o.date_added);
            if newer {
                by_id.insert(&o.stix_id, o);
            }
        }
        Self {
            words,
            neighbours: by_id,
            members,
        }
    }

    /// A link to the object an id names, under its name; the bare id, said to be out of
    /// reach, when the reader may not see it (exactly as when the center does not hold it).
    pub fn reference(&self, id: &str) -> Safe<String> {
        let id = stix::id::canonical_id(id);
        match self.neighbours.get(id.as_str()) {
            Some(o) => link(&format!("/objects/{}", o.stix_id), &title(o, self.words)),
            None => Safe(format!(
                "<code dir=\"ltr\">{}</code> <span class=\"meta\">({})</span>",
                crate::i18n::escape(&id),
                crate::i18n::escape(&self.words.t("object-unavailable"))
            )),
        }
    }

    /// Around an object's dossier: everything it may name is the dossier's (its neighbours,
    /// what refers to it, its sightings, and the object itself).
    pub fn of_dossier(
        words: &'a Words,
        d: &'a domain::store::Dossier,
        members: &'a HashMap<MemberId, String>,
    ) -> Self {
        Around::new(
            words,
            d.neighbours
                .iter()
                .chain(&d.referring)
                .chain(&d.sightings)
                .chain(d.versions.last()),
            members,
        )
    }

    /// The member that shared an object the page names, if the reader sees that object.
    pub fn member_of(&self, id: &str) -> String {
        self.neighbours
            .get(stix::id::canonical_id(id).as_str())
            .and_then(|o| self.members.get(&o.originator))
            .cloned()
            .unwrap_or_default()
    }

    /// An object's properties, named, in a stable order.
    pub fn properties(&self, body: &Value) -> Vec<Property> {
        let Some(map) = body.as_object() else {
            return vec![];
        };
        let mut keys: Vec<&String> = map
            .keys()
            .filter(|k| !ELSEWHERE.contains(&k.as_str()))
            .collect();
        keys.sort_by_key(|k| {
            let first = FIRST.iter().position(|f| f == k).unwrap_or(FIRST.len());
            // Who wrote it and when close the list.
            let last = matches!(k.as_str(), "created" | "modified");
            (last, first, k.to_string())
        });
        keys.into_iter()
            .map(|k| Property {
                label: self.words.word("prop", k),
                values: self.values(k, &map[k.as_str()]),
            })
            .filter(|p| !p.values.is_empty())
            .collect()
    }

    fn values(&self, key: &str, v: &Value) -> Vec<Shown> {
        let w = self.words;
        match v {
            Value::String(s) if key.ends_with("_ref") => vec![Shown::Html(self.reference(s))],
            Value::Array(items) if key.ends_with("_refs") => {
                let ids: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
                let mut out: Vec<Shown> = ids
                    .iter()
                    .take(LISTED_AT_MOST)
                    .map(|id| Shown::Html(self.reference(id)))
                    .collect();
                if ids.len() > LISTED_AT_MOST {
                    out.push(Shown::Text(w.t1(
                        "object-more-names",
                        "count",
                        (ids.len() - LISTED_AT_MOST) as i64,
                    )));
                }
                out
            }
            Value::String(s) if TIMES.contains(&key) => vec![time(s)],
            Value::String(s) if key == "relationship_type" => vec![Shown::Text(w.word("rel", s))],
            Value::String(s) if key == "pattern" || key == "value" || key.ends_with("_type") => {
                vec![Shown::Code(s.clone())]
            }
            Value::String(s) => vec![Shown::Text(s.clone())],
            Value::Bool(b) => vec![Shown::Text(w.t(if *b { "yes" } else { "no" }))],
            Value::Number(n) => vec![Shown::Code(n.to_string())],
            Value::Array(items) => items.iter().flat_map(|i| self.item(key, i)).collect(),
            Value::Object(m) if key == "hashes" => m
                .iter()
                .map(|(alg, h)| Shown::Code(format!("{alg}: {}", h.as_str().unwrap_or(""))))
                .collect(),
            Value::Object(_) => vec![Shown::Code(v.to_string())],
            Value::Null => vec![],
        }
    }

    /// One item of a list: a word people wrote, a vocabulary's code, or a structure.
    fn item(&self, key: &str, v: &Value) -> Vec<Shown> {
        match v {
            // An open vocabulary: the reader's word when the catalogs know the code.
            Value::String(s) if key.ends_with("_types") || key == "sectors" => {
                vec![match self.words.vocabulary(s) {
                    Some(word) => Shown::Text(word),
                    None => Shown::Code(s.clone()),
                }]
            }
            Value::String(s) => vec![Shown::Text(s.clone())],
            Value::Object(m) if key == "kill_chain_phases" => vec![Shown::Code(format!(
                "{}: {}",
                m.get("kill_chain_name")
                    .and_then(Value::as_str)
                    .unwrap_or(""),
                m.get("phase_name").and_then(Value::as_str).unwrap_or("")
            ))],
            Value::Object(m) if key == "external_references" => {
                let part = |k: &str| m.get(k).and_then(Value::as_str).unwrap_or("");
                let said: Vec<&str> = [part("source_name"), part("external_id"), part("url")]
                    .into_iter()
                    .filter(|p| !p.is_empty())
                    .collect();
                vec![Shown::Code(said.join(" · "))]
            }
            other => self.values(key, other),
        }
    }

    /// A relationship, sighting, report or note about `about`, as a sentence on its page.
    pub fn sentence(&self, about: &str, o: &StoredObject) -> Safe<String> {
        let w = self.words;
        let v = body_json(o);
        let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        // The page's own object is named, not linked to itself.
        let end = |id: &str| match self.neighbours.get(stix::id::canonical_id(id).as_str()) {
            Some(o) if stix::id::canonical_id(id) == about => Safe(format!(
                "<strong dir=\"auto\">{}</strong>",
                crate::i18n::escape(&title(o, w))
            )),
            _ => self.reference(id),
        };
        let mut out = match o.object_type.as_str() {
            "relationship" => {
                let verb = w.word("rel", &s("relationship_type"));
                format!(
                    "{} — {} — {}",
                    end(&s("source_ref")).0,
                    link(&format!("/objects/{}", o.stix_id), &verb).0,
                    end(&s("target_ref")).0
                )
            }
            "sighting" => {
                let who = self.members.get(&o.originator).cloned();
                let count = v.get("count").and_then(Value::as_i64).unwrap_or(1);
                let said = w.html(
                    "object-sighted",
                    &[
                        (
                            "who",
                            Part::Name(who.unwrap_or_else(|| w.t("object-someone"))),
                        ),
                        ("count", Part::Count(count)),
                    ],
                );
                // The sentence itself leads to the sighting.
                let mut out = format!(
                    "<a href=\"/objects/{}\">{}</a>",
                    crate::i18n::escape(&o.stix_id),
                    said.0
                );
                let places: Vec<String> = v
                    .get("where_sighted_refs")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .map(|id| self.reference(id).0)
                            .collect()
                    })
                    .unwrap_or_default();
                if !places.is_empty() {
                    let list = places.join(&crate::i18n::escape(&w.t("list-separator")));
                    out.push(' ');
                    out.push_str(
                        &w.html("object-sighted-where", &[("where", Part::Html(Safe(list)))])
                            .0,
                    );
                }
                out
            }
            "language-content" => {
                // Into Arabic, into Russian: each language as the reader's catalog says it.
                let into: Vec<String> = v
                    .get("contents")
                    .and_then(Value::as_object)
                    .map(|c| {
                        c.keys()
                            .map(|tag| {
                                let primary = domain::language::Language::from_tag(tag)
                                    .map_or_else(|| tag.clone(), |l| l.tag().to_string());
                                w.t1("language-into", "tag", primary)
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let said = w.html(
                    "object-translated-by",
                    &[
                        (
                            "member",
                            Part::Name(
                                self.members.get(&o.originator).cloned().unwrap_or_default(),
                            ),
                        ),
                        ("into", Part::Name(into.join(&w.t("list-separator")))),
                    ],
                );
                format!(
                    "<a href=\"/objects/{}\">{}</a>",
                    crate::i18n::escape(&o.stix_id),
                    said.0
                )
            }
            _ => {
                w.html(
                    "object-named-in",
                    &[
                        ("kind", Part::Name(w.word("kind", &o.object_type))),
                        ("name", Part::Html(self.reference(&o.stix_id))),
                    ],
                )
                .0
            }
        };
        let when = period(w, &v, o.object_type.as_str());
        if !when.0.is_empty() {
            out.push_str(&format!(" <span class=\"meta\">{}</span>", when.0));
        }
        Safe(out)
    }
}

/// When a relationship held or a sighting was seen, as its sentence ends.
fn period(w: &Words, v: &Value, kind: &str) -> Safe<String> {
    let (from, to) = match kind {
        "relationship" => ("start_time", "stop_time"),
        "sighting" => ("first_seen", "last_seen"),
        _ => return Safe(String::new()),
    };
    let day = |k: &str| v.get(k).and_then(Value::as_str).map(day_at);
    match (day(from), day(to)) {
        (Some(a), Some(b)) if kind == "sighting" => {
            w.bdi2("object-sighted-between", "first", a, "last", b)
        }
        (Some(a), Some(b)) => w.bdi2("object-from-to", "start", a, "stop", b),
        (Some(a), None) => w.bdi1("object-since", "date", a),
        (None, Some(b)) => w.bdi1("object-until", "date", b),
        (None, None) => Safe(String::new()),
    }
}

fn time(s: &str) -> Shown {
    Shown::Time {
        shown: day_at(s),
        utc: s.to_string(),
    }
}

/// What an object is called: its name, its value, else what kind of thing it is.
pub fn title(o: &StoredObject, w: &Words) -> String {
    let v = body_json(o);
    if o.object_type == "marking-definition"
        && v.get("name").and_then(Value::as_str) == Some(domain::markings::RELEASE_LIST_NAME)
    {
        return w.t("marking-release-list");
    }
    v.get("name")
        .and_then(Value::as_str)
        .or_else(|| v.get("value").and_then(Value::as_str))
        .map(str::to_string)
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| w.word("kind", &o.object_type))
}
