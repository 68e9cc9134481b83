//! Releasability: the one visibility rule.
//!
//! [`can_see`] is the rule. Storage backends compile the same rule into their queries (see
//! `store`), and the conformance suite checks every backend against this function.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use stix::markings::Tlp;

use crate::{GroupId, MemberId, UserId};

/// One clause of the visibility rule; a reader sees a row that any clause admits.
/// Produced only by [`crate::release::visibility`], the one place the rule is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grant {
    /// Rows this member originated.
    Originator(MemberId),
    /// Rows at one of these levels, whoever originated them.
    Levels(Vec<Tlp>),
    /// Rows at one of these levels whose release list names this member.
    ReleasedToMember(Vec<Tlp>, MemberId),
    /// Rows at one of these levels whose release list names one of these sharing groups.
    ReleasedToGroups(Vec<Tlp>, Vec<GroupId>),
    /// Rows at one of these levels whose release list names this user.
    ReleasedToUser(Vec<Tlp>, UserId),
}

/// The visibility rule for one reader, in a form every backend can compile into its queries.
/// An empty list admits nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visibility(pub Vec<Grant>);

/// Who is reading, as far as visibility is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reader {
    pub member: MemberId,
    /// `None` when a member as a whole reads (an export for the member).
    pub user: Option<UserId>,
    /// The sharing groups the member is in now: a group's membership is read on every request,
    /// so adding or removing a member changes what it sees at once.
    pub groups: Vec<GroupId>,
    /// A suspended or withdrawn member, or a disabled user, sees nothing.
    pub active: bool,
}

impl crate::Actor {
    /// The actor as the visibility rule reads it.
    pub fn reader(&self) -> Reader {
        Reader {
            member: self.member.id,
            user: Some(self.user.id),
            groups: self.groups.clone(),
            active: self.member.status.is_active() && !self.user.disabled,
        }
    }
}

/// The effective releasability of a stored object, kept beside it.
///
/// The release list can only exist with the level that uses it: members and sharing groups for
/// AMBER and AMBER+STRICT, users for RED.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "tlp", rename_all = "snake_case")]
pub enum Release {
    Clear,
    Green,
    Amber {
        members: Vec<MemberId>,
        groups: Vec<GroupId>,
    },
    AmberStrict {
        members: Vec<MemberId>,
        groups: Vec<GroupId>,
    },
    Red {
        users: Vec<UserId>,
    },
}

impl Release {
    pub fn tlp(&self) -> Tlp {
        match self {
            Release::Clear => Tlp::Clear,
            Release::Green => Tlp::Green,
            Release::Amber { .. } => Tlp::Amber,
            Release::AmberStrict { .. } => Tlp::AmberStrict,
            Release::Red { .. } => Tlp::Red,
        }
    }
    /// The level with an empty release list: only the originator sees it.
    pub fn bare(tlp: Tlp) -> Release {
        match tlp {
            Tlp::Clear => Release::Clear,
            Tlp::Green => Release::Green,
            Tlp::Amber => Release::Amber {
                members: vec![],
                groups: vec![],
            },
            Tlp::AmberStrict => Release::AmberStrict {
                members: vec![],
                groups: vec![],
            },
            Tlp::Red => Release::Red { users: vec![] },
        }
    }
    pub fn members(&self) -> &[MemberId] {
        match self {
            Release::Amber { members, .. } | Release::AmberStrict { members, .. } => members,
            _ => &[],
        }
    }
    pub fn groups(&self) -> &[GroupId] {
        match self {
            Release::Amber { groups, .. } | Release::AmberStrict { groups, .. } => groups,
            _ => &[],
        }
    }
    pub fn users(&self) -> &[UserId] {
        match self {
            Release::Red { users } => users,
            _ => &[],
        }
    }
}

/// Source reliability, as Europol's 4x4 evaluation grades it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Reliability {
    /// No doubt about the source's authenticity, trustworthiness and competence.
    A,
    /// The source has mostly proved reliable.
    B,
    /// The source has mostly proved unreliable.
    C,
    /// Reliability cannot be assessed.
    X,
}

impl Reliability {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "A" | "a" => Some(Self::A),
            "B" | "b" => Some(Self::B),
            "C" | "c" => Some(Self::C),
            "X" | "x" => Some(Self::X),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::B => "B",
            Self::C => "C",
            Self::X => "X",
        }
    }
}

/// A 4x4 evaluation: source reliability and information accuracy (1 known to be true without
/// reservation, 2 known personally to the source, 3 not known personally but corroborated,
/// 4 cannot be judged).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evaluation {
    pub reliability: Reliability,
    pub accuracy: u8,
}

impl Evaluation {
    pub fn new(reliability: Reliability, accuracy: u8) -> Option<Self> {
        (1..=4).contains(&accuracy).then_some(Self {
            reliability,
            accuracy,
        })
    }
    /// Reads a code such as `B2`.
    pub fn parse(code: &str) -> Option<Self> {
        let mut c = code.chars();
        let r = Reliability::parse(&c.next()?.to_string())?;
        let a = c.next()?.to_digit(10)?;
        if c.next().is_some() {
            return None;
        }
        Self::new(r, u8::try_from(a).ok()?)
    }
    pub fn code(self) -> String {
        format!("{}{}", self.reliability.as_str(), self.accuracy)
    }
}

/// The originator and release of one stored object version, with its handling codes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Releasability {
    pub originator: MemberId,
    pub release: Release,
    /// Originator control: recipients may not pass it on, nor release what refers to it more
    /// widely (the third-party rule).
    #[serde(default)]
    pub orcon: bool,
    #[serde(default)]
    pub evaluation: Option<Evaluation>,
}

impl Releasability {
    /// The releasability as `reader` may learn it. The originator's people see the whole
    /// effective release list; anyone else learns only that it reaches them (their member,
    /// their sharing groups, their own name). Members named together on one list read that
    /// list's marking definition, which names them all (a list is shared among those on it);
    /// what this keeps from them is who else received the object another way: a release
    /// request granted to another member, a sharing group or a list they are not on.
    pub fn as_seen_by(&self, reader: &Reader) -> Releasability {
        if reader.member == self.originator {
            return self.clone();
        }
        let mine = |members: &[MemberId]| -> Vec<MemberId> {
            members
                .iter()
                .filter(|m| **m == reader.member)
                .copied()
                .collect()
        };
        let ours = |groups: &[GroupId]| -> Vec<GroupId> {
            groups
                .iter()
                .filter(|g| reader.groups.contains(g))
                .copied()
                .collect()
        };
        let release = match &self.release {
            Release::Amber { members, groups } => Release::Amber {
                members: mine(members),
                groups: ours(groups),
            },
            Release::AmberStrict { members, groups } => Release::AmberStrict {
                members: mine(members),
                groups: ours(groups),
            },
            Release::Red { users } => Release::Red {
                users: users
                    .iter()
                    .filter(|u| reader.user == Some(**u))
                    .copied()
                    .collect(),
            },
            open => open.clone(),
        };
        Releasability {
            release,
            ..self.clone()
        }
    }

    pub fn new(originator: MemberId, release: Release) -> Self {
        Self {
            originator,
            release,
            orcon: false,
            evaluation: None,
        }
    }
}

/// The visibility rule (DESIGN.md, "Releasability") for one reader, as clauses that backends
/// compile into their queries and that [`can_see`] evaluates in memory.
pub fn visibility(reader: &Reader) -> Visibility {
    if !reader.active {
        return Visibility(vec![]);
    }
    let amber = vec![Tlp::Amber, Tlp::AmberStrict];
    let mut grants = vec![
        Grant::Originator(reader.member),
        Grant::Levels(vec![Tlp::Clear, Tlp::Green]),
        Grant::ReleasedToMember(amber.clone(), reader.member),
    ];
    if !reader.groups.is_empty() {
        grants.push(Grant::ReleasedToGroups(amber, reader.groups.clone()));
    }
    if let Some(u) = reader.user {
        grants.push(Grant::ReleasedToUser(vec![Tlp::Red], u));
    }
    Visibility(grants)
}

impl Grant {
    /// Whether this clause admits an object with releasability `r`.
    pub fn admits(&self, r: &Releasability) -> bool {
        match self {
            Grant::Originator(m) => r.originator == *m,
            Grant::Levels(l) => l.contains(&r.release.tlp()),
            Grant::ReleasedToMember(l, m) => {
                l.contains(&r.release.tlp()) && r.release.members().contains(m)
            }
            Grant::ReleasedToGroups(l, gs) => {
                l.contains(&r.release.tlp()) && r.release.groups().iter().any(|g| gs.contains(g))
            }
            Grant::ReleasedToUser(l, u) => {
                l.contains(&r.release.tlp()) && r.release.users().contains(u)
            }
        }
    }
}

/// Whether `reader` may see an object with releasability `r`.
pub fn can_see(reader: &Reader, r: &Releasability) -> bool {
    visibility(reader).0.iter().any(|g| g.admits(r))
}

/// Who an object reaches, with sharing groups expanded as they stand now. The third-party rule
/// compares audiences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audience {
    /// Every active member (TLP:CLEAR and TLP:GREEN).
    pub everyone: bool,
    /// Whole members: the originator and the release list.
    pub members: BTreeSet<MemberId>,
    /// Named users (TLP:RED).
    pub users: BTreeSet<UserId>,
}

impl Audience {
    /// `group_members` gives the members of a sharing group.
    pub fn of(r: &Releasability, group_members: impl Fn(GroupId) -> Vec<MemberId>) -> Self {
        let mut members: BTreeSet<MemberId> = r.release.members().iter().copied().collect();
        for g in r.release.groups() {
            members.extend(group_members(*g));
        }
        members.insert(r.originator);
        Self {
            everyone: matches!(r.release, Release::Clear | Release::Green),
            members,
            users: r.release.users().iter().copied().collect(),
        }
    }

    /// Whether everyone this audience reaches is also reached by `wider`; `member_of` gives a
    /// user's member.
    pub fn within(&self, wider: &Audience, member_of: impl Fn(UserId) -> Option<MemberId>) -> bool {
        if wider.everyone {
            return true;
        }
        !self.everyone
            && self.members.is_subset(&wider.members)
            && self.users.iter().all(|u| {
                wider.users.contains(u) || member_of(*u).is_some_and(|m| wider.members.contains(&m))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule() {
        let me = Reader {
            member: MemberId(2),
            user: Some(UserId(20)),
            groups: vec![GroupId(7)],
            active: true,
        };
        let r = |originator, release| Releasability::new(MemberId(originator), release);
        assert!(can_see(&me, &r(2, Release::bare(Tlp::Red))));
        assert!(can_see(&me, &r(1, Release::Green)));
        assert!(!can_see(&me, &r(1, Release::bare(Tlp::Amber))));
        assert!(can_see(
            &me,
            &r(
                1,
                Release::Amber {
                    members: vec![MemberId(2)],
                    groups: vec![]
                }
            )
        ));
        assert!(!can_see(
            &me,
            &r(
                1,
                Release::Red {
                    users: vec![UserId(21)]
                }
            )
        ));
        assert!(can_see(
            &me,
            &r(
                1,
                Release::Red {
                    users: vec![UserId(20)]
                }
            )
        ));
        // Released to a sharing group the reader's member is in, and to one it is not in.
        let to_group = |g| Release::AmberStrict {
            members: vec![],
            groups: vec![GroupId(g)],
        };
        assert!(can_see(&me, &r(1, to_group(7))));
        assert!(!can_see(&me, &r(1, to_group(8))));
        let suspended = Reader {
            active: false,
            ..me.clone()
        };
        assert!(!can_see(&suspended, &r(2, Release::Clear)));
        let whole_member = Reader { user: None, ..me };
        assert!(!can_see(
            &whole_member,
            &r(
                1,
                Release::Red {
                    users: vec![UserId(20)]
                }
            )
        ));
    }

    #[test]
    fn a_narrower_audience_is_within_a_wider_one() {
        let groups = |g: GroupId| {
            if g.0 == 1 {
                vec![MemberId(3), MemberId(4)]
            } else {
                vec![]
            }
        };
        let member_of = |u: UserId| Some(MemberId(u.0 / 10));
        let a = |originator, release| {
            Audience::of(&Releasability::new(MemberId(originator), release), groups)
        };
        let amber = |members: &[i64], groups: &[i64]| Release::Amber {
            members: members.iter().map(|m| MemberId(*m)).collect(),
            groups: groups.iter().map(|g| GroupId(*g)).collect(),
        };
        let orcon = a(1, amber(&[2], &[1])); // members 1, 2, 3, 4
        assert!(a(2, amber(&[1, 3], &[])).within(&orcon, member_of));
        assert!(a(2, amber(&[], &[1])).within(&orcon, member_of));
        assert!(!a(2, amber(&[5], &[])).within(&orcon, member_of));
        assert!(!a(2, Release::Green).within(&orcon, member_of));
        assert!(
            a(
                2,
                Release::Red {
                    users: vec![UserId(31)]
                }
            )
            .within(&orcon, member_of)
        );
        assert!(
            !a(
                2,
                Release::Red {
                    users: vec![UserId(51)]
                }
            )
            .within(&orcon, member_of)
        );
        assert!(!a(5, Release::bare(Tlp::Red)).within(&orcon, member_of));
        assert!(a(5, Release::bare(Tlp::Red)).within(&a(1, Release::Clear), member_of));
    }
}
