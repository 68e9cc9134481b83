//! The `liaison` binary: runs and administers a center.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand};
use domain::service::Authority;
use domain::users::InitialPassword;
use domain::{Center, Clock, MemberStatus, Role, SystemClock};
use figment::Figment;
use figment::providers::{Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use stix::markings::Tlp;
use stix::timestamp::taxii_timestamp;
use store::SqliteStore;

/// mimalloc rather than the C library's allocator: a request allocates a little at every
/// layer and frees it on another thread, which glibc's arenas serve slowly (a tenth of the time
/// of a cheap read went to malloc and free under 64 clients).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod accounts;
mod audit;
mod backup;
mod data;
mod exchange;
mod feeds;
mod governance;
mod meetings;
mod operations;
mod serve;
mod statistics;

use accounts::*;
use audit::*;
use backup::*;
use data::*;
use exchange::*;
use feeds::*;
use governance::*;
use meetings::*;
use operations::*;
use serve::*;
use statistics::*;

#[derive(Parser)]
#[command(
    name = "liaison",
    version,
    about = "Liaison: the software of an intelligence exchange center"
)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct Global {
    /// Where the center keeps its data (one SQLite file).
    #[arg(long, global = true, env = "LIAISON_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// A TOML file of settings (data_dir, database, bind, tls_cert, tls_key, name,
    /// max_content_length, checkpoint_minutes, secure_cookies, deconfliction_key,
    /// metrics_token, metrics_bind).
    #[arg(long, global = true, env = "LIAISON_CONFIG")]
    config: Option<PathBuf>,
    /// A PostgreSQL URL (postgres://...) to use instead of the SQLite file in --data-dir; several
    /// `liaison serve` nodes may share one database.
    #[arg(long, global = true, env = "LIAISON_DATABASE_URL")]
    database: Option<String>,
    /// The file of the key operations' selectors are digested with (created on first use in
    /// the data directory as `deconfliction.key`). Kept out of the database: every node of a
    /// center needs a copy of the same file.
    #[arg(long, global = true, env = "LIAISON_DECONFLICTION_KEY")]
    deconfliction_key: Option<PathBuf>,
    /// How log lines are written to standard error: `text` for people, `json` (one object a
    /// line, with the request id) for a log collector. What is logged is set by LIAISON_LOG.
    #[arg(long, global = true, env = "LIAISON_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"])]
    log_format: String,
}

#[derive(Subcommand)]
enum Command {
    /// Run the center's HTTP server (creates the center on first start).
    Serve(ServeArgs),
    /// Manage member organisations.
    #[command(subcommand)]
    Member(MemberCmd),
    /// Manage users.
    #[command(subcommand)]
    User(UserCmd),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCmd),
    /// Client certificates (mutual TLS) a member's systems authenticate with.
    #[command(subcommand)]
    Certificate(CertificateCmd),
    /// Manage TAXII collections.
    #[command(subcommand)]
    Collection(CollectionCmd),
    /// The presidency: its policy, terms and appointments.
    #[command(subcommand)]
    Presidency(PresidencyCmd),
    /// Admission and decision votes.
    #[command(subcommand)]
    Vote(VoteCmd),
    /// Admission: applications, their votes, and the first user of an admitted member.
    #[command(subcommand)]
    Admission(AdmissionCmd),
    /// Meetings: convene, agenda, attendance, minutes, decisions, action items, the pack.
    #[command(subcommand)]
    Meeting(MeetingCmd),
    /// The statistics and achievements report: publish, list, export.
    #[command(subcommand)]
    Statistics(StatisticsCmd),
    /// Manage sharing groups: named sets of members that intelligence can be released to.
    #[command(subcommand)]
    Group(GroupCmd),
    /// Import STIX bundles or objects from files, as a user of a member.
    Import(ImportArgs),
    /// Export everything a member may see as one STIX bundle.
    Export(ExportArgs),
    /// Bring the store to this binary's schema (--dry-run lists what would run); or move a
    /// center from its SQLite file to an empty PostgreSQL database (--from, --to).
    Migrate(MigrateArgs),
    /// Write a consistent backup while the server runs: the database and the center's keys,
    /// sealed with a passphrase, in one file.
    Backup(BackupArgs),
    /// Bring a backup back into an empty data directory (or an empty PostgreSQL database).
    Restore(RestoreArgs),
    /// Print every setting (its flag, environment variable, configuration file key and
    /// default) as Markdown: docs/configuration.md is this output.
    Settings,
    /// The audit chain: verify it, sign checkpoints, export them, read the log.
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Correlation: noisy keys, exclusions and the limit.
    #[command(subcommand)]
    Correlation(CorrelationCmd),
    /// Webhooks: a member's new objects and notifications POSTed to a URL.
    #[command(subcommand)]
    Webhook(WebhookCmd),
    /// Feeds: remote TAXII 2.1 collections pulled on schedule on a member's behalf.
    #[command(subcommand)]
    Feed(FeedCmd),
    /// Operations and deconfliction: register an operation, import its selectors from a
    /// CSV file, read what met another member's work.
    #[command(subcommand)]
    Operation(OperationCmd),
    /// Networks the center's connections out (webhooks, feeds) may reach besides public
    /// addresses.
    #[command(subcommand)]
    Network(NetworkCmd),
}

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "LIAISON_BIND")]
    bind: Option<String>,
    /// PEM certificate chain; serve HTTPS with --tls-key.
    #[arg(long, env = "LIAISON_TLS_CERT", requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// PEM private key for --tls-cert.
    #[arg(long, env = "LIAISON_TLS_KEY", requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// The center's name, used when it is created.
    #[arg(long, env = "LIAISON_NAME")]
    name: Option<String>,
    /// Largest POST body in bytes.
    #[arg(long, env = "LIAISON_MAX_CONTENT_LENGTH")]
    max_content_length: Option<usize>,
    /// Mark web session cookies Secure: the center is reached over HTTPS through a proxy
    /// (always on with --tls-cert).
    #[arg(long, env = "LIAISON_SECURE_COOKIES")]
    secure_cookies: bool,
    /// Sign an audit checkpoint this often (minutes); 0 turns it off.
    #[arg(long, env = "LIAISON_CHECKPOINT_MINUTES")]
    checkpoint_minutes: Option<u64>,
    /// Serve /metrics on the main address to whoever sends this bearer token, of at least 24
    /// characters (without it, /metrics is not served there).
    #[arg(long, env = "LIAISON_METRICS_TOKEN", hide_env_values = true)]
    metrics_token: Option<String>,
    /// Serve /metrics, without a token, on an address of its own (such as 127.0.0.1:9464,
    /// reached only by the monitoring).
    #[arg(long, env = "LIAISON_METRICS_BIND")]
    metrics_bind: Option<String>,
}

/// Settings merged from defaults, the TOML file, the environment and flags.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Settings {
    data_dir: PathBuf,
    database: Option<String>,
    bind: String,
    tls_cert: Option<PathBuf>,
    tls_key: Option<PathBuf>,
    name: String,
    max_content_length: usize,
    checkpoint_minutes: u64,
    secure_cookies: bool,
    /// Where the deconfliction key is; `deconfliction.key` in the data directory if unset.
    deconfliction_key: Option<PathBuf>,
    metrics_token: Option<String>,
    metrics_bind: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("liaison-data"),
            database: None,
            bind: "127.0.0.1:8080".into(),
            tls_cert: None,
            tls_key: None,
            name: "Liaison center".into(),
            max_content_length: 64 * 1024 * 1024,
            checkpoint_minutes: 60,
            secure_cookies: false,
            deconfliction_key: None,
            metrics_token: None,
            metrics_bind: None,
        }
    }
}

#[derive(Serialize)]
struct Overrides {
    #[serde(skip_serializing_if = "Option::is_none")]
    data_dir: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    database: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tls_cert: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tls_key: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_content_length: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    checkpoint_minutes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    secure_cookies: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deconfliction_key: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metrics_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metrics_bind: Option<String>,
}

fn settings(global: &Global, serve: Option<&ServeArgs>) -> Result<Settings> {
    let mut fig = Figment::from(Serialized::defaults(Settings::default()));
    if let Some(path) = &global.config {
        if !path.exists() {
            bail!("the configuration file {} does not exist", path.display());
        }
        fig = fig.merge(Toml::file(path));
    }
    fig = fig.merge(Serialized::defaults(Overrides {
        data_dir: global.data_dir.clone(),
        database: global.database.clone(),
        bind: serve.and_then(|s| s.bind.clone()),
        tls_cert: serve.and_then(|s| s.tls_cert.clone()),
        tls_key: serve.and_then(|s| s.tls_key.clone()),
        name: serve.and_then(|s| s.name.clone()),
        max_content_length: serve.and_then(|s| s.max_content_length),
        checkpoint_minutes: serve.and_then(|s| s.checkpoint_minutes),
        secure_cookies: serve.and_then(|s| s.secure_cookies.then_some(true)),
        deconfliction_key: global.deconfliction_key.clone(),
        metrics_token: serve.and_then(|s| s.metrics_token.clone()),
        metrics_bind: serve.and_then(|s| s.metrics_bind.clone()),
    }));
    fig.extract().context("invalid settings")
}

/// Where the center lives, for messages.
fn location(s: &Settings) -> String {
    match &s.database {
        Some(_) => "the PostgreSQL database".into(),
        None => s.data_dir.display().to_string(),
    }
}

async fn open_store(s: &Settings) -> Result<Arc<dyn domain::Store>> {
    if let Some(url) = &s.database {
        if !url.starts_with("postgres://") && !url.starts_with("postgresql://") {
            bail!(
                "--database takes a PostgreSQL URL such as postgres://user@host/db; leave it out to use SQLite in --data-dir"
            );
        }
        return Ok(Arc::new(store::PgStore::connect(url).await?));
    }
    std::fs::create_dir_all(&s.data_dir)
        .with_context(|| format!("cannot create the data directory {}", s.data_dir.display()))?;
    let path = s.data_dir.join("liaison.db");
    Ok(Arc::new(SqliteStore::open(&path, Arc::new(SystemClock))?))
}

async fn open_center(s: &Settings) -> Result<Center> {
    if s.database.is_none() && !s.data_dir.join("liaison.db").exists() {
        bail!(
            "no center in {}; run `liaison serve --data-dir {}` once to create it",
            s.data_dir.display(),
            s.data_dir.display()
        );
    }
    let store = open_store(s).await?;
    Ok(Center::open(
        store,
        Arc::new(SystemClock),
        Arc::new(domain::SystemRandomness),
    )
    .await?)
}

/// Where the deconfliction key file is: as set, or `deconfliction.key` in the data directory.
pub(crate) fn deconfliction_key_path(s: &Settings) -> PathBuf {
    s.deconfliction_key
        .clone()
        .unwrap_or_else(|| s.data_dir.join("deconfliction.key"))
}

/// A new file only the center's account reads; one there already is an `AlreadyExists` error.
pub(crate) fn private_file(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// A 32-byte key written as 64 hexadecimal characters.
pub(crate) fn key32(text: &str) -> Option<[u8; 32]> {
    domain::audit::unhex(text).and_then(|b| <[u8; 32]>::try_from(b).ok())
}

/// Gives the center its deconfliction key from the key file (made on the center's first use
/// of one); refuses a missing file or another key once the center has taken one.
pub(crate) async fn take_deconfliction_key(center: &mut Center, s: &Settings) -> Result<()> {
    let known = center.knows_deconfliction_key().await?;
    let key = deconfliction_key(s, known)?;
    center.use_deconfliction_key(key).await?;
    Ok(())
}

/// The deconfliction key from its file, made on first use: 32 random bytes written as hex,
/// readable by the center's account only.
fn deconfliction_key(s: &Settings, known: bool) -> Result<[u8; 32]> {
    let path = deconfliction_key_path(s);
    if !path.exists() && known {
        bail!(
            "the deconfliction key file {} is missing, and this center took a key before: copy the file from another node or restore it from the backup (a new key would match nothing registered before), or name it with --deconfliction-key",
            path.display()
        );
    }
    if !path.exists() {
        let key: [u8; 32] = domain::random::bytes(&domain::SystemRandomness)?;
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        match private_file(&path) {
            Ok(mut file) => {
                std::io::Write::write_all(&mut file, format!("{hex}\n").as_bytes())
                    .and_then(|()| file.sync_all())
                    .with_context(|| {
                        format!("cannot write the deconfliction key {}", path.display())
                    })?;
                eprintln!(
                    "Created the deconfliction key {}: back it up, and give every node of this center a copy (--deconfliction-key)",
                    path.display()
                );
            }
            // Another process made it first: that one is read below.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                return Err(e).with_context(|| {
                    format!("cannot create the deconfliction key {}", path.display())
                });
            }
        }
    }
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read the deconfliction key {}", path.display()))?;
    key32(text.trim()).with_context(|| {
            format!(
                "the deconfliction key {} is not 64 hexadecimal characters; restore it from a backup (a new key would match no selector registered before)",
                path.display()
            )
        })
}

fn parse_roles(roles: &[String]) -> Result<Vec<Role>> {
    roles
        .iter()
        .map(|r| {
            Role::parse(r.trim()).with_context(|| {
                format!("unknown role '{r}': use analyst, liaison_officer, delegate, secretariat or administrator")
            })
        })
        .collect()
}

#[tokio::main]
async fn main() -> Result<()> {
    let cli = Cli::parse();
    let filter = tracing_subscriber::EnvFilter::try_from_env("LIAISON_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,liaison=info"));
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if cli.global.log_format == "json" {
        logs.json().with_current_span(true).init();
    } else {
        logs.init();
    }
    match cli.command {
        Command::Serve(args) => serve(settings(&cli.global, Some(&args))?).await,
        Command::Member(cmd) => member(&settings(&cli.global, None)?, cmd).await,
        Command::User(cmd) => user(&settings(&cli.global, None)?, cmd).await,
        Command::Token(cmd) => token(&settings(&cli.global, None)?, cmd).await,
        Command::Certificate(cmd) => certificate(&settings(&cli.global, None)?, cmd).await,
        Command::Collection(cmd) => collection(&settings(&cli.global, None)?, cmd).await,
        Command::Group(cmd) => group(&settings(&cli.global, None)?, cmd).await,
        Command::Presidency(cmd) => presidency(&settings(&cli.global, None)?, cmd).await,
        Command::Vote(cmd) => vote(&settings(&cli.global, None)?, cmd).await,
        Command::Import(args) => import(&settings(&cli.global, None)?, args).await,
        Command::Export(args) => export(&settings(&cli.global, None)?, args).await,
        Command::Migrate(args) => migrate(&settings(&cli.global, None)?, args).await,
        Command::Backup(args) => backup(&settings(&cli.global, None)?, args).await,
        Command::Restore(args) => restore(&settings(&cli.global, None)?, args).await,
        Command::Settings => {
            print!("{}", settings_reference());
            Ok(())
        }
        Command::Audit(cmd) => audit(&settings(&cli.global, None)?, cmd).await,
        Command::Webhook(cmd) => webhook(&settings(&cli.global, None)?, cmd).await,
        Command::Feed(cmd) => feed(&settings(&cli.global, None)?, cmd).await,
        Command::Network(cmd) => network(&settings(&cli.global, None)?, cmd).await,
        Command::Operation(cmd) => operation(&settings(&cli.global, None)?, cmd).await,
        Command::Admission(cmd) => admission(&settings(&cli.global, None)?, cmd).await,
        Command::Meeting(cmd) => meeting(&settings(&cli.global, None)?, cmd).await,
        Command::Statistics(cmd) => statistics(&settings(&cli.global, None)?, cmd).await,
        Command::Correlation(cmd) => correlation(&settings(&cli.global, None)?, cmd).await,
    }
}

/// Settings read from the environment only, with what they do and their default.
const ENVIRONMENT_ONLY: [(&str, &str, &str); 2] = [
    (
        "LIAISON_LOG",
        "What is logged, as a tracing filter (`debug`, `liaison=debug,tower_http=debug`, ...)",
        "`warn,liaison=info`",
    ),
    (
        "LIAISON_BACKUP_PASSPHRASE",
        "The passphrase `liaison backup` seals the keys with and `liaison restore` opens them with (or `--passphrase-stdin`)",
        "none",
    ),
];

/// Every setting, read from the code that takes it: the flags of `liaison` and `liaison serve`
/// with their environment variables, their keys in the configuration file and their
/// defaults (those of [`Settings::default`]), then the settings of the environment alone.
fn settings_reference() -> String {
    use clap::CommandFactory;
    let defaults = serde_json::to_value(Settings::default()).unwrap_or_default();
    let cmd = Cli::command();
    let serve = cmd.find_subcommand("serve").cloned();
    let mut out = String::from(
        "# Configuration reference\n\nGenerated by `liaison settings` from the code that reads each setting; a test keeps this file equal to it. A flag wins over its environment variable, which wins over the configuration file (`--config`, TOML), which wins over the default.\n\n| Flag | Environment variable | File key | Default | What it does |\n|---|---|---|---|---|\n",
    );
    let args = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .chain(serve.iter().flat_map(|s| s.get_arguments()));
    for a in args {
        let Some(long) = a.get_long() else { continue };
        if matches!(long, "help" | "version") {
            continue;
        }
        let key = long.replace('-', "_");
        let in_file = defaults.get(&key).is_some();
        let default = match defaults.get(&key) {
            Some(serde_json::Value::Null) | None => a
                .get_default_values()
                .first()
                .map(|v| format!("`{}`", v.to_string_lossy()))
                .unwrap_or_else(|| "none".into()),
            Some(serde_json::Value::String(v)) => format!("`{v}`"),
            Some(v) => format!("`{v}`"),
        };
        let env = a
            .get_env()
            .map(|e| format!("`{}`", e.to_string_lossy()))
            .unwrap_or_default();
        let help = a
            .get_help()
            .map(|h| h.to_string().replace('\n', " "))
            .unwrap_or_default();
        out.push_str(&format!(
            "| `--{long}` | {env} | {} | {default} | {help} |\n",
            if in_file {
                format!("`{key}`")
            } else {
                String::new()
            }
        ));
    }
    out.push_str("\n| Environment variable | What it does | Default |\n|---|---|---|\n");
    for (name, what, default) in ENVIRONMENT_ONLY {
        out.push_str(&format!("| `{name}` | {what} | {default} |\n"));
    }
    out
}

fn time_arg(name: &str, t: &str) -> Result<i64> {
    stix::timestamp::parse_micros(t).map_err(|e| {
        anyhow::anyhow!("--{name} must be a timestamp such as 2026-12-01T09:00:00Z: {e}")
    })
}
