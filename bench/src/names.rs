//! Names across scripts: precision and recall of the transliteration keys on the CLDR test sets
//! in `bench/names/`, and what the keys cost when an object is stored (the same named objects
//! keyed as a threat actor, which carries them, and as malware, which does not).
//!
//! `cargo run --release --locked -p liaison-bench --bin names`

use std::time::Instant;

use anyhow::{Context, Result};
use domain::transliteration::{Measure, NamePair};

fn set(file: &str) -> Result<Vec<NamePair>> {
    let path = format!("{}/names/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
    NamePair::read_all(&text).map_err(anyhow::Error::msg)
}

fn main() -> Result<()> {
    for (label, file) in [
        ("cities (rules written against)", "pairs.tsv"),
        ("territories (held out)", "territories.tsv"),
    ] {
        let all = set(file)?;
        let mut total = Measure::default();
        for language in ["ar", "fa", "ru"] {
            let these: Vec<&NamePair> = all.iter().filter(|p| p.language == language).collect();
            let m = Measure::of(&these);
            println!(
                "{label:32} {language}: {:4} pairs  recall {:5.1}%  precision {:5.1}%",
                m.transliterations,
                100.0 * m.recall(),
                100.0 * m.precision()
            );
            total = total.and(m);
        }
        println!(
            "{label:32} all: {:4} pairs  recall {:5.1}%  precision {:5.1}%",
            total.transliterations,
            100.0 * total.recall(),
            100.0 * total.precision()
        );
    }

    // The cost: every name of both sets, in both scripts, as an object's name.
    let names: Vec<String> = set("pairs.tsv")?
        .into_iter()
        .chain(set("territories.tsv")?)
        .flat_map(|p| [p.latin, p.name])
        .collect();
    let objects = |kind: &str| -> Result<Vec<stix::StixObject>> {
        names
            .iter()
            .enumerate()
            .map(|(n, name)| {
                let body = serde_json::json!({
                    "type": kind, "spec_version": "2.1",
                    "id": format!("{kind}--{}", uuid::Uuid::from_u128(n as u128 + 1)),
                    "created": "2026-01-01T00:00:00.000Z", "modified": "2026-01-01T00:00:00.000Z",
                    "name": name, "is_family": false,
                });
                stix::StixObject::parse(&body.to_string()).map_err(|e| anyhow::anyhow!("{e}"))
            })
            .collect()
    };
    let time = |objects: &[stix::StixObject]| {
        let rounds = 20;
        let start = Instant::now();
        let mut keys = 0;
        for _ in 0..rounds {
            for o in objects {
                keys += domain::keys::object_keys(o).len();
            }
        }
        let per = start.elapsed().as_secs_f64() * 1e6 / (rounds * objects.len()) as f64;
        (per, keys / rounds)
    };
    let (with, keys_with) = time(&objects("threat-actor")?);
    let (without, keys_without) = time(&objects("malware")?);
    println!(
        "keys of a named object: {with:.2} µs with names across scripts, {without:.2} µs without \
         (+{:.2} µs, {:.1}x); {:.2} keys per object instead of {:.2}",
        with - without,
        with / without,
        keys_with as f64 / names.len() as f64,
        keys_without as f64 / names.len() as f64
    );
    Ok(())
}
