//! Deconfliction at scale (issue 19's figures), in process on a fresh store: registering many
//! selectors through `Center::add_selectors` (normalised, digested, matched and stored in
//! lists of 10,000); then the time from a second member's registration to both notices
//! stored (they are written in the registration's own transaction, so its return is that
//! moment), p50 and p99 over repeated single registrations; the same for events among many
//! registered events. Optionally with intelligence stored first (`--objects`).
//!
//! `cargo run --release --locked -p liaison-bench --bin deconfliction -- [--selectors N]
//! [--events N] [--objects N] [--samples N] [--postgres]`

use std::time::{Duration, Instant};

use anyhow::Result;
use clap::Parser;
use domain::Role;
use domain::operations::{EventDraft, SelectorDraft};
use domain::service::Authority;

#[path = "fresh.rs"]
mod fresh;

#[derive(Parser)]
struct Args {
    /// Selectors registered before the latency is measured.
    #[arg(long, default_value_t = 1_000_000)]
    selectors: usize,
    /// Events registered before the event latency is measured.
    #[arg(long, default_value_t = 100_000)]
    events: usize,
    /// Indicators stored first (each carries a phone number of its own).
    #[arg(long, default_value_t = 0)]
    objects: usize,
    /// Registrations timed for each latency.
    #[arg(long, default_value_t = 300)]
    samples: usize,
    /// A new PostgreSQL database on the local server (dropped afterwards) instead of SQLite.
    #[arg(long)]
    postgres: bool,
}

fn phone(n: usize) -> String {
    format!("+44 20 {:04} {:04}", n / 10_000 % 10_000, n % 10_000)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1_000.0
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let mut fresh = fresh::center(args.postgres).await?;
    let backend = fresh.backend;
    let center = &mut fresh.center;
    center.use_deconfliction_key([42; 32]).await?;
    // A million selectors in an hour is the operators' import, not a member's client.
    center.set_registrations_per_hour(u32::MAX);
    for (member, user) in [("alpha", "ann"), ("bravo", "bob")] {
        center
            .add_member(Authority::Console, member, member, false)
            .await?;
        center
            .add_user(Authority::Console, member, user, vec![Role::Analyst], None)
            .await?;
    }
    let ann = center.console_actor("ann").await?;
    let bob = center.console_actor("bob").await?;

    if args.objects > 0 {
        let started = Instant::now();
        let mut n = 0;
        while n < args.objects {
            let envelope: Vec<String> = (n..(n + 1_000).min(args.objects))
                .map(|i| {
                    format!(
                        r#"{{"type":"indicator","spec_version":"2.1","id":"indicator--{:08x}-0000-4000-8000-{:012x}","created":"2020-01-01T00:00:00.000Z","modified":"2020-01-01T00:00:00.000Z","name":"courier line {i}","pattern":"[x-phone:value = '+3312{i:08}']","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z"}}"#,
                        i / 1_000_000, i
                    )
                })
                .collect();
            let refs: Vec<&str> = envelope.iter().map(String::as_str).collect();
            center.submit(&ann, "shared", &refs).await?;
            n += 1_000;
        }
        println!(
            "{backend}: stored {} indicators first in {:.1} s",
            args.objects,
            started.elapsed().as_secs_f64()
        );
    }

    // 1. Registering selectors: alpha's operation takes them all.
    let alpha = center
        .register_operation(&ann, "Harbour sweep", "Alpha duty desk")
        .await?;
    let started = Instant::now();
    let mut n = 0;
    while n < args.selectors {
        let list: Vec<SelectorDraft> = (n..(n + domain::operations::MOST_PER_REQUEST)
            .min(args.selectors))
            .map(|i| SelectorDraft {
                kind: "phone".into(),
                value: phone(i),
                reference: None,
            })
            .collect();
        let t = Instant::now();
        center.add_selectors(&ann, alpha.id, &list).await?;
        n += list.len();
        if n % 100_000 == 0 {
            eprintln!(
                "  {n} selectors, the last {} in {:.0} ms",
                list.len(),
                ms(t.elapsed())
            );
        }
    }
    let took = started.elapsed();
    println!(
        "{backend}: registered {} selectors in {:.1} s: {:.0} selectors/s",
        args.selectors,
        took.as_secs_f64(),
        args.selectors as f64 / took.as_secs_f64().max(1e-9)
    );

    // 2. A second member registers one of them: the time to both notices.
    let bravo = center
        .register_operation(&bob, "Kelvra watch", "Bravo night desk")
        .await?;
    let mut times = Vec::with_capacity(args.samples);
    for s in 0..args.samples {
        let i = (s * 7_919) % args.selectors.max(1);
        // Written another way, as another member would type it.
        let value = phone(i).replace("+44 20 ", "0044 (0)20 ");
        let t = Instant::now();
        let r = center
            .add_selectors(
                &bob,
                bravo.id,
                &[SelectorDraft {
                    kind: "phone".into(),
                    value,
                    reference: None,
                }],
            )
            .await?;
        times.push(t.elapsed());
        anyhow::ensure!(
            r.deconflictions.len() == 1 || r.already == 1,
            "sample {s} met {} operations",
            r.deconflictions.len()
        );
    }
    times.sort();
    println!(
        "{backend}: second registration to both notices, {} samples among {} selectors: p50 {:.2} ms, p99 {:.2} ms",
        args.samples,
        args.selectors,
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99))
    );

    // 3. Events: alpha's many events over a country for a year, then bravo's, one at a time.
    let event = |i: usize, lat: f64, lon: f64| EventDraft {
        kind: "surveillance".into(),
        latitude: Some(lat),
        longitude: Some(lon),
        location: None,
        radius_m: Some(300.0),
        starts: stix::timestamp::taxii_timestamp(
            1_830_000_000_000_000 + (i as i64 % 8_760) * 3_600_000_000,
        ),
        ends: stix::timestamp::taxii_timestamp(
            1_830_000_000_000_000 + (i as i64 % 8_760) * 3_600_000_000 + 4 * 3_600_000_000,
        ),
        reference: None,
    };
    let place = |i: usize| {
        // A grid over about 500 km by 500 km.
        (
            48.0 + (i % 1_000) as f64 * 0.0045,
            0.0 + (i / 1_000 % 1_000) as f64 * 0.0068,
        )
    };
    let started = Instant::now();
    let mut n = 0;
    while n < args.events {
        let list: Vec<EventDraft> = (n..(n + 5_000).min(args.events))
            .map(|i| {
                let (lat, lon) = place(i);
                event(i, lat, lon)
            })
            .collect();
        center.add_events(&ann, alpha.id, &list).await?;
        n += list.len();
    }
    println!(
        "{backend}: registered {} events in {:.1} s",
        args.events,
        started.elapsed().as_secs_f64()
    );
    let mut times = Vec::with_capacity(args.samples);
    let mut met = 0;
    for s in 0..args.samples {
        let i = (s * 7_919) % args.events.max(1);
        let (lat, lon) = place(i);
        let t = Instant::now();
        let r = center
            .add_events(&bob, bravo.id, &[event(i, lat + 0.001, lon)])
            .await?;
        times.push(t.elapsed());
        met += r.deconflictions.len();
    }
    times.sort();
    println!(
        "{backend}: event registration to both notices, {} samples among {} events ({met} conflicts): p50 {:.2} ms, p99 {:.2} ms",
        args.samples,
        args.events,
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99))
    );
    // The database (PostgreSQL) is dropped with the center.
    drop(fresh);
    Ok(())
}
