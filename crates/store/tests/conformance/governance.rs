//! Governance records.

use super::*;

/// Governance records: votes that close once, terms that never share a start, settings,
/// invitations used once.
pub async fn governance_records(store: Arc<dyn Store>) {
    use domain::governance::*;
    use domain::votes::{Choice, Outcome, VotingRule};
    let f = fixture(store).await;
    let s = &f.store;
    let b = s
        .insert_ballot(NewBallot {
            subject: "admission:9".into(),
            title: "Admission of X".into(),
            rule: VotingRule::default(),
            eligible: vec![f.a.id, f.b.id],
            opened_at: 1,
            deadline: 100,
        })
        .await
        .unwrap();
    assert_eq!(b.eligible, vec![f.a.id, f.b.id]);
    let vote = |m: MemberId, choice| Vote {
        member: m,
        choice,
        user: UserId(1),
        at: 2,
    };
    s.cast_vote(b.id, vote(f.a.id, Choice::No)).await.unwrap();
    // A member may change its vote while the vote is open.
    s.cast_vote(b.id, vote(f.a.id, Choice::Yes)).await.unwrap();
    s.cast_vote(b.id, vote(f.b.id, Choice::Abstain))
        .await
        .unwrap();
    let got = s.ballot(b.id).await.unwrap().unwrap();
    assert_eq!(
        got.votes
            .iter()
            .map(|v| (v.member, v.choice))
            .collect::<Vec<_>>(),
        [(f.a.id, Choice::Yes), (f.b.id, Choice::Abstain)]
    );
    assert!(s.close_ballot(b.id, 3, Outcome::Adopted).await.unwrap());
    assert!(
        !s.close_ballot(b.id, 4, Outcome::Rejected).await.unwrap(),
        "closed once"
    );
    let closed = s.ballot(b.id).await.unwrap().unwrap();
    assert_eq!(
        (closed.closed_at, closed.outcome),
        (Some(3), Some(Outcome::Adopted))
    );
    assert!(matches!(
        s.cast_vote(b.id, vote(f.a.id, Choice::No)).await,
        Err(domain::Error::Conflict(_))
    ));
    assert_eq!(s.ballots().await.unwrap().len(), 1);

    let term = |m: MemberId, start| NewTerm {
        member: m,
        starts_at: start,
        ends_at: start + 10,
        basis: "rotation".into(),
        note: String::new(),
    };
    assert!(s.insert_term(term(f.a.id, 0)).await.unwrap().is_some());
    assert!(s.insert_term(term(f.b.id, 10)).await.unwrap().is_some());
    assert!(
        s.insert_term(term(f.c.id, 10)).await.unwrap().is_none(),
        "a second handover at the same moment is ignored"
    );
    let terms = s.terms().await.unwrap();
    assert_eq!(
        terms.iter().map(|t| t.member).collect::<Vec<_>>(),
        [f.a.id, f.b.id]
    );

    assert_eq!(s.setting("x").await.unwrap(), None);
    s.set_setting("x", "1").await.unwrap();
    s.set_setting("x", "2").await.unwrap();
    assert_eq!(s.setting("x").await.unwrap().as_deref(), Some("2"));

    s.insert_invitation(f.admin.id, [4; 32], 1, 50)
        .await
        .unwrap();
    assert_eq!(
        s.redeem_invitation(&[4; 32], 60, "h").await.unwrap(),
        None,
        "expired"
    );
    s.insert_invitation(f.admin.id, [5; 32], 1, 50)
        .await
        .unwrap();
    assert_eq!(
        s.redeem_invitation(&[5; 32], 10, "$argon2id$h")
            .await
            .unwrap(),
        Some(f.admin.id)
    );
    assert_eq!(
        s.redeem_invitation(&[5; 32], 11, "h").await.unwrap(),
        None,
        "used once"
    );
    assert_eq!(
        s.user(f.admin.id)
            .await
            .unwrap()
            .unwrap()
            .password_hash
            .as_deref(),
        Some("$argon2id$h")
    );
    let a = s
        .insert_application(NewApplication {
            member: f.c.id,
            description: "d".into(),
            contact: "c".into(),
            sponsor: Some(f.a.id),
            applied_at: 1,
            ballot: b.id,
        })
        .await
        .unwrap();
    assert_eq!(s.applications().await.unwrap(), vec![a]);
}
