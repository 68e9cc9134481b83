//! Operations a member registers privately: the selectors that identify their targets, kept
//! only as keyed digests, the planned events, and the deconflictions found between members.

use hmac::{KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::{Actor, Error, MemberId, Result, Role, UserId};

/// What a selector names. Each kind is written one way before it is digested, so that the
/// same phone number typed by two members with different spacing matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SelectorKind {
    /// E.164: `+` and the digits, international form only.
    Phone,
    Email,
    Iban,
    /// A vehicle registration plate.
    Plate,
    Ip,
    Domain,
    /// A person's or a place's identifier: a passport, an ID card, a company register number.
    Identifier,
    /// A STIX object the member may see: a tracked group, a person, a location.
    Object,
}

impl SelectorKind {
    pub const ALL: [SelectorKind; 8] = [
        SelectorKind::Phone,
        SelectorKind::Email,
        SelectorKind::Iban,
        SelectorKind::Plate,
        SelectorKind::Ip,
        SelectorKind::Domain,
        SelectorKind::Identifier,
        SelectorKind::Object,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            SelectorKind::Phone => "phone",
            SelectorKind::Email => "email",
            SelectorKind::Iban => "iban",
            SelectorKind::Plate => "plate",
            SelectorKind::Ip => "ip",
            SelectorKind::Domain => "domain",
            SelectorKind::Identifier => "identifier",
            SelectorKind::Object => "object",
        }
    }
    pub fn parse(s: &str) -> Option<SelectorKind> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        SelectorKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The canonical text of a selector (`phone:+442079460958`), which is digested; or why the
/// value is not one of its kind, said so that the person typing it can correct it.
pub fn normalise(kind: SelectorKind, value: &str) -> std::result::Result<String, String> {
    let v = value.trim();
    if v.is_empty() {
        return Err("the value is empty".into());
    }
    let canonical = match kind {
        SelectorKind::Phone => {
            // "(0)" is the trunk prefix written inside an international number; it is not dialled.
            let v = v.replace("(0)", "");
            let international = v.starts_with('+') || v.starts_with("00");
            let allowed = |c: char| c.is_ascii_digit() || " +-.()/".contains(c);
            if !v.chars().all(allowed) {
                return Err(format!(
                    "'{value}' is not a phone number: use digits, spaces, '+', '-', '.' and brackets"
                ));
            }
            let digits: String = v.chars().filter(char::is_ascii_digit).collect();
            let digits = match digits.strip_prefix("00") {
                Some(d) if v.starts_with("00") => d.to_string(),
                _ => digits,
            };
            if !international {
                return Err(format!(
                    "'{value}' is not in international form: write it with its country code, as +44 20 7946 0958"
                ));
            }
            if !(8..=15).contains(&digits.len()) || digits.starts_with('0') {
                return Err(format!(
                    "'{value}' is not an E.164 number: a country code (not starting with 0) and 8 to 15 digits in all"
                ));
            }
            format!("+{digits}")
        }
        SelectorKind::Email => {
            let e = v.to_lowercase();
            match e.split_once('@') {
                Some((local, domain))
                    if !local.is_empty()
                        && !domain.contains('@')
                        && crate::keys::domain(domain).is_some() =>
                {
                    e
                }
                _ => {
                    return Err(format!(
                        "'{value}' is not an e-mail address: write it as name@example.org"
                    ));
                }
            }
        }
        SelectorKind::Iban => {
            let iban: String = v
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .collect::<String>()
                .to_ascii_uppercase();
            if !iban_is_valid(&iban) {
                return Err(format!(
                    "'{value}' is not a valid IBAN: two letters, two check digits and up to 30 letters and digits whose check digits agree"
                ));
            }
            iban
        }
        SelectorKind::Plate => {
            let plate: String = crate::text::fold(v)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_uppercase();
            if !(2..=12).contains(&plate.chars().count()) {
                return Err(format!(
                    "'{value}' is not a registration plate: 2 to 12 letters and digits"
                ));
            }
            plate
        }
        SelectorKind::Ip => {
            let ip: std::net::IpAddr = v.parse().map_err(|_| {
                format!("'{value}' is not an IP address: write it as 198.51.100.7 or 2001:db8::1")
            })?;
            ip.to_string()
        }
        SelectorKind::Domain => crate::keys::domain(v)
            .ok_or_else(|| format!("'{value}' is not a domain name: write it as example.org"))?,
        SelectorKind::Identifier => {
            let id: String = crate::text::fold(v)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            if id.chars().count() < 3 {
                return Err(format!(
                    "'{value}' is too short to identify anyone: at least 3 letters or digits"
                ));
            }
            id
        }
        SelectorKind::Object => {
            let id = stix::id::canonical_id(v);
            if stix::id::parse_id(&id).is_err() {
                return Err(format!(
                    "'{value}' is not a STIX id: write it as threat-actor--<uuid>"
                ));
            }
            id
        }
    };
    Ok(format!("{}:{canonical}", kind.as_str()))
}

/// The key intelligence carries for the same value (see [`crate::keys`]), for the kinds
/// intelligence holds: a phone number, an e-mail address, an IP address or a domain.
pub fn intelligence_key(canonical: &str) -> Option<String> {
    let (kind, value) = canonical.split_once(':')?;
    let key = match kind {
        "ip" if value.contains(':') => format!("ipv6:{value}"),
        "ip" => format!("ipv4:{value}"),
        _ => canonical.to_string(),
    };
    names_a_selector(&key).then_some(key)
}

/// Whether an intelligence key is of a kind a selector can name ([`intelligence_key`]'s).
pub fn names_a_selector(key: &str) -> bool {
    ["phone:", "email:", "domain:", "ipv4:", "ipv6:"]
        .iter()
        .any(|p| key.starts_with(p))
}

/// ISO 13616: the country letters and check digits moved to the end, letters as numbers,
/// the whole modulo 97 is 1.
fn iban_is_valid(iban: &str) -> bool {
    let b = iban.as_bytes();
    let (Some(country), Some(check), Some(account)) = (b.get(..2), b.get(2..4), b.get(4..)) else {
        return false;
    };
    if !(15..=34).contains(&b.len())
        || !country.iter().all(u8::is_ascii_uppercase)
        || !check.iter().all(u8::is_ascii_digit)
        || !b.iter().all(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    let mut rest = 0u32;
    for &c in account.iter().chain(country).chain(check) {
        let n = if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else {
            u32::from(c - b'A') + 10
        };
        rest = if n >= 10 {
            (rest * 100 + n) % 97
        } else {
            (rest * 10 + n) % 97
        };
    }
    rest == 1
}

/// The keyed digest of a canonical selector. The key is the center's deconfliction key, kept
/// out of the database, so a copy of the database does not tell who a member is after.
pub fn digest(key: &[u8; 32], canonical: &str) -> Vec<u8> {
    // An HMAC takes a key of any length; a 32-byte key cannot be refused.
    let mut mac = <hmac::Hmac<Sha256> as KeyInit>::new_from_slice(key)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(canonical.as_bytes());
    mac.finalize().into_bytes().to_vec()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperationStatus {
    Active,
    Closed,
}

impl OperationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OperationStatus::Active => "active",
            OperationStatus::Closed => "closed",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "active" => Some(OperationStatus::Active),
            "closed" => Some(OperationStatus::Closed),
            _ => None,
        }
    }
}

/// A member's own operation. Only its member's analysts and liaison officers read it; other
/// members learn of it only through a deconfliction on one of their own selectors or events,
/// and then only its member and contact point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operation {
    pub id: i64,
    pub member: MemberId,
    pub created_by: UserId,
    pub name: String,
    /// Whom another member calls when their work meets this one ("duty desk, +33 1 ...").
    pub contact: String,
    pub status: OperationStatus,
    pub created_at: i64,
    pub closed_at: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct NewOperation {
    pub member: MemberId,
    pub created_by: UserId,
    pub name: String,
    pub contact: String,
    pub created_at: i64,
}

/// A selector as stored: its kind and the member's own note, never its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selector {
    pub id: i64,
    pub operation: i64,
    pub kind: SelectorKind,
    /// The member's own words for it ("target A's second phone"), shown only to the member.
    pub reference: Option<String>,
    pub created_at: i64,
}

/// A selector ready to store: its digest, never its value.
#[derive(Debug, Clone)]
pub struct NewSelector {
    pub kind: SelectorKind,
    pub digest: Vec<u8>,
    /// The digest of its [`intelligence_key`], empty when intelligence carries no such key.
    pub intel_digest: Vec<u8>,
    pub reference: Option<String>,
}

/// An active operation's selector whose value a piece of intelligence carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub member: MemberId,
    pub operation: i64,
    pub operation_name: String,
    pub contact: String,
    pub selector: i64,
    pub kind: SelectorKind,
    pub reference: Option<String>,
    pub intel_digest: Vec<u8>,
}

/// Intelligence of another member, released to the registering member, that carries one of
/// its operation's selectors: both are told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntelligenceMatch {
    pub selector: i64,
    pub object: String,
    pub originator: MemberId,
}

impl Holder {
    /// What each side is told when intelligence of `originator` (the object `object`)
    /// carries this selector: the operation's member learns the object, which is released
    /// to it, and who shared it; the originator learns which member works on a target its
    /// intelligence names, and whom to call. Neither learns more of the other.
    pub fn notices(
        &self,
        object: &str,
        originator: MemberId,
        at: i64,
        member_names: &dyn Fn(MemberId) -> String,
    ) -> Vec<crate::exchange::model::NewNotification> {
        let note = |member: MemberId, payload: serde_json::Value| {
            crate::exchange::model::NewNotification {
                member,
                at,
                kind: "intelligence_match".into(),
                payload: payload.to_string(),
            }
        };
        vec![
            note(
                self.member,
                serde_json::json!({
                    "role": "operation",
                    "object": object,
                    "operation": self.operation,
                    "operation_name": self.operation_name,
                    "item": self.selector,
                    "what": self.kind.as_str(),
                    "reference": self.reference,
                    "other_member": member_names(originator),
                }),
            ),
            note(
                originator,
                serde_json::json!({
                    "role": "intelligence",
                    "object": object,
                    "other_member": member_names(self.member),
                    "other_contact": self.contact,
                }),
            ),
        ]
    }
}

/// What kind of planned action an event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Surveillance,
    Search,
    Arrest,
    UndercoverMeeting,
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 5] = [
        EventKind::Surveillance,
        EventKind::Search,
        EventKind::Arrest,
        EventKind::UndercoverMeeting,
        EventKind::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Surveillance => "surveillance",
            EventKind::Search => "search",
            EventKind::Arrest => "arrest",
            EventKind::UndercoverMeeting => "undercover_meeting",
            EventKind::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().to_ascii_lowercase().replace('-', "_");
        EventKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// A planned event of an operation: where (a point and a radius) and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: i64,
    pub operation: i64,
    pub kind: EventKind,
    pub latitude: f64,
    pub longitude: f64,
    pub radius_m: f64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub reference: Option<String>,
    pub created_at: i64,
}

#[derive(Debug, Clone)]
pub struct NewEvent {
    pub kind: EventKind,
    pub latitude: f64,
    pub longitude: f64,
    pub radius_m: f64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub reference: Option<String>,
}

/// Selectors and events a member's operations may take an hour. Every registration that
/// matches tells both sides, but a member trying values by the thousand could still learn
/// which ones others pursue; a budget makes that slow. A member's real lists come in at this
/// rate, or through the operators' console (`liaison operation import`), which has none.
pub const DEFAULT_REGISTRATIONS_PER_HOUR: u32 = 10_000;

/// The most an event may spread: a city. Wider areas would conflict with everything.
pub const MAX_RADIUS_M: f64 = 50_000.0;
/// The longest an event may last; a longer one is several events.
pub const MAX_EVENT_MICROS: i64 = 31 * 24 * 3_600 * 1_000_000;

/// Great-circle distance in metres (haversine, mean Earth radius).
pub fn distance_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1) = (a.0.to_radians(), a.1.to_radians());
    let (la2, lo2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6_371_008.8 * h.sqrt().asin()
}

/// Two events conflict when their times overlap and their circles touch.
pub fn events_conflict(a: &Event, b: &Event) -> bool {
    a.starts_at < b.ends_at
        && b.starts_at < a.ends_at
        && distance_m((a.latitude, a.longitude), (b.latitude, b.longitude))
            <= a.radius_m + b.radius_m
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeconflictionKind {
    /// The same selector in two members' active operations.
    Target,
    /// Two members' events close in place and time.
    Event,
}

impl DeconflictionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DeconflictionKind::Target => "target",
            DeconflictionKind::Event => "event",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "target" => Some(DeconflictionKind::Target),
            "event" => Some(DeconflictionKind::Event),
            _ => None,
        }
    }
}

/// One side of a deconfliction: a member's operation and its selector or event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    pub member: MemberId,
    pub operation: i64,
    pub operation_name: String,
    pub contact: String,
    /// The selector (target) or event (event) of this side that met the other's.
    pub item: i64,
    /// The selector's kind, or the event's kind.
    pub what: String,
    pub reference: Option<String>,
}

/// Two members' operations that met, as stored: both sides in full. Only [`Seen`] leaves the
/// domain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deconfliction {
    pub id: i64,
    pub at: i64,
    pub kind: DeconflictionKind,
    pub sides: [Side; 2],
}

/// A deconfliction as one side sees it: all of its own side, of the other only the member and
/// the contact point that member named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seen {
    pub id: i64,
    pub at: i64,
    pub kind: DeconflictionKind,
    pub own: Side,
    pub other_member: MemberId,
    pub other_contact: String,
}

impl Deconfliction {
    /// The deconfliction as `member` sees it; `None` if it is not one of its sides.
    pub fn seen_by(&self, member: MemberId) -> Option<Seen> {
        let (own, other) = if self.sides[0].member == member {
            (&self.sides[0], &self.sides[1])
        } else if self.sides[1].member == member {
            (&self.sides[1], &self.sides[0])
        } else {
            return None;
        };
        Some(Seen {
            id: self.id,
            at: self.at,
            kind: self.kind,
            own: own.clone(),
            other_member: other.member,
            other_contact: other.contact.clone(),
        })
    }

    /// What each side is told at once (in the page, and by webhook): the same as
    /// [`Deconfliction::seen_by`], nothing more.
    pub fn notices(
        &self,
        member_names: &dyn Fn(MemberId) -> String,
    ) -> Vec<crate::exchange::model::NewNotification> {
        self.sides
            .iter()
            .filter_map(|s| self.seen_by(s.member))
            .map(|seen| crate::exchange::model::NewNotification {
                member: seen.own.member,
                at: self.at,
                kind: "deconfliction".into(),
                payload: serde_json::json!({
                    "deconfliction": seen.id,
                    "match": seen.kind.as_str(),
                    "operation": seen.own.operation,
                    "operation_name": seen.own.operation_name,
                    "item": seen.own.item,
                    "what": seen.own.what,
                    "reference": seen.own.reference,
                    "other_member": member_names(seen.other_member),
                    "other_contact": seen.other_contact,
                })
                .to_string(),
            })
            .collect()
    }
}

/// The refusal of anything new in a closed operation; the store checks it in the
/// registration's own transaction, so a close that commits first is always seen.
pub const CLOSED: &str = "this operation is closed: register another operation for new work";

/// Operations are registered and read by a member's analysts and liaison officers, of an
/// active member.
pub fn registers_operations(actor: &Actor) -> bool {
    actor.reader().active && (actor.has_role(Role::Analyst) || actor.has_role(Role::LiaisonOfficer))
}

/// [`registers_operations`], as a refusal.
pub(crate) fn operator(actor: &Actor) -> Result<()> {
    if registers_operations(actor) {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "operations are registered and read by a member's analysts and liaison officers".into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_selector_written_many_ways_is_one_canonical_text() {
        let same = |kind, values: &[&str], want: &str| {
            for v in values {
                assert_eq!(normalise(kind, v).as_deref(), Ok(want), "{v}");
            }
        };
        same(
            SelectorKind::Phone,
            &[
                "+44 20 7946 0958",
                "0044 (0)20 7946-0958",
                "+44.20.7946.0958",
            ],
            "phone:+442079460958",
        );
        same(
            SelectorKind::Email,
            &[" Courier@Example.ORG ", "courier@example.org"],
            "email:courier@example.org",
        );
        same(
            SelectorKind::Iban,
            &["GB82 WEST 1234 5698 7654 32", "gb82west12345698765432"],
            "iban:GB82WEST12345698765432",
        );
        same(
            SelectorKind::Plate,
            &["ab-123 cd", "AB 123 CD"],
            "plate:AB123CD",
        );
        same(
            SelectorKind::Ip,
            &["2001:DB8::0:1", "2001:db8::1"],
            "ip:2001:db8::1",
        );
        same(
            SelectorKind::Domain,
            &["Harbour.Example.", "harbour.example"],
            "domain:harbour.example",
        );
        same(
            SelectorKind::Identifier,
            &["AB 12-34 56", "ab123456"],
            "identifier:ab123456",
        );
        // Eastern Arabic digits are the same digits.
        same(SelectorKind::Plate, &["م ع ١٢٣", "م ع 123"], "plate:مع123");
    }

    #[test]
    fn a_bad_selector_says_what_it_should_look_like() {
        let refused = |kind, v: &str| normalise(kind, v).unwrap_err();
        assert!(refused(SelectorKind::Phone, "020 7946 0958").contains("international form"));
        assert!(refused(SelectorKind::Phone, "+44 abc").contains("not a phone number"));
        assert!(refused(SelectorKind::Phone, "+0 123 456 789").contains("E.164"));
        assert!(refused(SelectorKind::Iban, "GB82 WEST 1234 5698 7654 33").contains("IBAN"));
        assert!(refused(SelectorKind::Email, "courier.example.org").contains("e-mail"));
        assert!(refused(SelectorKind::Ip, "999.1.1.1").contains("IP address"));
        assert!(refused(SelectorKind::Object, "harbour").contains("STIX id"));
        assert!(refused(SelectorKind::Identifier, " ").contains("empty"));
    }

    #[test]
    fn digests_depend_on_the_key() {
        let a = digest(&[1; 32], "phone:+442079460958");
        assert_eq!(a, digest(&[1; 32], "phone:+442079460958"));
        assert_ne!(a, digest(&[2; 32], "phone:+442079460958"));
        assert_eq!(a.len(), 32);
    }

    #[test]
    fn events_conflict_when_they_meet_in_place_and_time() {
        let e = |lat: f64, lon: f64, r: f64, s: i64, t: i64| Event {
            id: 0,
            operation: 0,
            kind: EventKind::Search,
            latitude: lat,
            longitude: lon,
            radius_m: r,
            starts_at: s,
            ends_at: t,
            reference: None,
            created_at: 0,
        };
        let harbour = e(51.5007, -0.1246, 200.0, 10, 20);
        // About 600 m away.
        let near = e(51.5007, -0.1160, 500.0, 15, 30);
        assert!(events_conflict(&harbour, &near));
        assert!(!events_conflict(
            &harbour,
            &e(51.5007, -0.1160, 300.0, 15, 30)
        ));
        assert!(!events_conflict(
            &harbour,
            &e(51.5007, -0.1246, 200.0, 20, 30)
        ));
        let d = distance_m((48.8566, 2.3522), (51.5074, -0.1278));
        assert!((d - 343_500.0).abs() < 2_000.0, "{d}");
    }

    #[test]
    fn each_side_sees_its_own_side_and_only_the_others_member_and_contact() {
        let side = |m: i64, op: i64| Side {
            member: MemberId(m),
            operation: op,
            operation_name: format!("op {op}"),
            contact: format!("desk {m}"),
            item: op * 10,
            what: "phone".into(),
            reference: Some(format!("ref {m}")),
        };
        let d = Deconfliction {
            id: 1,
            at: 5,
            kind: DeconflictionKind::Target,
            sides: [side(1, 7), side(2, 9)],
        };
        let seen = d.seen_by(MemberId(2)).unwrap();
        assert_eq!(seen.own.operation, 9);
        assert_eq!(seen.other_member, MemberId(1));
        assert_eq!(seen.other_contact, "desk 1");
        assert!(d.seen_by(MemberId(3)).is_none());
        let notices = d.notices(&|m| format!("member {}", m.0));
        assert_eq!(notices.len(), 2);
        for n in &notices {
            assert!(!n.payload.contains(if n.member == MemberId(1) {
                "op 9"
            } else {
                "op 7"
            }));
            assert!(!n.payload.contains(if n.member == MemberId(1) {
                "ref 2"
            } else {
                "ref 1"
            }));
        }
    }
}
