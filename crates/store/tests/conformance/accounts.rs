//! Accounts: members, users, tokens, collections and grants.

use super::*;

pub async fn accounts(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = &f.store;
    assert!(s.center().await.unwrap().is_some());
    assert_eq!(s.secret().await.unwrap(), [9; 32]);
    assert_eq!(s.members().await.unwrap().len(), 4);
    assert_eq!(s.member_by_name("bravo").await.unwrap().unwrap().id, f.b.id);
    let change = |from, to| domain::governance::NewTransition {
        from: Some(from),
        to,
        at: 7,
        reason: "test".into(),
        decision: Some("vote 1".into()),
        actor: "console".into(),
    };
    s.transition_member(
        f.b.id,
        change(MemberStatus::Member, MemberStatus::Suspended),
    )
    .await
    .unwrap();
    let b = s.member(f.b.id).await.unwrap().unwrap();
    assert_eq!(b.status, MemberStatus::Suspended);
    assert_eq!(b.accession_at, Some(1), "set when it was created a member");
    // A change from a status the member is no longer in is refused, and nothing is recorded.
    let stale = s
        .transition_member(
            f.b.id,
            change(MemberStatus::Member, MemberStatus::Withdrawn),
        )
        .await;
    assert!(
        matches!(stale, Err(domain::Error::Conflict(_))),
        "{stale:?}"
    );
    let history = s.transitions(f.b.id).await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].from, Some(MemberStatus::Member));
    assert_eq!(history[0].to, MemberStatus::Suspended);
    assert_eq!(history[0].decision.as_deref(), Some("vote 1"));
    let u = s
        .insert_user(NewUser {
            member_id: f.a.id,
            username: "ann".into(),
            display_name: "Ann".into(),
            roles: vec![Role::Analyst, Role::Delegate],
            password_hash: Some("$argon2id$x".into()),
            created_at: 3,
            must_change_password: false,
        })
        .await
        .unwrap();
    let got = s.user_by_name("ann").await.unwrap().unwrap();
    assert_eq!(got, u);
    assert_eq!(s.users(Some(f.a.id)).await.unwrap(), vec![u.clone()]);
    assert!(s.users(None).await.unwrap().contains(&f.admin));
    // A user's language and a member's default are kept, and cleared.
    use domain::language::Language;
    use domain::store::LanguageOf;
    assert_eq!(u.language, None);
    s.set_language(LanguageOf::User(u.id), Some(Language::Fa))
        .await
        .unwrap();
    s.set_language(LanguageOf::Member(f.a.id), Some(Language::Ar))
        .await
        .unwrap();
    assert_eq!(
        s.user_by_name("ann").await.unwrap().unwrap().language,
        Some(Language::Fa)
    );
    assert_eq!(
        s.member(f.a.id).await.unwrap().unwrap().language,
        Some(Language::Ar)
    );
    assert_eq!(s.member(f.b.id).await.unwrap().unwrap().language, None);
    s.set_language(LanguageOf::User(u.id), None).await.unwrap();
    assert_eq!(s.user_by_name("ann").await.unwrap().unwrap().language, None);
    // How the user reads dates: a calendar and a zone, kept and cleared.
    use domain::language::Calendar;
    s.set_reading(u.id, Some(Calendar::Persian), Some("Asia/Tehran".into()))
        .await
        .unwrap();
    let got = s.user_by_name("ann").await.unwrap().unwrap();
    assert_eq!(
        (got.calendar, got.time_zone.as_deref()),
        (Some(Calendar::Persian), Some("Asia/Tehran"))
    );
    s.set_reading(u.id, None, None).await.unwrap();
    let got = s.user_by_name("ann").await.unwrap().unwrap();
    assert_eq!((got.calendar, got.time_zone), (None, None));
    let t = s
        .insert_token(NewToken {
            user_id: u.id,
            name: "t".into(),
            digest: [1; 32],
            created_at: 4,
            kind: domain::TokenKind::Api,
            scope: domain::Scope::Write,
            expires_at: None,
            client: None,
        })
        .await
        .unwrap();
    assert_eq!(s.token_by_digest(&[1; 32]).await.unwrap().unwrap().id, t.id);
    s.touch_token(t.id, 10).await.unwrap();
    assert_eq!(s.tokens(u.id).await.unwrap()[0].last_used_at, Some(10));
    assert!(s.revoke_token(t.id, 11).await.unwrap());
    assert!(!s.revoke_token(t.id, 12).await.unwrap());
    assert_eq!(
        s.token_by_digest(&[1; 32])
            .await
            .unwrap()
            .unwrap()
            .revoked_at,
        Some(11)
    );
    let c2 = Collection {
        id: CollectionId(Uuid::new_v4()),
        alias: None,
        title: "Closed".into(),
        description: Some("d".into()),
        default_tlp: Tlp::Amber,
        everyone_reads: false,
        everyone_writes: false,
        created_at: 2,
    };
    s.insert_collection(c2.clone()).await.unwrap();
    assert_eq!(s.collections().await.unwrap().len(), 2);
    let g = CollectionGrant {
        member_id: f.a.id,
        can_read: true,
        can_write: false,
    };
    s.grant(c2.id, g).await.unwrap();
    s.grant(
        c2.id,
        CollectionGrant {
            can_write: true,
            ..g
        },
    )
    .await
    .unwrap();
    assert_eq!(
        s.grants(c2.id).await.unwrap(),
        vec![CollectionGrant {
            can_write: true,
            ..g
        }]
    );
    assert_eq!(
        s.member_grants(f.a.id).await.unwrap(),
        vec![(
            c2.id,
            CollectionGrant {
                can_write: true,
                ..g
            }
        )]
    );
    assert!(s.member_grants(f.b.id).await.unwrap().is_empty());

    // Identities registered to members: one identity, one member.
    let unit = |id: &str, m: domain::MemberId| domain::MemberIdentity {
        identity_id: id.into(),
        member_id: m,
        name: "Отдел «К»".into(),
        created_at: 11,
    };
    let x = "identity--0f7e2f3b-8a61-4b43-9f5e-3c2d1a0b9c8d";
    let y = "identity--1f7e2f3b-8a61-4b43-9f5e-3c2d1a0b9c8d";
    assert!(s.insert_member_identity(unit(y, f.a.id)).await.unwrap());
    assert!(s.insert_member_identity(unit(x, f.a.id)).await.unwrap());
    assert!(
        !s.insert_member_identity(unit(x, f.b.id)).await.unwrap(),
        "registered already, to another member"
    );
    assert_eq!(
        s.member_identities().await.unwrap(),
        vec![unit(x, f.a.id), unit(y, f.a.id)]
    );
    assert!(!s.delete_member_identity(f.b.id, x.into()).await.unwrap());
    assert!(s.delete_member_identity(f.a.id, x.into()).await.unwrap());
    assert_eq!(s.member_identities().await.unwrap(), vec![unit(y, f.a.id)]);
}

/// What people run of their own accounts: passwords, roles, tokens of every kind, second
/// factors with their recovery codes, and client certificates. Changes of who may sign in move
/// the access counter, so every node forgets what it remembered.
pub async fn credentials(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = &f.store;
    let access = s.access_changes();
    let moved = |before: u64| *access.borrow() > before;
    let u = s
        .insert_user(NewUser {
            member_id: f.a.id,
            username: "лея".into(),
            display_name: "Лея".into(),
            roles: vec![Role::Analyst],
            password_hash: Some("$argon2id$first".into()),
            created_at: 3,
            must_change_password: true,
        })
        .await
        .unwrap();
    assert!(u.must_change_password && !u.second_factor);
    let got = s.user(u.id).await.unwrap().unwrap();
    assert!(got.must_change_password);
    let before = *access.borrow();
    // A link made before the password is set another way no longer sets it.
    s.insert_invitation(u.id, [1; 32], 4, i64::MAX)
        .await
        .unwrap();
    s.set_password(u.id, "$argon2id$second", false, 5)
        .await
        .unwrap();
    let got = s.user(u.id).await.unwrap().unwrap();
    assert_eq!(got.password_hash.as_deref(), Some("$argon2id$second"));
    assert!(!got.must_change_password);
    assert!(moved(before), "a password change is a change of who is who");
    assert_eq!(
        s.redeem_invitation(&[1; 32], 6, "$argon2id$x")
            .await
            .unwrap(),
        None
    );
    s.insert_invitation(u.id, [2; 32], 6, i64::MAX)
        .await
        .unwrap();
    s.void_invitations(u.id, 7).await.unwrap();
    assert_eq!(
        s.redeem_invitation(&[2; 32], 8, "$argon2id$x")
            .await
            .unwrap(),
        None
    );
    // Of two links, the one used voids the other.
    s.insert_invitation(u.id, [3; 32], 8, i64::MAX)
        .await
        .unwrap();
    s.insert_invitation(u.id, [4; 32], 8, i64::MAX)
        .await
        .unwrap();
    assert_eq!(
        s.redeem_invitation(&[3; 32], 9, "$argon2id$second")
            .await
            .unwrap(),
        Some(u.id)
    );
    assert_eq!(
        s.redeem_invitation(&[4; 32], 9, "$argon2id$x")
            .await
            .unwrap(),
        None
    );
    s.insert_invitation(u.id, [5; 32], 9, i64::MAX)
        .await
        .unwrap();
    s.update_user(
        u.id,
        domain::store::UserChange {
            display_name: Some("Лея Органа".into()),
            roles: Some(vec![Role::Analyst, Role::MemberAdministrator]),
            disabled: Some(true),
        },
    )
    .await
    .unwrap();
    let got = s.user(u.id).await.unwrap().unwrap();
    assert_eq!(got.display_name, "Лея Органа");
    assert_eq!(got.roles, vec![Role::Analyst, Role::MemberAdministrator]);
    assert!(got.disabled);
    // A disabled user's link sets nothing.
    assert_eq!(
        s.redeem_invitation(&[5; 32], 10, "$argon2id$x")
            .await
            .unwrap(),
        None
    );
    s.update_user(u.id, domain::store::UserChange::default())
        .await
        .unwrap();
    assert_eq!(
        s.user(u.id).await.unwrap().unwrap(),
        got,
        "nothing asked, nothing changed"
    );

    // Tokens of each kind, with a scope, an expiry and where a session was opened.
    let token = |n: u8, kind: domain::TokenKind| NewToken {
        user_id: u.id,
        name: format!("t{n}"),
        digest: [n; 32],
        created_at: i64::from(n),
        kind,
        scope: if n == 2 {
            domain::Scope::Read
        } else {
            domain::Scope::Write
        },
        expires_at: (n == 2).then_some(1_000),
        client: (kind == domain::TokenKind::Session).then(|| "Firefox from 192.0.2.1".into()),
    };
    let api = s
        .insert_token(token(2, domain::TokenKind::Api))
        .await
        .unwrap();
    let one = s
        .insert_token(token(3, domain::TokenKind::Session))
        .await
        .unwrap();
    let two = s
        .insert_token(token(4, domain::TokenKind::Session))
        .await
        .unwrap();
    let pending = s
        .insert_token(token(5, domain::TokenKind::Pending))
        .await
        .unwrap();
    let read = s.token(api.id).await.unwrap().unwrap();
    assert_eq!(read, api);
    assert_eq!(read.scope, domain::Scope::Read);
    assert_eq!(read.expires_at, Some(1_000));
    assert!(read.live(999) && !read.live(1_000));
    assert_eq!(
        s.token(one.id).await.unwrap().unwrap().client.as_deref(),
        Some("Firefox from 192.0.2.1")
    );
    assert!(s.token(999_999).await.unwrap().is_none());
    // Every session but one ends; API tokens and pending sign-ins are untouched.
    let before = *access.borrow();
    let sweep = domain::store::TokenSweep {
        user: u.id,
        kind: Some(domain::TokenKind::Session),
        except: Some(two.id),
    };
    assert_eq!(s.revoke_tokens(sweep, 50).await.unwrap(), 1);
    assert!(moved(before));
    assert_eq!(s.token(one.id).await.unwrap().unwrap().revoked_at, Some(50));
    assert!(s.token(two.id).await.unwrap().unwrap().revoked_at.is_none());
    assert!(s.token(api.id).await.unwrap().unwrap().revoked_at.is_none());
    assert!(
        s.token(pending.id)
            .await
            .unwrap()
            .unwrap()
            .revoked_at
            .is_none()
    );
    assert_eq!(s.revoke_tokens(sweep, 51).await.unwrap(), 0, "revoked once");
    let all = domain::store::TokenSweep {
        user: u.id,
        kind: None,
        except: None,
    };
    assert_eq!(s.revoke_tokens(all, 52).await.unwrap(), 3);

    // A second factor: pending until confirmed, then enrolled with recovery codes; each code
    // step and each recovery code is taken once.
    assert!(s.second_factor(u.id).await.unwrap().is_none());
    assert!(
        !s.enable_second_factor(u.id, 1, vec![], 60).await.unwrap(),
        "nothing pending"
    );
    s.set_second_factor_pending(u.id, vec![1; 48])
        .await
        .unwrap();
    let f1 = s.second_factor(u.id).await.unwrap().unwrap();
    assert_eq!(f1.pending, Some(vec![1; 48]));
    assert_eq!(f1.secret, None);
    assert!(
        !s.user(u.id).await.unwrap().unwrap().second_factor,
        "not yet"
    );
    let before = *access.borrow();
    assert!(
        s.enable_second_factor(u.id, 100, vec![[7; 32], [8; 32]], 61)
            .await
            .unwrap()
    );
    assert!(
        moved(before),
        "a second factor changes how the user signs in"
    );
    let f2 = s.second_factor(u.id).await.unwrap().unwrap();
    assert_eq!(f2.secret, Some(vec![1; 48]));
    assert_eq!(f2.pending, None);
    assert_eq!((f2.last_step, f2.enabled_at), (100, Some(61)));
    assert!(s.user(u.id).await.unwrap().unwrap().second_factor);
    assert!(
        s.users(Some(f.a.id))
            .await
            .unwrap()
            .iter()
            .any(|x| x.id == u.id && x.second_factor)
    );
    assert!(
        !s.take_second_factor_step(u.id, 100).await.unwrap(),
        "step 100 was taken"
    );
    assert!(s.take_second_factor_step(u.id, 101).await.unwrap());
    assert!(!s.take_second_factor_step(u.id, 101).await.unwrap());
    assert!(
        !s.take_second_factor_step(u.id, 99).await.unwrap(),
        "no going back"
    );
    assert_eq!(s.recovery_codes_left(u.id).await.unwrap(), 2);
    assert!(s.use_recovery_code(u.id, [7; 32], 70).await.unwrap());
    assert!(!s.use_recovery_code(u.id, [7; 32], 71).await.unwrap());
    assert!(!s.use_recovery_code(u.id, [9; 32], 71).await.unwrap());
    assert!(
        !s.use_recovery_code(f.admin.id, [8; 32], 71).await.unwrap(),
        "another's"
    );
    assert_eq!(s.recovery_codes_left(u.id).await.unwrap(), 1);
    // Enrolling anew keeps the enrolled secret until the new one is confirmed.
    s.set_second_factor_pending(u.id, vec![2; 48])
        .await
        .unwrap();
    let f3 = s.second_factor(u.id).await.unwrap().unwrap();
    assert_eq!(
        (f3.secret, f3.pending),
        (Some(vec![1; 48]), Some(vec![2; 48]))
    );
    assert!(
        s.enable_second_factor(u.id, 200, vec![[6; 32]], 80)
            .await
            .unwrap()
    );
    assert_eq!(
        s.recovery_codes_left(u.id).await.unwrap(),
        1,
        "the old codes are gone"
    );
    assert!(!s.use_recovery_code(u.id, [8; 32], 81).await.unwrap());
    s.remove_second_factor(u.id).await.unwrap();
    assert!(s.second_factor(u.id).await.unwrap().is_none());
    assert!(!s.user(u.id).await.unwrap().unwrap().second_factor);
    assert_eq!(s.recovery_codes_left(u.id).await.unwrap(), 0);

    // Client certificates: one per fingerprint, listed by member, revoked once.
    let cert = |n: u8, kind| domain::store::NewCertificate {
        kind,
        fingerprint: [n; 32],
        der: vec![n; 10],
        name: format!("gateway {n}"),
        user_id: u.id,
        created_at: i64::from(n),
    };
    let before = *access.borrow();
    let c1 = s
        .insert_certificate(cert(1, domain::CertificateKind::Certificate))
        .await
        .unwrap()
        .unwrap();
    assert!(moved(before));
    assert_eq!(c1.member_id, f.a.id);
    assert_eq!(c1.fingerprint, "01".repeat(32));
    assert!(
        s.insert_certificate(cert(1, domain::CertificateKind::Authority))
            .await
            .unwrap()
            .is_none(),
        "a fingerprint is registered once"
    );
    let c2 = s
        .insert_certificate(cert(2, domain::CertificateKind::Authority))
        .await
        .unwrap()
        .unwrap();
    let listed = s.certificates(Some(f.a.id)).await.unwrap();
    assert_eq!(
        listed,
        vec![(c1.clone(), vec![1; 10]), (c2.clone(), vec![2; 10])]
    );
    assert!(s.certificates(Some(f.b.id)).await.unwrap().is_empty());
    assert_eq!(s.certificates(None).await.unwrap().len(), 2);
    let before = *access.borrow();
    assert!(s.revoke_certificate(c1.id, 90).await.unwrap());
    assert!(
        moved(before),
        "a revoked certificate is forgotten on every node"
    );
    assert!(!s.revoke_certificate(c1.id, 91).await.unwrap());
    assert_eq!(
        s.certificates(None).await.unwrap()[0].0.revoked_at,
        Some(90)
    );
    // Revoked, the certificate may be registered again.
    let again = s
        .insert_certificate(cert(1, domain::CertificateKind::Certificate))
        .await
        .unwrap()
        .expect("a revoked registration does not hold the certificate");
    assert_ne!(again.id, c1.id);
}
