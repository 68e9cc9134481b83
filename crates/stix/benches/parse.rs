//! Parse + validate throughput of one core: objects/s and MB/s.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn indicator(n: u32) -> String {
    format!(
        r#"{{"type":"indicator","spec_version":"2.1","id":"indicator--00000000-{:04x}-4{:03x}-8000-{:012x}","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"bench {n}","pattern":"[ipv4-addr:value = '10.{}.{}.{}']","pattern_type":"stix","valid_from":"2024-01-01T00:00:00Z"}}"#,
        n >> 16,
        n & 0xfff,
        n,
        (n >> 16) & 255,
        (n >> 8) & 255,
        n & 255
    )
}

fn bench(c: &mut Criterion) {
    let objects: Vec<String> = (0..10_000).map(indicator).collect();
    let bytes: usize = objects.iter().map(String::len).sum();
    let envelope = format!("{{\"objects\":[{}]}}", objects.join(","));
    for (name, tp) in [
        ("objects", Throughput::Elements(objects.len() as u64)),
        ("bytes", Throughput::Bytes(bytes as u64)),
    ] {
        let mut g = c.benchmark_group(format!("parse_validate_{name}"));
        g.throughput(tp);
        g.bench_function("10k indicators from one envelope", |b| {
            b.iter(|| {
                let parts = stix::split_document(&envelope).unwrap();
                let mut ok = 0;
                for p in parts {
                    if stix::StixObject::parse(p).is_ok() {
                        ok += 1;
                    }
                }
                assert_eq!(ok, 10_000);
            })
        });
        g.finish();
    }
    // For reference: JSON parsing alone, the floor under parse + validate.
    let mut g = c.benchmark_group("json_only_objects");
    g.throughput(Throughput::Elements(objects.len() as u64));
    g.bench_function("10k indicators into serde_json::Value", |b| {
        b.iter(|| {
            let parts = stix::split_document(&envelope).unwrap();
            for p in parts {
                let v: serde_json::Value = serde_json::from_str(p).unwrap();
                std::hint::black_box(v);
            }
        })
    });
    g.finish();
    let mut g = c.benchmark_group("pattern");
    g.throughput(Throughput::Elements(1));
    g.bench_function("parse a compound pattern", |b| {
        b.iter(|| {
            stix::pattern::parse("[ipv4-addr:value = '198.51.100.1' OR domain-name:value IN ('a.example', 'b.example')] AND [file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f'] WITHIN 600 SECONDS").unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
