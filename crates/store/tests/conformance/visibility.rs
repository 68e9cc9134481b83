//! The visibility rule, checked on generated centers.

use super::*;

/// Tiny deterministic generator, so a failing case can be replayed from its seed.
pub(super) struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// The model a generated center is checked against: what was written and who stands where.
pub(super) struct Model {
    pub(super) members: Vec<MemberId>,
    pub(super) users: Vec<UserId>,
    pub(super) groups: Vec<(GroupId, Vec<MemberId>)>,
    pub(super) active: Vec<bool>,
    /// (id, version, releasability), in write order.
    pub(super) versions: Vec<(String, String, Releasability)>,
    /// (status id, submitting member).
    pub(super) statuses: Vec<(Uuid, MemberId)>,
    /// Notifications sent: (member, kind, payload), in order.
    pub(super) notices: Vec<(MemberId, String, String)>,
    /// The correlation keys of each object id (the same for every version here).
    pub(super) keys: BTreeMap<String, Vec<String>>,
}

impl Model {
    pub(super) fn reader(&self, i: usize, whole_member: bool) -> Reader {
        let m = self.members[i];
        Reader {
            member: m,
            user: (!whole_member).then_some(self.users[i]),
            groups: self
                .groups
                .iter()
                .filter(|(_, ms)| ms.contains(&m))
                .map(|(g, _)| *g)
                .collect(),
            active: self.active[i],
        }
    }
}

/// Every read path against the rule function, on a generated center: random members, sharing
/// groups, users and releases, new versions that change the release, and changes of group
/// membership and member status between writes. Returns the number of checks made.
pub async fn visibility_matches_the_rule(store: Arc<dyn Store>, seed: u64) -> u64 {
    let f = fixture(store).await;
    let mut rng = Lcg(seed);
    let mut model = Model {
        members: vec![f.a.id, f.b.id, f.c.id],
        users: vec![],
        groups: vec![],
        active: vec![true; 3],
        versions: vec![],
        statuses: vec![],
        notices: vec![],
        keys: BTreeMap::new(),
    };
    for i in 0..(1 + rng.next(3)) {
        let m = f
            .store
            .insert_member(NewMember {
                name: format!("extra{i}"),
                display_name: format!("extra{i}"),
                identity_id: format!("identity--{}", Uuid::new_v4()),
                status: MemberStatus::Member,
                is_secretariat: false,
                created_at: 1,
                founded_at: None,
            })
            .await
            .unwrap();
        model.members.push(m.id);
        model.active.push(true);
    }
    for (i, m) in model.members.clone().into_iter().enumerate() {
        let u = f
            .store
            .insert_user(NewUser {
                member_id: m,
                username: format!("user{i}"),
                display_name: format!("user{i}"),
                roles: vec![Role::Analyst],
                password_hash: None,
                created_at: 1,
                must_change_password: false,
            })
            .await
            .unwrap();
        model.users.push(u.id);
    }
    for g in 0..2 {
        let group = f
            .store
            .insert_sharing_group(NewSharingGroup {
                name: format!("group{g}"),
                description: None,
                members_visible: g == 0,
                created_at: 1,
            })
            .await
            .unwrap();
        model.groups.push((group.id, vec![]));
    }
    let objects = 60 + rng.next(40) as u32;
    let mut checks = 0;
    for n in 0..objects {
        let originator = rng.next(model.members.len() as u64) as usize;
        let m = model.members[originator];
        let versions = 1 + rng.next(3);
        for v in 0..versions {
            let pick_members = |rng: &mut Lcg| {
                model
                    .members
                    .iter()
                    .copied()
                    .filter(|_| rng.next(3) == 0)
                    .collect::<Vec<_>>()
            };
            let pick_groups = |rng: &mut Lcg| {
                model
                    .groups
                    .iter()
                    .map(|(g, _)| *g)
                    .filter(|_| rng.next(2) == 0)
                    .collect::<Vec<_>>()
            };
            // Each version may change the release, as the originator may.
            let release = match rng.next(6) {
                0 => Release::Clear,
                1 => Release::Green,
                2 | 3 => Release::Amber {
                    members: pick_members(&mut rng),
                    groups: pick_groups(&mut rng),
                },
                4 => Release::AmberStrict {
                    members: pick_members(&mut rng),
                    groups: pick_groups(&mut rng),
                },
                _ => Release::Red {
                    users: model
                        .users
                        .iter()
                        .copied()
                        .filter(|_| rng.next(3) == 0)
                        .collect(),
                },
            };
            let modified = format!("2020-0{}-01T00:00:00.000Z", v + 1);
            let mut r = Releasability::new(m, release);
            r.orcon = rng.next(4) == 0;
            let obj = stix::StixObject::parse(&indicator(n, &modified)).unwrap();
            let new = domain::service::new_object(&obj, r.clone());
            let id = format!("indicator--{n:08x}-0000-4000-8000-000000000000");
            model.keys.insert(id.clone(), new.keys.clone());
            let st = write(&f, m, vec![new]).await;
            assert_eq!(st.success_count, 1, "seed {seed}");
            model.statuses.push((st.id, m));
            model.versions.push((id, modified, r));
        }
        // Now and then a member is told something (an RFI, a hit, a meeting ...).
        if rng.next(3) == 0 {
            let to = model.members[rng.next(model.members.len() as u64) as usize];
            let kinds = &domain::subscriptions::NOTIFICATION_KINDS;
            let kind = kinds[rng.next(kinds.len() as u64) as usize].to_string();
            let payload = format!("{{\"n\":{n}}}");
            f.store
                .notify(vec![domain::exchange::NewNotification {
                    member: to,
                    at: i64::from(n),
                    kind: kind.clone(),
                    payload: payload.clone(),
                }])
                .await
                .unwrap();
            model.notices.push((to, kind, payload));
        }
        // Between writes, the center changes: groups gain and lose members, members are
        // suspended and reinstated.
        match rng.next(8) {
            0 | 1 => {
                let gi = rng.next(2) as usize;
                let mi = rng.next(model.members.len() as u64) as usize;
                let (g, ms) = &mut model.groups[gi];
                let present = !ms.contains(&model.members[mi]);
                let changed = f
                    .store
                    .set_group_member(*g, model.members[mi], present)
                    .await
                    .unwrap();
                assert!(changed);
                if present {
                    ms.push(model.members[mi]);
                } else {
                    ms.retain(|x| *x != model.members[mi]);
                }
                assert_eq!(
                    f.store
                        .member_groups(model.members[mi])
                        .await
                        .unwrap()
                        .contains(g),
                    present
                );
            }
            2 => {
                let mi = rng.next(model.members.len() as u64) as usize;
                model.active[mi] = !model.active[mi];
                let status = if model.active[mi] {
                    MemberStatus::Member
                } else {
                    [MemberStatus::Suspended, MemberStatus::Withdrawn][rng.next(2) as usize]
                };
                let from = f
                    .store
                    .member(model.members[mi])
                    .await
                    .unwrap()
                    .unwrap()
                    .status;
                f.store
                    .transition_member(
                        model.members[mi],
                        domain::governance::NewTransition {
                            from: Some(from),
                            to: status,
                            at: 1,
                            reason: "model".into(),
                            decision: None,
                            actor: "model".into(),
                        },
                    )
                    .await
                    .unwrap();
            }
            3 => {
                // An approved release request adds a member to the release list of every
                // AMBER version of an object, beside it.
                let (id, _, rel) =
                    model.versions[rng.next(model.versions.len() as u64) as usize].clone();
                let target = model.members[rng.next(model.members.len() as u64) as usize];
                let r = f
                    .store
                    .insert_release_request(domain::exchange::NewReleaseRequest {
                        created_at: 1,
                        requester_member: target,
                        requester_user: UserId(0),
                        originator: rel.originator,
                        target,
                        object_id: Some(id.clone()),
                        value: None,
                        reason: "model".into(),
                    })
                    .await
                    .unwrap();
                let released = f
                    .store
                    .decide_release_request(domain::exchange::ReleaseDecision {
                        request: r.id,
                        status: domain::exchange::RequestStatus::Approved,
                        at: 2,
                        by: UserId(0),
                        answer: None,
                        release: vec![id.clone()],
                        originator: rel.originator,
                        target,
                    })
                    .await
                    .unwrap();
                let mut expected = 0;
                for (vid, _, vrel) in model.versions.iter_mut().filter(|(v, _, _)| *v == id) {
                    if let Release::Amber { members, .. } | Release::AmberStrict { members, .. } =
                        &mut vrel.release
                    {
                        if !members.contains(&target) {
                            members.push(target);
                        }
                        expected = 1;
                    }
                    let _ = vid;
                }
                assert_eq!(released, expected, "seed {seed}: released count");
            }
            _ => {}
        }
        if n % 25 == 24 || n + 1 == objects {
            checks += check_every_read(&f, &model, seed).await;
        }
    }
    checks
}
