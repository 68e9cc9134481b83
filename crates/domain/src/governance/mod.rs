//! Governance: the member lifecycle, admission votes and the presidency.
//!
//! The rules are here: which status changes are allowed, who may vote, when a vote closes and
//! what its outcome does, how the presidency passes on. Stores keep the records.

pub mod model;

pub use model::*;
use serde_json::json;

use crate::audit::AuditActor;
use crate::service::{Authority, Center};
use crate::store::NewMember;
use crate::votes::{self, Choice, Count, Outcome, VotingRule};
use crate::{Actor, Error, Member, MemberId, MemberStatus, Result, Role};

const DAY_MICROS: i64 = 86_400 * 1_000_000;
/// How long an admission vote stays open unless the center says otherwise.
pub const DEFAULT_ADMISSION_DAYS: i64 = 14;
const INVITATION_MICROS: i64 = 7 * DAY_MICROS;

/// How an admission vote's title starts, before the applicant's display name. Titles are
/// stored as written, for the API and the audit log; pages say them in the reader's words by
/// [`admission_vote_of`].
const ADMISSION_TITLE: &str = "Admission of ";

/// The applicant's display name, when a vote is on an admission.
pub fn admission_vote_of<'a>(subject: &str, title: &'a str) -> Option<&'a str> {
    subject
        .starts_with("admission:")
        .then(|| title.strip_prefix(ADMISSION_TITLE))
        .flatten()
}

/// The member lifecycle. An applicant becomes a member or observer only by an admission vote.
pub fn check_transition(from: MemberStatus, to: MemberStatus) -> std::result::Result<(), String> {
    let allowed = next_statuses(from);
    if allowed.contains(&to) {
        return Ok(());
    }
    let options: Vec<&str> = allowed.iter().map(|s| s.as_str()).collect();
    Err(if options.is_empty() {
        format!(
            "a withdrawn member stays withdrawn; an organisation that wants to return applies again under a new name (cannot become {})",
            to.as_str()
        )
    } else {
        format!(
            "a member that is {} cannot become {}; it can become {}",
            from.as_str(),
            to.as_str(),
            options.join(" or ")
        )
    })
}

/// The statuses the lifecycle lets a member of status `from` move to.
pub fn next_statuses(from: MemberStatus) -> &'static [MemberStatus] {
    use MemberStatus::*;
    match from {
        Applicant => &[Member, Observer, Withdrawn],
        Member => &[Observer, Suspended, Withdrawn],
        Observer => &[Member, Suspended, Withdrawn],
        Suspended => &[Member, Observer, Withdrawn],
        Withdrawn => &[],
    }
}

/// The statuses an administrator may move a member to ([`Center::change_member_status`]): the
/// lifecycle's, except an applicant's admission, which only the members' vote decides; none
/// for the secretariat, whose suspension would lock the center's administrators out.
pub fn statuses_by_command(m: &Member) -> Vec<MemberStatus> {
    if m.is_secretariat {
        return vec![];
    }
    next_statuses(m.status)
        .iter()
        .copied()
        .filter(|to| {
            !(m.status == MemberStatus::Applicant
                && matches!(to, MemberStatus::Member | MemberStatus::Observer))
        })
        .collect()
}

/// `micros` plus whole calendar months (the day is kept, or the month's last day).
/// Midnight UTC on the first day of the month `micros` falls in.
pub fn month_start(micros: i64) -> i64 {
    let Ok(t) = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(micros) * 1_000) else {
        return micros;
    };
    match t.date().replace_day(1) {
        Ok(d) => i64::try_from(d.midnight().assume_utc().unix_timestamp_nanos() / 1_000)
            .unwrap_or(micros),
        Err(_) => micros,
    }
}

pub fn add_months(micros: i64, months: u32) -> i64 {
    let Ok(t) = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(micros) * 1_000) else {
        return micros;
    };
    let total = i64::from(t.year()) * 12 + i64::from(u8::from(t.month())) - 1 + i64::from(months);
    let (year, month0) = (total.div_euclid(12), total.rem_euclid(12));
    let Ok(month) = time::Month::try_from(u8::try_from(month0 + 1).unwrap_or(1)) else {
        return micros;
    };
    let year = i32::try_from(year).unwrap_or(t.year());
    let day = t.day().min(time::util::days_in_month(month, year));
    match time::Date::from_calendar_date(year, month, day) {
        Ok(d) => {
            let moved = t.replace_date(d);
            i64::try_from(moved.unix_timestamp_nanos() / 1_000).unwrap_or(micros)
        }
        Err(_) => micros,
    }
}

impl Authority<'_> {
    /// The presidency's and secretariat's business: the console, an administrator, or a user
    /// with the secretariat role.
    pub(crate) fn check_secretariat(&self) -> Result<()> {
        match self {
            Authority::Administrator(a) if a.has_role(Role::Secretariat) => Ok(()),
            _ => self.check().map_err(|_| {
                Error::Forbidden("this is for the center's secretariat; ask it to do this".into())
            }),
        }
    }

    /// Whether [`Authority::check_secretariat`] lets it act: pages offer the secretariat's
    /// forms by it.
    pub fn acts_for_secretariat(&self) -> bool {
        self.check_secretariat().is_ok()
    }

    fn name(&self) -> String {
        AuditActor::authority(self).name
    }
}

fn tally(b: &Ballot) -> Count {
    let mut c = Count::default();
    for v in &b.votes {
        match v.choice {
            Choice::Yes => c.yes += 1,
            Choice::No => c.no += 1,
            Choice::Abstain => c.abstain += 1,
        }
    }
    c
}

fn eligible_count(b: &Ballot) -> u32 {
    u32::try_from(b.eligible.len()).unwrap_or(u32::MAX)
}

impl Center {
    // ---- the lifecycle ---------------------------------------------------------------------

    /// Changes a member's status, if the lifecycle allows it, recording why.
    pub async fn change_member_status(
        &self,
        by: Authority<'_>,
        name: &str,
        to: MemberStatus,
        reason: &str,
    ) -> Result<Member> {
        by.check()?;
        let m = self.member_by_name(name).await?;
        if m.is_secretariat {
            return Err(Error::invalid(
                "the secretariat keeps its status: suspending or withdrawing it would lock the center's administrators out",
            ));
        }
        if m.status == MemberStatus::Applicant
            && matches!(to, MemberStatus::Member | MemberStatus::Observer)
        {
            return Err(Error::invalid(format!(
                "'{name}' is an applicant; it becomes a member by an admission vote, not by a command"
            )));
        }
        self.transition(&m, to, reason, None, &by.name()).await?;
        // A member that stops being active takes its people's password links with it: a link
        // made before a suspension does not open the account after the reinstatement.
        if !to.is_active() {
            let now = self.now();
            for u in self.store().users(Some(m.id)).await? {
                self.store().void_invitations(u.id, now).await?;
            }
        }
        self.record(
            AuditActor::authority(&by),
            "member.status",
            name,
            json!({"from": m.status.as_str(), "to": to.as_str(), "reason": reason}),
        )
        .await?;
        self.member_by_name(name).await
    }

    async fn transition(
        &self,
        m: &Member,
        to: MemberStatus,
        reason: &str,
        decision: Option<String>,
        actor: &str,
    ) -> Result<()> {
        check_transition(m.status, to).map_err(Error::invalid)?;
        if reason.trim().is_empty() {
            return Err(Error::field(
                "reason",
                "required",
                "give the reason for the change ('--reason'); it is kept with the member's history",
            ));
        }
        self.store()
            .transition_member(
                m.id,
                NewTransition {
                    from: Some(m.status),
                    to,
                    at: self.now(),
                    reason: reason.trim().to_string(),
                    decision,
                    actor: actor.to_string(),
                },
            )
            .await
    }

    /// A member's history, oldest first.
    pub async fn member_history(&self, name: &str) -> Result<Vec<Transition>> {
        let m = self.member_by_name(name).await?;
        self.store().transitions(m.id).await
    }

    /// Marks a member already in the center as founding: it acceded on the center's founding
    /// date (a record put right; a new founding member is added so, see
    /// [`Center::add_member`]).
    pub async fn make_founding(&self, by: Authority<'_>, name: &str) -> Result<Member> {
        by.check()?;
        let m = self.member_by_name(name).await?;
        if m.status != MemberStatus::Member {
            return Err(Error::invalid(format!(
                "only a member can be a founding member; '{name}' is {}",
                m.status.as_str()
            )));
        }
        self.store()
            .set_founding(m.id, self.info().founded_at)
            .await?;
        self.record(
            AuditActor::authority(&by),
            "member.founding",
            name,
            json!({}),
        )
        .await?;
        self.member_by_name(name).await
    }

    // ---- admission ---------------------------------------------------------------------------

    /// The rule admission votes use.
    pub async fn admission_rule(&self) -> Result<VotingRule> {
        Ok(self
            .store()
            .setting("admission_rule")
            .await?
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default())
    }

    pub async fn set_admission_rule(&self, by: Authority<'_>, rule: VotingRule) -> Result<()> {
        by.check()?;
        rule.check().map_err(Error::invalid)?;
        let text = serde_json::to_string(&rule)
            .map_err(|e| Error::store_cause("the admission rule could not be encoded", e))?;
        self.store().set_setting("admission_rule", &text).await?;
        self.record(
            AuditActor::authority(&by),
            "admission.rule",
            "center",
            json!(rule),
        )
        .await
    }

    /// Members that vote: full members in good standing, not the secretariat.
    pub(crate) async fn voters(&self) -> Result<Vec<MemberId>> {
        Ok(self
            .members()
            .await?
            .into_iter()
            .filter(|m| m.status == MemberStatus::Member && !m.is_secretariat)
            .map(|m| m.id)
            .collect())
    }

    /// Records an organisation's application and opens the vote on it.
    #[allow(clippy::too_many_arguments)]
    pub async fn apply(
        &self,
        by: Authority<'_>,
        name: &str,
        display_name: &str,
        description: &str,
        contact: &str,
        sponsor: Option<&str>,
        days: Option<i64>,
    ) -> Result<(Member, Application, Ballot)> {
        by.check_secretariat()?;
        crate::service::check_name("member", name)?;
        let _naming = self.naming.lock().await;
        if self.store().member_by_name(name).await?.is_some() {
            return Err(Error::Conflict(format!(
                "an organisation named '{name}' is already known to the center"
            )));
        }
        let display_name = self.free_display_name(name, display_name).await?;
        let display_name = display_name.as_str();
        if description.trim().is_empty() || contact.trim().is_empty() {
            return Err(Error::field(
                "description",
                "required",
                "an application needs a description and a contact",
            ));
        }
        let sponsor = match sponsor {
            Some(s) => {
                let m = self.member_by_name(s).await?;
                if m.status != MemberStatus::Member {
                    return Err(Error::field(
                        "sponsor",
                        "not-in-good-standing",
                        format!("the sponsor '{s}' must be a member in good standing"),
                    ));
                }
                Some(m.id)
            }
            None => None,
        };
        let days = days.unwrap_or(DEFAULT_ADMISSION_DAYS);
        if !(1..=365).contains(&days) {
            return Err(Error::field(
                "days",
                "out-of-range",
                "an admission vote stays open between 1 and 365 days",
            ));
        }
        let eligible = self.voters().await?;
        if eligible.is_empty() {
            return Err(Error::invalid(
                "the center has no member that could vote on an admission",
            ));
        }
        let now = self.now();
        let m = self
            .store()
            .insert_member(NewMember {
                name: name.into(),
                display_name: display_name.into(),
                identity_id: format!("identity--{}", self.new_id()?),
                status: MemberStatus::Applicant,
                is_secretariat: false,
                created_at: now,
                founded_at: None,
            })
            .await?;
        let ballot = self
            .store()
            .insert_ballot(NewBallot {
                subject: format!("admission:{}", m.id.0),
                title: format!("{ADMISSION_TITLE}{display_name}"),
                rule: self.admission_rule().await?,
                eligible,
                opened_at: now,
                deadline: now + days * DAY_MICROS,
            })
            .await?;
        let app = self
            .store()
            .insert_application(NewApplication {
                member: m.id,
                description: description.trim().into(),
                contact: contact.trim().into(),
                sponsor,
                applied_at: now,
                ballot: ballot.id,
            })
            .await?;
        self.record(
            AuditActor::authority(&by),
            "admission.apply",
            name,
            json!({"application": app.id, "vote": ballot.id, "deadline": ballot.deadline}),
        )
        .await?;
        Ok((m, app, ballot))
    }

    pub async fn applications(&self) -> Result<Vec<Application>> {
        self.store().applications().await
    }

    pub async fn ballot(&self, id: i64) -> Result<Ballot> {
        self.store()
            .ballot(id)
            .await?
            .ok_or(Error::NotFound("vote"))
    }

    pub async fn ballots(&self) -> Result<Vec<Ballot>> {
        self.store().ballots().await
    }

    /// A delegate casts (or changes) its member's vote. The vote closes at once if the
    /// outcome can no longer change.
    pub async fn vote(&self, actor: &Actor, ballot: i64, choice: Choice) -> Result<Ballot> {
        Ballot::voter(actor)?;
        let b = self.ballot(ballot).await?;
        let now = self.now();
        b.votable_by(actor, now)?;
        self.store()
            .cast_vote(
                ballot,
                Vote {
                    member: actor.member.id,
                    choice,
                    user: actor.user.id,
                    at: now,
                },
            )
            .await?;
        self.record(
            AuditActor::of(actor),
            "vote.cast",
            &ballot.to_string(),
            json!({"choice": choice.as_str()}),
        )
        .await?;
        let b = self.ballot(ballot).await?;
        if let Some(outcome) = votes::decided(&b.rule, eligible_count(&b), tally(&b)) {
            self.close(&b, outcome).await?;
        }
        self.ballot(ballot).await
    }

    /// Closes votes whose deadline passed, with the votes cast. Every node may run this; each
    /// vote is closed, and its outcome applied, once.
    pub async fn close_due_votes(&self) -> Result<usize> {
        let now = self.now();
        let mut closed = 0;
        for b in self.store().ballots().await? {
            if b.closed_at.is_none() && now >= b.deadline {
                let outcome = votes::outcome(&b.rule, eligible_count(&b), tally(&b));
                if self.close(&b, outcome).await? {
                    closed += 1;
                }
            }
        }
        Ok(closed)
    }

    /// Records the outcome and applies it; `false` if another node closed it first.
    async fn close(&self, b: &Ballot, outcome: Outcome) -> Result<bool> {
        if !self.store().close_ballot(b.id, self.now(), outcome).await? {
            return Ok(false);
        }
        let c = tally(b);
        self.record(
            AuditActor::console(),
            "vote.close",
            &b.id.to_string(),
            json!({"outcome": outcome.as_str(), "yes": c.yes, "no": c.no, "abstain": c.abstain, "eligible": b.eligible.len(), "votes": b.votes}),
        )
        .await?;
        if b.subject.starts_with("decision:") {
            self.settle_decision(b.id, outcome).await?;
        }
        if let Some(member) = b.subject.strip_prefix("admission:") {
            let id = MemberId(member.parse().unwrap_or_default());
            if let Some(m) = self.store().member(id).await? {
                let decision = Some(format!("vote {}", b.id));
                match outcome {
                    Outcome::Adopted => {
                        self.transition(&m, MemberStatus::Member, "admitted", decision, "vote")
                            .await?;
                        // Its identity, for `created_by_ref`, as for every member.
                        self.publish_identity(&m, &m.display_name, self.now())
                            .await?;
                    }
                    Outcome::Rejected => {
                        self.transition(
                            &m,
                            MemberStatus::Withdrawn,
                            "admission refused",
                            decision,
                            "vote",
                        )
                        .await?;
                    }
                }
            }
        }
        Ok(true)
    }

    /// The first user of an admitted member, invited with a one-time token (shown once) that
    /// sets its password. It may then make the member's other accounts known to the center.
    pub async fn invite(&self, by: Authority<'_>, member: &str, username: &str) -> Result<String> {
        by.check_secretariat()?;
        let m = self.member_by_name(member).await?;
        if !m.status.is_active() {
            return Err(Error::invalid(format!(
                "'{member}' is {}; only members and observers are invited",
                m.status.as_str()
            )));
        }
        let u = self
            .add_user(
                Authority::Console,
                member,
                username,
                vec![Role::LiaisonOfficer, Role::Delegate, Role::Analyst],
                None,
            )
            .await?;
        let (text, digest) = crate::auth::new_token(self.random())?;
        let now = self.now();
        self.store()
            .insert_invitation(u.id, digest, now, now + INVITATION_MICROS)
            .await?;
        self.record(
            AuditActor::authority(&by),
            "member.invite",
            member,
            json!({"user": username}),
        )
        .await?;
        Ok(text)
    }

    /// Uses an invitation or reset link once: sets the user's password (one that passes
    /// [`crate::auth::check_password`]) and ends the user's sessions.
    pub async fn redeem_invitation(&self, token: &str, password: &str) -> Result<String> {
        let hash = self.hash(password).await?;
        let user = self
            .store()
            .redeem_invitation(&crate::auth::token_digest(token), self.now(), &hash)
            .await?
            .ok_or_else(|| {
                Error::Unauthenticated(
                    "this link is unknown, used or expired; ask your administrator for a new one"
                        .into(),
                )
            })?;
        for kind in [crate::TokenKind::Session, crate::TokenKind::Pending] {
            self.store()
                .revoke_tokens(
                    crate::store::TokenSweep {
                        user,
                        kind: Some(kind),
                        except: None,
                    },
                    self.now(),
                )
                .await?;
        }
        let u = self
            .store()
            .user(user)
            .await?
            .ok_or(Error::NotFound("user"))?;
        self.record(
            AuditActor {
                user: Some(u.id),
                member: Some(u.member_id),
                name: u.username.clone(),
            },
            "member.invitation_used",
            &u.username,
            json!({}),
        )
        .await?;
        Ok(u.username)
    }

    // ---- the presidency ----------------------------------------------------------------------

    pub async fn presidency_policy(&self) -> Result<PresidencyPolicy> {
        Ok(self
            .store()
            .setting("presidency")
            .await?
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default())
    }

    /// Sets how the presidency passes on: a rotation through members in order, or appointment
    /// by decision.
    pub async fn set_presidency_policy(
        &self,
        by: Authority<'_>,
        policy: PresidencyPolicy,
    ) -> Result<()> {
        by.check()?;
        let months = match &policy {
            PresidencyPolicy::Rotation { order, term_months } => {
                if order.is_empty() {
                    return Err(Error::invalid(
                        "a rotation needs the members in their order",
                    ));
                }
                *term_months
            }
            PresidencyPolicy::Decision { term_months } => *term_months,
        };
        if !(1..=60).contains(&months) {
            return Err(Error::field(
                "term_months",
                "out-of-range",
                "a term lasts between 1 and 60 months",
            ));
        }
        let text = serde_json::to_string(&policy)
            .map_err(|e| Error::store_cause("the presidency policy could not be encoded", e))?;
        self.store().set_setting("presidency", &text).await?;
        self.record(
            AuditActor::authority(&by),
            "presidency.policy",
            "center",
            json!(policy),
        )
        .await
    }

    /// Appoints a member to the presidency from the end of the current term (or now, if there
    /// is none), for the policy's term length.
    pub async fn appoint_president(
        &self,
        by: Authority<'_>,
        member: &str,
        basis: &str,
        note: &str,
    ) -> Result<Term> {
        by.check()?;
        let m = self.member_by_name(member).await?;
        if m.status != MemberStatus::Member || m.is_secretariat {
            return Err(Error::invalid(format!(
                "the presidency is held by a member in good standing; '{member}' is {}",
                m.status.as_str()
            )));
        }
        let months = match self.presidency_policy().await? {
            PresidencyPolicy::Rotation { term_months, .. }
            | PresidencyPolicy::Decision { term_months } => term_months,
        };
        let now = self.now();
        let terms = self.store().terms().await?;
        let starts_at = match terms.last() {
            Some(t) if t.ends_at > now => t.ends_at,
            _ => now,
        };
        let term = self
            .insert_term(NewTerm {
                member: m.id,
                starts_at,
                ends_at: add_months(starts_at, months),
                basis: basis.into(),
                note: note.into(),
            })
            .await?
            .ok_or_else(|| Error::Conflict("another term starts at the same moment".into()))?;
        self.record(
            AuditActor::authority(&by),
            "presidency.appoint",
            member,
            json!({"starts_at": term.starts_at, "ends_at": term.ends_at, "basis": basis}),
        )
        .await?;
        Ok(term)
    }

    async fn insert_term(&self, t: NewTerm) -> Result<Option<Term>> {
        self.store().insert_term(t).await
    }

    /// Every term, oldest first.
    pub async fn presidency_terms(&self) -> Result<Vec<Term>> {
        self.store().terms().await
    }

    /// The term in force now.
    pub async fn current_presidency(&self) -> Result<Option<Term>> {
        let now = self.now();
        Ok(self
            .store()
            .terms()
            .await?
            .into_iter()
            .find(|t| t.starts_at <= now && now < t.ends_at))
    }

    /// Hands the presidency over at the end of a term: to the next member of the rotation in
    /// good standing, or (appointment by decision) to the same member until a decision. Runs on
    /// every node; a term's start is unique in the store, so each handover happens once.
    pub async fn presidency_handover(&self) -> Result<Vec<Term>> {
        let now = self.now();
        let policy = self.presidency_policy().await?;
        let mut added = Vec::new();
        loop {
            let terms = self.store().terms().await?;
            let Some(last) = terms.last() else {
                return Ok(added);
            };
            if last.ends_at > now {
                return Ok(added);
            }
            let members = self.members().await?;
            let in_good_standing = |id: &MemberId| {
                members
                    .iter()
                    .any(|m| m.id == *id && m.status == MemberStatus::Member)
            };
            let (next, months, basis, note) = match &policy {
                PresidencyPolicy::Rotation { order, term_months } => {
                    // Without a set order, the members in the order they joined.
                    let order: Vec<MemberId> = if order.is_empty() {
                        members
                            .iter()
                            .filter(|m| !m.is_secretariat && m.status == MemberStatus::Member)
                            .map(|m| m.id)
                            .collect()
                    } else {
                        order.clone()
                    };
                    let at = order.iter().position(|m| *m == last.member).unwrap_or(0);
                    let next = (1..=order.len())
                        .filter_map(|i| order.get((at + i) % order.len()).copied())
                        .find(|m| in_good_standing(m))
                        .unwrap_or(last.member);
                    (
                        next,
                        *term_months,
                        "rotation",
                        "handed over at the end of the term",
                    )
                }
                PresidencyPolicy::Decision { term_months } => (
                    last.member,
                    *term_months,
                    "continued",
                    "continued until the members decide on the next presidency",
                ),
            };
            let t = self
                .insert_term(NewTerm {
                    member: next,
                    starts_at: last.ends_at,
                    ends_at: add_months(last.ends_at, months),
                    basis: basis.into(),
                    note: note.into(),
                })
                .await?;
            if let Some(t) = t {
                self.record(
                    AuditActor::console(),
                    "presidency.handover",
                    &next.0.to_string(),
                    json!({"from": last.member, "to": next, "starts_at": t.starts_at}),
                )
                .await?;
                added.push(t);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lifecycle() {
        use MemberStatus::*;
        assert!(check_transition(Applicant, Member).is_ok());
        assert!(check_transition(Member, Suspended).is_ok());
        assert!(check_transition(Suspended, Member).is_ok());
        let e = check_transition(Withdrawn, Member).unwrap_err();
        assert!(e.contains("stays withdrawn"), "{e}");
        let e = check_transition(Member, Applicant).unwrap_err();
        assert!(
            e.contains("can become observer or suspended or withdrawn"),
            "{e}"
        );
        assert!(check_transition(Member, Member).is_err());
    }

    #[test]
    fn months_are_calendar_months() {
        let t = |s: &str| stix::timestamp::parse_micros(s).unwrap();
        assert_eq!(
            add_months(t("2026-01-31T12:00:00Z"), 1),
            t("2026-02-28T12:00:00Z")
        );
        assert_eq!(
            add_months(t("2026-07-01T00:00:00Z"), 6),
            t("2027-01-01T00:00:00Z")
        );
    }
}
