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
