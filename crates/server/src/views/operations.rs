//! Operations, their selectors and events, and deconflictions, as their member sees them.

use domain::operations::Registered;
use domain::operations::model::{Event, Operation, Seen, Selector};
use serde::Serialize;
use utoipa::ToSchema;

use super::{Names, at};

#[derive(Debug, Serialize, ToSchema)]
pub struct OperationView {
    pub id: i64,
    pub name: String,
    /// Whom another member calls when their work meets this one.
    pub contact: String,
    /// active or closed.
    pub status: &'static str,
    pub created: String,
    pub closed: Option<String>,
}

impl OperationView {
    pub fn of(o: &Operation) -> Self {
        Self {
            id: o.id,
            name: o.name.clone(),
            contact: o.contact.clone(),
            status: o.status.as_str(),
            created: at(o.created_at),
            closed: o.closed_at.map(at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OperationsView {
    pub operations: Vec<OperationView>,
}

/// A selector as stored: its kind and the member's reference, never its value.
#[derive(Debug, Serialize, ToSchema)]
pub struct SelectorView {
    pub id: i64,
    /// phone, email, iban, plate, ip, domain, identifier or object.
    pub kind: &'static str,
    pub reference: Option<String>,
    pub created: String,
}

impl SelectorView {
    pub fn of(s: &Selector) -> Self {
        Self {
            id: s.id,
            kind: s.kind.as_str(),
            reference: s.reference.clone(),
            created: at(s.created_at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EventView {
    pub id: i64,
    /// surveillance, search, arrest, undercover_meeting or other.
    pub kind: &'static str,
    pub latitude: f64,
    pub longitude: f64,
    pub radius_m: f64,
    pub starts: String,
    pub ends: String,
    pub reference: Option<String>,
}

impl EventView {
    pub fn of(e: &Event) -> Self {
        Self {
            id: e.id,
            kind: e.kind.as_str(),
            latitude: e.latitude,
            longitude: e.longitude,
            radius_m: e.radius_m,
            starts: at(e.starts_at),
            ends: at(e.ends_at),
            reference: e.reference.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OperationDetailView {
    #[serde(flatten)]
    pub operation: OperationView,
    pub selectors: Vec<SelectorView>,
    pub events: Vec<EventView>,
}

/// A deconfliction as one side sees it: its own operation and selector or event, and of the
/// other side only its member and the contact point it named.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeconflictionView {
    pub id: i64,
    pub at: String,
    /// target (the same selector) or event (close in place and time).
    pub kind: &'static str,
    pub operation: i64,
    pub operation_name: String,
    /// The id of the reader's own selector or event that met the other's.
    pub item: i64,
    /// The selector's or event's kind.
    pub what: String,
    pub reference: Option<String>,
    pub other_member: String,
    pub other_contact: String,
}

impl DeconflictionView {
    pub fn of(d: &Seen, names: &Names) -> Self {
        Self {
            id: d.id,
            at: at(d.at),
            kind: d.kind.as_str(),
            operation: d.own.operation,
            operation_name: d.own.operation_name.clone(),
            item: d.own.item,
            what: d.own.what.clone(),
            reference: d.own.reference.clone(),
            other_member: names.of(&d.other_member),
            other_contact: d.other_contact.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DeconflictionsView {
    pub deconflictions: Vec<DeconflictionView>,
}

/// Intelligence of another member, released to the reader's member, that carries one of
/// its new selectors; its originator was told too.
#[derive(Debug, Serialize, ToSchema)]
pub struct IntelligenceMatchView {
    /// The reader's own selector.
    pub selector: i64,
    /// The STIX id of the object, which the reader may open.
    pub object: String,
    /// The member that shared it.
    pub originator: String,
}

/// What a registration stored and the deconflictions it made at once.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegisteredSelectorsView {
    pub selectors: Vec<SelectorView>,
    /// Lines already registered in this operation, skipped.
    pub already_registered: usize,
    pub deconflictions: Vec<DeconflictionView>,
    pub intelligence: Vec<IntelligenceMatchView>,
}

impl RegisteredSelectorsView {
    pub fn of(r: &Registered<Selector>, names: &Names) -> Self {
        Self {
            selectors: r.items.iter().map(SelectorView::of).collect(),
            already_registered: r.already,
            deconflictions: r
                .deconflictions
                .iter()
                .map(|d| DeconflictionView::of(d, names))
                .collect(),
            intelligence: r
                .intelligence
                .iter()
                .map(|m| IntelligenceMatchView {
                    selector: m.selector,
                    object: m.object.clone(),
                    originator: names.of(&m.originator),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RegisteredEventsView {
    pub events: Vec<EventView>,
    pub deconflictions: Vec<DeconflictionView>,
}

impl RegisteredEventsView {
    pub fn of(r: &Registered<Event>, names: &Names) -> Self {
        Self {
            events: r.items.iter().map(EventView::of).collect(),
            deconflictions: r
                .deconflictions
                .iter()
                .map(|d| DeconflictionView::of(d, names))
                .collect(),
        }
    }
}
