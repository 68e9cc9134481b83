//! Every read path of every reader, against the rule function.

use super::*;

/// Checks every read path of every reader against [`can_see`]; returns the number of checks.
pub(super) async fn check_every_read(f: &Fixture, model: &Model, seed: u64) -> u64 {
    let mut checks = 0;
    // The groups as the store holds them match the model.
    let stored = f.store.sharing_groups().await.unwrap();
    for (g, ms) in &model.groups {
        let mut want = ms.clone();
        want.sort();
        let got = &stored.iter().find(|s| s.id == *g).unwrap().members;
        assert_eq!(got, &want, "seed {seed}: members of group {g:?}");
    }
    let ids: Vec<String> = {
        let mut ids: Vec<String> = model.versions.iter().map(|(id, _, _)| id.clone()).collect();
        ids.dedup();
        ids
    };
    for i in 0..model.members.len() {
        for whole_member in [false, true] {
            let r = model.reader(i, whole_member);
            let vis = visibility(&r);
            let expected: Vec<(String, String)> = model
                .versions
                .iter()
                .filter(|(_, _, rel)| can_see(&r, rel))
                .map(|(id, v, _)| (id.clone(), v.clone()))
                .collect();
            if !r.active {
                assert!(expected.is_empty());
            }
            // All versions, paged in small pages: the pages' contents, sizes and `more` flags.
            let mut got = Vec::new();
            let mut after = None;
            let mut pages = 0;
            loop {
                let q = ObjectQuery {
                    collection: Some(f.collection),
                    types: vec!["indicator".into()],
                    versions: VersionFilter::all(),
                    added_after: after,
                    limit: 17,
                    ..ObjectQuery::default()
                };
                let page = f.store.query_objects(q, vis.clone()).await.unwrap();
                pages += 1;
                got.extend(
                    page.objects
                        .iter()
                        .map(|o| (o.stix_id.clone(), o.version.clone())),
                );
                assert_eq!(
                    page.more,
                    got.len() < expected.len(),
                    "seed {seed}, reader {r:?}: 'more' on page {pages}"
                );
                after = page.objects.last().map(|o| o.date_added);
                checks += 1;
                if !page.more {
                    break;
                }
            }
            assert_eq!(got, expected, "seed {seed}, reader {r:?}");
            assert_eq!(
                pages,
                expected.len().max(1).div_ceil(17),
                "seed {seed}: page count"
            );
            // The statistics counts (each backend words its query differently): distinct
            // visible objects by originator and level, once alone and once within another
            // member's view too (what a report's viewer may count of what this one received).
            let other = model.reader((i + 1) % model.members.len(), true);
            for within in [vec![vis.clone()], vec![vis.clone(), visibility(&other)]] {
                let mut want: BTreeMap<(MemberId, Tlp), BTreeSet<String>> = BTreeMap::new();
                for (id, _, rel) in &model.versions {
                    if can_see(&r, rel) && (within.len() == 1 || can_see(&other, rel)) {
                        let key = (rel.originator, rel.release.tlp());
                        want.entry(key).or_default().insert(id.clone());
                    }
                }
                let want: BTreeMap<(MemberId, Tlp), u64> = want
                    .into_iter()
                    .map(|(k, ids)| (k, ids.len() as u64))
                    .collect();
                let got: BTreeMap<(MemberId, Tlp), u64> = f
                    .store
                    .object_counts(i64::MIN, i64::MAX, within)
                    .await
                    .unwrap()
                    .into_iter()
                    .filter(|c| c.object_type == "indicator")
                    .map(|c| ((c.originator, c.tlp), c.objects))
                    .collect();
                assert_eq!(got, want, "seed {seed}, reader {r:?}: statistics counts");
                checks += 1;
            }
            // Correlated objects (each backend words this query differently too): visible
            // objects sharing a key with a visible object of another originator, by originator.
            let seen: Vec<&(String, String, Releasability)> = model
                .versions
                .iter()
                .filter(|(_, _, rel)| can_see(&r, rel))
                .collect();
            let keys = |id: &str| model.keys.get(id).cloned().unwrap_or_default();
            let mut holders: BTreeMap<String, BTreeSet<MemberId>> = BTreeMap::new();
            for (id, _, rel) in &seen {
                for k in keys(id).into_iter().filter(|k| !k.starts_with("ref:")) {
                    holders.entry(k).or_default().insert(rel.originator);
                }
            }
            let mut want: BTreeMap<MemberId, BTreeSet<String>> = BTreeMap::new();
            for (id, _, rel) in &seen {
                if keys(id)
                    .iter()
                    .any(|k| holders.get(k).is_some_and(|h| h.len() > 1))
                {
                    want.entry(rel.originator).or_default().insert(id.clone());
                }
            }
            let want: BTreeMap<MemberId, u64> = want
                .into_iter()
                .map(|(m, ids)| (m, ids.len() as u64))
                .collect();
            let got: BTreeMap<MemberId, u64> = f
                .store
                .correlated_counts(i64::MIN, i64::MAX, vec![vis.clone()], i64::MAX)
                .await
                .unwrap()
                .into_iter()
                .collect();
            assert_eq!(got, want, "seed {seed}, reader {r:?}: correlated counts");
            checks += 1;
            // Keys by a prefix of them (the report's groups most referred to): distinct visible
            // objects carrying each key, for the prefixes the model's keys have and one they
            // do not.
            let mut prefixes: BTreeSet<String> = model
                .keys
                .values()
                .flatten()
                .filter_map(|k| k.split_once(':').map(|(p, _)| format!("{p}:")))
                .collect();
            prefixes.insert("nothing-has-this:".into());
            let prefixes: Vec<String> = prefixes.into_iter().collect();
            let mut want: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
            for (id, _, _) in &seen {
                for k in keys(id) {
                    if prefixes.iter().any(|p| k.starts_with(p.as_str())) {
                        want.entry(k).or_default().insert(id.clone());
                    }
                }
            }
            let want: BTreeMap<String, u64> = want
                .into_iter()
                .map(|(k, ids)| (k, ids.len() as u64))
                .collect();
            let listed = f
                .store
                .key_prefix_counts(i64::MIN, i64::MAX, vec![vis.clone()], prefixes, 100_000)
                .await
                .unwrap();
            assert!(
                listed.windows(2).all(|w| w[0].1 >= w[1].1),
                "seed {seed}: most first"
            );
            let got: BTreeMap<String, u64> = listed.into_iter().collect();
            assert_eq!(got, want, "seed {seed}, reader {r:?}: key prefix counts");
            checks += 1;
            // Every member counted in one read (a backend may make it one pass) counts the same
            // as each member counted alone.
            if whole_member && i == 0 {
                let readers: Vec<Visibility> = (0..model.members.len())
                    .map(|k| visibility(&model.reader(k, true)))
                    .collect();
                for within in [vec![], vec![visibility(&other)]] {
                    let sorted = |mut v: Vec<domain::statistics::ObjectCount>| {
                        v.sort_by_key(|c| (c.originator, c.object_type.clone(), c.tlp.code()));
                        v
                    };
                    let each = f
                        .store
                        .object_counts_each(i64::MIN, i64::MAX, within.clone(), readers.clone())
                        .await
                        .unwrap();
                    assert_eq!(each.len(), readers.len());
                    for (k, got) in each.into_iter().enumerate() {
                        let mut alone = within.clone();
                        alone.push(readers[k].clone());
                        let want = f
                            .store
                            .object_counts(i64::MIN, i64::MAX, alone)
                            .await
                            .unwrap();
                        assert_eq!(sorted(got), sorted(want), "seed {seed}: reader {k} of all");
                        checks += 1;
                    }
                }
            }
            // The export path (every collection) and manifest reads (no bodies) agree too.
            for (collection, with_body) in [(None, true), (Some(f.collection), false)] {
                let q = ObjectQuery {
                    collection,
                    types: vec!["indicator".into()],
                    versions: VersionFilter::all(),
                    spec_versions: vec![SpecVersion::V20, SpecVersion::V21],
                    limit: 10_000,
                    with_body,
                    ..ObjectQuery::default()
                };
                let page = f.store.query_objects(q, vis.clone()).await.unwrap();
                assert!(page.objects.iter().all(|o| o.body.is_some() == with_body));
                let got: Vec<(String, String)> = page
                    .objects
                    .into_iter()
                    .map(|o| (o.stix_id, o.version))
                    .collect();
                assert_eq!(
                    got, expected,
                    "seed {seed}, reader {r:?}, collection {collection:?}"
                );
                checks += 1;
            }
            // Subscriptions: the read behind event streams and webhooks, from a cursor and with
            // a filter of originator, level and words, gives exactly the visible versions after
            // the cursor that the filter wants.
            let all = f
                .store
                .query_objects(
                    ObjectQuery {
                        collection: Some(f.collection),
                        versions: VersionFilter::all(),
                        limit: 10_000,
                        ..ObjectQuery::default()
                    },
                    vis.clone(),
                )
                .await
                .unwrap()
                .objects;
            let cursor = all.get(all.len() / 3).map_or(0, |o| o.date_added);
            let number = |id: &str| {
                u32::from_str_radix(&id["indicator--".len().."indicator--".len() + 8], 16).unwrap()
            };
            for k in 0..4usize {
                let originator = model.members[(seed as usize + k) % model.members.len()];
                let tlp = Tlp::ALL[(seed as usize + i + k) % Tlp::ALL.len()];
                let w = (i + k) % WORDS.len();
                let (originators, tlps, text) = match k {
                    0 => (vec![originator], vec![], None),
                    1 => (vec![], vec![tlp], None),
                    2 => (vec![], vec![], Some(WORDS[w].to_string())),
                    _ => (vec![originator], vec![tlp], Some(WORDS[w].to_string())),
                };
                let want: Vec<(String, String)> = all
                    .iter()
                    .filter(|o| o.date_added > cursor)
                    .filter(|o| {
                        let rel = &model
                            .versions
                            .iter()
                            .find(|(id, v, _)| *id == o.stix_id && *v == o.version)
                            .unwrap()
                            .2;
                        (originators.is_empty() || rel.originator == originator)
                            && (tlps.is_empty() || rel.release.tlp() == tlp)
                            && (text.is_none() || number(&o.stix_id) % 5 == w as u32)
                    })
                    .map(|o| (o.stix_id.clone(), o.version.clone()))
                    .collect();
                let got: Vec<(String, String)> = f
                    .store
                    .query_objects(
                        ObjectQuery {
                            collection: Some(f.collection),
                            versions: VersionFilter::all(),
                            spec_versions: vec![SpecVersion::V20, SpecVersion::V21],
                            added_after: Some(cursor),
                            limit: 10_000,
                            originators,
                            tlps,
                            text,
                            ..ObjectQuery::default()
                        },
                        vis.clone(),
                    )
                    .await
                    .unwrap()
                    .objects
                    .into_iter()
                    .map(|o| (o.stix_id, o.version))
                    .collect();
                assert_eq!(got, want, "seed {seed}, reader {r:?}: subscription {k}");
                checks += 1;
            }
            // Latest visible version of each object, and first.
            let mut latest: std::collections::BTreeMap<String, String> = Default::default();
            let mut first: std::collections::BTreeMap<String, String> = Default::default();
            for (id, v) in &expected {
                let e = latest.entry(id.clone()).or_default();
                if v > e {
                    *e = v.clone();
                }
                let e = first.entry(id.clone()).or_insert_with(|| v.clone());
                if v < e {
                    *e = v.clone();
                }
            }
            for (vf, want) in [
                (VersionFilter::last(), &latest),
                (
                    VersionFilter {
                        first: true,
                        ..VersionFilter::default()
                    },
                    &first,
                ),
            ] {
                let q = ObjectQuery {
                    collection: Some(f.collection),
                    types: vec!["indicator".into()],
                    versions: vf,
                    limit: 10_000,
                    ..ObjectQuery::default()
                };
                let page = f.store.query_objects(q, vis.clone()).await.unwrap();
                let got: std::collections::BTreeMap<String, String> = page
                    .objects
                    .into_iter()
                    .map(|o| (o.stix_id, o.version))
                    .collect();
                assert_eq!(
                    &got, want,
                    "seed {seed}, reader {r:?} (first/last versions)"
                );
                checks += 1;
            }
            // Single-object reads: invisible objects look exactly like missing ones.
            for id in &ids {
                let q = ObjectQuery {
                    collection: Some(f.collection),
                    ids: vec![id.clone()],
                    versions: VersionFilter::all(),
                    limit: 100,
                    ..ObjectQuery::default()
                };
                let n_got = f
                    .store
                    .query_objects(q, vis.clone())
                    .await
                    .unwrap()
                    .objects
                    .len();
                let n_exp = expected.iter().filter(|(i, _)| i == id).count();
                assert_eq!(n_got, n_exp, "seed {seed}, {id}, reader {r:?}");
                checks += 1;
            }
            // Releasabilities (the third-party rule's read) return only visible versions, as
            // they were written.
            let got = f
                .store
                .releasabilities(ids.clone(), vis.clone())
                .await
                .unwrap();
            let mut got: Vec<(String, Releasability)> = got
                .into_iter()
                .map(|v| (v.stix_id, v.releasability))
                .collect();
            let mut want: Vec<(String, Releasability)> = model
                .versions
                .iter()
                .filter(|(_, _, rel)| can_see(&r, rel))
                .map(|(id, _, rel)| (id.clone(), sorted(rel)))
                .collect();
            got.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
            want.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
            assert_eq!(got, want, "seed {seed}, reader {r:?} (releasabilities)");
            checks += 1;
            // The dossier an object's page reads: its visible versions only, and nothing at
            // all of an object the reader does not see.
            for id in ids.iter().step_by(2) {
                let d = f
                    .store
                    .dossier(id.clone(), vec![f.collection], vis.clone())
                    .await
                    .unwrap();
                let got: Vec<String> = d.versions.iter().map(|o| o.version.clone()).collect();
                let want: Vec<String> = expected
                    .iter()
                    .filter(|(v, _)| v == id)
                    .map(|(_, version)| version.clone())
                    .collect();
                let mut got_sorted = got.clone();
                got_sorted.sort();
                let mut want_sorted = want.clone();
                want_sorted.sort();
                assert_eq!(
                    got_sorted, want_sorted,
                    "seed {seed}, {id}, reader {r:?} (dossier)"
                );
                if want.is_empty() {
                    assert_eq!(d, Dossier::default(), "seed {seed}, {id}, reader {r:?}");
                }
                assert!(d.releases.iter().all(|v| &v.stix_id == id));
                checks += 1;
            }
        }
        // Hit/no-hit and correlation for the reader. Indicators share one of seven keys. A
        // matching object it sees in any version counts as visible, the others per
        // originator; an object it sees correlates with the others of its key that it sees,
        // unless the key is noisy (carried by more versions than the limit).
        let r = model.reader(i, false);
        let vis = visibility(&r);
        let number = |id: &str| {
            u32::from_str_radix(&id["indicator--".len().."indicator--".len() + 8], 16).unwrap()
        };
        let seen = |id: &str| {
            model
                .versions
                .iter()
                .any(|(v, _, rel)| v == id && can_see(&r, rel))
        };
        for g in 0..7u32 {
            let key = format!("ipv4:10.0.0.{g}");
            let members_of: Vec<&String> = ids.iter().filter(|id| number(id) % 7 == g).collect();
            let visible = members_of.iter().filter(|id| seen(id)).count() as u64;
            let mut hidden: std::collections::BTreeMap<MemberId, u64> = Default::default();
            for id in members_of.iter().filter(|id| !seen(id)) {
                let originator = model
                    .versions
                    .iter()
                    .find(|(v, _, _)| v == *id)
                    .unwrap()
                    .2
                    .originator;
                *hidden.entry(originator).or_default() += 1;
            }
            let got = f
                .store
                .hit_counts(vec![key.clone()], vis.clone())
                .await
                .unwrap();
            assert_eq!(
                got.visible, visible,
                "seed {seed}: visible hits on {key} for {r:?}"
            );
            assert_eq!(
                got.hidden,
                hidden.into_iter().collect::<Vec<_>>(),
                "seed {seed}: hidden hits on {key} for {r:?}"
            );
            checks += 1;
            let versions_with_key = model
                .versions
                .iter()
                .filter(|(v, _, _)| number(v) % 7 == g)
                .count() as i64;
            for limit in [1_000_000, 12] {
                for a in members_of.iter().step_by(3) {
                    let got = f
                        .store
                        .correlations((*a).clone(), vec![f.collection], vis.clone(), limit)
                        .await
                        .unwrap();
                    if !seen(a) {
                        assert_eq!(got, None, "seed {seed}: {a} is not visible to {r:?}");
                        continue;
                    }
                    let want: Vec<(String, String)> = if versions_with_key > limit {
                        vec![]
                    } else {
                        members_of
                            .iter()
                            .filter(|b| **b != *a && seen(b))
                            .map(|b| (key.clone(), (*b).clone()))
                            .collect()
                    };
                    let got: Vec<(String, String)> = got
                        .unwrap()
                        .into_iter()
                        .map(|c| (c.key, c.stix_id))
                        .collect();
                    assert_eq!(
                        got, want,
                        "seed {seed}: correlations of {a} for {r:?}, limit {limit}"
                    );
                    checks += 1;
                }
            }
        }
        // Statistics: distinct ids by originator and level, within the reader's visibility and
        // within both the reader's and each whole member's; objects correlated with another
        // member's visible object.
        for j in 0..model.members.len() {
            let other = model.reader(j, true);
            for within in [vec![vis.clone()], vec![vis.clone(), visibility(&other)]] {
                let both = within.len() == 2;
                let mut want: std::collections::BTreeSet<(MemberId, u8, String)> =
                    Default::default();
                for (id, _, rel) in &model.versions {
                    if can_see(&r, rel) && (!both || can_see(&other, rel)) {
                        want.insert((rel.originator, rel.release.tlp().code() as u8, id.clone()));
                    }
                }
                let mut want_counts: std::collections::BTreeMap<(MemberId, i64), u64> =
                    Default::default();
                for (m, t, _) in &want {
                    *want_counts.entry((*m, i64::from(*t))).or_default() += 1;
                }
                let got: std::collections::BTreeMap<(MemberId, i64), u64> = f
                    .store
                    .object_counts(0, i64::MAX, within.clone())
                    .await
                    .unwrap()
                    .into_iter()
                    .filter(|c| c.object_type == "indicator")
                    .map(|c| ((c.originator, c.tlp.code()), c.objects))
                    .collect();
                assert_eq!(
                    got, want_counts,
                    "seed {seed}: object counts for {r:?}, {both}"
                );
                let none = f.store.object_counts(0, 1, within).await.unwrap();
                assert!(none.is_empty(), "seed {seed}: nothing was added before 1");
                checks += 2;
            }
        }
        for limit in [1_000_000, 12] {
            let mut want: std::collections::BTreeMap<MemberId, u64> = Default::default();
            for a in ids.iter().filter(|id| seen(id)) {
                let g = number(a) % 7;
                let noisy = model
                    .versions
                    .iter()
                    .filter(|(v, _, _)| number(v) % 7 == g)
                    .count() as i64
                    > limit;
                let owner = |id: &str| {
                    model
                        .versions
                        .iter()
                        .find(|(v, _, _)| v == id)
                        .unwrap()
                        .2
                        .originator
                };
                let shared = ids
                    .iter()
                    .any(|b| number(b) % 7 == g && seen(b) && owner(b) != owner(a));
                if shared && !noisy {
                    *want.entry(owner(a)).or_default() += 1;
                }
            }
            let got: std::collections::BTreeMap<MemberId, u64> = f
                .store
                .correlated_counts(0, i64::MAX, vec![vis.clone()], limit)
                .await
                .unwrap()
                .into_iter()
                .collect();
            assert_eq!(
                got, want,
                "seed {seed}: correlated counts for {r:?}, limit {limit}"
            );
            checks += 1;
        }
        // Search: the latest visible version of each object named with the word, and facets
        // that count only those.
        for (w, word) in WORDS.iter().enumerate() {
            let want: Vec<String> = ids
                .iter()
                .filter(|id| number(id) % 5 == w as u32 && seen(id))
                .cloned()
                .collect();
            // However common the word (a facet limit of 1 makes every word common), the page
            // is exact, newest first, and paging by date finds every hit once; facets are exact
            // under the limit and say so when they are not.
            for facet_limit in [10_000, 1] {
                let q = ObjectQuery {
                    collections: vec![f.collection],
                    text: Some(format!("{word} INDICATOR")),
                    versions: VersionFilter::last(),
                    newest_first: true,
                    limit: 10_000,
                    ..ObjectQuery::default()
                };
                let found = f
                    .store
                    .search(q.clone(), vis.clone(), facet_limit)
                    .await
                    .unwrap();
                let dates: Vec<i64> = found.page.objects.iter().map(|o| o.date_added).collect();
                assert!(
                    dates.windows(2).all(|d| d[0] > d[1]),
                    "seed {seed}: newest first"
                );
                let mut got: Vec<String> =
                    found.page.objects.into_iter().map(|o| o.stix_id).collect();
                got.sort();
                assert_eq!(
                    got, want,
                    "seed {seed}: search {word} for {r:?}, limit {facet_limit}"
                );
                let facets = found.facets;
                let counted: u64 = facets.types.iter().map(|(_, n)| n).sum();
                if facet_limit == 10_000 {
                    assert!(facets.complete);
                    assert_eq!(counted, want.len() as u64, "seed {seed}: facets of {word}");
                    assert_eq!(facets.counted, want.len() as u64);
                    let by_originator: u64 = facets.originators.iter().map(|(_, n)| n).sum();
                    assert_eq!(by_originator, want.len() as u64);
                } else {
                    // Complete exactly when the reader sees no more than the limit: what it
                    // does not see never shows, not even as "more".
                    assert_eq!(
                        facets.complete,
                        want.len() <= 1,
                        "seed {seed}: {word}, {} seen",
                        want.len()
                    );
                    if facets.complete {
                        assert_eq!(counted, want.len() as u64, "seed {seed}: {word}, 1");
                    }
                    assert!(
                        counted <= 2,
                        "seed {seed}: counted {counted} over a limit of 1"
                    );
                }
                let mut paged = Vec::new();
                let mut before = None;
                loop {
                    let page = f
                        .store
                        .search(
                            ObjectQuery {
                                limit: 3,
                                added_before: before,
                                ..q.clone()
                            },
                            vis.clone(),
                            facet_limit,
                        )
                        .await
                        .unwrap()
                        .page;
                    before = page.objects.last().map(|o| o.date_added);
                    paged.extend(page.objects.into_iter().map(|o| o.stix_id));
                    if !page.more {
                        break;
                    }
                }
                paged.sort();
                assert_eq!(paged, want, "seed {seed}: paged search {word}");
                checks += 3;
            }
        }
        // Notifications: a member reads only what it was told, in order, narrowed by kind and
        // resumed after any one of them.
        let member = model.members[i];
        let mine: Vec<(String, String)> = model
            .notices
            .iter()
            .filter(|(m, _, _)| *m == member)
            .map(|(_, k, p)| (k.clone(), p.clone()))
            .collect();
        let read = |after: i64, kinds: Vec<String>| {
            let store = f.store.clone();
            async move {
                store
                    .notifications(member, after, 10_000, kinds)
                    .await
                    .unwrap()
            }
        };
        let all = read(0, vec![]).await;
        assert!(all.iter().all(|n| n.member == member));
        let got: Vec<(String, String)> = all
            .iter()
            .map(|n| (n.kind.clone(), n.payload.to_string()))
            .collect();
        assert_eq!(got, mine, "seed {seed}: notifications of {member:?}");
        // The newest first, as the pages show them: the member's own, the last ones, reversed.
        let newest = f.store.newest_notifications(member, 3).await.unwrap();
        let want: Vec<i64> = all.iter().rev().take(3).map(|n| n.id).collect();
        assert_eq!(
            newest.iter().map(|n| n.id).collect::<Vec<_>>(),
            want,
            "seed {seed}: newest notifications of {member:?}"
        );
        checks += 1;
        let kinds = vec!["rfi".to_string(), "meeting".to_string()];
        let got: Vec<(String, String)> = read(0, kinds.clone())
            .await
            .iter()
            .map(|n| (n.kind.clone(), n.payload.to_string()))
            .collect();
        let want: Vec<(String, String)> = mine
            .iter()
            .filter(|(k, _)| kinds.contains(k))
            .cloned()
            .collect();
        assert_eq!(
            got, want,
            "seed {seed}: notifications of {member:?} by kind"
        );
        if let Some(middle) = all.get(all.len() / 2) {
            let after = read(middle.id, vec![]).await;
            assert_eq!(after.len(), all.len() - all.len() / 2 - 1);
            assert!(after.iter().all(|n| n.id > middle.id));
        }
        checks += 3;
        // Statuses: only the submitting member reads its own.
        for (id, by) in model.statuses.iter().step_by(7) {
            let got = f.store.status(*id, model.members[i]).await.unwrap();
            assert_eq!(
                got.is_some(),
                *by == model.members[i],
                "seed {seed}: status {id}"
            );
            checks += 1;
        }
    }
    checks
}

/// Release lists as the store returns them: sorted, without duplicates.
pub(super) fn sorted(r: &Releasability) -> Releasability {
    let mut r = r.clone();
    match &mut r.release {
        Release::Amber { members, groups } | Release::AmberStrict { members, groups } => {
            members.sort();
            members.dedup();
            groups.sort();
            groups.dedup();
        }
        Release::Red { users } => {
            users.sort();
            users.dedup();
        }
        _ => {}
    }
    r
}
