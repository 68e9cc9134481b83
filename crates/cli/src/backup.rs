//! `liaison backup` and `liaison restore`: one file holds a consistent copy of the center, and
//! its keys sealed apart with a passphrase.
//!
//! The archive (tar) holds, in order: `manifest.json` (what made it, the schema, digests of the
//! other two), the database (`liaison.db`, or `postgres.dump` from `pg_dump`), and
//! `keys.sealed`: the center secret, the audit signing key and the deconfliction key, sealed
//! with Argon2id and XChaCha20-Poly1305, with the database part's digest (so a database
//! swapped in the archive is refused). Neither the SQLite copy nor the PostgreSQL dump holds
//! the center secret or the signing key: the copy has them wiped, and the dump leaves out the
//! data of the two tables they are in (pg_dump copies tables whole), the center's other
//! columns sealed with the keys instead. Members' webhook signing secrets stay in the
//! database part as the database keeps them: sealed with the center secret.

use std::io::{Read, Write};
use std::path::Path;

use domain::audit::hex;
use sha2::Digest;

use super::*;

/// The archive's format. A backup of another format is refused, never guessed at. Format 2
/// seals PostgreSQL's `center` row with the keys (its dump leaves that table out), which a
/// Liaison reading format 1 would not put back.
const FORMAT: u32 = 2;
/// The formats this Liaison restores: 1 (PostgreSQL's dump holding the `center` row) and 2.
const READS: std::ops::RangeInclusive<u32> = 1..=FORMAT;
const MANIFEST: &str = "manifest.json";
const SQLITE_FILE: &str = "liaison.db";
const POSTGRES_FILE: &str = "postgres.dump";
const KEYS_FILE: &str = "keys.sealed";
/// The most a manifest or the sealed keys may weigh: a larger one is no Liaison backup.
const PART_MAX: u64 = 64 * 1024;
/// The shortest passphrase taken: the keys are as safe as it is.
const PASSPHRASE_MIN: usize = 12;

#[derive(Args)]
pub(crate) struct BackupArgs {
    /// The file to write: one archive of the database and the sealed keys.
    pub(crate) file: PathBuf,
    /// Read the passphrase the keys are sealed with from the first line of standard input
    /// (otherwise from LIAISON_BACKUP_PASSPHRASE).
    #[arg(long)]
    pub(crate) passphrase_stdin: bool,
}

#[derive(Args)]
pub(crate) struct RestoreArgs {
    /// The backup file to restore from.
    pub(crate) file: PathBuf,
    /// Read the passphrase from the first line of standard input (otherwise from
    /// LIAISON_BACKUP_PASSPHRASE).
    #[arg(long)]
    pub(crate) passphrase_stdin: bool,
}

#[derive(Serialize, Deserialize)]
struct Manifest {
    liaison_backup: u32,
    liaison_version: String,
    backend: String,
    /// The schema the database was at: a newer one than this binary knows is refused.
    schema: i64,
    center: String,
    created_at: String,
    database: Part,
    keys: Part,
}

#[derive(Serialize, Deserialize)]
struct Part {
    file: String,
    sha256: String,
    bytes: u64,
}

/// The keys as sealed: hex, so the plain text is readable once opened.
#[derive(Serialize, Deserialize)]
struct Keys {
    secret: String,
    signing_key: Option<String>,
    deconfliction_key: Option<String>,
    /// PostgreSQL's `center` row without its secret, whose table the dump leaves out (absent
    /// from SQLite backups and from PostgreSQL ones made before it was left out).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    center_row: Option<store::backup::CenterRow>,
    /// The database part's SHA-256, sealed with the keys: a database swapped in the archive
    /// (its manifest digest recomputed) is refused by whoever holds the passphrase.
    database_sha256: String,
}

fn unhex32(s: &str) -> Result<[u8; 32]> {
    key32(s).context("a key in the backup is not 64 hexadecimal characters")
}

fn passphrase(from_stdin: bool, making: bool) -> Result<String> {
    let p = if from_stdin {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .context("cannot read the passphrase from standard input")?;
        line.trim_end_matches(['\r', '\n']).to_string()
    } else {
        std::env::var("LIAISON_BACKUP_PASSPHRASE").map_err(|_| {
            anyhow::anyhow!(
                "give the passphrase the keys are sealed with: --passphrase-stdin, or LIAISON_BACKUP_PASSPHRASE"
            )
        })?
    };
    if making && p.chars().count() < PASSPHRASE_MIN {
        bail!(
            "the passphrase is shorter than {PASSPHRASE_MIN} characters; the center's keys are only as safe as it is"
        );
    }
    Ok(p)
}

/// SHA-256 and length of a file, read in pieces.
fn digest_file(path: &Path) -> Result<(String, u64)> {
    let mut f =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut h = sha2::Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    let mut n = 0u64;
    loop {
        let k = f
            .read(&mut buf)
            .with_context(|| format!("cannot read {}", path.display()))?;
        if k == 0 {
            break;
        }
        h.update(buf.get(..k).unwrap_or_default());
        n += k as u64;
    }
    Ok((hex(&h.finalize()), n))
}

/// A new file only the center's account reads; one found there already is refused.
fn new_private_file(path: &Path) -> Result<std::fs::File> {
    private_file(path)
        .with_context(|| format!("cannot create {} (it must not exist)", path.display()))
}

/// A scratch directory beside `file`, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn beside(file: &Path) -> Result<Self> {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "backup".into());
        let dir = file
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .join(format!(".{name}.{}.parts", std::process::id()));
        // Only the center's account reads what passes through here (the database before its
        // keys are wiped, the keys before they are sealed); a directory found there already
        // is refused rather than trusted.
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&dir).with_context(|| {
            format!(
                "cannot create {} (remove it if a backup or restore was interrupted)",
                dir.display()
            )
        })?;
        Ok(Self(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub(crate) async fn backup(s: &Settings, args: BackupArgs) -> Result<()> {
    let pass = passphrase(args.passphrase_stdin, true)?;
    if args.file.exists() {
        bail!(
            "{} exists already; name a new file (a backup never overwrites another)",
            args.file.display()
        );
    }
    let scratch = Scratch::beside(&args.file)?;
    let (backend, db_file, db_path, keys, schema, center_row) = match &s.database {
        None => {
            let live = s.data_dir.join(SQLITE_FILE);
            if !live.exists() {
                bail!("no center in {}: nothing to back up", s.data_dir.display());
            }
            let copy = scratch.0.join(SQLITE_FILE);
            store::backup::snapshot_sqlite(&live, &copy)?;
            let keys = store::backup::take_keys(&copy)?;
            let schema = store::backup::sqlite_schema(&copy)?;
            ("sqlite", SQLITE_FILE, copy, keys, schema, None)
        }
        Some(url) => {
            let dump = scratch.0.join(POSTGRES_FILE);
            let out = std::process::Command::new("pg_dump")
                .env_remove("LIAISON_BACKUP_PASSPHRASE")
                .args([
                    "--format=custom",
                    "--no-owner",
                    "--exclude-table-data=center_keys",
                    "--exclude-table-data=center",
                ])
                .arg("--file")
                .arg(&dump)
                .arg(url)
                .output()
                .context("cannot run pg_dump: install PostgreSQL's client tools (the version of the server or newer)")?;
            if !out.status.success() {
                bail!(
                    "pg_dump failed: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                );
            }
            let keys = store::backup::postgres_keys(url).await?;
            let row = store::backup::postgres_center_row(url).await?;
            let (schema, _) = store::backup::postgres_schema(url).await?;
            ("postgres", POSTGRES_FILE, dump, keys, schema, Some(row))
        }
    };
    let deconfliction = deconfliction_key_path(s);
    let deconfliction_key = if deconfliction.exists() {
        Some(
            std::fs::read_to_string(&deconfliction)
                .with_context(|| format!("cannot read {}", deconfliction.display()))?
                .trim()
                .to_string(),
        )
    } else {
        None
    };
    let (db_sha, db_bytes) = digest_file(&db_path)?;
    let plain = serde_json::to_vec(&Keys {
        secret: hex(&keys.secret),
        signing_key: keys.signing_key.map(|k| hex(&k)),
        deconfliction_key,
        center_row: center_row.clone(),
        database_sha256: db_sha.clone(),
    })?;
    let random = domain::SystemRandomness;
    let sealed = domain::auth::seal_with_passphrase(
        &pass,
        domain::random::bytes(&random)?,
        domain::random::bytes(&random)?,
        &plain,
    )?;
    let keys_path = scratch.0.join(KEYS_FILE);
    std::fs::write(&keys_path, &sealed)?;
    let (keys_sha, keys_bytes) = digest_file(&keys_path)?;
    let center = match (&s.database, &center_row) {
        (None, _) => store::backup::sqlite_center_name(&db_path)?,
        (Some(_), Some(row)) => row.name.clone(),
        (Some(_), None) => String::new(),
    };
    let manifest = Manifest {
        liaison_backup: FORMAT,
        liaison_version: env!("CARGO_PKG_VERSION").into(),
        backend: backend.into(),
        schema,
        center: center.clone(),
        created_at: stix::timestamp::taxii_timestamp(
            time::OffsetDateTime::now_utc().unix_timestamp_nanos() as i64 / 1_000,
        ),
        database: Part {
            file: db_file.into(),
            sha256: db_sha,
            bytes: db_bytes,
        },
        keys: Part {
            file: KEYS_FILE.into(),
            sha256: keys_sha,
            bytes: keys_bytes,
        },
    };
    let partial = scratch.0.join("archive");
    {
        let out = new_private_file(&partial)?;
        let mut tar = tar::Builder::new(std::io::BufWriter::new(out));
        let text = serde_json::to_vec_pretty(&manifest)?;
        let mut header = tar::Header::new_gnu();
        header.set_size(text.len() as u64);
        header.set_mode(0o600);
        header.set_cksum();
        tar.append_data(&mut header, MANIFEST, text.as_slice())?;
        tar.append_path_with_name(&db_path, db_file)?;
        tar.append_path_with_name(&keys_path, KEYS_FILE)?;
        let mut w = tar.into_inner()?;
        w.flush()?;
        w.into_inner()
            .map_err(|e| e.into_error())?
            .sync_all()
            .context("cannot write the backup to disk")?;
    }
    // A link, not a rename: a file that appeared at that name meanwhile is not overwritten.
    std::fs::hard_link(&partial, &args.file)
        .with_context(|| format!("cannot write {} (it must not exist)", args.file.display()))?;
    println!(
        "Backed up {} ({backend}, schema {schema}, {} MB of database) to {}; the keys are sealed with your passphrase, which the restore needs",
        if center.is_empty() {
            "the center"
        } else {
            center.as_str()
        },
        db_bytes / 1_000_000,
        args.file.display()
    );
    Ok(())
}

pub(crate) async fn restore(s: &Settings, args: RestoreArgs) -> Result<()> {
    let file = std::fs::File::open(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let mut archive = tar::Archive::new(std::io::BufReader::new(file));
    let not_ours = || {
        anyhow::anyhow!(
            "{} is not a Liaison backup, or it is damaged (it does not begin with its manifest)",
            args.file.display()
        )
    };
    let mut entries = archive.entries().map_err(|_| not_ours())?;
    let mut first = entries
        .next()
        .ok_or_else(not_ours)?
        .map_err(|_| not_ours())?;
    if first.path().ok().as_deref() != Some(Path::new(MANIFEST)) {
        return Err(not_ours());
    }
    let mut text = String::new();
    (&mut first)
        .take(PART_MAX)
        .read_to_string(&mut text)
        .map_err(|_| not_ours())?;
    drop(first);
    #[derive(Deserialize)]
    struct Format {
        liaison_backup: u32,
        liaison_version: Option<String>,
    }
    let format: Format = serde_json::from_str(&text).map_err(|_| not_ours())?;
    if !READS.contains(&format.liaison_backup) {
        bail!(
            "{} is a backup of format {} (made by Liaison {}); this Liaison ({}) reads formats 1 to {FORMAT}: restore it with the version that made it",
            args.file.display(),
            format.liaison_backup,
            format.liaison_version.as_deref().unwrap_or("unknown"),
            env!("CARGO_PKG_VERSION")
        );
    }
    let manifest: Manifest = serde_json::from_str(&text).map_err(|_| not_ours())?;
    let (backend, latest) = match &s.database {
        None => ("sqlite", store::backup::sqlite_schema_latest()),
        Some(url) => ("postgres", store::backup::postgres_schema(url).await?.1),
    };
    if manifest.backend != backend {
        bail!(
            "this is a backup of a {} center; restore it to {}",
            manifest.backend,
            if manifest.backend == "sqlite" {
                "a data directory (--data-dir, without --database)"
            } else {
                "an empty PostgreSQL database (--database)"
            }
        );
    }
    if manifest.schema > latest {
        bail!(
            "this backup was made by a newer Liaison ({}, schema {}; this binary knows up to {latest}): restore it with that version",
            manifest.liaison_version,
            manifest.schema
        );
    }
    // The parts are known by fixed names: a manifest naming any other file (a path out of
    // the scratch directory, say) is no Liaison backup.
    let db_name = if backend == "sqlite" {
        SQLITE_FILE
    } else {
        POSTGRES_FILE
    };
    if manifest.database.file != db_name || manifest.keys.file != KEYS_FILE {
        return Err(not_ours());
    }
    let pass = passphrase(args.passphrase_stdin, false)?;
    // Where the restore goes must hold no center: a restore never overwrites one.
    match &s.database {
        None => {
            if s.data_dir.exists()
                && std::fs::read_dir(&s.data_dir)
                    .with_context(|| format!("cannot read {}", s.data_dir.display()))?
                    .next()
                    .is_some()
            {
                bail!(
                    "{} is not empty: restore into a new, empty data directory (a restore never overwrites a center)",
                    s.data_dir.display()
                );
            }
        }
        Some(url) => {
            if !store::backup::postgres_is_empty(url).await? {
                bail!(
                    "the database already holds a center: restore into a new, empty database (a restore never overwrites a center)"
                );
            }
        }
    }
    let key_file = deconfliction_key_path(s);
    if key_file.exists() {
        bail!(
            "{} exists already; move it away (the backup's deconfliction key goes there)",
            key_file.display()
        );
    }
    // Everything is read and checked beside the target first: a refused restore leaves
    // nothing behind.
    let scratch = Scratch::beside(&s.data_dir)?;
    let unreadable = |what: &str| {
        anyhow::anyhow!(
            "{} is cut short or damaged: its {what} cannot be read whole; restore an earlier backup",
            args.file.display()
        )
    };
    let damaged = |what: &str| {
        anyhow::anyhow!(
            "{} is damaged: its {what} does not match the digest its manifest took; restore an earlier backup",
            args.file.display()
        )
    };
    let mut got_db = None;
    let mut sealed = None;
    for entry in entries {
        let mut entry = entry.map_err(|_| unreadable("archive"))?;
        let name = entry
            .path()
            .map_err(|_| unreadable("archive"))?
            .to_string_lossy()
            .into_owned();
        // Plain files only, no larger than the manifest says (a sparse or linked entry, or a
        // larger one, is not read).
        let regular = entry.header().entry_type() == tar::EntryType::Regular;
        let size = entry.header().size().unwrap_or(u64::MAX);
        if name == db_name && got_db.is_none() {
            if !regular || size != manifest.database.bytes {
                return Err(damaged("database"));
            }
            let to = scratch.0.join(db_name);
            let mut out = new_private_file(&to)?;
            std::io::copy(&mut (&mut entry).take(size), &mut out)
                .map_err(|_| unreadable("database"))?;
            out.sync_all()?;
            got_db = Some(to);
        } else if name == KEYS_FILE && sealed.is_none() {
            if !regular || size > PART_MAX {
                return Err(damaged("keys"));
            }
            let mut b = Vec::new();
            (&mut entry)
                .take(PART_MAX)
                .read_to_end(&mut b)
                .map_err(|_| unreadable("keys"))?;
            sealed = Some(b);
        }
    }
    let db = got_db.ok_or_else(|| unreadable("database"))?;
    let sealed = sealed.ok_or_else(|| unreadable("keys"))?;
    if digest_file(&db)?.0 != manifest.database.sha256 {
        return Err(damaged("database"));
    }
    if hex(&sha2::Sha256::digest(&sealed)) != manifest.keys.sha256 {
        return Err(damaged("keys"));
    }
    let plain = domain::auth::open_with_passphrase(&pass, &sealed)?;
    let keys: Keys = serde_json::from_slice(&plain).context("the backup's keys cannot be read")?;
    if keys.database_sha256 != manifest.database.sha256 {
        bail!(
            "{}'s database is not the one its keys were sealed with: the archive was altered; restore another backup",
            args.file.display()
        );
    }
    let center_keys = store::backup::CenterKeys {
        secret: unhex32(&keys.secret)?,
        signing_key: keys.signing_key.as_deref().map(unhex32).transpose()?,
    };
    match &s.database {
        None => {
            store::backup::check_integrity(&db)?;
            store::backup::put_keys(&db, &center_keys)?;
            std::fs::create_dir_all(&s.data_dir)
                .with_context(|| format!("cannot create {}", s.data_dir.display()))?;
            let live = s.data_dir.join(SQLITE_FILE);
            // A link, not a rename: a center that appeared there meanwhile is not overwritten.
            std::fs::hard_link(&db, &live)
                .with_context(|| format!("cannot write {} (it must not exist)", live.display()))?;
        }
        Some(url) => {
            let out = std::process::Command::new("pg_restore")
                .env_remove("LIAISON_BACKUP_PASSPHRASE")
                .args([
                    "--no-owner",
                    "--exit-on-error",
                    "--single-transaction",
                    "--dbname",
                ])
                .arg(url)
                .arg(&db)
                .output()
                .context("cannot run pg_restore: install PostgreSQL's client tools")?;
            if !out.status.success() {
                bail!(
                    "pg_restore failed: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                );
            }
            // pg_restore committed the tables; the center's row and keys follow in a second
            // transaction. Should it fail, the database holds a center without its row, which
            // no restore goes into: say how to start again.
            store::backup::put_postgres_keys(url, &center_keys, keys.center_row.as_ref())
                .await
                .context("the tables are restored but the center's keys could not be put back: drop and create the database again, then restore into it")?;
        }
    }
    if let Some(k) = &keys.deconfliction_key {
        let path = key_file;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let mut f = new_private_file(&path)?;
        f.write_all(format!("{k}\n").as_bytes())?;
        f.sync_all()?;
    }
    println!(
        "Restored {} (schema {}, backed up {} by Liaison {}) into {}. Check it with `liaison audit verify`, then start it with `liaison serve`.",
        if manifest.center.is_empty() {
            "the center"
        } else {
            manifest.center.as_str()
        },
        manifest.schema,
        manifest.created_at,
        manifest.liaison_version,
        location(s)
    );
    Ok(())
}
