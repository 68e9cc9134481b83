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
        })
        .await
        .unwrap();
    let got = s.user_by_name("ann").await.unwrap().unwrap();
    assert_eq!(got, u);
    assert_eq!(s.users(Some(f.a.id)).await.unwrap(), vec![u.clone()]);
    assert!(s.users(None).await.unwrap().contains(&f.admin));
    let t = s
        .insert_token(NewToken {
            user_id: u.id,
            name: "t".into(),
            digest: [1; 32],
            created_at: 4,
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
