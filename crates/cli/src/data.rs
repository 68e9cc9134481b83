//! Moving intelligence and whole centers: import, export, migrate.

use super::*;

#[derive(Args)]
pub(crate) struct ImportArgs {
    /// STIX bundles, TAXII envelopes, JSON lists of objects, or single objects.
    #[arg(required = true)]
    pub(crate) files: Vec<PathBuf>,
    /// The user the objects are submitted as; their member is the originator.
    #[arg(long = "as", default_value = "admin")]
    pub(crate) as_user: String,
    /// Collection id or alias.
    #[arg(long, default_value = "shared")]
    pub(crate) collection: String,
}

#[derive(Args)]
pub(crate) struct ExportArgs {
    /// The member whose view is exported.
    #[arg(long)]
    pub(crate) member: String,
    /// Write here instead of standard output.
    #[arg(long, short)]
    pub(crate) output: Option<PathBuf>,
}

#[derive(Args)]
pub(crate) struct MigrateArgs {
    /// Move a center: the source, sqlite:PATH, where PATH is the data directory or its
    /// liaison.db file (with --to).
    #[arg(long, requires = "to")]
    pub(crate) from: Option<String>,
    /// The target of a move: an empty PostgreSQL database, postgres://...
    #[arg(long, requires = "from")]
    pub(crate) to: Option<String>,
    /// Without --from/--to, the center's store is brought to this binary's schema; with this,
    /// only the migrations it lacks are listed, and nothing changes.
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub(crate) dry_run: bool,
}

pub(crate) async fn import(s: &Settings, args: ImportArgs) -> Result<()> {
    let center = open_center(s).await?;
    let actor = center.console_actor(&args.as_user).await?;
    let mut texts = Vec::new();
    for f in &args.files {
        let t =
            std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?;
        texts.push((f.clone(), t));
    }
    let mut docs = Vec::new();
    let mut total = 0usize;
    for (f, t) in &texts {
        let objects =
            stix::split_document(t).map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?;
        total += objects.len();
        docs.push((f, objects));
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} objects {per_sec} {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let (mut stored, mut again, mut refused) = (0u64, 0u64, Vec::new());
    for (f, objects) in docs {
        for chunk in objects.chunks(1_000) {
            let st = center.submit(&actor, &args.collection, chunk).await?;
            for d in &st.successes {
                if d.message.is_some() {
                    again += 1;
                } else {
                    stored += 1;
                }
            }
            for d in st.failures {
                refused.push(format!(
                    "{}: {}",
                    f.display(),
                    d.message.unwrap_or_default()
                ));
            }
            bar.inc(chunk.len() as u64);
        }
    }
    bar.finish_and_clear();
    println!(
        "Imported {total} objects: {stored} stored, {again} already stored, {} refused",
        refused.len()
    );
    for r in refused.iter().take(50) {
        println!("  refused: {r}");
    }
    if refused.len() > 50 {
        println!("  ... and {} more", refused.len() - 50);
    }
    Ok(())
}

pub(crate) async fn export(s: &Settings, args: ExportArgs) -> Result<()> {
    use std::io::Write;
    let center = open_center(s).await?;
    let member = center.member_by_name(&args.member).await?;
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout())),
    };
    write!(
        out,
        "{{\"type\":\"bundle\",\"id\":\"bundle--{}\",\"objects\":[",
        uuid::Uuid::new_v4()
    )?;
    let mut after = None;
    let mut first = true;
    let mut n = 0u64;
    let mut exported = std::collections::HashSet::new();
    loop {
        let page = center
            .export_page(Authority::Console, &member, after, 5_000)
            .await?;
        for o in &page.objects {
            // An object version held in several collections goes into the bundle once.
            if !exported.insert((o.stix_id.clone(), o.version.clone())) {
                continue;
            }
            if !first {
                out.write_all(b",")?;
            }
            first = false;
            out.write_all(o.body.as_deref().unwrap_or("null").as_bytes())?;
            n += 1;
        }
        after = page.objects.last().map(|o| o.date_added);
        if !page.more {
            break;
        }
    }
    writeln!(out, "]}}")?;
    out.flush()?;
    eprintln!("Exported {n} object versions visible to {}", member.name);
    Ok(())
}

/// Brings the configured store to this binary's schema, or lists what that would run.
async fn upgrade(s: &Settings, dry_run: bool) -> Result<()> {
    let pending = match &s.database {
        None => {
            let db = s.data_dir.join("liaison.db");
            if !db.exists() {
                bail!("no center in {}", s.data_dir.display());
            }
            store::schema::pending_sqlite(&db)?
        }
        Some(url) => store::schema::pending_postgres(url).await?,
    };
    if pending.is_empty() {
        println!("{} is at this binary's schema: nothing to run", location(s));
        return Ok(());
    }
    if dry_run {
        println!(
            "{} migrations would run on {} (nothing was changed):",
            pending.len(),
            location(s)
        );
        for m in &pending {
            println!("  {m}");
        }
        println!("Back up first (`liaison backup`): to roll back, restore that backup.");
        return Ok(());
    }
    // Opening the store runs what it lacks, in one transaction per migration.
    drop(open_store(s).await?);
    println!("Ran {} migrations on {}:", pending.len(), location(s));
    for m in &pending {
        println!("  {m}");
    }
    Ok(())
}

pub(crate) async fn migrate(s: &Settings, args: MigrateArgs) -> Result<()> {
    let (Some(from), Some(to)) = (&args.from, &args.to) else {
        return upgrade(s, args.dry_run).await;
    };
    let Some(source) = from.strip_prefix("sqlite:") else {
        bail!("--from takes sqlite:PATH (the data directory or its liaison.db)");
    };
    if !to.starts_with("postgres://") && !to.starts_with("postgresql://") {
        bail!("--to takes a PostgreSQL URL such as postgres://user@host/db");
    }
    eprintln!(
        "Stop every `liaison serve` of this center before migrating; the copy is taken from one snapshot."
    );
    let target = store::PgStore::connect(to).await?;
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg:>24} {bar:40} {pos}/{len} rows")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let mut progress = |table: &str, done: u64, total: u64| {
        bar.set_message(table.to_string());
        bar.set_length(total);
        bar.set_position(done);
    };
    let reports =
        store::migrate::sqlite_to_postgres(std::path::Path::new(source), &target, &mut progress)
            .await?;
    bar.finish_and_clear();
    println!("{:<24} {:>10} {:>10}  sha256", "table", "source", "target");
    for r in &reports {
        println!(
            "{:<24} {:>10} {:>10}  {}",
            r.table,
            r.source_rows,
            r.target_rows,
            if r.matches() {
                &r.target_sha256
            } else {
                "MISMATCH"
            }
        );
    }
    println!("Verified: every table's rows and checksums match. Serve with --database {to}");
    println!(
        "The deconfliction key is not in the database: give every node that serves it the file deconfliction.key from the source's data directory (--deconfliction-key FILE)."
    );
    Ok(())
}
