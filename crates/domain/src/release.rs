//! Releasability: the one visibility rule.
//!
//! [`can_see`] is the rule. Storage backends compile the same rule into their queries (see
//! `store`), and the conformance suite checks every backend against this function.

use serde::{Deserialize, Serialize};
use stix::markings::Tlp;

use crate::store::{Grant, Visibility};
use crate::{MemberId, UserId};

/// Who is reading, as far as visibility is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reader {
    pub member: MemberId,
    /// `None` when a member as a whole reads (an export for the member).
    pub user: Option<UserId>,
    /// A suspended or withdrawn member, or a disabled user, sees nothing.
    pub active: bool,
}

/// The effective releasability of a stored object, kept beside it.
///
/// The release list can only exist with the level that uses it: members for AMBER and
/// AMBER+STRICT, users for RED.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "tlp", rename_all = "snake_case")]
pub enum Release {
    Clear,
    Green,
    Amber { members: Vec<MemberId> },
    AmberStrict { members: Vec<MemberId> },
    Red { users: Vec<UserId> },
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
            Tlp::Amber => Release::Amber { members: vec![] },
            Tlp::AmberStrict => Release::AmberStrict { members: vec![] },
            Tlp::Red => Release::Red { users: vec![] },
        }
    }
    pub fn members(&self) -> &[MemberId] {
        match self {
            Release::Amber { members } | Release::AmberStrict { members } => members,
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

/// The originator and release of one stored object version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Releasability {
    pub originator: MemberId,
    pub release: Release,
}

/// The visibility rule (DESIGN.md, "Releasability") for one reader, as clauses that backends
/// compile into their queries and that [`can_see`] evaluates in memory.
pub fn visibility(reader: &Reader) -> Visibility {
    if !reader.active {
        return Visibility(vec![]);
    }
    let mut grants = vec![
        Grant::Originator(reader.member),
        Grant::Levels(vec![Tlp::Clear, Tlp::Green]),
        Grant::ReleasedToMember(vec![Tlp::Amber, Tlp::AmberStrict], reader.member),
    ];
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule() {
        let me = Reader {
            member: MemberId(2),
            user: Some(UserId(20)),
            active: true,
        };
        let r = |originator, release| Releasability {
            originator: MemberId(originator),
            release,
        };
        assert!(can_see(&me, &r(2, Release::bare(Tlp::Red))));
        assert!(can_see(&me, &r(1, Release::Green)));
        assert!(!can_see(&me, &r(1, Release::bare(Tlp::Amber))));
        assert!(can_see(
            &me,
            &r(
                1,
                Release::Amber {
                    members: vec![MemberId(2)]
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
        let suspended = Reader {
            active: false,
            ..me
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
}
