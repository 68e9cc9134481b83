//! The records of subscriptions: what the store keeps and the use-cases pass around.

use crate::{Error, MemberId, Result};
use serde::{Deserialize, Serialize};
use stix::markings::Tlp;
/// Every kind of notification the center sends, for filters to name.
pub const NOTIFICATION_KINDS: [&str; 13] = [
    "rfi",
    "rfi_answer",
    "rfi_reminder",
    "release_request",
    "release_decision",
    "release",
    "hit",
    "meeting",
    "action_item",
    "statistics",
    "deconfliction",
    "intelligence_match",
    "joint_operation",
];

pub(super) fn yes() -> bool {
    true
}

/// What to hear of. The empty filter (the default) is everything the subscriber may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventFilter {
    /// New intelligence at all (`false`: notifications only).
    #[serde(default = "yes")]
    pub objects: bool,
    /// Only objects of these STIX types.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<String>,
    /// Only objects of these originators (member names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub originators: Vec<String>,
    /// Only objects at these levels.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tlps: Vec<Tlp>,
    /// Only objects whose names, descriptions or text hold every one of these words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<String>,
    /// Notifications at all (`false`: new intelligence only).
    #[serde(default = "yes")]
    pub notifications: bool,
    /// Only notifications of these kinds (see [`NOTIFICATION_KINDS`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<String>,
}

impl Default for EventFilter {
    fn default() -> Self {
        EventFilter {
            objects: true,
            types: vec![],
            originators: vec![],
            tlps: vec![],
            words: None,
            notifications: true,
            kinds: vec![],
        }
    }
}

/// The object part of a filter, with member names resolved: what goes into the store query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectFilter {
    /// New intelligence at all; `false` reads none.
    pub objects: bool,
    pub types: Vec<String>,
    pub originators: Vec<MemberId>,
    pub tlps: Vec<Tlp>,
    pub words: Option<String>,
}

/// At most this many values in each list of a filter.
pub(super) const MAX_VALUES: usize = 50;

impl EventFilter {
    /// The kinds of notification to read (empty: every kind), or `None` when notifications
    /// are off.
    pub fn notice_kinds(&self) -> Option<&[String]> {
        self.notifications.then_some(self.kinds.as_slice())
    }

    /// Refuses what could never match, naming the value and what to write instead.
    pub fn check(&self) -> Result<()> {
        for (what, n) in [
            ("types", self.types.len()),
            ("originators", self.originators.len()),
            ("kinds", self.kinds.len()),
        ] {
            if n > MAX_VALUES {
                return Err(Error::invalid(format!(
                    "a subscription names at most {MAX_VALUES} {what}; this one names {n}"
                )));
            }
        }
        if let Some(t) = self.types.iter().find(|t| !stix::id::is_valid_type_name(t)) {
            return Err(Error::invalid(format!(
                "'{t}' is not a STIX type name (lower-case letters, digits and hyphens, such as indicator or threat-actor)"
            )));
        }
        if let Some(k) = self
            .kinds
            .iter()
            .find(|k| !NOTIFICATION_KINDS.contains(&k.as_str()))
        {
            return Err(Error::invalid(format!(
                "'{k}' is not a kind of notification; the kinds are {}",
                NOTIFICATION_KINDS.join(", ")
            )));
        }
        if let Some(w) = &self.words {
            if w.split_whitespace().next().is_none() {
                return Err(Error::invalid(
                    "the words of a subscription cannot be blank; leave them out to hear of everything",
                ));
            }
            if w.chars().count() > 500 {
                return Err(Error::invalid(
                    "the words of a subscription are at most 500 characters",
                ));
            }
        }
        if !self.objects && !self.notifications {
            return Err(Error::invalid(
                "this subscription would hear of nothing: keep objects or notifications",
            ));
        }
        let narrows_objects = !self.types.is_empty()
            || !self.originators.is_empty()
            || !self.tlps.is_empty()
            || self.words.is_some();
        if !self.objects && narrows_objects {
            return Err(Error::invalid(
                "types, originators, levels and words narrow new intelligence, which this subscription turns off",
            ));
        }
        if !self.notifications && !self.kinds.is_empty() {
            return Err(Error::invalid(
                "kinds narrow notifications, which this subscription turns off",
            ));
        }
        Ok(())
    }
}
