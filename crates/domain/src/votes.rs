//! The vote engine: admission votes and meeting decisions are decided by the same rules.
//!
//! Each member eligible to vote has one vote (yes, no or abstain) and may change it until the
//! vote closes. A vote closes at its deadline, or earlier as soon as the votes not yet cast
//! can no longer change the outcome. Pure: no I/O, no clock.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    Yes,
    No,
    Abstain,
}

impl Choice {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Abstain => "abstain",
        }
    }
    /// Every value, in order.
    pub const ALL: [Self; 3] = [Self::Yes, Self::No, Self::Abstain];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// How an abstention counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Abstention {
    /// It neither helps nor blocks: under unanimity an abstainer does not prevent adoption (as
    /// in the EU Council); under majorities it is left out of the votes the threshold counts.
    Neutral,
    /// It counts like a vote that is not yes: it blocks unanimity and weighs against a
    /// majority.
    AgainstAdoption,
}

/// A voting rule. Shares are of the members eligible to vote unless said otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum VotingRule {
    /// Every eligible member votes yes (abstentions as `abstention` says). The default, as
    /// NATO and the EU admit members.
    Unanimity { abstention: Abstention },
    /// At least two thirds of the eligible members vote yes (as INTERPOL admits members); with
    /// neutral abstention, two thirds of those who did not abstain.
    TwoThirds { abstention: Abstention },
    /// Yes votes reach `threshold_percent` of the votes counted, provided `quorum_percent` of
    /// the eligible members took part (abstentions count towards the quorum).
    QualifiedMajority {
        threshold_percent: u8,
        quorum_percent: u8,
        abstention: Abstention,
    },
}

impl Default for VotingRule {
    fn default() -> Self {
        VotingRule::Unanimity {
            abstention: Abstention::Neutral,
        }
    }
}

impl VotingRule {
    /// Checks the numbers of a rule someone configured.
    pub fn check(&self) -> Result<(), String> {
        if let VotingRule::QualifiedMajority {
            threshold_percent,
            quorum_percent,
            ..
        } = self
        {
            if !(1..=100).contains(threshold_percent) {
                return Err("the threshold must be between 1 and 100 percent".into());
            }
            if *quorum_percent > 100 {
                return Err("the quorum must be between 0 and 100 percent".into());
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Adopted,
    Rejected,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Adopted => "adopted",
            Self::Rejected => "rejected",
        }
    }
    /// Every value, in order.
    pub const ALL: [Self; 2] = [Self::Adopted, Self::Rejected];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// Votes cast so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub yes: u32,
    pub no: u32,
    pub abstain: u32,
}

impl Count {
    pub fn cast(&self) -> u32 {
        self.yes + self.no + self.abstain
    }
}

/// `a * 100 >= b * percent` without rounding.
fn at_least(a: u32, b: u32, percent: u32) -> bool {
    u64::from(a) * 100 >= u64::from(b) * u64::from(percent)
}

/// The outcome if the vote closed with these votes (members who did not vote are absent).
pub fn outcome(rule: &VotingRule, eligible: u32, c: Count) -> Outcome {
    let adopted = match *rule {
        VotingRule::Unanimity { abstention } => {
            let everyone_voted = c.cast() == eligible;
            match abstention {
                Abstention::Neutral => everyone_voted && c.no == 0 && c.yes > 0,
                Abstention::AgainstAdoption => eligible > 0 && c.yes == eligible,
            }
        }
        VotingRule::TwoThirds { abstention } => {
            let base = match abstention {
                Abstention::Neutral => eligible - c.abstain,
                Abstention::AgainstAdoption => eligible,
            };
            base > 0 && u64::from(c.yes) * 3 >= u64::from(base) * 2
        }
        VotingRule::QualifiedMajority {
            threshold_percent,
            quorum_percent,
            abstention,
        } => {
            let quorum = at_least(c.cast(), eligible, u32::from(quorum_percent));
            let counted = match abstention {
                Abstention::Neutral => c.yes + c.no,
                Abstention::AgainstAdoption => c.cast(),
            };
            quorum && counted > 0 && at_least(c.yes, counted, u32::from(threshold_percent))
        }
    };
    if adopted {
        Outcome::Adopted
    } else {
        Outcome::Rejected
    }
}

/// The outcome, if the votes not yet cast can no longer change it: every way the remaining
/// eligible members could vote, or not vote, gives the same outcome.
pub fn decided(rule: &VotingRule, eligible: u32, c: Count) -> Option<Outcome> {
    let remaining = eligible.saturating_sub(c.cast());
    let first = outcome(rule, eligible, c);
    for yes in 0..=remaining {
        for no in 0..=remaining - yes {
            for abstain in 0..=remaining - yes - no {
                let o = outcome(
                    rule,
                    eligible,
                    Count {
                        yes: c.yes + yes,
                        no: c.no + no,
                        abstain: c.abstain + abstain,
                    },
                );
                if o != first {
                    return None;
                }
            }
        }
    }
    Some(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn count(yes: u32, no: u32, abstain: u32) -> Count {
        Count { yes, no, abstain }
    }

    const UNANIMITY: VotingRule = VotingRule::Unanimity {
        abstention: Abstention::Neutral,
    };
    const STRICT_UNANIMITY: VotingRule = VotingRule::Unanimity {
        abstention: Abstention::AgainstAdoption,
    };

    #[test]
    fn unanimity() {
        assert_eq!(outcome(&UNANIMITY, 4, count(4, 0, 0)), Outcome::Adopted);
        assert_eq!(outcome(&UNANIMITY, 4, count(3, 0, 1)), Outcome::Adopted);
        assert_eq!(
            outcome(&STRICT_UNANIMITY, 4, count(3, 0, 1)),
            Outcome::Rejected
        );
        assert_eq!(outcome(&UNANIMITY, 4, count(3, 0, 0)), Outcome::Rejected);
        assert_eq!(outcome(&UNANIMITY, 4, count(0, 0, 4)), Outcome::Rejected);
        // One "no" settles it at once; all yes but one still open does not.
        assert_eq!(
            decided(&UNANIMITY, 4, count(2, 1, 0)),
            Some(Outcome::Rejected)
        );
        assert_eq!(decided(&UNANIMITY, 4, count(3, 0, 0)), None);
        assert_eq!(
            decided(&UNANIMITY, 4, count(4, 0, 0)),
            Some(Outcome::Adopted)
        );
    }

    #[test]
    fn two_thirds() {
        let r = VotingRule::TwoThirds {
            abstention: Abstention::AgainstAdoption,
        };
        assert_eq!(outcome(&r, 9, count(6, 3, 0)), Outcome::Adopted);
        assert_eq!(outcome(&r, 9, count(5, 0, 4)), Outcome::Rejected);
        assert_eq!(decided(&r, 9, count(6, 0, 0)), Some(Outcome::Adopted));
        assert_eq!(decided(&r, 9, count(5, 4, 0)), Some(Outcome::Rejected));
        let neutral = VotingRule::TwoThirds {
            abstention: Abstention::Neutral,
        };
        // 4 of the 6 who did not abstain.
        assert_eq!(outcome(&neutral, 9, count(4, 2, 3)), Outcome::Adopted);
    }

    #[test]
    fn qualified_majority_with_quorum() {
        let r = VotingRule::QualifiedMajority {
            threshold_percent: 55,
            quorum_percent: 50,
            abstention: Abstention::Neutral,
        };
        assert_eq!(
            outcome(&r, 10, count(3, 1, 0)),
            Outcome::Rejected,
            "no quorum"
        );
        assert_eq!(outcome(&r, 10, count(3, 1, 1)), Outcome::Adopted);
        assert_eq!(outcome(&r, 10, count(3, 3, 0)), Outcome::Rejected);
        assert!(r.check().is_ok());
        let bad = VotingRule::QualifiedMajority {
            threshold_percent: 0,
            quorum_percent: 50,
            abstention: Abstention::Neutral,
        };
        assert!(bad.check().is_err());
    }

    fn rules() -> impl Strategy<Value = VotingRule> {
        let abst = prop_oneof![Just(Abstention::Neutral), Just(Abstention::AgainstAdoption)];
        prop_oneof![
            abst.clone()
                .prop_map(|abstention| VotingRule::Unanimity { abstention }),
            abst.clone()
                .prop_map(|abstention| VotingRule::TwoThirds { abstention }),
            (1u8..=100, 0u8..=100, abst).prop_map(|(t, q, abstention)| {
                VotingRule::QualifiedMajority {
                    threshold_percent: t,
                    quorum_percent: q,
                    abstention,
                }
            }),
        ]
    }

    /// Eligible members and a split of votes cast among them.
    fn votes() -> impl Strategy<Value = (u32, Count)> {
        (1u32..14).prop_flat_map(|eligible| {
            (0..=eligible).prop_flat_map(move |yes| {
                (0..=eligible - yes).prop_flat_map(move |no| {
                    (0..=eligible - yes - no)
                        .prop_map(move |abstain| (eligible, count(yes, no, abstain)))
                })
            })
        })
    }

    proptest! {
        /// Early closure is safe: once decided, every completion of the vote ends the same.
        #[test]
        fn a_decided_vote_cannot_change(rule in rules(), (eligible, c) in votes(), seed in any::<u64>()) {
            if let Some(d) = decided(&rule, eligible, c) {
                let remaining = eligible - c.cast();
                let yes = (seed % u64::from(remaining + 1)) as u32;
                let no = ((seed / 7) % u64::from(remaining - yes + 1)) as u32;
                let abstain = ((seed / 49) % u64::from(remaining - yes - no + 1)) as u32;
                let later = count(c.yes + yes, c.no + no, c.abstain + abstain);
                prop_assert_eq!(outcome(&rule, eligible, later), d);
            }
        }

        /// When everyone has voted, the vote is decided by the votes themselves.
        #[test]
        fn a_complete_vote_is_decided((eligible, c) in votes(), rule in rules()) {
            if c.cast() == eligible {
                prop_assert_eq!(decided(&rule, eligible, c), Some(outcome(&rule, eligible, c)));
            }
        }

        /// Unanimity: adopted exactly when nobody said no, nobody stayed away and (with strict
        /// abstention) nobody abstained.
        #[test]
        fn unanimity_is_everyone((eligible, c) in votes()) {
            prop_assert_eq!(
                outcome(&UNANIMITY, eligible, c) == Outcome::Adopted,
                c.no == 0 && c.cast() == eligible && c.yes > 0
            );
            prop_assert_eq!(
                outcome(&STRICT_UNANIMITY, eligible, c) == Outcome::Adopted,
                c.yes == eligible
            );
        }

        /// Two thirds of the members: the smallest adopting number of yes votes is ceil(2n/3).
        #[test]
        fn two_thirds_is_the_exact_threshold((eligible, c) in votes()) {
            let r = VotingRule::TwoThirds { abstention: Abstention::AgainstAdoption };
            prop_assert_eq!(
                outcome(&r, eligible, c) == Outcome::Adopted,
                c.yes >= (2 * eligible).div_ceil(3)
            );
        }

        /// More yes votes never turn adoption into rejection, under any rule.
        #[test]
        fn a_yes_never_hurts(rule in rules(), (eligible, c) in votes()) {
            if c.cast() < eligible && outcome(&rule, eligible, c) == Outcome::Adopted {
                let more = count(c.yes + 1, c.no, c.abstain);
                prop_assert_eq!(outcome(&rule, eligible, more), Outcome::Adopted);
            }
        }

        /// Below the quorum nothing is adopted.
        #[test]
        fn no_quorum_no_adoption((eligible, c) in votes(), t in 1u8..=100, q in 0u8..=100) {
            let r = VotingRule::QualifiedMajority {
                threshold_percent: t,
                quorum_percent: q,
                abstention: Abstention::Neutral,
            };
            if u64::from(c.cast()) * 100 < u64::from(eligible) * u64::from(q) {
                prop_assert_eq!(outcome(&r, eligible, c), Outcome::Rejected);
            }
        }
    }
}
