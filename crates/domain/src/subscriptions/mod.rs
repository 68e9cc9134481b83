//! Subscriptions: what a subscriber (an event stream or a webhook) wants to hear of.
//!
//! A filter only narrows what the visibility rule already lets the subscriber see: its object
//! part becomes part of the same store query that applies the rule, so a filter can never
//! widen a read, and an event is never produced for an object the subscriber may not see.

pub mod model;
pub use model::*;

use crate::service::Center;
use crate::{Error, Result};
impl Center {
    /// Checks a filter and resolves its member names. Member names are public (every member
    /// reads the member list), so naming an unknown one reveals nothing.
    pub async fn object_filter(&self, f: &EventFilter) -> Result<ObjectFilter> {
        f.check()?;
        let mut originators = Vec::with_capacity(f.originators.len());
        for name in &f.originators {
            let m = self.member_by_name(name).await.map_err(|e| match e {
                Error::NotFound(_) => Error::invalid(format!(
                    "no member is named '{name}'; the member list gives the names"
                )),
                e => e,
            })?;
            originators.push(m.id);
        }
        Ok(ObjectFilter {
            objects: f.objects,
            types: f.types.clone(),
            originators,
            tlps: f.tlps.clone(),
            words: f.words.clone(),
        })
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use stix::markings::Tlp;

    #[test]
    fn a_filter_is_checked() {
        assert!(EventFilter::default().check().is_ok());
        let bad_type = EventFilter {
            types: vec!["Indicator".into()],
            ..EventFilter::default()
        };
        assert!(
            bad_type
                .check()
                .unwrap_err()
                .to_string()
                .contains("'Indicator'")
        );
        let bad_kind = EventFilter {
            kinds: vec!["gossip".into()],
            ..EventFilter::default()
        };
        assert!(
            bad_kind
                .check()
                .unwrap_err()
                .to_string()
                .contains("rfi_answer")
        );
        let nothing = EventFilter {
            objects: false,
            notifications: false,
            ..EventFilter::default()
        };
        assert!(nothing.check().is_err());
        let contradiction = EventFilter {
            objects: false,
            types: vec!["indicator".into()],
            ..EventFilter::default()
        };
        assert!(contradiction.check().is_err());
        let blank = EventFilter {
            words: Some("  ".into()),
            ..EventFilter::default()
        };
        assert!(blank.check().is_err());
    }

    #[test]
    fn kinds_narrow_notifications() {
        let f = EventFilter {
            kinds: vec!["rfi".into()],
            ..EventFilter::default()
        };
        assert_eq!(f.notice_kinds(), Some(&["rfi".to_string()][..]));
        assert_eq!(
            EventFilter::default().notice_kinds(),
            Some(&[][..]),
            "every kind"
        );
        let off = EventFilter {
            notifications: false,
            ..EventFilter::default()
        };
        assert_eq!(off.notice_kinds(), None);
    }

    #[test]
    fn a_stored_filter_reads_back() {
        let f = EventFilter {
            types: vec!["indicator".into()],
            tlps: vec![Tlp::AmberStrict],
            words: Some("falcon".into()),
            ..EventFilter::default()
        };
        let json = serde_json::to_string(&f).unwrap_or_default();
        assert_eq!(serde_json::from_str::<EventFilter>(&json).ok(), Some(f));
        assert_eq!(
            serde_json::from_str::<EventFilter>("{}").ok(),
            Some(EventFilter::default())
        );
    }
}
