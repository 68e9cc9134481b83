//! Members, the presidency, admissions and votes.

use super::*;

#[derive(Subcommand)]
pub(crate) enum MemberCmd {
    /// Add a member organisation (with its STIX identity).
    Add {
        /// Short unique name (a-z, 0-9, '-', '_', '.').
        name: String,
        /// The organisation's full name.
        #[arg(long)]
        display_name: Option<String>,
        /// One of the members that found the center (it accedes on the founding date).
        #[arg(long)]
        founding: bool,
    },
    /// List members.
    List,
    /// Suspend a member: it sees nothing from the next request on.
    Suspend {
        name: String,
        #[arg(long)]
        reason: String,
    },
    /// Withdraw a member from the center.
    Withdraw {
        name: String,
        #[arg(long)]
        reason: String,
    },
    /// Restore a suspended member.
    Reinstate {
        name: String,
        #[arg(long)]
        reason: String,
    },
    /// Make a member an observer (it reads, it does not vote).
    Observe {
        name: String,
        #[arg(long)]
        reason: String,
    },
    /// A member's history: every change of status, why and on what decision.
    History { name: String },
    /// Identities a member authors as besides its own (aliases, sub-units): only it may name
    /// them as `created_by_ref`. Any other author (MITRE, a vendor) anyone may name.
    #[command(subcommand)]
    Identity(IdentityCmd),
}

#[derive(Subcommand)]
pub(crate) enum IdentityCmd {
    /// Register an identity to a member.
    Add {
        member: String,
        /// `identity--UUID`.
        identity: String,
        /// The name people know it by.
        #[arg(long)]
        name: String,
    },
    /// The member's own identity and those registered to it.
    List { member: String },
    /// Unregister an identity; what was shared under it stays.
    Remove { member: String, identity: String },
}

#[derive(Subcommand)]
pub(crate) enum PresidencyCmd {
    /// Show the current term and every term so far.
    Show,
    /// Rotate through members in this order, each for `--months`.
    Rotation {
        /// Member names in order (comma-separated); empty: the order of accession.
        #[arg(long, value_delimiter = ',')]
        order: Vec<String>,
        #[arg(long, default_value_t = 6)]
        months: u32,
    },
    /// Appoint presidencies by decision, each for `--months`.
    ByDecision {
        #[arg(long, default_value_t = 6)]
        months: u32,
    },
    /// Appoint a member to the presidency (the first term, or the next by a decision).
    Appoint {
        member: String,
        /// The decision that appoints it, e.g. "meeting 2026-11, decision 3".
        #[arg(long)]
        decision: String,
    },
}

#[derive(Subcommand)]
pub(crate) enum VoteCmd {
    /// List votes and their state.
    List,
    /// Set the rule admission votes use: unanimity, two-thirds or qualified.
    Rule {
        #[arg(value_parser = ["unanimity", "two-thirds", "qualified"])]
        rule: String,
        /// Abstention blocks (counts against) instead of being neutral.
        #[arg(long)]
        abstention_blocks: bool,
        #[arg(long, default_value_t = 55)]
        threshold: u8,
        #[arg(long, default_value_t = 50)]
        quorum: u8,
    },
}

#[derive(Subcommand)]
pub(crate) enum AdmissionCmd {
    /// Record an organisation's application; the vote on it opens at once.
    Apply {
        name: String,
        #[arg(long)]
        display_name: String,
        #[arg(long)]
        description: String,
        #[arg(long)]
        contact: String,
        /// A member that sponsors the application.
        #[arg(long)]
        sponsor: Option<String>,
        /// Days the vote stays open (14 unless given).
        #[arg(long)]
        days: Option<i64>,
    },
    /// List applications with the state of their votes.
    List,
    /// Invite an admitted member's first user; prints a one-time token.
    Invite {
        member: String,
        #[arg(long)]
        username: String,
    },
}

pub(crate) async fn member(s: &Settings, cmd: MemberCmd) -> Result<()> {
    let center = open_center(s).await?;
    let set = |name: String, st: MemberStatus, reason: String| {
        let center = &center;
        async move {
            let m = center
                .change_member_status(Authority::Console, &name, st, &reason)
                .await?;
            println!("{} is now {}", m.name, m.status.as_str());
            anyhow::Ok(())
        }
    };
    let date = |at: Option<i64>| at.map(taxii_timestamp).unwrap_or_else(|| "-".into());
    match cmd {
        MemberCmd::Add {
            name,
            display_name,
            founding,
        } => {
            let display = display_name.unwrap_or_else(|| name.clone());
            let m = center
                .add_member(Authority::Console, &name, &display, founding)
                .await?;
            println!(
                "Added {}member {} ({}), identity {}",
                if founding { "founding " } else { "" },
                m.name,
                m.display_name,
                m.identity_id
            );
        }
        MemberCmd::List => {
            for m in center.members().await? {
                println!(
                    "{}\t{}\t{}\t{}\tsince {}{}{}",
                    m.name,
                    m.status.as_str(),
                    m.identity_id,
                    m.display_name,
                    date(m.accession_at),
                    if m.founding { "\tfounding" } else { "" },
                    if m.is_secretariat {
                        "\t(secretariat)"
                    } else {
                        ""
                    }
                );
            }
        }
        MemberCmd::Suspend { name, reason } => set(name, MemberStatus::Suspended, reason).await?,
        MemberCmd::Withdraw { name, reason } => set(name, MemberStatus::Withdrawn, reason).await?,
        MemberCmd::Reinstate { name, reason } => set(name, MemberStatus::Member, reason).await?,
        MemberCmd::Observe { name, reason } => set(name, MemberStatus::Observer, reason).await?,
        MemberCmd::Identity(IdentityCmd::Add {
            member,
            identity,
            name,
        }) => {
            let i = center
                .register_identity(Authority::Console, &member, &identity, &name)
                .await?;
            println!(
                "Registered {} ({}) to member {member}: only it may name it as author",
                i.identity_id, i.name
            );
        }
        MemberCmd::Identity(IdentityCmd::List { member }) => {
            let m = center.member_by_name(&member).await?;
            println!("{}	{}	(own identity)", m.identity_id, m.display_name);
            for i in center
                .member_identities(Authority::Console, &member)
                .await?
            {
                println!(
                    "{}	{}	since {}",
                    i.identity_id,
                    i.name,
                    date(Some(i.created_at))
                );
            }
        }
        MemberCmd::Identity(IdentityCmd::Remove { member, identity }) => {
            center
                .unregister_identity(Authority::Console, &member, &identity)
                .await?;
            println!("Unregistered {identity} from member {member}");
        }
        MemberCmd::History { name } => {
            for t in center.member_history(&name).await? {
                println!(
                    "{}\t{} -> {}\t{}\t{}\tby {}",
                    taxii_timestamp(t.at),
                    t.from.map_or("-", |f| f.as_str()),
                    t.to.as_str(),
                    t.reason,
                    t.decision.as_deref().unwrap_or("-"),
                    t.actor
                );
            }
        }
    }
    Ok(())
}

pub(crate) async fn presidency(s: &Settings, cmd: PresidencyCmd) -> Result<()> {
    let center = open_center(s).await?;
    let names = center.member_names().await?;
    let ids = |order: &[String]| -> Result<Vec<domain::MemberId>> {
        order
            .iter()
            .map(|n| {
                names
                    .iter()
                    .find(|(_, name)| *name == n)
                    .map(|(id, _)| *id)
                    .with_context(|| format!("no member named '{n}'"))
            })
            .collect()
    };
    match cmd {
        PresidencyCmd::Show => {
            let current = center.current_presidency().await?;
            for t in center.presidency_terms().await? {
                println!(
                    "{}\t{} to {}\t{}\t{}{}",
                    names.get(&t.member).map_or("?", String::as_str),
                    taxii_timestamp(t.starts_at),
                    taxii_timestamp(t.ends_at),
                    t.basis,
                    t.note,
                    if current.as_ref().is_some_and(|c| c.id == t.id) {
                        "\t(current)"
                    } else {
                        ""
                    }
                );
            }
        }
        PresidencyCmd::Rotation { order, months } => {
            center
                .set_presidency_policy(
                    Authority::Console,
                    domain::governance::PresidencyPolicy::Rotation {
                        order: ids(&order)?,
                        term_months: months,
                    },
                )
                .await?;
            println!("The presidency rotates every {months} months");
        }
        PresidencyCmd::ByDecision { months } => {
            center
                .set_presidency_policy(
                    Authority::Console,
                    domain::governance::PresidencyPolicy::Decision {
                        term_months: months,
                    },
                )
                .await?;
            println!("The presidency is appointed by decision, for {months} months");
        }
        PresidencyCmd::Appoint { member, decision } => {
            let t = center
                .appoint_president(Authority::Console, &member, "decision", &decision)
                .await?;
            println!(
                "{member} holds the presidency from {} to {}",
                taxii_timestamp(t.starts_at),
                taxii_timestamp(t.ends_at)
            );
        }
    }
    Ok(())
}

/// A rule by its command-line name: unanimity, two-thirds or qualified (with threshold and
/// quorum in percent).
pub(crate) fn voting_rule(
    name: &str,
    abstention: domain::votes::Abstention,
    threshold: u8,
    quorum: u8,
) -> domain::votes::VotingRule {
    use domain::votes::VotingRule;
    match name {
        "unanimity" => VotingRule::Unanimity { abstention },
        "two-thirds" => VotingRule::TwoThirds { abstention },
        _ => VotingRule::QualifiedMajority {
            threshold_percent: threshold,
            quorum_percent: quorum,
            abstention,
        },
    }
}

pub(crate) async fn vote(s: &Settings, cmd: VoteCmd) -> Result<()> {
    use domain::votes::Abstention;
    let center = open_center(s).await?;
    match cmd {
        VoteCmd::List => {
            for b in center.ballots().await? {
                println!(
                    "{}\t{}\t{}\t{} of {} voted\t{}",
                    b.id,
                    b.title,
                    b.outcome.map_or("open", |o| o.as_str()),
                    b.votes.len(),
                    b.eligible.len(),
                    if b.closed_at.is_some() {
                        "closed".to_string()
                    } else {
                        format!("until {}", taxii_timestamp(b.deadline))
                    }
                );
            }
        }
        VoteCmd::Rule {
            rule,
            abstention_blocks,
            threshold,
            quorum,
        } => {
            let abstention = if abstention_blocks {
                Abstention::AgainstAdoption
            } else {
                Abstention::Neutral
            };
            let r = voting_rule(&rule, abstention, threshold, quorum);
            center.set_admission_rule(Authority::Console, r).await?;
            println!("Admission votes now use: {}", serde_json::to_string(&r)?);
        }
    }
    Ok(())
}

pub(crate) async fn admission(s: &Settings, cmd: AdmissionCmd) -> Result<()> {
    let center = open_center(s).await?;
    match cmd {
        AdmissionCmd::Apply {
            name,
            display_name,
            description,
            contact,
            sponsor,
            days,
        } => {
            let (m, _, b) = center
                .apply(
                    Authority::Console,
                    &name,
                    &display_name,
                    &description,
                    &contact,
                    sponsor.as_deref(),
                    days,
                )
                .await?;
            println!(
                "{} applied; vote {} is open until {} among {} members",
                m.name,
                b.id,
                taxii_timestamp(b.deadline),
                b.eligible.len()
            );
        }
        AdmissionCmd::List => {
            let names = center.member_names().await?;
            for a in center.applications().await? {
                let b = center.ballot(a.ballot).await?;
                println!(
                    "{}\t{}\tapplied {}\tvote {}: {}, {} of {} voted",
                    a.id,
                    names.get(&a.member).map_or("?", String::as_str),
                    taxii_timestamp(a.applied_at),
                    b.id,
                    b.outcome.map_or("open", |o| o.as_str()),
                    b.votes.len(),
                    b.eligible.len()
                );
            }
        }
        AdmissionCmd::Invite { member, username } => {
            let token = center
                .invite(Authority::Console, &member, &username)
                .await?;
            println!(
                "Invited {username} of {member}. One-time invitation (shown only now): {token}"
            );
            println!("It sets the password at POST /api/v1/invitations within 7 days.");
        }
    }
    Ok(())
}
