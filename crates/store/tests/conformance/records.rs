//! The records around the intelligence: meetings, RFIs, release requests, hit/no-hit questions,
//! fusion, statistics reports and webhooks. Every backend must keep and return them alike.

use std::sync::Arc;

use domain::exchange::{NewHitQuery, NewNotification, NewReleaseRequest, RequestStatus};
use domain::governance::NewTransition;
use domain::meetings::{ActionStatus, AgendaLink, Attendance, MeetingKind, NewMeeting};
use domain::rfis::{NewRfi, Priority, RfiStatus};
use domain::statistics::{NewReport, Period};
use domain::subscriptions::EventFilter;
use domain::tracked::{GroupState, NewGroupStatus, NewOutcome, OutcomeKind};
use domain::votes::Outcome;
use domain::webhooks::NewWebhook;
use domain::*;

use super::{fixture, indicator, new_object, write};

pub async fn meeting_records(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = &f.store;
    let m = s
        .insert_meeting(NewMeeting {
            title: "Réunion plénière — الاجتماع العام".into(),
            kind: MeetingKind::Extraordinary,
            starts_at: 2_000,
            ends_at: 3_000,
            time_zone: "Europe/Paris".into(),
            venue: "Salle 4".into(),
            convened_by: f.a.id,
            convened_at: 1_000,
        })
        .await
        .unwrap();
    assert_eq!(m.kind, MeetingKind::Extraordinary);
    assert_eq!(m.title, "Réunion plénière — الاجتماع العام");
    let link = AgendaLink::Rfi(7);
    let second = s
        .insert_agenda_item(m.id, 2, "Second", "", None)
        .await
        .unwrap();
    let first = s
        .insert_agenda_item(m.id, 1, "First", "notes", Some(&link))
        .await
        .unwrap();
    assert_eq!(first.link, Some(link.clone()));
    s.set_attendance(
        m.id,
        Attendance {
            member: f.b.id,
            delegates: "Ana".into(),
            present: false,
        },
    )
    .await
    .unwrap();
    // A second report of the same member's attendance replaces the first.
    s.set_attendance(
        m.id,
        Attendance {
            member: f.b.id,
            delegates: "Ana, Ivo".into(),
            present: true,
        },
    )
    .await
    .unwrap();
    s.set_minutes(m.id, "# Minutes\n\nAgreed.").await.unwrap();
    let d = s
        .insert_decision(m.id, Some(first.id), "Agreed", Some(11), 2_500, None)
        .await
        .unwrap();
    s.set_decision_outcome(11, Outcome::Adopted).await.unwrap();
    let a = s
        .insert_action(m.id, Some(d.id), "Report back", f.c.id, 9_000)
        .await
        .unwrap();
    assert_eq!(a.status, ActionStatus::Open);
    s.set_action_status(a.id, ActionStatus::Done, 4_000)
        .await
        .unwrap();
    let other = s
        .insert_action(m.id, None, "Someone else's", f.a.id, 9_000)
        .await
        .unwrap();

    let record = s.meeting(m.id).await.unwrap().unwrap();
    assert_eq!(record.meeting.minutes, "# Minutes\n\nAgreed.");
    let agenda: Vec<i64> = record.agenda.iter().map(|i| i.id).collect();
    assert_eq!(
        agenda,
        vec![first.id, second.id],
        "agenda in order of position"
    );
    assert_eq!(record.attendance.len(), 1);
    assert!(record.attendance[0].present);
    assert_eq!(record.attendance[0].delegates, "Ana, Ivo");
    assert_eq!(record.decisions.len(), 1);
    assert_eq!(record.decisions[0].outcome, Some(Outcome::Adopted));
    assert_eq!(record.actions.len(), 2);
    assert!(s.meeting(m.id + 100).await.unwrap().is_none());
    assert_eq!(s.meetings().await.unwrap().len(), 1);
    let done = s.action(a.id).await.unwrap().unwrap();
    assert_eq!(
        (done.status, done.closed_at),
        (ActionStatus::Done, Some(4_000))
    );
    assert_eq!(s.actions(None).await.unwrap().len(), 2);
    let mine: Vec<i64> = s
        .actions(Some(f.a.id))
        .await
        .unwrap()
        .iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(mine, vec![other.id]);
}

pub async fn rfis_and_release_requests(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = &f.store;
    let rfi = s
        .insert_rfi(NewRfi {
            asker: f.a.id,
            asked_by: f.admin.id,
            question: "Кто стоит за ячейкой «Ёлкино»?".into(),
            priority: Priority::High,
            created_at: 100,
            deadline: 500,
            recipients: vec![f.b.id, f.c.id, f.b.id],
            links: vec!["indicator--1".into()],
        })
        .await
        .unwrap();
    assert_eq!(rfi.recipients, vec![f.b.id, f.c.id]);
    assert_eq!(rfi.status, RfiStatus::Open);
    let answer = s
        .insert_answer(
            rfi.id,
            f.b.id,
            f.admin.id,
            "Нет данных",
            &["report--1".into()],
            200,
        )
        .await
        .unwrap();
    let (read, answers) = s.rfi(rfi.id).await.unwrap().unwrap();
    assert_eq!(
        read.status,
        RfiStatus::Answered,
        "an answer moves an open RFI"
    );
    assert_eq!(read.question, "Кто стоит за ячейкой «Ёлкино»?");
    assert_eq!(answers, vec![answer]);
    assert_eq!(s.rfis_for(f.c.id).await.unwrap().len(), 1, "a recipient");
    assert_eq!(s.rfis_for(f.a.id).await.unwrap().len(), 1, "the asker");
    assert!(
        s.rfis_for(s.center().await.unwrap().unwrap().secretariat)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(s.rfis_due(500).await.unwrap().len(), 1);
    assert!(s.rfis_due(499).await.unwrap().is_empty());
    assert_eq!(s.rfis_between(100, 101).await.unwrap().len(), 1);
    assert!(s.rfis_between(101, 1_000).await.unwrap().is_empty());
    assert_eq!(
        s.rfis_by_ids(vec![rfi.id, rfi.id + 9]).await.unwrap().len(),
        1
    );
    assert!(s.mark_reminded(rfi.id, f.b.id).await.unwrap());
    assert!(!s.mark_reminded(rfi.id, f.b.id).await.unwrap(), "once");
    assert!(
        !s.set_rfi_status(rfi.id, &[RfiStatus::Open], RfiStatus::Closed, 300)
            .await
            .unwrap(),
        "no longer open"
    );
    assert!(
        s.set_rfi_status(
            rfi.id,
            &[RfiStatus::Open, RfiStatus::Answered],
            RfiStatus::Closed,
            300
        )
        .await
        .unwrap()
    );
    let (closed, _) = s.rfi(rfi.id).await.unwrap().unwrap();
    assert_eq!(
        (closed.status, closed.closed_at),
        (RfiStatus::Closed, Some(300))
    );

    let req = s
        .insert_release_request(NewReleaseRequest {
            created_at: 10,
            requester_member: f.b.id,
            requester_user: f.admin.id,
            originator: f.a.id,
            target: f.b.id,
            object_id: Some("indicator--x".into()),
            value: None,
            reason: "We hold the same number".into(),
        })
        .await
        .unwrap();
    assert_eq!(req.status, RequestStatus::Pending);
    assert_eq!(s.release_request(req.id).await.unwrap(), Some(req.clone()));
    assert!(s.release_request(req.id + 1).await.unwrap().is_none());
    assert_eq!(s.release_requests(f.a.id).await.unwrap(), vec![req.clone()]);
    assert_eq!(s.release_requests(f.b.id).await.unwrap(), vec![req]);
    assert!(s.release_requests(f.c.id).await.unwrap().is_empty());

    s.record_hit_query(NewHitQuery {
        at: 50,
        member: f.c.id,
        user: f.admin.id,
        value: "10.0.0.1".into(),
        result: "hit".into(),
    })
    .await
    .unwrap();
    assert_eq!(s.hit_queries_since(f.c.id, 50).await.unwrap(), 1);
    assert_eq!(s.hit_queries_since(f.c.id, 51).await.unwrap(), 0);
    assert_eq!(s.hit_queries_since(f.b.id, 0).await.unwrap(), 0);
    // A member's questions from a time on, each with its answer.
    assert_eq!(
        s.hit_questions_since(f.c.id, 50).await.unwrap(),
        vec![("10.0.0.1".to_string(), "hit".to_string())]
    );
    for (member, since) in [(f.c.id, 51), (f.b.id, 0)] {
        assert!(
            s.hit_questions_since(member, since)
                .await
                .unwrap()
                .is_empty()
        );
    }
    let log = s.hit_log(0, 100).await.unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!((log[0].member, log[0].result.as_str()), (f.c.id, "hit"));
    assert!(s.hit_log(51, 100).await.unwrap().is_empty());

    assert_eq!(s.last_notification_id().await.unwrap(), 0);
    s.notify(vec![NewNotification {
        member: f.a.id,
        at: 60,
        kind: "release_request".into(),
        payload: "{}".into(),
    }])
    .await
    .unwrap();
    assert!(s.last_notification_id().await.unwrap() > 0);
}

pub async fn fusion_and_reports(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = &f.store;
    assert_eq!(s.last_date_added().await.unwrap(), 0);
    let objects: Vec<_> = (0..14)
        .map(|n| {
            new_object(
                &indicator(n, "2021-01-01T00:00:00.000Z"),
                f.a.id,
                Release::Green,
            )
        })
        .collect();
    let status = write(&f, f.a.id, objects).await;
    assert_eq!(status.success_count, 14);
    assert!(s.last_date_added().await.unwrap() > 0);
    let matching = s
        .matching_ids(vec!["ipv4:10.0.0.1".into()], f.a.id)
        .await
        .unwrap();
    assert!(
        !matching.is_empty(),
        "the originator's objects that carry the key"
    );
    assert!(
        s.matching_ids(vec!["ipv4:10.0.0.1".into()], f.b.id)
            .await
            .unwrap()
            .is_empty()
    );
    // Seven values among fourteen objects: every key is carried twice, over a limit of one.
    let noisy = s.noisy_keys(1).await.unwrap();
    assert!(!noisy.is_empty());
    let key = noisy[0].key.clone();
    assert!(!noisy[0].excluded);
    s.set_key_excluded(&key, true, 70, "admin").await.unwrap();
    let excluded = s.noisy_keys(i64::MAX).await.unwrap();
    assert!(excluded.iter().any(|k| k.key == key && k.excluded));
    s.set_key_excluded(&key, false, 71, "admin").await.unwrap();
    assert!(s.noisy_keys(i64::MAX).await.unwrap().is_empty());
    // Keys added to a stored version later (a new kind of key) are counted once, however
    // often the batch is done.
    let first = s.bodies_after(0, 1).await.unwrap()[0].0;
    for _ in 0..2 {
        s.add_keys(vec![(first, vec!["translit:CkrkkC".into()])])
            .await
            .unwrap();
    }
    let counted = s.noisy_keys(0).await.unwrap();
    let added = counted.iter().find(|k| k.key == "translit:CkrkkC");
    assert_eq!(added.map(|k| k.objects), Some(1), "{counted:?}");

    let o = s
        .insert_outcome(NewOutcome {
            kind: OutcomeKind::Arrest,
            description: "دستگیری در کرکوک".into(),
            occurred_at: 80,
            recorded_at: 81,
            member: f.b.id,
            user: f.admin.id,
            objects: vec!["intrusion-set--1".into()],
        })
        .await
        .unwrap();
    assert_eq!(s.outcomes().await.unwrap(), vec![o]);
    let g = s
        .insert_group_status(NewGroupStatus {
            stix_id: "intrusion-set--1".into(),
            state: GroupState::Dormant,
            at: 90,
            member: f.b.id,
            note: "quiet since spring".into(),
        })
        .await
        .unwrap();
    assert_eq!(s.group_statuses("intrusion-set--1").await.unwrap(), vec![g]);
    assert!(
        s.group_statuses("intrusion-set--2")
            .await
            .unwrap()
            .is_empty()
    );

    let r = s
        .insert_report(NewReport {
            period: Period { from: 0, to: 100 },
            published_at: 101,
            published_by: f.a.id,
            title: "Rapport annuel".into(),
            body: "{}".into(),
        })
        .await
        .unwrap();
    assert_eq!(s.reports().await.unwrap().len(), 1);
    assert_eq!(
        s.report(r.id).await.unwrap().map(|x| x.title),
        Some("Rapport annuel".into())
    );
    assert!(s.report(r.id + 1).await.unwrap().is_none());

    s.record_transition(
        f.a.id,
        NewTransition {
            from: None,
            to: MemberStatus::Member,
            at: 1,
            reason: "founding".into(),
            decision: None,
            actor: "admin".into(),
        },
    )
    .await
    .unwrap();
    assert_eq!(s.transitions(f.a.id).await.unwrap().len(), 1);
    assert!(s.stored_signing_key().await.unwrap().is_none());
    let key = s.signing_key([5; 32]).await.unwrap();
    assert_eq!(s.stored_signing_key().await.unwrap(), Some(key));
}

pub async fn webhook_leases(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = &f.store;
    let w = s
        .insert_webhook(NewWebhook {
            member: f.a.id,
            url: "https://hooks.example/a".into(),
            secret: vec![1, 2, 3],
            created_at: 5,
            cursor_objects: 0,
            cursor_notices: 0,
            filter: EventFilter::default(),
        })
        .await
        .unwrap();
    assert_eq!(s.webhooks(None).await.unwrap().len(), 1);
    assert_eq!(s.webhooks(Some(f.a.id)).await.unwrap().len(), 1);
    assert!(s.webhooks(Some(f.b.id)).await.unwrap().is_empty());
    assert_eq!(s.webhooks_free_or_held_by("node-1").await.unwrap(), [w.id]);
    let claimed = s.claim_webhooks("node-1", 10, 70).await.unwrap();
    assert_eq!(claimed.len(), 1);
    assert_eq!(claimed[0].secret, vec![1, 2, 3]);
    assert_eq!(s.webhooks_free_or_held_by("node-1").await.unwrap(), [w.id]);
    assert!(
        s.webhooks_free_or_held_by("node-2")
            .await
            .unwrap()
            .is_empty(),
        "held by another node"
    );
    assert!(
        s.claim_webhooks("node-2", 20, 80).await.unwrap().is_empty(),
        "leased to one node at a time"
    );
    // The holder renews its lease.
    assert_eq!(s.claim_webhooks("node-1", 30, 90).await.unwrap().len(), 1);
    s.webhook_delivered(w.id, "node-1", 12, 3, "200", 31)
        .await
        .unwrap();
    // Another node's report is ignored: it does not hold the lease.
    s.webhook_delivered(w.id, "node-2", 99, 99, "200", 32)
        .await
        .unwrap();
    let after = &s.webhooks(None).await.unwrap()[0];
    assert_eq!((after.cursor_objects, after.cursor_notices), (12, 3));
    s.webhook_failed(w.id, "node-1", "503", 40, 200)
        .await
        .unwrap();
    let failed = &s.webhooks(None).await.unwrap()[0];
    assert_eq!(
        (failed.failures, failed.last_status.as_deref()),
        (1, Some("503"))
    );
    assert!(
        s.claim_webhooks("node-2", 100, 160)
            .await
            .unwrap()
            .is_empty(),
        "not before its retry"
    );
    assert!(
        s.claim_webhooks("node-1", 100, 160)
            .await
            .unwrap()
            .is_empty(),
        "nor by the node that failed"
    );
    assert!(
        s.webhooks_free_or_held_by("node-2")
            .await
            .unwrap()
            .is_empty(),
        "backing off, kept by the node that tried"
    );
    assert_eq!(s.webhooks_free_or_held_by("node-1").await.unwrap(), [w.id]);
    assert_eq!(s.claim_webhooks("node-2", 200, 260).await.unwrap().len(), 1);
    // A secret kept as the key itself (32 bytes) is found, and replaced only if unchanged.
    assert!(s.plain_webhook_secrets().await.unwrap().is_empty());
    let key = vec![7u8; 32];
    assert!(
        s.replace_webhook_secret(w.id, vec![1, 2, 3], key.clone())
            .await
            .unwrap()
    );
    assert_eq!(
        s.plain_webhook_secrets().await.unwrap(),
        [(w.id, key.clone())]
    );
    assert!(
        !s.replace_webhook_secret(w.id, vec![1, 2, 3], vec![8; 72])
            .await
            .unwrap(),
        "another node changed it first"
    );
    assert!(
        s.replace_webhook_secret(w.id, key, vec![8; 72])
            .await
            .unwrap()
    );
    assert!(s.plain_webhook_secrets().await.unwrap().is_empty());
    assert!(s.delete_webhook(w.id).await.unwrap());
    assert!(!s.delete_webhook(w.id).await.unwrap());
    assert!(s.webhooks(None).await.unwrap().is_empty());
}

pub async fn feed_leases_and_progress(store: Arc<dyn Store>) {
    use domain::feeds::model::{FeedAuth, FeedProgress, NewFeed};
    use stix::markings::Tlp;
    use uuid::Uuid;
    let f = fixture(store).await;
    let s = &f.store;
    let new = NewFeed {
        name: "vendor".into(),
        api_root: "https://taxii.example/api1/".into(),
        remote_collection: "c1".into(),
        auth: FeedAuth::Bearer,
        username: None,
        credential: Some(vec![9, 9, 9]),
        member: f.a.id,
        user: f.admin.id,
        collection: f.collection.0.to_string(),
        default_tlp: Tlp::Amber,
        release_to: vec![f.b.id],
        start_at: 3,
        interval_secs: 60,
        created_at: 10,
        ca: None,
    };
    let feed = s.insert_feed(new.clone()).await.unwrap();
    assert_eq!(
        (feed.name.as_str(), feed.state.next_pull_at),
        ("vendor", 10)
    );
    assert_eq!(feed.release_to, vec![f.b.id]);
    assert!(s.insert_feed(new).await.is_err(), "one name, one feed");
    assert!(
        s.claim_feeds("node-1", 5, 100).await.unwrap().is_empty(),
        "not yet due"
    );
    let claimed = s.claim_feeds("node-1", 10, 100).await.unwrap();
    assert_eq!(claimed.len(), 1);
    assert_eq!(claimed[0].1, Some(vec![9, 9, 9]));
    assert!(
        s.claim_feeds("node-2", 20, 120).await.unwrap().is_empty(),
        "one node at a time"
    );
    // A page stored with its progress, in the transaction of its objects.
    let st = f
        .store
        .write_objects(WriteRequest {
            status_id: Uuid::new_v4(),
            collection: f.collection,
            member: f.a.id,
            user: f.admin.id,
            request_timestamp: 5,
            items: vec![
                Submitted::Valid(new_object(
                    &indicator(2, "2020-01-01T00:00:00.000Z"),
                    f.a.id,
                    Release::Green,
                )),
                Submitted::Refused {
                    id: "indicator--x".into(),
                    version: "v".into(),
                    message: "bad".into(),
                },
            ],
            audit: None,
            feed: Some(FeedProgress {
                feed: feed.id,
                node: "node-1".into(),
                lease_until: 150,
                added_after: Some(77),
                next_token: Some("p2".into()),
                taken: 0,
                refused: 0,
                refusals: vec![],
            }),
        })
        .await
        .unwrap();
    assert_eq!((st.success_count, st.failure_count), (1, 1));
    // Another node's progress is ignored: it does not hold the lease.
    s.feed_progress(FeedProgress {
        feed: feed.id,
        node: "node-2".into(),
        lease_until: 999,
        added_after: Some(99),
        next_token: None,
        taken: 0,
        refused: 0,
        refusals: vec![],
    })
    .await
    .unwrap();
    let now = &s.feeds().await.unwrap()[0];
    assert_eq!(
        (now.state.added_after, now.state.next_token.as_deref()),
        (Some(77), Some("p2"))
    );
    assert_eq!(
        (now.state.taken, now.state.refused, now.state.last_taken),
        (1, 1, 1)
    );
    assert_eq!(now.state.refusals[0].message.as_deref(), Some("bad"));
    assert!(
        s.claim_feeds("node-2", 120, 200).await.unwrap().is_empty(),
        "the page renewed the lease to 150"
    );
    s.feed_pulled(
        feed.id,
        "node-1",
        30,
        500,
        Some("the server answered 502".into()),
    )
    .await
    .unwrap();
    let failed = &s.feeds().await.unwrap()[0];
    assert_eq!((failed.state.failures, failed.state.next_pull_at), (1, 500));
    assert_eq!(failed.state.last_pull_at, Some(30));
    assert!(
        s.claim_feeds("node-2", 100, 200).await.unwrap().is_empty(),
        "not before its retry"
    );
    assert!(s.feed_restart(feed.id, false, 100).await.unwrap());
    let again = s.claim_feeds("node-2", 100, 200).await.unwrap();
    assert_eq!(again.len(), 1, "pulled now on request");
    assert_eq!(
        (again[0].0.state.last_taken, again[0].0.state.refusals.len()),
        (0, 0),
        "a new pull's counts"
    );
    s.feed_pulled(feed.id, "node-2", 110, 170, None)
        .await
        .unwrap();
    assert_eq!(s.feeds().await.unwrap()[0].state.failures, 0);
    assert!(s.feed_restart(feed.id, true, 120).await.unwrap());
    let reset = &s.feeds().await.unwrap()[0];
    assert_eq!(
        (
            reset.state.added_after,
            reset.state.next_token.clone(),
            reset.state.taken
        ),
        (None, None, 0)
    );
    assert!(s.delete_feed(feed.id).await.unwrap());
    assert!(!s.delete_feed(feed.id).await.unwrap());
}
