//! The center, its members, users, tokens, invitations, collections, grants, sharing groups and
//! settings.

use domain::language::Language;
use domain::store::{
    LanguageOf, NewCenter, NewCertificate, NewMember, NewSharingGroup, NewToken, NewUser,
    SecondFactor, TokenSweep, UserChange,
};
use domain::{
    CenterInfo, ClientCertificate, Collection, CollectionGrant, CollectionId, Error, GroupId,
    Member, MemberId, MemberIdentity, Result, SharingGroup, Token, User, UserId,
};
use stix::markings::Tlp;

use crate::exec::params;
use crate::exec::{Conn, Dialect};
use crate::rows;
use crate::sql::{
    CERTIFICATE_COLS, COLLECTION_COLS, GROUP_COLS, MEMBER_COLS, TOKEN_COLS, USER_COLS, accession,
    roles_text,
};

pub async fn center(c: &mut impl Conn) -> Result<Option<CenterInfo>> {
    c.row(
        "SELECT name, founded_at, secretariat, default_collection FROM center WHERE id = 1",
        params![],
        |r| {
            Ok(CenterInfo {
                name: r.text(0)?,
                founded_at: r.int(1)?,
                secretariat: MemberId(r.int(2)?),
                default_collection: CollectionId(r.uuid(3)?),
            })
        },
    )
    .await
}

pub async fn create_center(c: &mut impl Conn, n: &NewCenter) -> Result<(CenterInfo, User)> {
    if c.dialect() == Dialect::Postgres {
        // Two nodes starting on an empty database: only one creates the center.
        c.execute("SELECT pg_advisory_xact_lock(7041)", params![])
            .await?;
    }
    if c.int("SELECT COUNT(*) FROM center", params![]).await? > 0 {
        return Err(Error::Conflict("the center already exists".into()));
    }
    let sec = insert_member(c, &n.secretariat).await?;
    let admin = insert_user(
        c,
        &NewUser {
            member_id: sec.id,
            ..n.admin.clone()
        },
    )
    .await?;
    insert_collection(c, &n.default_collection).await?;
    c.execute(
        "INSERT INTO center (id, name, founded_at, secretariat, default_collection, secret) VALUES (1, $1, $2, $3, $4, $5)",
        params![&n.name, n.founded_at, sec.id.0, n.default_collection.id.0.to_string(), n.secret.as_slice()],
    )
    .await?;
    Ok((
        CenterInfo {
            name: n.name.clone(),
            founded_at: n.founded_at,
            secretariat: sec.id,
            default_collection: n.default_collection.id,
        },
        admin,
    ))
}

pub async fn secret(c: &mut impl Conn) -> Result<[u8; 32]> {
    c.one("SELECT secret FROM center WHERE id = 1", params![], |r| {
        r.bytes32(0)
    })
    .await
}

pub async fn setting(c: &mut impl Conn, key: &str) -> Result<Option<String>> {
    c.row(
        "SELECT value FROM center_settings WHERE key = $1",
        params![key],
        |r| r.text(0),
    )
    .await
}

pub async fn set_setting(c: &mut impl Conn, key: &str, value: &str) -> Result<()> {
    c.execute(
        "INSERT INTO center_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )
    .await
    .map(drop)
}

pub async fn insert_member(c: &mut impl Conn, m: &NewMember) -> Result<Member> {
    let id = c.int(
        "INSERT INTO members (name, display_name, identity_id, status, is_secretariat, created_at, accession_at, founding) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        params![&m.name, &m.display_name, &m.identity_id, m.status.as_str(), m.is_secretariat, m.created_at, accession(m), m.founded_at.is_some()],
    )
    .await?;
    Ok(Member {
        id: MemberId(id),
        name: m.name.clone(),
        display_name: m.display_name.clone(),
        identity_id: m.identity_id.clone(),
        status: m.status,
        is_secretariat: m.is_secretariat,
        created_at: m.created_at,
        founding: m.founded_at.is_some(),
        accession_at: accession(m),
        language: None,
    })
}

pub async fn member(c: &mut impl Conn, id: MemberId) -> Result<Option<Member>> {
    let sql = format!("SELECT {MEMBER_COLS} FROM members WHERE id = $1");
    c.row(&sql, params![id.0], rows::member).await
}

pub async fn member_by_name(c: &mut impl Conn, name: &str) -> Result<Option<Member>> {
    let sql = format!("SELECT {MEMBER_COLS} FROM members WHERE name = $1");
    c.row(&sql, params![name], rows::member).await
}

pub async fn members(c: &mut impl Conn) -> Result<Vec<Member>> {
    let sql = format!("SELECT {MEMBER_COLS} FROM members ORDER BY id");
    c.rows(&sql, params![], rows::member).await
}

pub async fn insert_user(c: &mut impl Conn, u: &NewUser) -> Result<User> {
    let id = c.int(
        "INSERT INTO users (member_id, username, display_name, roles, password_hash, created_at, must_change_password) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        params![u.member_id.0, &u.username, &u.display_name, roles_text(&u.roles), &u.password_hash, u.created_at, u.must_change_password],
    )
    .await?;
    Ok(User {
        id: UserId(id),
        member_id: u.member_id,
        username: u.username.clone(),
        display_name: u.display_name.clone(),
        roles: u.roles.clone(),
        password_hash: u.password_hash.clone(),
        disabled: false,
        created_at: u.created_at,
        must_change_password: u.must_change_password,
        second_factor: false,
        language: None,
        calendar: None,
        time_zone: None,
    })
}

pub async fn user(c: &mut impl Conn, id: UserId) -> Result<Option<User>> {
    let sql = format!("SELECT {USER_COLS} FROM users WHERE id = $1");
    c.row(&sql, params![id.0], rows::user).await
}

pub async fn user_by_name(c: &mut impl Conn, username: &str) -> Result<Option<User>> {
    let sql = format!("SELECT {USER_COLS} FROM users WHERE username = $1");
    c.row(&sql, params![username], rows::user).await
}

pub async fn users(c: &mut impl Conn, member: Option<MemberId>) -> Result<Vec<User>> {
    // Two statements rather than `$1 IS NULL OR member_id = $1`, which no planner answers
    // from the member index.
    match member {
        Some(m) => {
            let sql = format!("SELECT {USER_COLS} FROM users WHERE member_id = $1 ORDER BY id");
            c.rows(&sql, params![m.0], rows::user).await
        }
        None => {
            let sql = format!("SELECT {USER_COLS} FROM users ORDER BY id");
            c.rows(&sql, params![], rows::user).await
        }
    }
}

pub async fn set_password(
    c: &mut impl Conn,
    user: UserId,
    hash: &str,
    must_change: bool,
    at: i64,
) -> Result<()> {
    c.execute(
        "UPDATE users SET password_hash = $1, must_change_password = $2 WHERE id = $3",
        params![hash, must_change, user.0],
    )
    .await?;
    void_invitations(c, user, at).await
}

/// A user's unused links to set a password, voided as if used at `at`.
pub async fn void_invitations(c: &mut impl Conn, user: UserId, at: i64) -> Result<()> {
    c.execute(
        "UPDATE invitations SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL",
        params![at, user.0],
    )
    .await
    .map(drop)
}

pub async fn update_user(c: &mut impl Conn, user: UserId, change: &UserChange) -> Result<()> {
    if let Some(name) = &change.display_name {
        c.execute(
            "UPDATE users SET display_name = $1 WHERE id = $2",
            params![name, user.0],
        )
        .await?;
    }
    if let Some(roles) = &change.roles {
        c.execute(
            "UPDATE users SET roles = $1 WHERE id = $2",
            params![roles_text(roles), user.0],
        )
        .await?;
    }
    if let Some(disabled) = change.disabled {
        c.execute(
            "UPDATE users SET disabled = $1 WHERE id = $2",
            params![disabled, user.0],
        )
        .await?;
    }
    Ok(())
}

pub async fn set_language(
    c: &mut impl Conn,
    of: LanguageOf,
    language: Option<Language>,
) -> Result<()> {
    let tag = language.map(Language::tag);
    match of {
        LanguageOf::User(u) => {
            c.execute(
                "UPDATE users SET language = $1 WHERE id = $2",
                params![tag, u.0],
            )
            .await?
        }
        LanguageOf::Member(m) => {
            c.execute(
                "UPDATE members SET language = $1 WHERE id = $2",
                params![tag, m.0],
            )
            .await?
        }
    };
    Ok(())
}

pub async fn set_reading(
    c: &mut impl Conn,
    user: UserId,
    calendar: Option<domain::language::Calendar>,
    time_zone: Option<String>,
) -> Result<()> {
    c.execute(
        "UPDATE users SET calendar = $1, time_zone = $2 WHERE id = $3",
        params![calendar.map(|k| k.as_str()), time_zone, user.0],
    )
    .await?;
    Ok(())
}

pub async fn insert_token(c: &mut impl Conn, t: &NewToken) -> Result<Token> {
    let id = c
        .int(
            "INSERT INTO tokens (user_id, name, digest, created_at, kind, scope, expires_at, client) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            params![t.user_id.0, &t.name, &t.digest, t.created_at, t.kind.as_str(), t.scope.as_str(), t.expires_at, &t.client],
        )
        .await?;
    Ok(Token {
        id,
        user_id: t.user_id,
        name: t.name.clone(),
        digest: t.digest.to_vec(),
        created_at: t.created_at,
        last_used_at: None,
        revoked_at: None,
        kind: t.kind,
        scope: t.scope,
        expires_at: t.expires_at,
        client: t.client.clone(),
    })
}

pub async fn token_by_digest(c: &mut impl Conn, digest: &[u8; 32]) -> Result<Option<Token>> {
    let sql = format!("SELECT {TOKEN_COLS} FROM tokens WHERE digest = $1");
    c.row(&sql, params![digest], rows::token).await
}

pub async fn token(c: &mut impl Conn, id: i64) -> Result<Option<Token>> {
    let sql = format!("SELECT {TOKEN_COLS} FROM tokens WHERE id = $1");
    c.row(&sql, params![id], rows::token).await
}

pub async fn tokens(c: &mut impl Conn, user: UserId) -> Result<Vec<Token>> {
    let sql = format!("SELECT {TOKEN_COLS} FROM tokens WHERE user_id = $1 ORDER BY id");
    c.rows(&sql, params![user.0], rows::token).await
}

pub async fn touch_token(c: &mut impl Conn, id: i64, at: i64) -> Result<()> {
    c.execute(
        "UPDATE tokens SET last_used_at = $1 WHERE id = $2",
        params![at, id],
    )
    .await
    .map(drop)
}

pub async fn revoke_token(c: &mut impl Conn, id: i64, at: i64) -> Result<bool> {
    c.execute(
        "UPDATE tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
        params![at, id],
    )
    .await
    .map(|n| n > 0)
}

pub async fn revoke_tokens(c: &mut impl Conn, sweep: TokenSweep, at: i64) -> Result<u64> {
    c.execute(
        "UPDATE tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL AND ($3 IS NULL OR kind = $3) AND ($4 IS NULL OR id <> $4)",
        params![at, sweep.user.0, sweep.kind.map(|k| k.as_str()), sweep.except],
    )
    .await
}

pub async fn second_factor(c: &mut impl Conn, user: UserId) -> Result<Option<SecondFactor>> {
    c.row(
        "SELECT secret, pending, last_step, enabled_at FROM second_factors WHERE user_id = $1",
        params![user.0],
        |r| {
            // No secret is kept as no bytes, never NULL.
            let blob =
                |i| -> Result<Option<Vec<u8>>> { Ok(Some(r.bytes(i)?).filter(|b| !b.is_empty())) };
            Ok(SecondFactor {
                secret: blob(0)?,
                pending: blob(1)?,
                last_step: r.int(2)?,
                enabled_at: r.opt_int(3)?,
            })
        },
    )
    .await
}

pub async fn set_second_factor_pending(
    c: &mut impl Conn,
    user: UserId,
    sealed: &[u8],
) -> Result<()> {
    c.execute(
        "INSERT INTO second_factors (user_id, secret, pending, last_step) VALUES ($1, $2, $3, 0) ON CONFLICT (user_id) DO UPDATE SET pending = $3",
        params![user.0, Vec::<u8>::new(), sealed],
    )
    .await
    .map(drop)
}

pub async fn enable_second_factor(
    c: &mut impl Conn,
    user: UserId,
    step: i64,
    recovery: &[[u8; 32]],
    at: i64,
) -> Result<bool> {
    let n = c
        .execute(
            "UPDATE second_factors SET secret = pending, pending = $1, last_step = $2, enabled_at = $3 WHERE user_id = $4 AND length(pending) > 0",
            params![Vec::<u8>::new(), step, at, user.0],
        )
        .await?;
    if n == 0 {
        return Ok(false);
    }
    c.execute(
        "DELETE FROM recovery_codes WHERE user_id = $1",
        params![user.0],
    )
    .await?;
    for d in recovery {
        c.execute(
            "INSERT INTO recovery_codes (user_id, digest) VALUES ($1, $2)",
            params![user.0, d],
        )
        .await?;
    }
    Ok(true)
}

pub async fn remove_second_factor(c: &mut impl Conn, user: UserId) -> Result<()> {
    c.execute(
        "DELETE FROM recovery_codes WHERE user_id = $1",
        params![user.0],
    )
    .await?;
    c.execute(
        "DELETE FROM second_factors WHERE user_id = $1",
        params![user.0],
    )
    .await
    .map(drop)
}

pub async fn take_second_factor_step(c: &mut impl Conn, user: UserId, step: i64) -> Result<bool> {
    c.execute(
        "UPDATE second_factors SET last_step = $1 WHERE user_id = $2 AND last_step < $1",
        params![step, user.0],
    )
    .await
    .map(|n| n > 0)
}

pub async fn use_recovery_code(
    c: &mut impl Conn,
    user: UserId,
    digest: &[u8; 32],
    at: i64,
) -> Result<bool> {
    c.execute(
        "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND digest = $3 AND used_at IS NULL",
        params![at, user.0, digest],
    )
    .await
    .map(|n| n > 0)
}

pub async fn recovery_codes_left(c: &mut impl Conn, user: UserId) -> Result<i64> {
    c.int(
        "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        params![user.0],
    )
    .await
}

pub async fn insert_certificate(
    c: &mut impl Conn,
    n: &NewCertificate,
) -> Result<Option<ClientCertificate>> {
    let taken = c
        .row(
            "SELECT id FROM client_certificates WHERE fingerprint = $1 AND revoked_at IS NULL",
            params![&n.fingerprint],
            |r| r.int(0),
        )
        .await?;
    if taken.is_some() {
        return Ok(None);
    }
    let id = c
        .int(
            "INSERT INTO client_certificates (kind, fingerprint, der, name, user_id, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            params![n.kind.as_str(), &n.fingerprint, n.der.clone(), &n.name, n.user_id.0, n.created_at],
        )
        .await?;
    let sql = format!(
        "SELECT {CERTIFICATE_COLS} FROM client_certificates c JOIN users u ON u.id = c.user_id WHERE c.id = $1"
    );
    Ok(c.row(&sql, params![id], rows::certificate)
        .await?
        .map(|(cert, _)| cert))
}

pub async fn certificates(
    c: &mut impl Conn,
    member: Option<MemberId>,
) -> Result<Vec<(ClientCertificate, Vec<u8>)>> {
    let sql = format!(
        "SELECT {CERTIFICATE_COLS} FROM client_certificates c JOIN users u ON u.id = c.user_id WHERE $1 IS NULL OR u.member_id = $1 ORDER BY c.id"
    );
    c.rows(&sql, params![member.map(|m| m.0)], rows::certificate)
        .await
}

pub async fn revoke_certificate(c: &mut impl Conn, id: i64, at: i64) -> Result<bool> {
    c.execute(
        "UPDATE client_certificates SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
        params![at, id],
    )
    .await
    .map(|n| n > 0)
}

pub async fn insert_invitation(
    c: &mut impl Conn,
    user: UserId,
    digest: &[u8; 32],
    at: i64,
    expires_at: i64,
) -> Result<()> {
    c.execute(
        "INSERT INTO invitations (user_id, digest, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        params![user.0, digest, at, expires_at],
    )
    .await
    .map(drop)
}

pub async fn redeem_invitation(
    c: &mut impl Conn,
    digest: &[u8; 32],
    now: i64,
    password_hash: &str,
) -> Result<Option<UserId>> {
    let user = c
        .row(
            "UPDATE invitations SET used_at = $1 WHERE digest = $2 AND used_at IS NULL AND expires_at > $1 AND user_id IN (SELECT id FROM users WHERE NOT disabled) RETURNING user_id",
            params![now, digest],
            |r| r.int(0),
        )
        .await?;
    if let Some(u) = user {
        set_password(c, UserId(u), password_hash, false, now).await?;
    }
    Ok(user.map(UserId))
}

pub async fn insert_collection(c: &mut impl Conn, col: &Collection) -> Result<()> {
    c.execute(
        "INSERT INTO collections (id, alias, title, description, default_tlp, everyone_reads, everyone_writes, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        params![col.id.0.to_string(), &col.alias, &col.title, &col.description, col.default_tlp.code(), col.everyone_reads, col.everyone_writes, col.created_at],
    )
    .await
    .map(drop)
}

pub async fn collections(c: &mut impl Conn) -> Result<Vec<Collection>> {
    let sql = format!("SELECT {COLLECTION_COLS} FROM collections ORDER BY cid");
    c.rows(&sql, params![], rows::collection).await
}

pub async fn set_collection_default(
    c: &mut impl Conn,
    collection: CollectionId,
    tlp: Tlp,
) -> Result<()> {
    c.execute(
        "UPDATE collections SET default_tlp = $1 WHERE id = $2",
        params![tlp.code(), collection.0.to_string()],
    )
    .await
    .map(drop)
}

pub async fn grant(c: &mut impl Conn, collection: CollectionId, g: &CollectionGrant) -> Result<()> {
    let n = c
        .execute(
            "INSERT INTO collection_grants (cid, member_id, can_read, can_write)
             SELECT cid, $2, $3, $4 FROM collections WHERE id = $1
             ON CONFLICT (cid, member_id) DO UPDATE SET can_read = excluded.can_read, can_write = excluded.can_write",
            params![collection.0.to_string(), g.member_id.0, g.can_read, g.can_write],
        )
        .await?;
    if n == 0 {
        return Err(Error::NotFound("collection"));
    }
    Ok(())
}

pub async fn grants(c: &mut impl Conn, collection: CollectionId) -> Result<Vec<CollectionGrant>> {
    let known = c
        .row(
            "SELECT cid FROM collections WHERE id = $1",
            params![collection.0.to_string()],
            |r| r.int(0),
        )
        .await?;
    let Some(cid) = known else {
        return Err(Error::NotFound("collection"));
    };
    c.rows(
        "SELECT member_id, can_read, can_write FROM collection_grants WHERE cid = $1 ORDER BY member_id",
        params![cid],
        |r| {
            Ok(CollectionGrant {
                member_id: MemberId(r.int(0)?),
                can_read: r.flag(1)?,
                can_write: r.flag(2)?,
            })
        },
    )
    .await
}

pub async fn member_grants(
    c: &mut impl Conn,
    member: MemberId,
) -> Result<Vec<(CollectionId, CollectionGrant)>> {
    c.rows(
        "SELECT c.id, g.can_read, g.can_write, g.member_id FROM collection_grants g JOIN collections c ON c.cid = g.cid WHERE g.member_id = $1",
        params![member.0],
        |r| {
            Ok((
                CollectionId(r.uuid(0)?),
                CollectionGrant {
                    member_id: MemberId(r.int(3)?),
                    can_read: r.flag(1)?,
                    can_write: r.flag(2)?,
                },
            ))
        },
    )
    .await
}

pub async fn insert_sharing_group(c: &mut impl Conn, g: &NewSharingGroup) -> Result<SharingGroup> {
    let id = c
        .int(
            "INSERT INTO sharing_groups (name, description, members_visible, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
            params![&g.name, &g.description, g.members_visible, g.created_at],
        )
        .await?;
    Ok(SharingGroup {
        id: GroupId(id),
        name: g.name.clone(),
        description: g.description.clone(),
        members_visible: g.members_visible,
        members: vec![],
        created_at: g.created_at,
    })
}

pub async fn sharing_groups(c: &mut impl Conn) -> Result<Vec<SharingGroup>> {
    let sql = format!("SELECT {GROUP_COLS} FROM sharing_groups ORDER BY id");
    let mut groups = c
        .rows(&sql, params![], |r| {
            Ok(SharingGroup {
                id: GroupId(r.int(0)?),
                name: r.text(1)?,
                description: r.opt_text(2)?,
                members_visible: r.flag(3)?,
                members: vec![],
                created_at: r.int(4)?,
            })
        })
        .await?;
    let pairs = c
        .rows(
            "SELECT group_id, member_id FROM sharing_group_members ORDER BY member_id",
            params![],
            |r| Ok((r.int(0)?, MemberId(r.int(1)?))),
        )
        .await?;
    for g in &mut groups {
        g.members = pairs
            .iter()
            .filter(|(gid, _)| *gid == g.id.0)
            .map(|(_, m)| *m)
            .collect();
    }
    Ok(groups)
}

pub async fn set_group_member(
    c: &mut impl Conn,
    group: GroupId,
    member: MemberId,
    present: bool,
) -> Result<bool> {
    let sql = if present {
        "INSERT INTO sharing_group_members (group_id, member_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"
    } else {
        "DELETE FROM sharing_group_members WHERE group_id = $1 AND member_id = $2"
    };
    c.execute(sql, params![group.0, member.0])
        .await
        .map(|n| n > 0)
}

pub async fn member_groups(c: &mut impl Conn, member: MemberId) -> Result<Vec<GroupId>> {
    c.rows(
        "SELECT group_id FROM sharing_group_members WHERE member_id = $1 ORDER BY group_id",
        params![member.0],
        |r| Ok(GroupId(r.int(0)?)),
    )
    .await
}

pub async fn insert_member_identity(c: &mut impl Conn, i: &MemberIdentity) -> Result<bool> {
    c.execute(
        "INSERT INTO member_identities (identity_id, member_id, name, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        params![&i.identity_id, i.member_id.0, &i.name, i.created_at],
    )
    .await
    .map(|n| n > 0)
}

pub async fn member_identities(c: &mut impl Conn) -> Result<Vec<MemberIdentity>> {
    c.rows(
        "SELECT identity_id, member_id, name, created_at FROM member_identities ORDER BY identity_id",
        params![],
        |r| {
            Ok(MemberIdentity {
                identity_id: r.text(0)?,
                member_id: MemberId(r.int(1)?),
                name: r.text(2)?,
                created_at: r.int(3)?,
            })
        },
    )
    .await
}

pub async fn delete_member_identity(
    c: &mut impl Conn,
    member: MemberId,
    identity_id: &str,
) -> Result<bool> {
    c.execute(
        "DELETE FROM member_identities WHERE member_id = $1 AND identity_id = $2",
        params![member.0, identity_id],
    )
    .await
    .map(|n| n > 0)
}
