//! Feeds as administrators see them: where each stands, never its credential.

use domain::feeds::model::Feed;
use serde::Serialize;
use utoipa::ToSchema;

use super::{Names, at};

#[derive(Debug, Serialize, ToSchema)]
pub struct FeedRefusalView {
    pub id: String,
    pub version: String,
    pub message: Option<String>,
}

/// A remote TAXII collection pulled on schedule, and its last pull.
#[derive(Debug, Serialize, ToSchema)]
pub struct FeedView {
    pub name: String,
    pub api_root: String,
    pub remote_collection: String,
    /// none, basic, bearer or certificate; the credential itself is never shown.
    pub auth: &'static str,
    pub username: Option<String>,
    /// The member on whose behalf objects come in.
    pub member: String,
    /// The local collection (id).
    pub collection: String,
    /// For objects that carry no TLP marking.
    pub default_tlp: String,
    /// For objects that carry no release marking (TLP:AMBER).
    pub release_to: Vec<String>,
    pub start: Option<String>,
    pub interval_secs: i64,
    pub last_pull: Option<String>,
    pub next_pull: String,
    /// Since the feed was registered or reset.
    pub taken: i64,
    pub refused: i64,
    /// Of the last pull, with the reasons of its refusals (the first 100). A reason is worked
    /// out with what the feed's member may see, so only that member's administrators read
    /// it; others see which objects were refused.
    pub last_taken: i64,
    pub last_refused: i64,
    pub refusals: Vec<FeedRefusalView>,
    pub last_error: Option<String>,
    /// Failed pulls in a row.
    pub failures: i64,
    /// Where the next pull starts: the remote `added_after`, and `next` mid-walk.
    pub added_after: Option<String>,
    pub resumes_at_next: bool,
    /// The remote server's certificate is checked against a private authority of the feed's.
    pub private_ca: bool,
}

impl FeedView {
    /// As `viewer`'s administrators see it (`None`: the console).
    pub fn of(f: &Feed, names: &Names, viewer: Option<domain::MemberId>) -> Self {
        let reasons = viewer.is_none_or(|m| m == f.member);
        let s = &f.state;
        Self {
            name: f.name.clone(),
            api_root: f.api_root.clone(),
            remote_collection: f.remote_collection.clone(),
            auth: f.auth.as_str(),
            username: f.username.clone(),
            member: names.of(&f.member),
            collection: f.collection.clone(),
            default_tlp: f.default_tlp.name().to_string(),
            release_to: f.release_to.iter().map(|m| names.of(m)).collect(),
            start: (f.start_at > 0).then(|| at(f.start_at)),
            interval_secs: f.interval_secs,
            last_pull: s.last_pull_at.map(at),
            next_pull: at(s.next_pull_at),
            taken: s.taken,
            refused: s.refused,
            last_taken: s.last_taken,
            last_refused: s.last_refused,
            refusals: s
                .refusals
                .iter()
                .map(|r| FeedRefusalView {
                    id: r.id.clone(),
                    version: r.version.clone(),
                    message: if reasons {
                        r.message.clone()
                    } else {
                        Some(format!(
                            "refused; the reason is shown to administrators of {}",
                            names.of(&f.member)
                        ))
                    },
                })
                .collect(),
            last_error: s.last_error.clone(),
            failures: s.failures,
            added_after: s.added_after.map(at),
            resumes_at_next: s.next_token.is_some(),
            private_ca: f.ca.is_some(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FeedsView {
    pub feeds: Vec<FeedView>,
}
