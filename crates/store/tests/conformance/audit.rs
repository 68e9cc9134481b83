//! The audit chain and the announcement of access changes.

use super::*;

/// The audit chain: numbered without gaps, each entry linked to the one before, also when
/// many writers append at once (on PostgreSQL, from several nodes).
pub async fn audit_chain(store: Arc<dyn Store>) {
    use domain::audit::*;
    let f = fixture(store).await;
    let entry = |i: u32| NewAuditEntry {
        at: i64::from(i),
        actor: AuditActor {
            user: Some(f.admin.id),
            member: Some(f.a.id),
            name: "admin".into(),
        },
        action: if i.is_multiple_of(2) {
            "objects.read"
        } else {
            "member.add"
        }
        .into(),
        subject: format!("s{i}"),
        detail: format!("{{\"i\":{i}}}"),
    };
    assert_eq!(f.store.audit_head().await.unwrap(), None);
    let mut tasks = Vec::new();
    for t in 0..8u32 {
        let s = f.store.clone();
        let batch: Vec<NewAuditEntry> = (0..5).map(|i| entry(t * 5 + i)).collect();
        tasks.push(tokio::spawn(async move { s.append_audit(batch).await }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    // An object write carries its entry in the same transaction.
    let st = f
        .store
        .write_objects(WriteRequest {
            status_id: Uuid::new_v4(),
            collection: f.collection,
            member: f.a.id,
            user: UserId(0),
            request_timestamp: 5,
            items: vec![Submitted::Valid(new_object(
                &indicator(1, "2020-01-01T00:00:00.000Z"),
                f.a.id,
                Release::Green,
            ))],
            audit: Some(entry(99)),
            feed: None,
        })
        .await
        .unwrap();
    assert_eq!(st.success_count, 1);
    let all = f
        .store
        .audit_entries(AuditQuery {
            limit: 1000,
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(all.len(), 41);
    let mut prev = GENESIS;
    for (i, e) in all.iter().enumerate() {
        assert_eq!(e.seq, i as i64 + 1);
        assert_eq!(e.prev_hash, prev);
        let content = NewAuditEntry {
            at: e.at,
            actor: e.actor.clone(),
            action: e.action.clone(),
            subject: e.subject.clone(),
            detail: e.detail.clone(),
        };
        assert_eq!(entry_hash(&prev, e.seq, &content), e.hash);
        prev = e.hash;
    }
    assert_eq!(all.last().unwrap().subject, "s99");
    // Each writer's batch stays together, in order.
    for w in all.windows(2).filter(|w| w[0].at < 40 && w[0].at % 5 != 4) {
        assert_eq!(w[1].at, w[0].at + 1);
    }
    assert_eq!(f.store.audit_head().await.unwrap(), Some((41, prev)));
    // Filters and paging.
    let reads = f
        .store
        .audit_entries(AuditQuery {
            limit: 1000,
            action: Some("objects".into()),
            since: Some(10),
            until: Some(20),
            member: Some(f.a.id),
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    // Writers' batches land in any order; the filter finds exactly these.
    let mut ats: Vec<i64> = reads.iter().map(|e| e.at).collect();
    ats.sort();
    assert_eq!(ats, [10, 12, 14, 16, 18]);
    let page = f
        .store
        .audit_entries(AuditQuery {
            after_seq: 38,
            limit: 2,
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(page.iter().map(|e| e.seq).collect::<Vec<_>>(), [39, 40]);
    // The newest first, for a listing, without details.
    let newest = f
        .store
        .audit_entries(AuditQuery {
            limit: 3,
            newest_first: true,
            without_detail: true,
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(
        newest.iter().map(|e| e.seq).collect::<Vec<_>>(),
        [41, 40, 39]
    );
    // The page after it: older than its last entry.
    let older = f
        .store
        .audit_entries(AuditQuery {
            limit: 3,
            newest_first: true,
            before_seq: Some(39),
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(
        older.iter().map(|e| e.seq).collect::<Vec<_>>(),
        [38, 37, 36]
    );
    assert!(newest.iter().all(|e| e.detail.is_empty()));
    assert_eq!(newest[0].hash, prev);
    // The signing key is made once; checkpoints are kept once per entry.
    assert_eq!(f.store.last_checkpoint_at().await.unwrap(), None);
    let key = f.store.signing_key([1; 32]).await.unwrap();
    assert_eq!(key, [1; 32]);
    assert_eq!(f.store.signing_key([2; 32]).await.unwrap(), [1; 32]);
    let cp = Checkpoint {
        seq: 41,
        at: 1,
        hash: prev,
        signature: vec![5; 64],
        public_key: [6; 32],
    };
    f.store.insert_checkpoint(cp.clone()).await.unwrap();
    f.store
        .insert_checkpoint(Checkpoint {
            at: 2,
            ..cp.clone()
        })
        .await
        .unwrap();
    assert_eq!(f.store.checkpoints().await.unwrap(), vec![cp.clone()]);
    f.store
        .insert_checkpoint(Checkpoint {
            seq: 42,
            at: 7,
            ..cp.clone()
        })
        .await
        .unwrap();
    assert_eq!(f.store.last_checkpoint_at().await.unwrap(), Some(7));
}

/// Every change of who is who moves `access_changes` before the call returns, so a node's
/// cache of credentials, collections and grants never outlives what it remembers.
pub async fn access_changes_are_announced(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = &f.store;
    let access = s.access_changes();
    let mut seen = *access.borrow();
    let mut moved = |what: &str| {
        let now = *access.borrow();
        assert_ne!(now, seen, "{what} did not announce an access change");
        seen = now;
    };
    let user = s
        .insert_user(NewUser {
            member_id: f.a.id,
            username: "ann".into(),
            display_name: "Ann".into(),
            roles: vec![Role::Analyst],
            password_hash: None,
            created_at: 3,
            must_change_password: false,
        })
        .await
        .unwrap();
    moved("insert_user");
    let token = s
        .insert_token(NewToken {
            user_id: user.id,
            name: "t".into(),
            digest: [3; 32],
            created_at: 4,
            kind: domain::TokenKind::Api,
            scope: domain::Scope::Write,
            expires_at: None,
            client: None,
        })
        .await
        .unwrap();
    assert!(s.revoke_token(token.id, 5).await.unwrap());
    moved("revoke_token");
    s.insert_member(NewMember {
        name: "delta".into(),
        display_name: "Delta".into(),
        identity_id: format!("identity--{}", Uuid::new_v4()),
        status: MemberStatus::Applicant,
        is_secretariat: false,
        created_at: 5,
        founded_at: None,
    })
    .await
    .unwrap();
    moved("insert_member");
    s.transition_member(
        f.b.id,
        domain::governance::NewTransition {
            from: Some(MemberStatus::Member),
            to: MemberStatus::Suspended,
            at: 6,
            reason: "test".into(),
            decision: None,
            actor: "console".into(),
        },
    )
    .await
    .unwrap();
    moved("transition_member");
    s.set_founding(f.a.id, 1).await.unwrap();
    moved("set_founding");
    let other = CollectionId(Uuid::new_v4());
    s.insert_collection(Collection {
        id: other,
        alias: Some("other".into()),
        title: "Other".into(),
        description: None,
        default_tlp: Tlp::Amber,
        everyone_reads: false,
        everyone_writes: false,
        created_at: 6,
    })
    .await
    .unwrap();
    moved("insert_collection");
    s.grant(
        other,
        CollectionGrant {
            member_id: f.c.id,
            can_read: true,
            can_write: false,
        },
    )
    .await
    .unwrap();
    moved("grant");
    s.set_collection_default(other, Tlp::Red).await.unwrap();
    moved("set_collection_default");
    let group = s
        .insert_sharing_group(NewSharingGroup {
            name: "benelux".into(),
            description: None,
            members_visible: true,
            created_at: 7,
        })
        .await
        .unwrap();
    assert!(s.set_group_member(group.id, f.c.id, true).await.unwrap());
    moved("set_group_member (join)");
    assert!(s.set_group_member(group.id, f.c.id, false).await.unwrap());
    moved("set_group_member (leave)");
}
