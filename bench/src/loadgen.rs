//! Drives a running Liaison server with several concurrent TAXII clients and prints figures:
//! ingest, paging, `GET object` latency and server memory, next to the ceiling of raw store
//! inserts measured in the same run for the same rows, envelope size and concurrency.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::Parser;
use domain::store::{NewObject, Submitted, WriteRequest};
use domain::{MemberId, Releasability, Release, Store, SystemClock, UserId};
use serde_json::Value;

mod corpus;

#[derive(Parser)]
#[command(about = "Load generator for a running liaison serve")]
struct Args {
    /// Base URL, e.g. http://127.0.0.1:8080; several, comma-separated, to spread the clients
    /// over nodes sharing one database.
    #[arg(long, value_delimiter = ',')]
    url: Vec<String>,
    #[arg(long, default_value = "admin")]
    user: String,
    #[arg(long)]
    password: String,
    /// Objects to ingest.
    #[arg(short, default_value_t = 100_000)]
    n: u32,
    /// Concurrent clients.
    #[arg(long, default_value_t = 4)]
    clients: u32,
    /// Objects per envelope.
    #[arg(long, default_value_t = 1_000)]
    envelope: u32,
    /// Server process ids, to report their memory.
    #[arg(long, value_delimiter = ',')]
    pid: Vec<u32>,
    /// Mark every second indicator TLP:AMBER with no release list, so other members do not see it.
    #[arg(long)]
    half_amber: bool,
    /// Also page as this user (of another member), with its password, to measure paging with
    /// the visibility rule filtering out what the reader may not see.
    #[arg(long, requires = "reader_password")]
    reader_user: Option<String>,
    #[arg(long)]
    reader_password: Option<String>,
    /// Measure the store ceiling on this (empty) PostgreSQL database instead of a SQLite file;
    /// with --ceiling-parts, three of them, comma-separated, one per measurement.
    #[arg(long, value_delimiter = ',')]
    ceiling_database: Vec<String>,
    /// Measure the ceiling three times on fresh stores: as the server writes; without the
    /// correlation keys (no normalised keys, no key counts); and without the keys nor the
    /// search text. This prices correlation and search apart, on the same rows.
    #[arg(long)]
    ceiling_parts: bool,
    /// Skip the store ceiling measurement.
    #[arg(long)]
    no_ceiling: bool,
    /// Realistic values: IP addresses drawn from a skewed distribution (a few values very
    /// common, most rare) and names of two words from a small vocabulary; then measure
    /// "what correlates with X" and two-word searches with facets.
    #[arg(long)]
    fusion: bool,
    /// Also time the web pages (signed in as --user), 30 requests each.
    #[arg(long)]
    pages: bool,
    /// Instead of generated indicators, post the real public STIX in this directory (made by
    /// interop/corpus/fetch.sh) and compare with the store ceiling for the same objects.
    #[arg(long)]
    corpus: Option<std::path::PathBuf>,
}

/// The vocabulary fusion names are drawn from.
const WORDS: [&str; 40] = [
    "harbor", "falcon", "ember", "quartz", "willow", "north", "delta", "copper", "signal", "raven",
    "cedar", "atlas", "orbit", "lantern", "marble", "summit", "tundra", "vector", "bramble",
    "cobalt", "dune", "fjord", "glacier", "hollow", "iris", "jasper", "kestrel", "lagoon",
    "meadow", "nimbus", "onyx", "pylon", "quarry", "ridge", "sierra", "thistle", "umber", "violet",
    "warden", "zephyr",
];

/// A well-mixed number from `n`, so the generated values look random but are repeatable.
fn mix(n: u32) -> u64 {
    let mut x = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^= x >> 31;
    x.wrapping_mul(0xBF58_476D_1CE4_E5B9) ^ (x >> 29)
}

const TAXII: &str = "application/taxii+json;version=2.1";

/// Random UUIDv4 ids, as real producers use: B-tree inserts land all over the index.
fn ids(n: u32) -> Arc<Vec<String>> {
    Arc::new(
        (0..n)
            .map(|_| format!("indicator--{}", uuid::Uuid::new_v4()))
            .collect(),
    )
}

fn indicator(ids: &[String], n: u32, half_amber: bool, fusion: bool) -> String {
    let id = ids.get(n as usize).map_or("", String::as_str);
    let marking = if half_amber && n % 2 == 1 {
        r#","object_marking_refs":["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"]"#
    } else {
        ""
    };
    let (name, value) = if fusion {
        // One value in four is shared; cubing a uniform draw makes low values common.
        let m = mix(n);
        let u = (m % 1_000_000) as f64 / 1_000_000.0;
        let v = (u * u * u * f64::from(n.max(4) / 4)) as u32;
        let w = |k: u64| {
            WORDS
                .get((k % WORDS.len() as u64) as usize)
                .copied()
                .unwrap_or("x")
        };
        (format!("{} {} {n}", w(m >> 20), w(m >> 40)), v)
    } else {
        (format!("bench {n}"), n)
    };
    format!(
        r#"{{"type":"indicator","spec_version":"2.1","id":"{id}","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"{name}","pattern":"[ipv4-addr:value = '10.{}.{}.{}']","pattern_type":"stix","valid_from":"2024-01-01T00:00:00Z"{marking}}}"#,
        (value >> 16) & 255,
        (value >> 8) & 255,
        value & 255
    )
}

fn rss_mb(pid: u32) -> Option<f64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

async fn ingest(args: &Args, ids: &Arc<Vec<String>>, http: &reqwest::Client) -> Result<Duration> {
    let per_client = args.n / args.clients;
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..args.clients {
        // Clients are spread over the nodes.
        let base = args
            .url
            .get(c as usize % args.url.len())
            .context("no --url")?;
        let url = format!("{base}/taxii2/exchange/collections/shared/objects/");
        let (http, user, pw) = (http.clone(), args.user.clone(), args.password.clone());
        let (envelope, ids, half, fusion) =
            (args.envelope, ids.clone(), args.half_amber, args.fusion);
        tasks.push(tokio::spawn(async move {
            let first = c * per_client;
            let mut i = first;
            while i < first + per_client {
                let end = (i + envelope).min(first + per_client);
                let body = format!(
                    "{{\"objects\":[{}]}}",
                    (i..end)
                        .map(|n| indicator(&ids, n, half, fusion))
                        .collect::<Vec<_>>()
                        .join(",")
                );
                let r = http
                    .post(&url)
                    .basic_auth(&user, Some(&pw))
                    .header("Accept", TAXII)
                    .header("Content-Type", TAXII)
                    .body(body)
                    .send()
                    .await?;
                if r.status() != 202 {
                    bail!("POST answered {}: {}", r.status(), r.text().await?);
                }
                let st: Value = r.json().await?;
                if st["status"] != "complete" || st["success_count"] != u64::from(end - i) {
                    bail!("unexpected status {st}");
                }
                i = end;
            }
            Ok(())
        }));
    }
    for t in tasks {
        t.await??;
    }
    Ok(start.elapsed())
}

async fn page_all(
    args: &Args,
    http: &reqwest::Client,
    endpoint: &str,
    (user, password): (&str, &str),
) -> Result<(u64, Duration)> {
    let base = format!(
        "{}/taxii2/exchange/collections/shared/{endpoint}/?match[type]=indicator&limit=10000",
        args.url.first().context("no --url")?
    );
    let start = Instant::now();
    let mut n = 0u64;
    let mut next: Option<String> = None;
    loop {
        let url = match &next {
            Some(c) => format!("{base}&next={c}"),
            None => base.clone(),
        };
        let r = http
            .get(&url)
            .basic_auth(user, Some(password))
            .header("Accept", TAXII)
            .send()
            .await?;
        if r.status() != 200 {
            bail!(
                "GET {endpoint} answered {}: {}",
                r.status(),
                r.text().await?
            );
        }
        let j: Value = r.json().await?;
        n += j["objects"].as_array().map_or(0, |a| a.len() as u64);
        if j["more"] != true {
            break;
        }
        next = j["next"].as_str().map(str::to_string);
    }
    Ok((n, start.elapsed()))
}

async fn get_latency(
    args: &Args,
    ids: &[String],
    http: &reqwest::Client,
    count: u32,
) -> Result<Vec<Duration>> {
    let mut lat = Vec::new();
    for k in 0..count {
        let n = (k.wrapping_mul(2_654_435_761)) % args.n;
        let id = ids.get(n as usize).context("id")?;
        let base = args
            .url
            .get(k as usize % args.url.len())
            .context("no --url")?;
        let url = format!("{base}/taxii2/exchange/collections/shared/objects/{id}/");
        let t = Instant::now();
        let r = http
            .get(&url)
            .basic_auth(&args.user, Some(&args.password))
            .header("Accept", TAXII)
            .send()
            .await?;
        let status = r.status();
        let _ = r.bytes().await?;
        lat.push(t.elapsed());
        if status != 200 {
            bail!("GET object answered {status}");
        }
    }
    lat.sort();
    Ok(lat)
}

/// "What correlates with X" for 500 objects, and 300 two-word searches with facets.
async fn fusion_latency(args: &Args, ids: &[String], http: &reqwest::Client) -> Result<()> {
    let base = args.url.first().context("no --url")?;
    let get = |url: String| async move {
        let t = Instant::now();
        let r = http
            .get(&url)
            .basic_auth(&args.user, Some(&args.password))
            .send()
            .await?;
        let status = r.status();
        let v: serde_json::Value = r.json().await?;
        if status != 200 {
            bail!("{url} answered {status}: {v}");
        }
        anyhow::Ok((t.elapsed(), v))
    };
    let (mut lat, mut found) = (Vec::new(), 0usize);
    for k in 0..500u32 {
        let n = k.wrapping_mul(2_654_435_761) % args.n;
        let id = ids.get(n as usize).context("id")?;
        let (t, v) = get(format!("{base}/api/v1/objects/{id}/correlations")).await?;
        found += v["correlations"].as_array().map_or(0, Vec::len);
        lat.push(t);
    }
    lat.sort();
    println!(
        "correlations of 500 objects: {found} links found; p50 {:.3} ms, p99 {:.3} ms",
        percentile(&lat, 0.5).as_secs_f64() * 1e3,
        percentile(&lat, 0.99).as_secs_f64() * 1e3
    );
    let (mut lat, mut hits) = (Vec::new(), 0usize);
    for k in 0..300u64 {
        let w = |x: u64| {
            WORDS
                .get((x % WORDS.len() as u64) as usize)
                .copied()
                .unwrap_or("x")
        };
        let q = format!("{}%20{}", w(mix(k as u32) >> 20), w(mix(k as u32) >> 40));
        let (t, v) = get(format!("{base}/api/v1/search?q={q}&limit=50")).await?;
        hits += v["facets"]["type"][0]["count"].as_u64().unwrap_or(0) as usize;
        lat.push(t);
    }
    lat.sort();
    println!(
        "two-word search with facets, 300 queries: {:.0} matches on average; p50 {:.3} ms, p99 {:.3} ms",
        hits as f64 / 300.0,
        percentile(&lat, 0.5).as_secs_f64() * 1e3,
        percentile(&lat, 0.99).as_secs_f64() * 1e3
    );
    Ok(())
}

/// The web pages, signed in as `--user`: 30 requests each, timed at the client on loopback.
async fn page_latency(args: &Args, ids: &[String]) -> Result<()> {
    let base = args.url.first().context("no --url")?;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let r = http
        .post(format!("{base}/sign-in"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "username={}&password={}",
            args.user,
            args.password.replace('+', "%2B").replace('&', "%26")
        ))
        .send()
        .await?;
    let cookie = r
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .context("signing in gave no session cookie")?
        .to_string();
    let id = ids.get(ids.len() / 2).context("id")?;
    let q = if args.fusion {
        "falcon%20harbor"
    } else {
        "indicator"
    };
    let pages = [
        "/".to_string(),
        format!("/search?q={q}"),
        format!("/objects/{id}"),
        "/rfis".into(),
        "/groups".into(),
        "/map".into(),
        "/governance".into(),
        "/meetings".into(),
        "/statistics".into(),
        "/admin".into(),
        "/audit".into(),
    ];
    for page in pages {
        let mut lat = Vec::new();
        for _ in 0..30 {
            let t = Instant::now();
            let r = http
                .get(format!("{base}{page}"))
                .header("cookie", &cookie)
                .send()
                .await?;
            let status = r.status();
            r.bytes().await?;
            if status != 200 {
                bail!("{page} answered {status}");
            }
            lat.push(t.elapsed());
        }
        lat.sort();
        println!(
            "page {page}: p50 {:.1} ms, p99 {:.1} ms",
            percentile(&lat, 0.5).as_secs_f64() * 1e3,
            percentile(&lat, 0.99).as_secs_f64() * 1e3
        );
    }
    Ok(())
}

/// What a ceiling measurement leaves out of the rows it writes.
#[derive(Clone, Copy, PartialEq)]
enum Without {
    Nothing,
    Keys,
    KeysAndText,
}

/// The ceiling: the same rows written straight into a fresh store, already validated, with the
/// same envelope size and concurrency, no HTTP.
async fn store_ceiling(args: &Args, without: Without, database: Option<&str>) -> Result<Duration> {
    let ids = ids(args.n);
    let (store, collection, _dir) = fresh_store(database).await?;
    let per_client = args.n / args.clients;
    // Prepare rows outside the timing.
    let mut batches: Vec<Vec<NewObject>> = Vec::new();
    for c in 0..args.clients {
        let first = c * per_client;
        let mut i = first;
        while i < first + per_client {
            let end = (i + args.envelope).min(first + per_client);
            batches.push(
                (i..end)
                    .map(|n| {
                        let obj = stix::StixObject::parse(&indicator(
                            &ids,
                            n,
                            args.half_amber,
                            args.fusion,
                        ))?;
                        let mut row = domain::service::new_object(
                            &obj,
                            Releasability::new(MemberId(1), Release::Green),
                        );
                        if without != Without::Nothing {
                            row.keys.clear();
                        }
                        if without == Without::KeysAndText {
                            row.text.clear();
                        }
                        Ok(row)
                    })
                    .collect::<Result<Vec<_>>>()?,
            );
            i = end;
        }
    }
    let per_task = batches.len().div_ceil(args.clients as usize);
    let start = Instant::now();
    let mut tasks = Vec::new();
    let mut it = batches.into_iter();
    for _ in 0..args.clients {
        let mine: Vec<Vec<NewObject>> = it.by_ref().take(per_task).collect();
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            for b in mine {
                write_envelope(&store, collection, b).await?;
            }
            anyhow::Ok(())
        }));
    }
    for t in tasks {
        t.await??;
    }
    Ok(start.elapsed())
}

/// A new center on an empty store for a ceiling: a SQLite file in a directory that lives as
/// long as the returned guard, or the (empty) PostgreSQL database given.
pub(crate) async fn fresh_store(
    database: Option<&str>,
) -> Result<(Arc<dyn Store>, domain::CollectionId, tempfile::TempDir)> {
    let dir = tempfile::tempdir()?;
    let store: Arc<dyn Store> = match database {
        Some(url) => Arc::new(store::PgStore::connect(url).await?),
        None => Arc::new(store::SqliteStore::open(
            &dir.path().join("ceiling.db"),
            Arc::new(SystemClock),
        )?),
    };
    domain::Center::initialize(
        store.clone(),
        Arc::new(SystemClock),
        Arc::new(domain::SystemRandomness),
        "ceiling",
    )
    .await?;
    let collection = store.center().await?.context("center")?.default_collection;
    Ok((store, collection, dir))
}

/// Writes one envelope's rows straight into the store, with the audit entry the server records
/// for a submission, so the ceiling pays for the audit chain as the server does.
pub(crate) async fn write_envelope(
    store: &Arc<dyn Store>,
    collection: domain::CollectionId,
    b: Vec<NewObject>,
) -> Result<domain::store::Status> {
    Ok(store
        .write_objects(WriteRequest {
            status_id: uuid::Uuid::new_v4(),
            collection,
            member: MemberId(1),
            user: UserId(1),
            request_timestamp: 0,
            audit: Some(domain::audit::NewAuditEntry {
                at: 0,
                actor: domain::audit::AuditActor::console(),
                action: "objects.submit".into(),
                subject: collection.0.to_string(),
                detail: serde_json::json!({
                    "objects": b.iter().map(|o| serde_json::json!([o.stix_id, o.version.as_ref().map(|v| &v.0)])).collect::<Vec<_>>()
                })
                .to_string(),
            }),
            items: b.into_iter().map(Submitted::Valid).collect(),
            feed: None,
        })
        .await?)
}

/// The ceiling without correlation and without search, next to the full one, and the CPU time
/// of extracting the keys (done by the server while it validates).
async fn ceiling_parts(
    args: &Args,
    full: Option<Duration>,
    db_keys: Option<&str>,
    db_text: Option<&str>,
) -> Result<()> {
    let rate = |d: Duration| f64::from(args.n) / d.as_secs_f64();
    let no_keys = store_ceiling(args, Without::Keys, db_keys).await?;
    let no_text = store_ceiling(args, Without::KeysAndText, db_text).await?;
    let ids = ids(args.n.min(100_000));
    let objects = (0..ids.len() as u32)
        .map(|n| stix::StixObject::parse(&indicator(&ids, n, args.half_amber, args.fusion)))
        .collect::<Result<Vec<_>, _>>()?;
    let t = Instant::now();
    let keys: usize = objects
        .iter()
        .map(|o| domain::keys::object_keys(o).len())
        .sum();
    let extract = t.elapsed();
    println!(
        "store ceiling without correlation keys: {:>8.0} objects/s ({:.2} s)",
        rate(no_keys),
        no_keys.as_secs_f64()
    );
    println!(
        "store ceiling without keys nor search text: {:>8.0} objects/s ({:.2} s)",
        rate(no_text),
        no_text.as_secs_f64()
    );
    if let Some(full) = full {
        println!(
            "correlation's cost at the store: ceiling without keys / with keys = {:.2}x",
            no_keys.as_secs_f64().recip() / full.as_secs_f64().recip()
        );
    }
    println!(
        "key extraction: {:.2} us per object on one core ({keys} keys from {} objects)",
        extract.as_secs_f64() * 1e6 / objects.len() as f64,
        objects.len()
    );
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    server::install_crypto();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(64)
        .build()?;
    let rate = |n: u64, d: Duration| n as f64 / d.as_secs_f64();
    println!(
        "N = {}, {} clients, {} objects per envelope, {} node(s)",
        args.n,
        args.clients,
        args.envelope,
        args.url.len()
    );
    let database = |i: usize| args.ceiling_database.get(i).map(String::as_str);
    if let Some(dir) = &args.corpus {
        return corpus::run(
            dir,
            args.url.first().context("no --url")?,
            &args.user,
            &args.password,
            args.envelope as usize,
            args.clients as usize,
            database(0),
        )
        .await;
    }
    let ceiling = if args.no_ceiling {
        None
    } else {
        Some(store_ceiling(&args, Without::Nothing, database(0)).await?)
    };
    if args.ceiling_parts {
        ceiling_parts(&args, ceiling, database(1), database(2)).await?;
    }
    let ids = ids(args.n);
    let t = ingest(&args, &ids, &http).await?;
    let ingest_rate = rate(u64::from(args.n), t);
    println!(
        "ingest (HTTP, validated, durably committed): {ingest_rate:>10.0} objects/s  ({:.2} s)",
        t.as_secs_f64()
    );
    if let Some(c) = ceiling {
        let c_rate = rate(u64::from(args.n), c);
        println!(
            "store ceiling (same rows, no HTTP/validation): {c_rate:>8.0} objects/s  ({:.2} s)",
            c.as_secs_f64()
        );
        println!("ingest / ceiling: {:.0}%", 100.0 * ingest_rate / c_rate);
    }
    let me = (args.user.as_str(), args.password.as_str());
    let (n, t) = page_all(&args, &http, "objects", me).await?;
    if n != u64::from(args.n) {
        bail!("paging returned {n} objects, expected {}", args.n);
    }
    let unfiltered = rate(n, t);
    println!(
        "paging objects (limit=10000): {:>10.0} objects/s  ({n} objects, {:.2} s)",
        rate(n, t),
        t.as_secs_f64()
    );
    if let (Some(u), Some(p)) = (&args.reader_user, &args.reader_password) {
        let (seen, t) = page_all(&args, &http, "objects", (u, p)).await?;
        let filtered = rate(seen, t);
        println!(
            "paging as another member (sees {seen} of {}): {filtered:>8.0} objects/s ({:.2} s); unfiltered / filtered rate: {:.2}x",
            args.n,
            t.as_secs_f64(),
            unfiltered / filtered
        );
    }
    let (n, t) = page_all(&args, &http, "manifest", me).await?;
    println!(
        "paging manifest (limit=10000): {:>9.0} records/s  ({n} records, {:.2} s)",
        rate(n, t),
        t.as_secs_f64()
    );
    let lat = get_latency(&args, &ids, &http, 2_000).await?;
    println!(
        "GET object latency over 2000 requests: p50 {:.3} ms, p90 {:.3} ms, p99 {:.3} ms",
        percentile(&lat, 0.5).as_secs_f64() * 1e3,
        percentile(&lat, 0.9).as_secs_f64() * 1e3,
        percentile(&lat, 0.99).as_secs_f64() * 1e3
    );
    if args.fusion {
        fusion_latency(&args, &ids, &http).await?;
    }
    if args.pages {
        page_latency(&args, &ids).await?;
    }
    for pid in &args.pid {
        if let Some(mb) = rss_mb(*pid) {
            println!("server {pid} RSS: {mb:.0} MB");
        }
    }
    Ok(())
}
