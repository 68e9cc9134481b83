//! Joint operations as stored: participants and where each stands, links, outcomes, tasks,
//! timeline, and conclusion, the same on every backend.

use std::sync::Arc;

use domain::joint::model::{
    JointStatus, NewJoint, NewJointEntry, NewJointTask, Participation, TaskStatus,
};
use domain::{Store, UserId};

use super::fixture;

pub async fn joint_operation_records(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = &f.store;
    let j = s
        .insert_joint(NewJoint {
            lead: f.a.id,
            title: "Harbour cell".into(),
            objectives: "Arrest the couriers".into(),
            created_at: 10,
            invited: vec![f.b.id, f.c.id],
        })
        .await
        .unwrap();
    assert_eq!(j.status, JointStatus::Active);
    assert_eq!(j.participation(f.a.id), Some(Participation::Accepted));
    assert_eq!(j.participation(f.b.id), Some(Participation::Invited));
    s.set_participation(j.id, f.b.id, Participation::Accepted, 11)
        .await
        .unwrap();
    s.set_participation(j.id, f.c.id, Participation::Declined, 12)
        .await
        .unwrap();
    s.add_joint_link(j.id, "indicator--00000001-0000-4000-8000-000000000000")
        .await
        .unwrap();
    s.add_joint_link(j.id, "indicator--00000001-0000-4000-8000-000000000000")
        .await
        .unwrap();
    s.link_joint_outcome(j.id, 7).await.unwrap();
    let t = s
        .insert_joint_task(NewJointTask {
            joint: j.id,
            member: f.b.id,
            title: "Watch the quay".into(),
            due_at: 100,
            created_at: 13,
        })
        .await
        .unwrap();
    assert!(
        s.set_joint_task_status(t.id, TaskStatus::Done)
            .await
            .unwrap()
    );
    assert!(
        !s.set_joint_task_status(t.id, TaskStatus::Cancelled)
            .await
            .unwrap()
    );
    s.insert_joint_entry(NewJointEntry {
        joint: j.id,
        member: f.b.id,
        user: UserId(0),
        at: 14,
        text: "Courier seen, 06:10".into(),
    })
    .await
    .unwrap();
    let got = s.joint(j.id).await.unwrap().unwrap();
    assert_eq!(got.accepted(), vec![f.a.id, f.b.id]);
    assert_eq!(got.participation(f.c.id), Some(Participation::Declined));
    assert_eq!(got.links.len(), 1);
    assert_eq!(got.outcomes, vec![7]);
    assert_eq!(
        s.joint_tasks(j.id).await.unwrap()[0].status,
        TaskStatus::Done
    );
    assert_eq!(
        s.joint_entries(j.id).await.unwrap()[0].text,
        "Courier seen, 06:10"
    );
    assert_eq!(
        s.joints_of(f.c.id).await.unwrap().len(),
        1,
        "asked, even if declined"
    );
    assert!(s.joints_of(f.admin.member_id).await.unwrap().is_empty());
    assert!(s.conclude_joint(j.id, 20).await.unwrap());
    assert!(!s.conclude_joint(j.id, 21).await.unwrap());
    let all = s.all_joints().await.unwrap();
    assert_eq!(all[0].status, JointStatus::Concluded);
    assert_eq!(all[0].concluded_at, Some(20));
    assert!(s.joint(j.id + 1).await.unwrap().is_none());
}

/// Joint operations against a model: members open them with random invitations, answer,
/// invite more and conclude in a random order. Each member's list holds exactly the joint
/// operations it was asked to, with every member's standing as the model has it; read through
/// the domain's rule, a member that was not asked, or declined, reads none of them.
pub async fn joint_visibility_matches_the_model(store: Arc<dyn Store>) {
    use domain::MemberId;
    use std::collections::{BTreeMap, BTreeSet};
    let f = fixture(store).await;
    let s = &f.store;
    let members = [f.a.id, f.b.id, f.c.id];
    // joint → (lead, member → standing, concluded)
    let mut model: BTreeMap<i64, (MemberId, BTreeMap<MemberId, Participation>, bool)> =
        BTreeMap::new();
    let mut rng: u64 = 0x5eed;
    let mut below = |n: u64| {
        rng = rng
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (rng >> 33) % n
    };
    let mut at = 100;
    for _ in 0..60 {
        at += 1;
        let member = members[below(3) as usize];
        let ids: Vec<i64> = model.keys().copied().collect();
        let pick = (!ids.is_empty()).then(|| ids[below(ids.len() as u64) as usize]);
        match (below(4), pick) {
            (0, _) | (_, None) => {
                let invited: Vec<MemberId> = members
                    .iter()
                    .copied()
                    .filter(|m| *m != member && below(2) == 0)
                    .collect();
                let j = s
                    .insert_joint(NewJoint {
                        lead: member,
                        title: format!("joint {at}"),
                        objectives: String::new(),
                        created_at: at,
                        invited: invited.clone(),
                    })
                    .await
                    .unwrap();
                let mut standing = BTreeMap::from([(member, Participation::Accepted)]);
                standing.extend(invited.into_iter().map(|m| (m, Participation::Invited)));
                model.insert(j.id, (member, standing, false));
            }
            (1, Some(j)) => {
                // An invited member answers.
                let (_, standing, _) = model.get_mut(&j).unwrap();
                if standing.get(&member) == Some(&Participation::Invited) {
                    let state = if below(2) == 0 {
                        Participation::Accepted
                    } else {
                        Participation::Declined
                    };
                    s.set_participation(j, member, state, at).await.unwrap();
                    standing.insert(member, state);
                }
            }
            (2, Some(j)) => {
                // The lead invites a member not asked yet.
                let (_, standing, _) = model.get_mut(&j).unwrap();
                if let Some(m) = members.iter().find(|m| !standing.contains_key(m)) {
                    s.set_participation(j, *m, Participation::Invited, at)
                        .await
                        .unwrap();
                    standing.insert(*m, Participation::Invited);
                }
            }
            (_, Some(j)) => {
                let (_, _, concluded) = model.get_mut(&j).unwrap();
                let changed = s.conclude_joint(j, at).await.unwrap();
                assert_eq!(changed, !*concluded, "a joint operation concludes once");
                *concluded = true;
            }
        }
    }
    for m in members {
        let listed = s.joints_of(m).await.unwrap();
        let asked: BTreeSet<i64> = model
            .iter()
            .filter(|(_, (_, standing, _))| standing.contains_key(&m))
            .map(|(id, _)| *id)
            .collect();
        assert_eq!(listed.iter().map(|j| j.id).collect::<BTreeSet<_>>(), asked);
        for j in &listed {
            let (lead, standing, concluded) = &model[&j.id];
            assert_eq!(j.lead, *lead);
            assert_eq!(
                j.participants.iter().copied().collect::<BTreeMap<_, _>>(),
                *standing
            );
            assert_eq!(j.status == JointStatus::Concluded, *concluded);
            assert_eq!(
                j.readable_by(m),
                standing[&m] != Participation::Declined,
                "only a member asked that did not decline reads it"
            );
        }
    }
    // Every joint operation, for the presidency's overview, is the model's.
    let all = s.all_joints().await.unwrap();
    assert_eq!(
        all.iter().map(|j| j.id).collect::<BTreeSet<_>>(),
        model.keys().copied().collect()
    );
}
