//! Operations and deconfliction against a model: members register operations, selectors
//! (digests from a small pool, so that they meet often) and events (on a small grid of places
//! and hours, so that they overlap often) and close operations in a random order; every
//! deconfliction the store makes, lists and notifies is the one the model predicts, and no
//! member learns another's operation except through a match on its own selector or event.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use domain::operations::model::{
    DeconflictionKind, Event, EventKind, NewEvent, NewOperation, NewSelector, SelectorKind,
    events_conflict,
};
use domain::{MemberId, Store, UserId};

use super::fixture;

/// A small generator, so that a failing seed can be run again.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

struct ModelOp {
    member: MemberId,
    active: bool,
    name: String,
}

/// One of a member's active operations, at random; `None` if it has none.
fn any_open(ops: &HashMap<i64, ModelOp>, member: MemberId, rng: &mut Rng) -> Option<i64> {
    let mut open: Vec<i64> = ops
        .iter()
        .filter(|(_, o)| o.member == member && o.active)
        .map(|(id, _)| *id)
        .collect();
    open.sort();
    (!open.is_empty()).then(|| open[rng.below(open.len() as u64) as usize])
}

/// A deconfliction by its kind (0 target, 1 event) and its sides' (operation, item).
type Pair = (u8, (i64, i64), (i64, i64));

fn pairs(found: &[domain::operations::model::Deconfliction]) -> BTreeSet<Pair> {
    found
        .iter()
        .map(|d| {
            (
                match d.kind {
                    DeconflictionKind::Target => 0,
                    DeconflictionKind::Event => 1,
                },
                (d.sides[0].operation, d.sides[0].item),
                (d.sides[1].operation, d.sides[1].item),
            )
        })
        .collect()
}

/// Fails unless the generated runs made deconflictions of both kinds (target, event), and says
/// how many were checked.
pub fn both_kinds_checked(checks: [usize; 2]) {
    assert!(
        checks[0] > 0 && checks[1] > 0,
        "the generated runs made deconflictions of both kinds: {checks:?}"
    );
    println!(
        "{} target and {} event deconflictions checked against the model",
        checks[0], checks[1]
    );
}

/// Returns how many deconflictions were checked: on targets, on events.
pub async fn deconfliction_matches_the_model(store: Arc<dyn Store>, seed: u64) -> [usize; 2] {
    let f = fixture(store).await;
    let s = &f.store;
    let members = [f.a.id, f.b.id, f.c.id];
    let names: HashMap<MemberId, String> = [
        (f.a.id, "alpha".to_string()),
        (f.b.id, "bravo".to_string()),
        (f.c.id, "charlie".to_string()),
    ]
    .into();
    let mut rng = Rng(seed);
    let mut ops: HashMap<i64, ModelOp> = HashMap::new();
    // (operation, digest) → selector id.
    let mut selectors: Vec<(i64, u8, i64)> = Vec::new();
    // Events stored, with their operation.
    let mut events: Vec<Event> = Vec::new();
    // Both sides' (operation, selector or event) of each expected deconfliction, by kind.
    let mut expected: BTreeSet<Pair> = BTreeSet::new();
    let mut at = 10;
    for _ in 0..80 {
        at += 1;
        let member = members[rng.below(3) as usize];
        match rng.below(10) {
            0..=2 => {
                let o = s
                    .insert_operation(NewOperation {
                        member,
                        created_by: UserId(0),
                        name: format!("secret operation {}", ops.len()),
                        contact: format!("desk of {}", names[&member]),
                        created_at: at,
                    })
                    .await
                    .unwrap();
                ops.insert(
                    o.id,
                    ModelOp {
                        member,
                        active: true,
                        name: o.name,
                    },
                );
            }
            3 => {
                let open: Vec<i64> = ops
                    .iter()
                    .filter(|(_, o)| o.member == member && o.active)
                    .map(|(id, _)| *id)
                    .collect();
                if let Some(&op) = open.first() {
                    assert!(s.close_operation(op, at).await.unwrap());
                    ops.get_mut(&op).unwrap().active = false;
                }
            }
            4..=5 => {
                let Some(op) = any_open(&ops, member, &mut rng) else {
                    continue;
                };
                let hour = 3_600_000_000;
                let new: Vec<NewEvent> = (0..1 + rng.below(2))
                    .map(|_| {
                        let starts_at = 1_000 * hour + rng.below(6) as i64 * hour;
                        NewEvent {
                            kind: EventKind::Surveillance,
                            // About 1.1 km apart on a line of five places.
                            latitude: 52.0 + rng.below(5) as f64 * 0.01,
                            longitude: 4.3,
                            radius_m: 200.0 + rng.below(4) as f64 * 300.0,
                            starts_at,
                            ends_at: starts_at + (1 + rng.below(3) as i64) * hour,
                            reference: None,
                        }
                    })
                    .collect();
                let (stored, found) = s
                    .add_events(op, member, new, at, names.clone())
                    .await
                    .unwrap();
                // The model: each new event meets every event of another member's active
                // operation that overlaps it in place and time.
                let mut want_found = BTreeSet::new();
                for e in &stored {
                    assert_eq!(e.operation, op, "seed {seed}");
                    for old in &events {
                        if ops[&old.operation].member != member
                            && ops[&old.operation].active
                            && events_conflict(old, e)
                        {
                            want_found.insert((1, (old.operation, old.id), (op, e.id)));
                        }
                    }
                }
                events.extend(stored);
                assert_eq!(pairs(&found), want_found, "seed {seed}");
                expected.extend(want_found);
            }
            _ => {
                let Some(op) = any_open(&ops, member, &mut rng) else {
                    continue;
                };
                let digests: Vec<u8> = (0..1 + rng.below(3)).map(|_| rng.below(12) as u8).collect();
                let new: Vec<NewSelector> = digests
                    .iter()
                    .map(|d| NewSelector {
                        kind: SelectorKind::Phone,
                        digest: vec![*d; 32],
                        intel_digest: vec![],
                        reference: Some(format!("ref {d}")),
                    })
                    .collect();
                let (stored, found) = s
                    .add_selectors(op, member, new, at, names.clone())
                    .await
                    .unwrap();
                // The model: a digest already in this operation is skipped (also when it
                // comes twice in one list); each new one meets every selector of the same
                // digest in another member's active operation.
                let mut want_stored = 0;
                let mut want_found = BTreeSet::new();
                let mut stored_ids = stored.iter().map(|x| x.1.id);
                for d in digests {
                    if selectors.iter().any(|(o, dd, _)| *o == op && *dd == d) {
                        continue;
                    }
                    want_stored += 1;
                    let id = stored_ids
                        .next()
                        .expect("a stored selector for each new digest");
                    for (o, dd, sid) in &selectors {
                        if *dd == d && ops[o].member != member && ops[o].active {
                            want_found.insert((0, (*o, *sid), (op, id)));
                        }
                    }
                    selectors.push((op, d, id));
                }
                assert_eq!(stored.len(), want_stored, "seed {seed}");
                assert_eq!(pairs(&found), want_found, "seed {seed}");
                expected.extend(want_found);
            }
        }
    }
    // Each member lists exactly the deconflictions it is a side of, and is told of each once;
    // what it is told names only its own operation.
    for m in members {
        let listed = pairs(&s.deconflictions(m).await.unwrap());
        let mine: BTreeSet<_> = expected
            .iter()
            .filter(|(_, a, b)| ops[&a.0].member == m || ops[&b.0].member == m)
            .cloned()
            .collect();
        assert_eq!(listed, mine, "seed {seed}");
        let told = s
            .notifications(m, 0, 10_000, vec!["deconfliction".into()])
            .await
            .unwrap();
        assert_eq!(told.len(), mine.len(), "seed {seed}");
        for n in &told {
            let own = n.payload["operation"].as_i64().unwrap();
            assert_eq!(ops[&own].member, m, "seed {seed}");
            let text = n.payload.to_string();
            for o in ops.values().filter(|o| o.member != m) {
                assert!(
                    !text.contains(&format!("\"{}\"", o.name)),
                    "seed {seed}: another member's operation named in {text}"
                );
            }
            assert_ne!(n.payload["other_member"], names[&m].as_str(), "seed {seed}");
        }
    }
    let events = expected.iter().filter(|(k, _, _)| *k == 1).count();
    [expected.len() - events, events]
}

/// Two members registering the same selector at the same moment still meet: exactly one
/// deconfliction, whichever commits first.
pub async fn simultaneous_registrations_meet(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = f.store.clone();
    let names: HashMap<MemberId, String> =
        [(f.a.id, "alpha".into()), (f.b.id, "bravo".into())].into();
    for round in 0..20u8 {
        let mut ops = vec![];
        for m in [f.a.id, f.b.id] {
            ops.push(
                s.insert_operation(NewOperation {
                    member: m,
                    created_by: UserId(0),
                    name: format!("round {round}"),
                    contact: "desk".into(),
                    created_at: 1,
                })
                .await
                .unwrap()
                .id,
            );
        }
        let register = |op: i64, member: MemberId| {
            let s = s.clone();
            let names = names.clone();
            tokio::spawn(async move {
                s.add_selectors(
                    op,
                    member,
                    vec![NewSelector {
                        kind: SelectorKind::Email,
                        digest: vec![100 + round; 32],
                        intel_digest: vec![100 + round; 32],
                        reference: None,
                    }],
                    2,
                    names,
                )
                .await
                .unwrap()
                .1
                .len()
            })
        };
        let (x, y) = tokio::join!(register(ops[0], f.a.id), register(ops[1], f.b.id));
        assert_eq!(x.unwrap() + y.unwrap(), 1, "round {round}");
    }
    assert_eq!(s.deconflictions(f.a.id).await.unwrap().len(), 20);
    assert!(s.deconflictions(f.c.id).await.unwrap().is_empty());
}

/// Intelligence that carries a selector's key, as a member sees it: released to it, in a
/// collection it reads, not its own, not revoked.
pub async fn intelligence_with_keys_as_seen(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = &f.store;
    let key = "ipv4:10.0.0.3".to_string();
    // Indicator 3 carries 10.0.0.3 (n % 7); one GREEN, one AMBER without a release list.
    let green = super::new_object(
        &super::indicator(3, "2020-01-01T00:00:00.000Z"),
        f.a.id,
        domain::Release::Green,
    );
    let amber = super::new_object(
        &super::indicator(10, "2020-01-01T00:00:00.000Z"),
        f.a.id,
        domain::Release::bare(stix::markings::Tlp::Amber),
    );
    super::write(&f, f.a.id, vec![green, amber]).await;
    let seen = |m: MemberId, collections: Vec<domain::CollectionId>, not_of: MemberId| {
        let s = s.clone();
        let key = key.clone();
        async move {
            s.intelligence_with_keys(vec![key], super::reader(m, None), collections, not_of, 100)
                .await
                .unwrap()
        }
    };
    let b = seen(f.b.id, vec![f.collection], f.b.id).await;
    assert_eq!(b.len(), 1, "only the GREEN one is released to bravo: {b:?}");
    assert_eq!(b[0].0, key);
    assert_eq!(b[0].2, f.a.id);
    assert_eq!(
        seen(f.a.id, vec![f.collection], f.a.id).await.len(),
        0,
        "never one's own"
    );
    assert!(
        seen(f.b.id, vec![], f.b.id).await.is_empty(),
        "no collection read, nothing"
    );
}

/// The rest of an operation as stored: listed, read back with its selectors (kinds and
/// references, never values) and events; a selector found by its intelligence digest while
/// its operation is active; two members' events that meet.
pub async fn operation_records(store: Arc<dyn Store>) {
    use domain::operations::model::{EventKind, NewEvent, OperationStatus};
    let f = fixture(store).await;
    let s = &f.store;
    let names: HashMap<MemberId, String> =
        [(f.a.id, "alpha".into()), (f.b.id, "bravo".into())].into();
    let new = |member| NewOperation {
        member,
        created_by: UserId(0),
        name: "Harbour sweep".into(),
        contact: "desk".into(),
        created_at: 5,
    };
    let a = s.insert_operation(new(f.a.id)).await.unwrap();
    let b = s.insert_operation(new(f.b.id)).await.unwrap();
    assert_eq!(s.operations(f.a.id).await.unwrap().len(), 1);
    assert_eq!(s.operation(a.id).await.unwrap().unwrap().member, f.a.id);
    assert!(s.operation(b.id + 1).await.unwrap().is_none());
    let (stored, _) = s
        .add_selectors(
            a.id,
            f.a.id,
            vec![NewSelector {
                kind: SelectorKind::Email,
                digest: vec![1; 32],
                intel_digest: vec![2; 32],
                reference: Some("courier".into()),
            }],
            6,
            names.clone(),
        )
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    let listed = s.selectors(a.id).await.unwrap();
    assert_eq!(listed[0].reference.as_deref(), Some("courier"));
    assert_eq!(listed[0].kind, SelectorKind::Email);
    let held = s
        .selectors_holding(vec![vec![2; 32], vec![]])
        .await
        .unwrap();
    assert_eq!(held.len(), 1);
    assert_eq!((held[0].member, held[0].operation), (f.a.id, a.id));
    let event = |lat: f64, starts: i64| NewEvent {
        kind: EventKind::Search,
        latitude: lat,
        longitude: -0.1246,
        radius_m: 300.0,
        starts_at: starts,
        ends_at: starts + 3_600_000_000,
        reference: None,
    };
    let (mine, found) = s
        .add_events(a.id, f.a.id, vec![event(51.5007, 1_000)], 7, names.clone())
        .await
        .unwrap();
    assert!(found.is_empty());
    assert_eq!(s.events(a.id).await.unwrap(), mine);
    assert!((mine[0].latitude - 51.5007).abs() < 1e-6);
    let (_, found) = s
        .add_events(
            b.id,
            f.b.id,
            vec![event(51.5030, 2_000), event(51.5007, 10_000_000_000)],
            8,
            names,
        )
        .await
        .unwrap();
    assert_eq!(found.len(), 1, "the first meets, the second is days later");
    assert!(s.close_operation(a.id, 9).await.unwrap());
    assert_eq!(
        s.operation(a.id).await.unwrap().unwrap().status,
        OperationStatus::Closed
    );
    assert!(
        s.selectors_holding(vec![vec![2; 32]])
            .await
            .unwrap()
            .is_empty()
    );
}

/// What a member's hourly budget counts: its operations' selectors and events since a time,
/// no other member's.
pub async fn registrations_are_counted_per_member(store: Arc<dyn Store>) {
    let f = fixture(store).await;
    let s = &f.store;
    let names: HashMap<MemberId, String> = HashMap::new();
    let op = |member: MemberId| NewOperation {
        member,
        created_by: UserId(0),
        name: "op".into(),
        contact: "desk".into(),
        created_at: 1,
    };
    let a = s.insert_operation(op(f.a.id)).await.unwrap();
    let b = s.insert_operation(op(f.b.id)).await.unwrap();
    let selector = |d: u8| NewSelector {
        kind: SelectorKind::Phone,
        digest: vec![d; 32],
        intel_digest: vec![],
        reference: None,
    };
    s.add_selectors(
        a.id,
        f.a.id,
        vec![selector(1), selector(2)],
        100,
        names.clone(),
    )
    .await
    .unwrap();
    s.add_selectors(a.id, f.a.id, vec![selector(3)], 200, names.clone())
        .await
        .unwrap();
    s.add_selectors(b.id, f.b.id, vec![selector(4)], 200, names.clone())
        .await
        .unwrap();
    let event = NewEvent {
        kind: EventKind::Search,
        latitude: 52.0,
        longitude: 4.3,
        radius_m: 100.0,
        starts_at: 1_000,
        ends_at: 2_000,
        reference: None,
    };
    s.add_events(a.id, f.a.id, vec![event], 300, names)
        .await
        .unwrap();
    assert_eq!(s.registrations_since(f.a.id, 0).await.unwrap(), 4);
    assert_eq!(s.registrations_since(f.a.id, 150).await.unwrap(), 2);
    assert_eq!(s.registrations_since(f.a.id, 301).await.unwrap(), 0);
    assert_eq!(s.registrations_since(f.b.id, 0).await.unwrap(), 1);
    assert_eq!(s.registrations_since(f.c.id, 0).await.unwrap(), 0);
}
