//! The records of statistics: what the store keeps and the use-cases pass around.

use crate::MemberId;
use crate::release::Visibility;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
/// Object versions added in a period, counted by distinct id, by originator, type and level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectCount {
    pub originator: MemberId,
    pub object_type: String,
    pub tlp: stix::markings::Tlp,
    pub objects: u64,
}

/// One hit/no-hit question as it was recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HitLogEntry {
    pub at: i64,
    pub member: MemberId,
    /// The answer given, as JSON ([`HitAnswer`]).
    pub result: String,
}

/// The half-open period `[from, to)` in microseconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Period {
    pub from: i64,
    pub to: i64,
}

/// Counts by a label (an object type, a TLP level, an outcome kind), in label order.
pub type Counts = BTreeMap<String, u64>;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Figures {
    /// Objects contributed (distinct ids with a version added in the period).
    pub contributed: u64,
    pub contributed_by_type: Counts,
    pub contributed_by_tlp: Counts,
    /// Objects another member contributed that were released to this member (for totals: the
    /// sum over members, one delivery per member and object).
    pub received: u64,
    pub received_by_type: Counts,
    pub received_by_tlp: Counts,
    /// Sighting objects contributed.
    pub sightings: u64,
    /// Contributed objects sharing a normalised value with another member's object.
    pub correlated: u64,
    pub rfis_sent: u64,
    /// RFIs answered (for a member: RFIs it gave at least one answer to).
    pub rfis_answered: u64,
    /// From the question to the first answer, in hours (for a member: to its first answer).
    pub rfi_median_response_hours: Option<f64>,
    pub hit_questions: u64,
    /// Questions that found intelligence held by others (for a member: questions that found
    /// its intelligence).
    pub hits: u64,
    /// Release requests granted (for a member: granted as the originator).
    pub release_requests_granted: u64,
    pub outcomes: u64,
    pub outcomes_by_kind: Counts,
    /// Meetings held in the period (for a member: attended).
    pub meetings: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MemberFigures {
    pub member: String,
    pub display_name: String,
    pub figures: Figures,
}

/// Intelligence contributed across the center in one month: the trend since the founding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MonthIntelligence {
    /// `YYYY-MM`.
    pub month: String,
    /// Distinct objects with a version added that month ([`counts_as_intelligence`]).
    pub objects: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct MonthMembers {
    /// `YYYY-MM`.
    pub month: String,
    pub members: u64,
    pub observers: u64,
}

/// Whose view the breakdown by member is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Scope {
    /// Counts only what this member's user may see.
    Viewer { member: String },
    /// Published by the presidency or secretariat: counts everything.
    Published { id: i64, by: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Report {
    pub center: String,
    /// Timestamps as RFC 3339 UTC.
    pub from: String,
    pub to: String,
    pub period: Period,
    pub generated_at: String,
    pub scope: Scope,
    pub totals: Figures,
    pub by_member: Vec<MemberFigures>,
    pub members_over_time: Vec<MonthMembers>,
    /// The center's intelligence month by month (reports published before it was counted
    /// read it as empty).
    #[serde(default)]
    pub intelligence_over_time: Vec<MonthIntelligence>,
    /// The tracked groups most written about in the period, most first (reports published
    /// before these were counted read them as empty).
    #[serde(default)]
    pub top_groups: Vec<GroupFigure>,
    /// What intelligence led to in the period, newest first.
    #[serde(default)]
    pub achievements: Vec<Achievement>,
    /// How the joint operations stood in the period: the status report read at the plenary
    /// (reports published before these were counted read them as empty).
    #[serde(default)]
    pub joint_operations: JointFigures,
}

/// The joint operations of a period, as every member may read them: counted and numbered,
/// never named (a joint operation's title and members are its participants' business).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct JointFigures {
    /// Opened in the period.
    pub opened: u64,
    /// Concluded in the period.
    pub concluded: u64,
    /// Still active at the period's end.
    pub active: u64,
    /// Outcomes of joint operations that occurred in the period.
    pub outcomes: u64,
    /// Every joint operation that was active at some time in the period, oldest first.
    pub operations: Vec<JointLine>,
}

/// One joint operation's status line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct JointLine {
    pub id: i64,
    /// `active` or `concluded`, as it stood at the period's end.
    pub status: String,
    /// RFC 3339 UTC.
    pub opened_at: String,
    pub concluded_at: Option<String>,
    /// Members taking part (accepted), the lead among them.
    pub participants: u64,
    /// Its outcomes that occurred in the period.
    pub outcomes: u64,
}

/// A tracked group and how much was shared about it in the period. Only groups released to
/// every member are named in a report, whoever reads it: a report is read out at the plenary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct GroupFigure {
    pub id: String,
    /// `threat-actor`, `intrusion-set` or `campaign`.
    pub kind: String,
    pub name: String,
    /// Distinct objects with a version added in the period that refer to the group
    /// (relationships, sightings, reports), as far as the report's scope counts.
    pub objects: u64,
}

/// An outcome in the period and the intelligence that led to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Achievement {
    /// The outcome's kind (`arrest`, `group_disrupted`, ...).
    pub kind: String,
    pub description: String,
    /// RFC 3339 UTC.
    pub occurred_at: String,
    /// The member that recorded it.
    pub member: String,
    /// The members whose intelligence, released to every member, led to it.
    pub contributors: Vec<String>,
    /// That intelligence, named.
    pub objects: Vec<AchievementObject>,
    /// Linked objects not released to every member: counted, never named.
    pub withheld: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AchievementObject {
    pub id: String,
    pub kind: String,
    /// Its name, or its id when it has none.
    pub name: String,
}

/// A published report, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct PublishedReport {
    pub id: i64,
    pub period: Period,
    pub published_at: i64,
    pub published_by: MemberId,
    pub title: String,
    /// The [`Report`] as JSON, frozen when published.
    pub body: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewReport {
    pub period: Period,
    pub published_at: i64,
    pub published_by: MemberId,
    pub title: String,
    pub body: String,
}

/// A report kept for the views that ask for it again.
#[derive(Debug, Clone)]
pub struct CachedReport {
    pub(super) compiled_at: i64,
    pub(super) asked_at: i64,
    pub(super) within: Visibility,
    pub(super) period: Period,
    pub(super) open_ended: bool,
    pub(super) report: Report,
}

/// The summary of a published report (lists, agenda links).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ReportSummary {
    pub id: i64,
    pub title: String,
    pub from: String,
    pub to: String,
    pub published_at: String,
    pub published_by: String,
}

pub(super) const HOUR_MICROS: f64 = 3_600_000_000.0;

/// How long a compiled report serves the same view and period before it is compiled afresh.
pub const CACHE_MICROS: i64 = 5 * 60 * 1_000_000;

pub(super) fn median(mut v: Vec<i64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_unstable();
    let n = v.len();
    let at = |i: usize| v.get(i).copied().unwrap_or_default() as f64;
    let m = if n % 2 == 1 {
        at(n / 2)
    } else {
        (at(n / 2 - 1) + at(n / 2)) / 2.0
    };
    Some((m / HOUR_MICROS * 100.0).round() / 100.0)
}

pub(super) fn month_of(micros: i64) -> String {
    match time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(micros) * 1_000) {
        Ok(t) => format!("{:04}-{:02}", t.year(), u8::from(t.month())),
        Err(_) => "0000-00".into(),
    }
}

/// Whether objects of a type count as intelligence in the figures: what lists show as
/// intelligence ([`crate::kinds::READ_AS_INTELLIGENCE`]) and custom `x-` objects.
/// Relationships, identities, markings and extensions are how intelligence is joined, written
/// and marked, and sightings are counted as sightings.
pub fn counts_as_intelligence(object_type: &str) -> bool {
    crate::kinds::READ_AS_INTELLIGENCE.contains(&object_type) || object_type.starts_with("x-")
}

pub(super) fn intelligence(c: &&ObjectCount) -> bool {
    counts_as_intelligence(&c.object_type)
}

/// Adds object counts to the contributed figures of their originators.
pub(super) fn add_contributed(by: &mut HashMap<MemberId, Figures>, counts: &[ObjectCount]) {
    for c in counts.iter().filter(|c| c.object_type == "sighting") {
        by.entry(c.originator).or_default().sightings += c.objects;
    }
    for c in counts.iter().filter(intelligence) {
        let f = by.entry(c.originator).or_default();
        f.contributed += c.objects;
        *f.contributed_by_type
            .entry(c.object_type.clone())
            .or_default() += c.objects;
        *f.contributed_by_tlp
            .entry(c.tlp.name().to_string())
            .or_default() += c.objects;
    }
}

/// Adds what `member` can see of others' objects to its received figures.
pub(super) fn add_received(f: &mut Figures, member: MemberId, counts: &[ObjectCount]) {
    for c in counts
        .iter()
        .filter(intelligence)
        .filter(|c| c.originator != member)
    {
        f.received += c.objects;
        *f.received_by_type.entry(c.object_type.clone()).or_default() += c.objects;
        *f.received_by_tlp
            .entry(c.tlp.name().to_string())
            .or_default() += c.objects;
    }
}

pub(super) fn sum_into(total: &mut Figures, f: &Figures) {
    let add = |a: &mut Counts, b: &Counts| {
        for (k, v) in b {
            *a.entry(k.clone()).or_default() += v;
        }
    };
    total.contributed += f.contributed;
    add(&mut total.contributed_by_type, &f.contributed_by_type);
    add(&mut total.contributed_by_tlp, &f.contributed_by_tlp);
    total.received += f.received;
    add(&mut total.received_by_type, &f.received_by_type);
    add(&mut total.received_by_tlp, &f.received_by_tlp);
    total.sightings += f.sightings;
    total.correlated += f.correlated;
}
