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
/// invite more, give and close tasks, write the timeline and conclude, in a random order, as
/// the domain's rules let them (only accepted members of an active one act; the lead gives
/// tasks to others). Each member's list holds exactly the joint operations it was asked to,
/// with every member's standing as the model has it; each joint operation's tasks and
/// timeline are its own and no other's; and, read through the domain's rule, a member that
/// was not asked, or declined, reads none of them, nor their tasks or timeline.
pub async fn joint_visibility_matches_the_model(store: Arc<dyn Store>) {
    use domain::MemberId;
    use std::collections::{BTreeMap, BTreeSet};
    let f = fixture(store).await;
    let s = &f.store;
    let members = [f.a.id, f.b.id, f.c.id];
    // joint → (lead, member → standing, concluded)
    let mut model: BTreeMap<i64, (MemberId, BTreeMap<MemberId, Participation>, bool)> =
        BTreeMap::new();
    // joint → its tasks (id → assignee, status) and its timeline (author, text), in order.
    let mut tasks: BTreeMap<i64, BTreeMap<i64, (MemberId, TaskStatus)>> = BTreeMap::new();
    let mut timeline: BTreeMap<i64, Vec<(MemberId, String)>> = BTreeMap::new();
    let (mut tasks_given, mut tasks_closed, mut entries_written) = (0, 0, 0);
    let mut rng: u64 = 0x5eed;
    let mut below = |n: u64| {
        rng = rng
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (rng >> 33) % n
    };
    let mut at = 100;
    for _ in 0..150 {
        at += 1;
        let member = members[below(3) as usize];
        let ids: Vec<i64> = model.keys().copied().collect();
        let pick = (!ids.is_empty()).then(|| ids[below(ids.len() as u64) as usize]);
        // Whether the member acts in the picked joint operation, as the domain decides it.
        let acts = pick.is_some_and(|j| {
            let (_, standing, concluded) = &model[&j];
            !concluded && standing.get(&member) == Some(&Participation::Accepted)
        });
        match (below(7), pick) {
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
            (3, Some(j)) if acts => {
                // A task: the lead gives one to any accepted member, a member to itself.
                let (lead, standing, _) = &model[&j];
                let accepted: Vec<MemberId> = standing
                    .iter()
                    .filter(|(_, p)| **p == Participation::Accepted)
                    .map(|(m, _)| *m)
                    .collect();
                let assignee = if *lead == member {
                    accepted[below(accepted.len() as u64) as usize]
                } else {
                    member
                };
                let t = s
                    .insert_joint_task(NewJointTask {
                        joint: j,
                        member: assignee,
                        title: format!("task {at}"),
                        due_at: at + 100,
                        created_at: at,
                    })
                    .await
                    .unwrap();
                assert_eq!((t.joint, t.status), (j, TaskStatus::Open));
                tasks
                    .entry(j)
                    .or_default()
                    .insert(t.id, (assignee, TaskStatus::Open));
                tasks_given += 1;
            }
            (4, Some(j)) if acts => {
                // The assignee or the lead closes one of this joint operation's tasks; the
                // store closes an open task once and says so.
                let lead = model[&j].0;
                let mine: Vec<i64> = tasks
                    .get(&j)
                    .map(|ts| {
                        ts.iter()
                            .filter(|(_, (m, _))| *m == member || lead == member)
                            .map(|(id, _)| *id)
                            .collect()
                    })
                    .unwrap_or_default();
                if let Some(&task) = mine.get(below(mine.len().max(1) as u64) as usize) {
                    let status = if below(2) == 0 {
                        TaskStatus::Done
                    } else {
                        TaskStatus::Cancelled
                    };
                    let entry = tasks.get_mut(&j).unwrap().get_mut(&task).unwrap();
                    let was_open = entry.1 == TaskStatus::Open;
                    assert_eq!(
                        s.set_joint_task_status(task, status).await.unwrap(),
                        was_open,
                        "a task is closed once"
                    );
                    if was_open {
                        entry.1 = status;
                        tasks_closed += 1;
                    }
                }
            }
            (5, Some(j)) if acts => {
                let text = format!("{member:?} at {at}: courier seen");
                let e = s
                    .insert_joint_entry(NewJointEntry {
                        joint: j,
                        member,
                        user: UserId(0),
                        at,
                        text: text.clone(),
                    })
                    .await
                    .unwrap();
                assert_eq!(e.joint, j);
                timeline.entry(j).or_default().push((member, text));
                entries_written += 1;
            }
            (3..=5, Some(_)) => {}
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
    // Each joint operation's tasks and timeline are its own, as the model has them. The domain
    // reads them only through a joint operation the reader may read (`Center::joint`), so the
    // rule checked above is the one that keeps them; every task is given to a member that
    // reads it.
    for (j, (_, standing, _)) in &model {
        let got: BTreeMap<i64, (MemberId, TaskStatus)> = s
            .joint_tasks(*j)
            .await
            .unwrap()
            .into_iter()
            .inspect(|t| assert_eq!(t.joint, *j))
            .map(|t| (t.id, (t.member, t.status)))
            .collect();
        assert_eq!(got, tasks.get(j).cloned().unwrap_or_default());
        let got: Vec<(MemberId, String)> = s
            .joint_entries(*j)
            .await
            .unwrap()
            .into_iter()
            .inspect(|e| assert_eq!(e.joint, *j))
            .map(|e| (e.member, e.text))
            .collect();
        assert_eq!(got, timeline.get(j).cloned().unwrap_or_default());
        let stored = s.joint(*j).await.unwrap().unwrap();
        for m in members {
            assert_eq!(
                stored.readable_by(m),
                matches!(
                    standing.get(&m),
                    Some(Participation::Invited | Participation::Accepted)
                ),
                "a member not asked, or that declined, reads the joint operation"
            );
        }
        for (who, _) in tasks.get(j).into_iter().flat_map(|t| t.values()) {
            assert!(
                stored.readable_by(*who),
                "a task is given only to a member that takes part"
            );
        }
    }
    assert!(
        tasks_given > 0 && tasks_closed > 0 && entries_written > 0,
        "the run gave {tasks_given} tasks, closed {tasks_closed} and wrote {entries_written} entries"
    );
    // Every joint operation, for the presidency's overview, is the model's.
    let all = s.all_joints().await.unwrap();
    assert_eq!(
        all.iter().map(|j| j.id).collect::<BTreeSet<_>>(),
        model.keys().copied().collect()
    );
}
