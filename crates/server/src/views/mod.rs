//! What the API answers and the pages lay out, one typed view per resource. A view is built
//! from the domain's records for one reader: member ids become names, times become RFC 3339,
//! and what the reader may do with it (`can_vote`, `can_answer`) comes from the same predicate
//! that guards the action. The API serialises views as they are (and the OpenAPI document
//! describes them from the same types); the pages put their fields in templates.

pub mod accounts;
pub mod audit;
pub mod exchange;
pub mod feeds;
pub mod governance;
pub mod joint;
pub mod meetings;
pub mod objects;
pub mod operations;
pub mod rfis;
pub mod statistics;

use std::collections::HashMap;

use domain::MemberId;
use serde::Serialize;
use stix::timestamp::taxii_timestamp;

/// Member names by id, for turning records into views.
pub struct Names(pub HashMap<MemberId, String>);

impl Names {
    /// The member's short name; empty for one the center does not know (never expected).
    pub fn of(&self, m: &MemberId) -> String {
        self.0.get(m).cloned().unwrap_or_default()
    }
    /// The member's short name, or nothing.
    pub fn get(&self, m: &MemberId) -> Option<String> {
        self.0.get(m).cloned()
    }
}

/// A time as RFC 3339 UTC with microseconds, as TAXII writes it.
pub fn at(t: i64) -> String {
    taxii_timestamp(t)
}

/// What a creation answers when the caller needs only the new record's id.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Created {
    pub id: i64,
}
