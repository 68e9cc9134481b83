//! Real-corpus ingest: the public STIX of `interop/corpus/fetch.sh` (ATT&CK in STIX 2.0 and
//! 2.1, CAPEC, MISP events through misp-stix, the OASIS examples) posted through TAXII by
//! several clients, against the store ceiling for the same objects measured in the same run.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use domain::store::NewObject;
use domain::{MemberId, Releasability, Release};
use serde_json::Value;

const TAXII: &str = "application/taxii+json;version=2.1";

/// The files taken, in order: one release of each ATT&CK domain in both spec versions (so the
/// 2.0 and 2.1 forms of each version are both stored), CAPEC, the MISP events and the OASIS
/// examples. The older ATT&CK release is left out: with the newer it makes conflicts, which
/// are refusals, not ingest.
fn files(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    let mut out = Vec::new();
    for name in [
        "attack-enterprise-20.json",
        "attack-enterprise-21.json",
        "attack-mobile-20.json",
        "attack-mobile-21.json",
        "attack-ics-20.json",
        "attack-ics-21.json",
        "capec-20.json",
    ] {
        out.push(dir.join(name));
    }
    let mut rest: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                (n.starts_with("misp-") || n.starts_with("oasis-21")) && n.ends_with(".json")
            })
        })
        .collect();
    rest.sort();
    out.extend(rest);
    for p in &out {
        if !p.exists() {
            bail!(
                "{} is missing; run interop/corpus/fetch.sh {}",
                p.display(),
                dir.display()
            );
        }
    }
    Ok(out)
}

/// Every object's text, each (id, version, spec version) once, in file order.
fn objects(dir: &Path) -> Result<Vec<String>> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for f in files(dir)? {
        let text = std::fs::read_to_string(&f)?;
        for raw in
            stix::split_document(&text).map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?
        {
            let v: Value = serde_json::from_str(raw)?;
            let key = (
                v["id"].as_str().unwrap_or_default().to_lowercase(),
                v.get("modified")
                    .or(v.get("created"))
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                v.get("spec_version")
                    .and_then(Value::as_str)
                    .unwrap_or("2.0")
                    .to_string(),
            );
            if seen.insert(key) {
                out.push(raw.to_string());
            }
        }
    }
    Ok(out)
}

/// Envelopes of `size`, dealt to `clients` in turn.
fn deal(objects: &[String], size: usize, clients: usize) -> Vec<Vec<Vec<String>>> {
    let mut per: Vec<Vec<Vec<String>>> = vec![Vec::new(); clients];
    for (k, chunk) in objects.chunks(size).enumerate() {
        per[k % clients].push(chunk.to_vec());
    }
    per
}

async fn ingest(
    url: &str,
    user: &str,
    password: &str,
    per_client: Vec<Vec<Vec<String>>>,
) -> Result<(Duration, u64, u64)> {
    let http = reqwest::Client::new();
    let start = Instant::now();
    let mut tasks = Vec::new();
    for envelopes in per_client {
        let (http, url, user, pw) = (
            http.clone(),
            url.to_string(),
            user.to_string(),
            password.to_string(),
        );
        tasks.push(tokio::spawn(async move {
            let (mut ok, mut refused) = (0u64, 0u64);
            for e in envelopes {
                let r = http
                    .post(&url)
                    .basic_auth(&user, Some(&pw))
                    .header("Accept", TAXII)
                    .header("Content-Type", TAXII)
                    .body(format!("{{\"objects\":[{}]}}", e.join(",")))
                    .send()
                    .await?;
                if r.status() != 202 {
                    bail!("POST answered {}: {}", r.status(), r.text().await?);
                }
                let st: Value = r.json().await?;
                ok += st["success_count"].as_u64().unwrap_or(0);
                refused += st["failure_count"].as_u64().unwrap_or(0);
            }
            anyhow::Ok((ok, refused))
        }));
    }
    let (mut ok, mut refused) = (0, 0);
    for t in tasks {
        let (o, r) = t.await??;
        ok += o;
        refused += r;
    }
    Ok((start.elapsed(), ok, refused))
}

async fn ceiling(
    per_client: Vec<Vec<Vec<String>>>,
    database: Option<&str>,
) -> Result<(Duration, u64)> {
    let (store, collection, _dir) = crate::fresh_store(database).await?;
    // Validated and indexed outside the timing: what the store does with valid rows.
    let batches: Vec<Vec<Vec<NewObject>>> = per_client
        .into_iter()
        .map(|envs| {
            envs.into_iter()
                .map(|e| {
                    e.iter()
                        .filter_map(|raw| stix::StixObject::parse(raw).ok())
                        .map(|o| {
                            domain::service::new_object(
                                &o,
                                Releasability::new(MemberId(1), Release::Green),
                            )
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    let start = Instant::now();
    let mut tasks = Vec::new();
    for envs in batches {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let mut ok = 0u64;
            for b in envs {
                let st = crate::write_envelope(&store, collection, b).await?;
                ok += st.success_count;
            }
            anyhow::Ok(ok)
        }));
    }
    let mut ok = 0;
    for t in tasks {
        ok += t.await??;
    }
    Ok((start.elapsed(), ok))
}

/// Posts the corpus through TAXII and writes it straight into a fresh store; prints both
/// rates and their ratio.
pub async fn run(
    dir: &Path,
    url: &str,
    user: &str,
    password: &str,
    envelope: usize,
    clients: usize,
    database: Option<&str>,
) -> Result<()> {
    let objects = objects(dir)?;
    let bytes: usize = objects.iter().map(String::len).sum();
    println!(
        "real corpus: {} objects ({:.1} MB) from {}, {clients} clients, {envelope} objects per envelope",
        objects.len(),
        bytes as f64 / 1e6,
        dir.display()
    );
    let (c, stored) = ceiling(deal(&objects, envelope, clients), database).await?;
    let url = format!("{url}/taxii2/exchange/collections/shared/objects/");
    let (t, ok, refused) = ingest(&url, user, password, deal(&objects, envelope, clients)).await?;
    let rate = |n: u64, d: Duration| n as f64 / d.as_secs_f64();
    println!(
        "ingest through TAXII: {:>8.0} objects/s ({ok} taken, {refused} refused, {:.2} s)",
        rate(ok, t),
        t.as_secs_f64()
    );
    println!(
        "store ceiling, same objects and envelopes: {:>8.0} objects/s ({stored} stored, {:.2} s)",
        rate(stored, c),
        c.as_secs_f64()
    );
    println!(
        "ingest / ceiling: {:.0}%",
        100.0 * rate(ok, t) / rate(stored, c)
    );
    Ok(())
}
