//! Reading records out of result rows, once for both backends. Each driver's row type offers
//! the same few typed getters ([`Row`]); every record is then decoded by one function here.

use domain::audit::{AuditActor, AuditEntry, Checkpoint};
use domain::exchange::{Notification, ReleaseRequest, RequestStatus};
use domain::governance::{Application, Term, Transition};
use domain::meetings::{
    ActionItem, ActionStatus, AgendaItem, Attendance, Decision, Meeting, MeetingKind,
};
use domain::subscriptions::EventFilter;
use domain::votes::Outcome;
use domain::webhooks::Webhook;
use domain::{
    CertificateKind, ClientCertificate, Collection, CollectionId, Member, MemberId, MemberStatus,
    Scope, Token, TokenKind, User, UserId,
};
use stix::markings::Tlp;
use uuid::Uuid;

use domain::{Error, Result};

use crate::sql::parse_roles;

/// The typed getters both drivers' rows offer, by column position. Decoders take `&dyn Row`,
/// so each is written once and every driver runs it.
pub trait Row {
    fn int(&self, i: usize) -> Result<i64>;
    fn opt_int(&self, i: usize) -> Result<Option<i64>>;
    fn text(&self, i: usize) -> Result<String>;
    fn opt_text(&self, i: usize) -> Result<Option<String>>;
    /// An INTEGER 0/1 in SQLite, a BOOLEAN in PostgreSQL.
    fn flag(&self, i: usize) -> Result<bool>;
    fn bytes(&self, i: usize) -> Result<Vec<u8>>;
    /// How many columns the row has.
    fn width(&self) -> usize;
}

/// The error for a value that is there but does not decode: the store was damaged, or written
/// by something else. Such a row fails its read rather than be guessed at.
pub fn corrupt(i: usize, why: String) -> Error {
    Error::store(format!("column {i} of a stored row: {why}"))
}

fn column(i: usize, e: impl std::error::Error + Send + Sync + 'static) -> Error {
    Error::store_cause(format!("column {i} could not be read"), e)
}

impl dyn Row + '_ {
    /// A text column read by `parse`, which names `what` it expects.
    pub fn parsed<T>(
        &self,
        i: usize,
        what: &str,
        parse: impl FnOnce(&str) -> Option<T>,
    ) -> Result<T> {
        let t = self.text(i)?;
        parse(&t).ok_or_else(|| corrupt(i, format!("{t:?} is not a {what}")))
    }

    /// A JSON column.
    pub fn json<T: serde::de::DeserializeOwned>(&self, i: usize) -> Result<T> {
        let t = self.text(i)?;
        serde_json::from_str(&t).map_err(|e| corrupt(i, format!("damaged JSON: {e}")))
    }

    /// A TLP level kept as its code.
    pub fn tlp(&self, i: usize) -> Result<Tlp> {
        let n = self.int(i)?;
        Tlp::from_code(n).ok_or_else(|| corrupt(i, format!("{n} is not a TLP level")))
    }

    /// A UUID kept as text.
    pub fn uuid(&self, i: usize) -> Result<Uuid> {
        self.parsed(i, "UUID", |t| Uuid::parse_str(t).ok())
    }

    /// A count, never negative.
    pub fn count(&self, i: usize) -> Result<u64> {
        let n = self.int(i)?;
        u64::try_from(n).map_err(|_| corrupt(i, format!("{n} is not a count")))
    }

    /// A 32-byte hash or key.
    pub fn bytes32(&self, i: usize) -> Result<[u8; 32]> {
        let b = self.bytes(i)?;
        let n = b.len();
        b.try_into()
            .map_err(|_| corrupt(i, format!("{n} bytes where 32 were expected")))
    }
}

impl Row for rusqlite::Row<'_> {
    fn int(&self, i: usize) -> Result<i64> {
        self.get(i).map_err(|e| column(i, e))
    }
    fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        self.get(i).map_err(|e| column(i, e))
    }
    fn text(&self, i: usize) -> Result<String> {
        self.get(i).map_err(|e| column(i, e))
    }
    fn opt_text(&self, i: usize) -> Result<Option<String>> {
        self.get(i).map_err(|e| column(i, e))
    }
    fn flag(&self, i: usize) -> Result<bool> {
        self.get(i).map_err(|e| column(i, e))
    }
    fn bytes(&self, i: usize) -> Result<Vec<u8>> {
        self.get(i).map_err(|e| column(i, e))
    }
    fn width(&self) -> usize {
        self.as_ref().column_count()
    }
}

impl Row for sqlx::postgres::PgRow {
    fn int(&self, i: usize) -> Result<i64> {
        sqlx::Row::try_get(self, i).map_err(|e| column(i, e))
    }
    fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        sqlx::Row::try_get(self, i).map_err(|e| column(i, e))
    }
    fn text(&self, i: usize) -> Result<String> {
        sqlx::Row::try_get(self, i).map_err(|e| column(i, e))
    }
    fn opt_text(&self, i: usize) -> Result<Option<String>> {
        sqlx::Row::try_get(self, i).map_err(|e| column(i, e))
    }
    fn flag(&self, i: usize) -> Result<bool> {
        sqlx::Row::try_get(self, i).map_err(|e| column(i, e))
    }
    fn bytes(&self, i: usize) -> Result<Vec<u8>> {
        sqlx::Row::try_get(self, i).map_err(|e| column(i, e))
    }
    fn width(&self) -> usize {
        sqlx::Row::len(self)
    }
}

/// Columns: key, objects, excluded.
pub fn key_count(r: &dyn Row) -> Result<domain::correlation::KeyCount> {
    Ok(domain::correlation::KeyCount {
        key: r.text(0)?,
        objects: r.int(1)?,
        excluded: r.flag(2)?,
    })
}

/// Columns: [`crate::sql::RFI_COLS`]; recipients and links are read apart.
pub fn rfi(r: &dyn Row) -> Result<domain::rfis::Rfi> {
    use domain::rfis::{Priority, RfiStatus};
    Ok(domain::rfis::Rfi {
        id: r.int(0)?,
        asker: MemberId(r.int(1)?),
        asked_by: UserId(r.int(2)?),
        question: r.text(3)?,
        priority: r.parsed(4, "priority", Priority::parse)?,
        created_at: r.int(5)?,
        deadline: r.int(6)?,
        status: r.parsed(7, "RFI status", RfiStatus::parse)?,
        closed_at: r.opt_int(8)?,
        recipients: vec![],
        links: vec![],
    })
}

/// Columns: [`crate::sql::ANSWER_COLS`].
pub fn answer(r: &dyn Row) -> Result<domain::rfis::Answer> {
    Ok(domain::rfis::Answer {
        id: r.int(0)?,
        rfi: r.int(1)?,
        member: MemberId(r.int(2)?),
        user: UserId(r.int(3)?),
        text: r.text(4)?,
        objects: r.json(5)?,
        at: r.int(6)?,
    })
}

/// Columns: [`crate::sql::OUTCOME_COLS`].
pub fn outcome(r: &dyn Row) -> Result<domain::tracked::Outcome> {
    use domain::tracked::OutcomeKind;
    Ok(domain::tracked::Outcome {
        id: r.int(0)?,
        kind: r.parsed(1, "kind of outcome", OutcomeKind::parse)?,
        description: r.text(2)?,
        occurred_at: r.int(3)?,
        recorded_at: r.int(4)?,
        member: MemberId(r.int(5)?),
        user: UserId(r.int(6)?),
        objects: r.json(7)?,
    })
}

/// Columns: originator, object_type, tlp, count.
pub fn object_count(r: &dyn Row) -> Result<domain::statistics::ObjectCount> {
    Ok(domain::statistics::ObjectCount {
        originator: MemberId(r.int(0)?),
        object_type: r.text(1)?,
        tlp: r.tlp(2)?,
        objects: u64::try_from(r.int(3)?).unwrap_or(0),
    })
}

/// Columns: member, count.
pub fn member_count(r: &dyn Row) -> Result<(MemberId, u64)> {
    Ok((MemberId(r.int(0)?), u64::try_from(r.int(1)?).unwrap_or(0)))
}

/// Columns: at, member_id, result.
pub fn hit_log(r: &dyn Row) -> Result<domain::statistics::HitLogEntry> {
    Ok(domain::statistics::HitLogEntry {
        at: r.int(0)?,
        member: MemberId(r.int(1)?),
        result: r.text(2)?,
    })
}

/// Columns: [`crate::sql::REPORT_COLS`].
pub fn report(r: &dyn Row) -> Result<domain::statistics::PublishedReport> {
    Ok(domain::statistics::PublishedReport {
        id: r.int(0)?,
        period: domain::statistics::Period {
            from: r.int(1)?,
            to: r.int(2)?,
        },
        published_at: r.int(3)?,
        published_by: MemberId(r.int(4)?),
        title: r.text(5)?,
        body: r.text(6)?,
    })
}

/// Columns: [`crate::sql::GROUP_STATUS_COLS`].
pub fn group_status(r: &dyn Row) -> Result<domain::tracked::GroupStatus> {
    use domain::tracked::GroupState;
    Ok(domain::tracked::GroupStatus {
        id: r.int(0)?,
        stix_id: r.text(1)?,
        state: r.parsed(2, "group state", GroupState::parse)?,
        at: r.int(3)?,
        member: MemberId(r.int(4)?),
        note: r.text(5)?,
    })
}

/// Columns: [`crate::sql::MEMBER_COLS`].
pub fn member(r: &dyn Row) -> Result<Member> {
    Ok(Member {
        id: MemberId(r.int(0)?),
        name: r.text(1)?,
        display_name: r.text(2)?,
        identity_id: r.text(3)?,
        status: r.parsed(4, "member status", MemberStatus::parse)?,
        is_secretariat: r.flag(5)?,
        created_at: r.int(6)?,
        founding: r.flag(7)?,
        accession_at: r.opt_int(8)?,
        language: r.opt_text(9)?.as_deref().and_then(domain::language::stored),
    })
}

/// Columns: [`crate::sql::USER_COLS`].
pub fn user(r: &dyn Row) -> Result<User> {
    Ok(User {
        id: UserId(r.int(0)?),
        member_id: MemberId(r.int(1)?),
        username: r.text(2)?,
        display_name: r.text(3)?,
        roles: parse_roles(&r.text(4)?),
        password_hash: r.opt_text(5)?,
        disabled: r.flag(6)?,
        created_at: r.int(7)?,
        must_change_password: r.flag(8)?,
        second_factor: r.flag(9)?,
        language: r
            .opt_text(10)?
            .as_deref()
            .and_then(domain::language::stored),
        calendar: r
            .opt_text(11)?
            .as_deref()
            .and_then(domain::language::Calendar::parse),
        time_zone: r.opt_text(12)?,
    })
}

/// Columns: [`crate::sql::TOKEN_COLS`].
pub fn token(r: &dyn Row) -> Result<Token> {
    Ok(Token {
        id: r.int(0)?,
        user_id: UserId(r.int(1)?),
        name: r.text(2)?,
        digest: r.bytes(3)?,
        created_at: r.int(4)?,
        last_used_at: r.opt_int(5)?,
        revoked_at: r.opt_int(6)?,
        kind: r.parsed(7, "token kind", TokenKind::parse)?,
        scope: r.parsed(8, "token scope", Scope::parse)?,
        expires_at: r.opt_int(9)?,
        client: r.opt_text(10)?,
    })
}

/// Columns: [`crate::sql::CERTIFICATE_COLS`].
pub fn certificate(r: &dyn Row) -> Result<(ClientCertificate, Vec<u8>)> {
    Ok((
        ClientCertificate {
            id: r.int(0)?,
            kind: r.parsed(1, "certificate kind", CertificateKind::parse)?,
            fingerprint: domain::audit::hex(&r.bytes(2)?),
            name: r.text(3)?,
            user_id: UserId(r.int(4)?),
            member_id: MemberId(r.int(5)?),
            created_at: r.int(6)?,
            revoked_at: r.opt_int(7)?,
        },
        r.bytes(8)?,
    ))
}

/// Columns: [`crate::sql::COLLECTION_COLS`].
pub fn collection(r: &dyn Row) -> Result<Collection> {
    Ok(Collection {
        id: CollectionId(r.uuid(0)?),
        alias: r.opt_text(1)?,
        title: r.text(2)?,
        description: r.opt_text(3)?,
        default_tlp: r.tlp(4)?,
        everyone_reads: r.flag(5)?,
        everyone_writes: r.flag(6)?,
        created_at: r.int(7)?,
    })
}

/// Columns: [`crate::sql::AUDIT_COLS`].
pub fn audit(r: &dyn Row) -> Result<AuditEntry> {
    Ok(AuditEntry {
        seq: r.int(0)?,
        at: r.int(1)?,
        actor: AuditActor {
            user: r.opt_int(2)?.map(UserId),
            member: r.opt_int(3)?.map(MemberId),
            name: r.text(4)?,
        },
        action: r.text(5)?,
        subject: r.text(6)?,
        detail: r.text(7)?,
        prev_hash: r.bytes32(8)?,
        hash: r.bytes32(9)?,
    })
}

/// Columns: [`crate::sql::CHECKPOINT_COLS`].
pub fn checkpoint(r: &dyn Row) -> Result<Checkpoint> {
    Ok(Checkpoint {
        seq: r.int(0)?,
        at: r.int(1)?,
        hash: r.bytes32(2)?,
        signature: r.bytes(3)?,
        public_key: r.bytes32(4)?,
    })
}

/// Columns: [`crate::sql::RELEASE_REQUEST_COLS`].
pub fn release_request(r: &dyn Row) -> Result<ReleaseRequest> {
    Ok(ReleaseRequest {
        id: r.int(0)?,
        created_at: r.int(1)?,
        requester_member: MemberId(r.int(2)?),
        requester_user: UserId(r.int(3)?),
        originator: MemberId(r.int(4)?),
        target: MemberId(r.int(5)?),
        object_id: r.opt_text(6)?,
        value: r.opt_text(7)?,
        reason: r.text(8)?,
        status: r.parsed(9, "release request status", RequestStatus::parse)?,
        decided_at: r.opt_int(10)?,
        decided_by: r.opt_int(11)?.map(UserId),
        answer: r.opt_text(12)?,
        released: r.opt_int(13)?.map(|n| n.max(0) as u64),
    })
}

/// Columns: [`crate::sql::NOTIFICATION_COLS`].
pub fn notification(r: &dyn Row) -> Result<Notification> {
    let payload = r.text(4)?;
    Ok(Notification {
        id: r.int(0)?,
        member: MemberId(r.int(1)?),
        at: r.int(2)?,
        kind: r.text(3)?,
        payload: serde_json::from_str(&payload).unwrap_or(serde_json::Value::String(payload)),
    })
}

/// Columns: [`crate::sql::WEBHOOK_COLS`].
pub fn webhook(r: &dyn Row) -> Result<Webhook> {
    Ok(Webhook {
        id: r.int(0)?,
        member: MemberId(r.int(1)?),
        url: r.text(2)?,
        created_at: r.int(3)?,
        cursor_objects: r.int(4)?,
        cursor_notices: r.int(5)?,
        last_status: r.opt_text(6)?,
        last_attempt: r.opt_int(7)?,
        failures: r.int(8)?,
        // Only checked filters are stored; one that does not read back delivers nothing
        // rather than everything.
        filter: serde_json::from_str(&r.text(9)?).unwrap_or(EventFilter {
            objects: false,
            notifications: false,
            ..EventFilter::default()
        }),
    })
}

/// Columns: [`crate::sql::TRANSITION_COLS`].
pub fn transition(r: &dyn Row) -> Result<Transition> {
    Ok(Transition {
        id: r.int(0)?,
        member: MemberId(r.int(1)?),
        from: r.opt_text(2)?.as_deref().and_then(MemberStatus::parse),
        to: r.parsed(3, "member status", MemberStatus::parse)?,
        at: r.int(4)?,
        reason: r.text(5)?,
        decision: r.opt_text(6)?,
        actor: r.text(7)?,
    })
}

/// Columns: [`crate::sql::APPLICATION_COLS`].
pub fn application(r: &dyn Row) -> Result<Application> {
    Ok(Application {
        id: r.int(0)?,
        member: MemberId(r.int(1)?),
        description: r.text(2)?,
        contact: r.text(3)?,
        sponsor: r.opt_int(4)?.map(MemberId),
        applied_at: r.int(5)?,
        ballot: r.int(6)?,
    })
}

/// Columns: [`crate::sql::TERM_COLS`].
pub fn term(r: &dyn Row) -> Result<Term> {
    Ok(Term {
        id: r.int(0)?,
        member: MemberId(r.int(1)?),
        starts_at: r.int(2)?,
        ends_at: r.int(3)?,
        basis: r.text(4)?,
        note: r.text(5)?,
    })
}

/// Columns: [`crate::sql::MEETING_COLS`].
pub fn meeting(r: &dyn Row) -> Result<Meeting> {
    Ok(Meeting {
        id: r.int(0)?,
        title: r.text(1)?,
        kind: r.parsed(2, "kind of meeting", MeetingKind::parse)?,
        starts_at: r.int(3)?,
        ends_at: r.int(4)?,
        time_zone: r.text(5)?,
        venue: r.text(6)?,
        convened_by: MemberId(r.int(7)?),
        convened_at: r.int(8)?,
        minutes: r.text(9)?,
    })
}

/// Columns: [`crate::sql::AGENDA_COLS`].
pub fn agenda_item(r: &dyn Row) -> Result<AgendaItem> {
    Ok(AgendaItem {
        id: r.int(0)?,
        meeting: r.int(1)?,
        position: r.int(2)?,
        title: r.text(3)?,
        notes: r.text(4)?,
        link: r.opt_text(5)?.and_then(|l| serde_json::from_str(&l).ok()),
    })
}

/// Columns: member_id, delegates, present.
pub fn attendance(r: &dyn Row) -> Result<Attendance> {
    Ok(Attendance {
        member: MemberId(r.int(0)?),
        delegates: r.text(1)?,
        present: r.flag(2)?,
    })
}

/// Columns: [`crate::sql::DECISION_COLS`].
pub fn decision(r: &dyn Row) -> Result<Decision> {
    Ok(Decision {
        id: r.int(0)?,
        meeting: r.int(1)?,
        agenda_item: r.opt_int(2)?,
        text: r.text(3)?,
        ballot: r.opt_int(4)?,
        recorded_at: r.int(5)?,
        outcome: r.opt_text(6)?.as_deref().and_then(Outcome::parse),
    })
}

/// Columns: [`crate::sql::ACTION_COLS`].
pub fn action(r: &dyn Row) -> Result<ActionItem> {
    Ok(ActionItem {
        id: r.int(0)?,
        meeting: r.int(1)?,
        decision: r.opt_int(2)?,
        title: r.text(3)?,
        assignee: MemberId(r.int(4)?),
        due_at: r.int(5)?,
        status: r.parsed(6, "action status", ActionStatus::parse)?,
        closed_at: r.opt_int(7)?,
    })
}
