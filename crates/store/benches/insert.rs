//! Raw store inserts: already-validated indicators written through the SQLite store, 1,000 per
//! transaction, durably committed. This is the ceiling the HTTP ingest path should approach.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use domain::store::{Submitted, WriteRequest};
use domain::{Center, MemberId, Releasability, Release, Store, SystemClock, UserId};

fn indicator(n: u64) -> String {
    format!(
        r#"{{"type":"indicator","spec_version":"2.1","id":"indicator--00000000-0000-4000-8000-{n:012x}","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"bench {n}","pattern":"[ipv4-addr:value = '10.0.0.1']","pattern_type":"stix","valid_from":"2024-01-01T00:00:00Z"}}"#
    )
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(
        store::SqliteStore::open(&dir.path().join("bench.db"), Arc::new(SystemClock)).unwrap(),
    );
    let collection = rt.block_on(async {
        Center::initialize(
            store.clone(),
            Arc::new(SystemClock),
            Arc::new(domain::SystemRandomness),
            "bench",
        )
        .await
        .unwrap();
        store.center().await.unwrap().unwrap().default_collection
    });
    let mut next = 0u64;
    let mut g = c.benchmark_group("store_insert");
    g.throughput(Throughput::Elements(1_000));
    g.sample_size(20);
    g.bench_function("1000 indicators per transaction", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let items: Vec<Submitted> = (0..1_000)
                    .map(|_| {
                        next += 1;
                        let obj = stix::StixObject::parse(&indicator(next)).unwrap();
                        Submitted::Valid(domain::service::new_object(
                            &obj,
                            Releasability::new(MemberId(1), Release::Green),
                        ))
                    })
                    .collect();
                let w = WriteRequest {
                    status_id: uuid::Uuid::new_v4(),
                    collection,
                    member: MemberId(1),
                    user: UserId(1),
                    request_timestamp: 0,
                    items,
                    audit: None,
                    feed: None,
                };
                let t = Instant::now();
                let st = rt.block_on(store.write_objects(w)).unwrap();
                total += t.elapsed();
                assert_eq!(st.success_count, 1_000);
            }
            total
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
