//! Intelligence as lists show it: search hits and facets, sightings, group timelines,
//! outcomes and correlations.

use domain::correlation::{Correlation, KeyCount};
use domain::search::SearchResult;
use domain::store::StoredObject;
use domain::tracked::{OutcomeView, Sightings, Timeline};
use serde::Serialize;
use stix::markings::Tlp;
use utoipa::ToSchema;

use super::{Names, at};

/// A string property of an object's JSON, if it has one.
fn text(body: &serde_json::Value, key: &str) -> Option<String> {
    body.get(key).and_then(|v| v.as_str()).map(str::to_string)
}

fn parsed(o: &StoredObject) -> serde_json::Value {
    o.body
        .as_deref()
        .and_then(|b| serde_json::from_str(b).ok())
        .unwrap_or_default()
}

/// An object in a list: what it is, who shared it and how it is marked.
#[derive(Debug, Serialize, ToSchema)]
pub struct ObjectSummary {
    pub id: String,
    #[serde(rename = "type")]
    pub object_type: String,
    pub version: String,
    pub name: Option<String>,
    pub description: Option<String>,
    /// Who wrote it (`created_by_ref`): any identity, a third party's included.
    pub authored_by: Option<AuthorView>,
    /// The member that shared it, whose releasability applies.
    pub originator: Option<String>,
    /// clear, green, amber, amber_strict or red.
    #[schema(value_type = String)]
    pub tlp: Tlp,
    pub date_added: String,
}

impl ObjectSummary {
    pub fn of(o: &StoredObject, names: &Names) -> Self {
        let body = parsed(o);
        Self {
            id: o.stix_id.clone(),
            object_type: o.object_type.clone(),
            version: o.version.clone(),
            name: text(&body, "name"),
            description: text(&body, "description"),
            authored_by: text(&body, "created_by_ref").map(|id| AuthorView {
                id: stix::id::canonical_id(&id),
                name: None,
            }),
            originator: names.get(&o.originator),
            tlp: o.tlp,
            date_added: at(o.date_added),
        }
    }
}

/// The author of an object: its identity, and a name where the reader may know one.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AuthorView {
    pub id: String,
    pub name: Option<String>,
}

/// Puts names to the authors of these objects ([`domain::Center::author_names`]).
pub fn name_authors<'a>(
    objects: impl IntoIterator<Item = &'a mut ObjectSummary>,
    authors: &std::collections::HashMap<String, String>,
) {
    for o in objects {
        if let Some(a) = &mut o.authored_by {
            a.name = authors.get(&a.id).cloned();
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TlpCount {
    /// clear, green, amber, amber_strict or red.
    #[schema(value_type = String)]
    pub value: Tlp,
    pub count: u64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FacetsView {
    #[serde(rename = "type")]
    pub types: Vec<FacetValue>,
    pub originator: Vec<FacetValue>,
    pub tlp: Vec<TlpCount>,
    /// By the month the objects were added (`YYYY-MM`).
    pub month: Vec<FacetValue>,
}

/// Hits, newest first, and facet counts: exact over every match when `complete`, else over
/// the newest `counted` only.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchView {
    pub hits: Vec<ObjectSummary>,
    /// Pass as `before` for the next page; none on the last.
    pub next: Option<i64>,
    pub counted: u64,
    pub complete: bool,
    pub facets: FacetsView,
}

impl SearchView {
    pub fn of(r: &SearchResult, names: &Names) -> Self {
        let values = |v: &[(String, u64)]| {
            v.iter()
                .map(|(value, count)| FacetValue {
                    value: value.clone(),
                    count: *count,
                })
                .collect()
        };
        let f = &r.facets;
        Self {
            hits: r.hits.iter().map(|o| ObjectSummary::of(o, names)).collect(),
            next: if r.more {
                r.hits.last().map(|o| o.date_added)
            } else {
                None
            },
            counted: f.counted,
            complete: f.complete,
            facets: FacetsView {
                types: values(&f.types),
                originator: f
                    .originators
                    .iter()
                    .map(|(m, count)| FacetValue {
                        value: names.of(m),
                        count: *count,
                    })
                    .collect(),
                tlp: f
                    .tlps
                    .iter()
                    .map(|(t, count)| TlpCount {
                        value: *t,
                        count: *count,
                    })
                    .collect(),
                month: values(&f.months),
            },
        }
    }
}

/// "Seen by N members": the sightings of an object, within what the caller may see.
#[derive(Debug, Serialize, ToSchema)]
pub struct SightingsView {
    pub object: String,
    pub seen_by: usize,
    pub members: Vec<Option<String>>,
    pub sightings: Vec<ObjectSummary>,
}

impl SightingsView {
    pub fn of(object: &str, s: &Sightings, names: &Names) -> Self {
        Self {
            object: object.to_string(),
            seen_by: s.members.len(),
            members: s.members.iter().map(|m| names.get(m)).collect(),
            sightings: s
                .sightings
                .iter()
                .map(|o| ObjectSummary::of(o, names))
                .collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupStatusView {
    /// active, dormant, disrupted or dismantled.
    pub state: &'static str,
    pub at: String,
    pub by: Option<String>,
    pub note: String,
}

impl GroupStatusView {
    pub fn of(s: &domain::tracked::GroupStatus, names: &Names) -> Self {
        Self {
            state: s.state.as_str(),
            at: at(s.at),
            by: names.get(&s.member),
            note: s.note.clone(),
        }
    }
}

/// A tracked group's statuses and every visible object that refers to it, oldest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct TimelineView {
    pub group: String,
    pub statuses: Vec<GroupStatusView>,
    pub objects: Vec<ObjectSummary>,
}

impl TimelineView {
    pub fn of(group: &str, t: &Timeline, names: &Names) -> Self {
        Self {
            group: group.to_string(),
            statuses: t
                .statuses
                .iter()
                .map(|s| GroupStatusView::of(s, names))
                .collect(),
            objects: t
                .objects
                .iter()
                .map(|o| ObjectSummary::of(o, names))
                .collect(),
        }
    }
}

/// What intelligence led to, with the objects and contributing members the caller may see.
#[derive(Debug, Serialize, ToSchema)]
pub struct OutcomeEntry {
    pub id: i64,
    /// group_disrupted, group_dismantled, arrest, attack_prevented, position_confirmed or
    /// false_positive.
    pub kind: &'static str,
    pub description: String,
    pub occurred: String,
    pub recorded_by: Option<String>,
    pub objects: Vec<String>,
    pub contributors: Vec<Option<String>>,
    /// Objects of the outcome the caller may not see: counted, not shown.
    pub withheld: usize,
}

impl OutcomeEntry {
    pub fn of(v: &OutcomeView, names: &Names) -> Self {
        Self {
            id: v.outcome.id,
            kind: v.outcome.kind.as_str(),
            description: v.outcome.description.clone(),
            occurred: at(v.outcome.occurred_at),
            recorded_by: names.get(&v.outcome.member),
            objects: v.outcome.objects.clone(),
            contributors: v.contributors.iter().map(|m| names.get(m)).collect(),
            withheld: v.withheld,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OutcomesView {
    pub outcomes: Vec<OutcomeEntry>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CorrelationView {
    /// The normalised value both carry, e.g. `ipv4:198.51.100.7`; for a possible match, the
    /// names' reading across scripts (`translit:...`).
    pub key: String,
    pub stix_id: String,
    pub object_type: String,
    /// True when the two are linked only because their names read alike in different scripts
    /// (`عمر الحداد`, `Omar al-Haddad`): a possible match for a person to confirm.
    pub possible: bool,
}

impl CorrelationView {
    pub fn of(c: &Correlation) -> Self {
        Self {
            key: c.key.clone(),
            stix_id: c.stix_id.clone(),
            object_type: c.object_type.clone(),
            possible: c.possible(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CorrelationsView {
    pub object: String,
    pub correlations: Vec<CorrelationView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct KeyCountView {
    pub key: String,
    /// Object versions that carry it.
    pub objects: i64,
    pub excluded: bool,
}

/// Keys carried by more objects than the limit, and excluded keys.
#[derive(Debug, Serialize, ToSchema)]
pub struct NoisyKeysView {
    pub limit: i64,
    pub keys: Vec<KeyCountView>,
}

impl NoisyKeysView {
    pub fn of(limit: i64, keys: &[KeyCount]) -> Self {
        Self {
            limit,
            keys: keys
                .iter()
                .map(|k| KeyCountView {
                    key: k.key.clone(),
                    objects: k.objects,
                    excluded: k.excluded,
                })
                .collect(),
        }
    }
}

/// A new object version in an event stream: enough to fetch it over TAXII.
#[derive(Debug, Serialize, ToSchema)]
pub struct ObjectEventView {
    /// The TAXII collection it was added to.
    pub collection: String,
    pub id: String,
    #[serde(rename = "type")]
    pub object_type: String,
    pub version: String,
    pub spec_version: &'static str,
    pub date_added: String,
}

impl ObjectEventView {
    pub fn of(e: &domain::service::ObjectEvent) -> Self {
        let o = &e.object;
        Self {
            collection: e.collection.0.to_string(),
            id: o.stix_id.clone(),
            object_type: o.object_type.clone(),
            version: o.version.clone(),
            spec_version: o.spec_version.as_str(),
            date_added: at(o.date_added),
        }
    }
}
