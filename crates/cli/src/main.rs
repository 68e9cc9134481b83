//! The `liaison` binary: runs and administers a center.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand};
use domain::service::Authority;
use domain::{Center, Clock, MemberStatus, Role, SystemClock};
use figment::Figment;
use figment::providers::{Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use stix::markings::Tlp;
use stix::timestamp::taxii_timestamp;
use store::SqliteStore;

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
    /// max_content_length, checkpoint_minutes, secure_cookies).
    #[arg(long, global = true, env = "LIAISON_CONFIG")]
    config: Option<PathBuf>,
    /// A PostgreSQL URL (postgres://...) to use instead of the SQLite file in --data-dir; several
    /// `liaison serve` nodes may share one database.
    #[arg(long, global = true, env = "LIAISON_DATABASE_URL")]
    database: Option<String>,
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
    /// Move a center from its SQLite file to an empty PostgreSQL database, and verify the copy.
    Migrate(MigrateArgs),
    /// The audit chain: verify it, sign checkpoints, export them, read the log.
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Correlation: noisy keys, exclusions and the limit.
    #[command(subcommand)]
    Correlation(CorrelationCmd),
    /// Webhooks: a member's new objects and notifications POSTed to a URL.
    #[command(subcommand)]
    Webhook(WebhookCmd),
}

#[derive(Subcommand)]
enum CorrelationCmd {
    /// List keys carried by more objects than the limit, and excluded keys.
    Noisy,
    /// Stop a key from linking objects.
    Exclude { key: String },
    /// Let an excluded key link objects again.
    Include { key: String },
    /// Keys carried by more object versions than this link nothing.
    Limit { limit: i64 },
    /// The size, in degrees, of the grid cells locations are binned on (for objects submitted
    /// from now on).
    Grid { degrees: f64 },
}

#[derive(Subcommand)]
enum WebhookCmd {
    /// Register a webhook for a member; its signing secret is shown once. Without options it
    /// delivers everything the member may see.
    Add {
        member: String,
        url: String,
        /// Only new objects of these STIX types (comma-separated).
        #[arg(long = "type", value_delimiter = ',')]
        types: Vec<String>,
        /// Only new objects of these members (comma-separated names).
        #[arg(long = "originator", value_delimiter = ',')]
        originators: Vec<String>,
        /// Only new objects at these levels (comma-separated: clear, green, amber, amber+strict, red).
        #[arg(long = "tlp", value_delimiter = ',', value_parser = Tlp::parse_level)]
        tlps: Vec<stix::markings::Tlp>,
        /// Only new objects holding every one of these words.
        #[arg(long)]
        words: Option<String>,
        /// Only notifications of these kinds (comma-separated: rfi, rfi_answer, rfi_reminder,
        /// release_request, release_decision, hit, meeting, action_item, statistics).
        #[arg(long = "kind", value_delimiter = ',')]
        kinds: Vec<String>,
        /// Deliver no new objects, notifications only.
        #[arg(long, conflicts_with = "no_notifications")]
        no_objects: bool,
        /// Deliver no notifications, new objects only.
        #[arg(long)]
        no_notifications: bool,
    },
    /// List webhooks and how delivery stands.
    List {
        #[arg(long)]
        member: Option<String>,
    },
    /// Remove a webhook by its id.
    Remove { id: i64 },
}

#[derive(Subcommand)]
enum AuditCmd {
    /// Check every entry's link and hash, and every checkpoint; names the first broken entry.
    /// Works on a stopped center. Exits with status 1 when the chain is broken.
    Verify {
        /// Checkpoints kept outside the center (the output of `audit checkpoints`), checked too.
        #[arg(long)]
        checkpoints: Option<PathBuf>,
    },
    /// Sign a checkpoint at the log's last entry now.
    Checkpoint,
    /// Export the signed checkpoints, one JSON object per line, for members to keep.
    Checkpoints {
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Print entries of the log, oldest first.
    Log {
        /// Entries after this number.
        #[arg(long, default_value_t = 0)]
        after: i64,
        #[arg(long, default_value_t = 100)]
        limit: usize,
        /// An action, or a prefix such as `objects`.
        #[arg(long)]
        action: Option<String>,
        /// A member name.
        #[arg(long)]
        member: Option<String>,
    },
}

#[derive(Args)]
struct MigrateArgs {
    /// The source: sqlite:PATH, where PATH is the data directory or its liaison.db file.
    #[arg(long)]
    from: String,
    /// The target: an empty PostgreSQL database, postgres://...
    #[arg(long)]
    to: String,
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
}

#[derive(Subcommand)]
enum MemberCmd {
    /// Add a member organisation (with its STIX identity).
    Add {
        /// Short unique name (a-z, 0-9, '-', '_', '.').
        name: String,
        /// The organisation's full name.
        #[arg(long)]
        display_name: Option<String>,
        /// One of the members that found the center (it accedes on the founding date).
        #[arg(long)]
        founding: bool,
    },
    /// List members.
    List,
    /// Suspend a member: it sees nothing from the next request on.
    Suspend {
        name: String,
        #[arg(long)]
        reason: String,
    },
    /// Withdraw a member from the center.
    Withdraw {
        name: String,
        #[arg(long)]
        reason: String,
    },
    /// Restore a suspended member.
    Reinstate {
        name: String,
        #[arg(long)]
        reason: String,
    },
    /// Make a member an observer (it reads, it does not vote).
    Observe {
        name: String,
        #[arg(long)]
        reason: String,
    },
    /// A member's history: every change of status, why and on what decision.
    History { name: String },
}

#[derive(Subcommand)]
enum PresidencyCmd {
    /// Show the current term and every term so far.
    Show,
    /// Rotate through members in this order, each for `--months`.
    Rotation {
        /// Member names in order (comma-separated); empty: the order of accession.
        #[arg(long, value_delimiter = ',')]
        order: Vec<String>,
        #[arg(long, default_value_t = 6)]
        months: u32,
    },
    /// Appoint presidencies by decision, each for `--months`.
    ByDecision {
        #[arg(long, default_value_t = 6)]
        months: u32,
    },
    /// Appoint a member to the presidency (the first term, or the next by a decision).
    Appoint {
        member: String,
        /// The decision that appoints it, e.g. "meeting 2026-11, decision 3".
        #[arg(long)]
        decision: String,
    },
}

#[derive(Subcommand)]
enum VoteCmd {
    /// List votes and their state.
    List,
    /// Set the rule admission votes use: unanimity, two-thirds or qualified.
    Rule {
        #[arg(value_parser = ["unanimity", "two-thirds", "qualified"])]
        rule: String,
        /// Abstention blocks (counts against) instead of being neutral.
        #[arg(long)]
        abstention_blocks: bool,
        #[arg(long, default_value_t = 55)]
        threshold: u8,
        #[arg(long, default_value_t = 50)]
        quorum: u8,
    },
}

#[derive(Subcommand)]
enum UserCmd {
    /// Add a user to a member.
    Add {
        username: String,
        #[arg(long)]
        member: String,
        /// analyst, liaison_officer, delegate, secretariat, administrator (repeat or comma-separate).
        #[arg(long = "role", value_delimiter = ',', required = true)]
        roles: Vec<String>,
        /// Read the password from standard input (otherwise the user has tokens only).
        #[arg(long)]
        password_stdin: bool,
    },
    /// List users.
    List {
        #[arg(long)]
        member: Option<String>,
    },
}

#[derive(Subcommand)]
enum TokenCmd {
    /// Create a token for a user; it is shown once.
    Create {
        username: String,
        #[arg(long, default_value = "cli")]
        name: String,
    },
    /// Revoke a token by its id.
    Revoke { id: i64 },
    /// List a user's tokens.
    List { username: String },
}

#[derive(Subcommand)]
enum CollectionCmd {
    /// Add a collection.
    Add {
        title: String,
        #[arg(long)]
        alias: Option<String>,
        #[arg(long)]
        description: Option<String>,
        /// Marking for objects sent without one: clear, green, amber, amber+strict, red.
        #[arg(long, default_value = "amber")]
        default_tlp: String,
        /// Every active member may read it.
        #[arg(long)]
        everyone_reads: bool,
        /// Every active member may write to it.
        #[arg(long)]
        everyone_writes: bool,
    },
    /// Give a member read and/or write access to a collection.
    Grant {
        collection: String,
        member: String,
        #[arg(long)]
        read: bool,
        #[arg(long)]
        write: bool,
    },
    /// List collections.
    List,
    /// Set the marking given to objects sent without one.
    Default {
        collection: String,
        /// clear, green, amber, amber+strict or red.
        tlp: String,
    },
}

#[derive(Subcommand)]
enum GroupCmd {
    /// Add a sharing group.
    Add {
        /// Short unique name, used in release markings ('release_to_groups').
        name: String,
        #[arg(long)]
        description: Option<String>,
        /// Let the group's members see who else is in it (hidden by default).
        #[arg(long)]
        members_visible: bool,
    },
    /// Add a member to a group: it sees what was released to the group from its next request.
    Join { group: String, member: String },
    /// Remove a member from a group: it stops seeing what was released only to the group.
    Leave { group: String, member: String },
    /// List groups and their members.
    List,
}

#[derive(Args)]
struct ImportArgs {
    /// STIX bundles, TAXII envelopes, JSON lists of objects, or single objects.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The user the objects are submitted as; their member is the originator.
    #[arg(long = "as", default_value = "admin")]
    as_user: String,
    /// Collection id or alias.
    #[arg(long, default_value = "shared")]
    collection: String,
}

#[derive(Args)]
struct ExportArgs {
    /// The member whose view is exported.
    #[arg(long)]
    member: String,
    /// Write here instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
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
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("LIAISON_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,liaison=info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match cli.command {
        Command::Serve(args) => serve(settings(&cli.global, Some(&args))?).await,
        Command::Member(cmd) => member(&settings(&cli.global, None)?, cmd).await,
        Command::User(cmd) => user(&settings(&cli.global, None)?, cmd).await,
        Command::Token(cmd) => token(&settings(&cli.global, None)?, cmd).await,
        Command::Collection(cmd) => collection(&settings(&cli.global, None)?, cmd).await,
        Command::Group(cmd) => group(&settings(&cli.global, None)?, cmd).await,
        Command::Presidency(cmd) => presidency(&settings(&cli.global, None)?, cmd).await,
        Command::Vote(cmd) => vote(&settings(&cli.global, None)?, cmd).await,
        Command::Import(args) => import(&settings(&cli.global, None)?, args).await,
        Command::Export(args) => export(&settings(&cli.global, None)?, args).await,
        Command::Migrate(args) => migrate(args).await,
        Command::Audit(cmd) => audit(&settings(&cli.global, None)?, cmd).await,
        Command::Webhook(cmd) => webhook(&settings(&cli.global, None)?, cmd).await,
        Command::Admission(cmd) => admission(&settings(&cli.global, None)?, cmd).await,
        Command::Meeting(cmd) => meeting(&settings(&cli.global, None)?, cmd).await,
        Command::Statistics(cmd) => statistics(&settings(&cli.global, None)?, cmd).await,
        Command::Correlation(cmd) => correlation(&settings(&cli.global, None)?, cmd).await,
    }
}

async fn serve(s: Settings) -> Result<()> {
    let store = open_store(&s).await?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    if let Some(admin) = Center::initialize(
        store.clone(),
        clock.clone(),
        Arc::new(domain::SystemRandomness),
        &s.name,
    )
    .await?
    {
        println!("Created the center '{}' in {}", s.name, location(&s));
        println!("Administrator: {}", admin.username);
        println!("One-time password (shown only now): {}", admin.password);
    }
    let center = Center::open(store, clock, Arc::new(domain::SystemRandomness)).await?;
    let state = Arc::new(server::AppState {
        center,
        config: server::ServerConfig {
            max_content_length: s.max_content_length,
            title: s.name.clone(),
            secure_cookies: s.secure_cookies || s.tls_cert.is_some(),
            ..server::ServerConfig::default()
        },
    });
    server::install_crypto();
    // Webhook delivery runs on every node; leases in the database keep each webhook on one.
    tokio::spawn(server::webhooks::deliver(
        state.clone(),
        format!("node-{}", uuid::Uuid::new_v4()),
    ));
    {
        // Jobs: votes past their deadline close, the presidency passes on at the end of a term,
        // RFI reminders go out and RFIs expire. Every node runs them; the store lets each
        // happen once.
        let state = state.clone();
        tokio::spawn(async move {
            let mut timer = tokio::time::interval(std::time::Duration::from_secs(30));
            loop {
                timer.tick().await;
                if let Err(e) = state.center.close_due_votes().await {
                    tracing::warn!(error = %domain::error::chain(&e), "could not close votes");
                }
                if let Err(e) = state.center.presidency_handover().await {
                    tracing::warn!(error = %domain::error::chain(&e), "could not hand the presidency over");
                }
                if let Err(e) = state.center.rfi_jobs().await {
                    tracing::warn!(error = %domain::error::chain(&e), "could not send RFI reminders or expire RFIs");
                }
            }
        });
    }
    {
        // Statistics pages are served from reports this node keeps; old ones are compiled
        // afresh here, apart from the jobs above, as it can take seconds in a large center.
        let state = state.clone();
        tokio::spawn(async move {
            let mut timer = tokio::time::interval(std::time::Duration::from_secs(30));
            loop {
                timer.tick().await;
                if let Err(e) = state.center.refresh_statistics().await {
                    tracing::warn!(error = %domain::error::chain(&e), "could not refresh the statistics");
                }
            }
        });
    }
    if s.checkpoint_minutes > 0 {
        // Every node does this; the store keeps one checkpoint per entry, so nodes sharing a
        // database never sign the same entry twice.
        let state = state.clone();
        let every = std::time::Duration::from_secs(s.checkpoint_minutes * 60);
        tokio::spawn(async move {
            let mut timer = tokio::time::interval(every);
            timer.tick().await;
            loop {
                timer.tick().await;
                if let Err(e) = state.center.checkpoint(Authority::Console).await {
                    tracing::warn!(error = %domain::error::chain(&e), "could not sign an audit checkpoint");
                }
            }
        });
    }
    let shutdown = async {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        {
            let mut term =
                match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                    Ok(t) => t,
                    Err(_) => {
                        let _ = ctrl_c.await;
                        return;
                    }
                };
            tokio::select! { _ = ctrl_c => {}, _ = term.recv() => {} }
        }
        #[cfg(not(unix))]
        {
            let _ = ctrl_c.await;
        }
    };
    match (&s.tls_cert, &s.tls_key) {
        (Some(cert), Some(key)) => {
            for (what, f) in [("certificate", cert), ("private key", key)] {
                if !f.is_file() {
                    bail!(
                        "the TLS {what} file {} does not exist; give PEM files to --tls-cert and --tls-key",
                        f.display()
                    );
                }
            }
            let addr: SocketAddr = s.bind.parse().with_context(|| {
                format!(
                    "--bind '{}' is not an address such as 127.0.0.1:8443",
                    s.bind
                )
            })?;
            let handle = server::TlsHandle::new();
            let h2 = handle.clone();
            tokio::spawn(async move {
                shutdown.await;
                h2.graceful_shutdown(Some(std::time::Duration::from_secs(10)));
            });
            let running = tokio::spawn({
                let (cert, key, handle) = (cert.clone(), key.clone(), handle.clone());
                async move { server::serve_tls(addr, &cert, &key, state, handle).await }
            });
            match handle.listening().await {
                Some(bound) => println!("Listening on https://{bound}/taxii2/"),
                None => {
                    // The server stopped before listening: report why.
                    running.await??;
                    bail!("the HTTPS server did not start");
                }
            }
            running.await??;
        }
        _ => {
            let listener = tokio::net::TcpListener::bind(&s.bind)
                .await
                .with_context(|| format!("cannot listen on {}", s.bind))?;
            println!("Listening on http://{}/taxii2/", listener.local_addr()?);
            server::serve(listener, state, shutdown).await?;
        }
    }
    Ok(())
}

async fn correlation(s: &Settings, cmd: CorrelationCmd) -> Result<()> {
    let center = open_center(s).await?;
    match cmd {
        CorrelationCmd::Noisy => {
            println!("limit: {} object versions", center.noisy_limit().await?);
            for k in center.noisy_keys(Authority::Console).await? {
                println!(
                    "{}\t{}{}",
                    k.key,
                    k.objects,
                    if k.excluded { "\texcluded" } else { "" }
                );
            }
        }
        CorrelationCmd::Exclude { key } => {
            center.exclude_key(Authority::Console, &key, true).await?;
            println!("{key} no longer links objects");
        }
        CorrelationCmd::Include { key } => {
            center.exclude_key(Authority::Console, &key, false).await?;
            println!("{key} links objects again");
        }
        CorrelationCmd::Grid { degrees } => {
            center.set_grid_degrees(Authority::Console, degrees).await?;
            println!("Locations now meet on cells of {degrees} degrees");
        }
        CorrelationCmd::Limit { limit } => {
            center.set_noisy_limit(Authority::Console, limit).await?;
            println!("Keys on more than {limit} object versions are noisy");
        }
    }
    Ok(())
}

async fn webhook(s: &Settings, cmd: WebhookCmd) -> Result<()> {
    let center = open_center(s).await?;
    match cmd {
        WebhookCmd::Add {
            member,
            url,
            types,
            originators,
            tlps,
            words,
            kinds,
            no_objects,
            no_notifications,
        } => {
            let filter = domain::subscriptions::EventFilter {
                objects: !no_objects,
                types,
                originators,
                tlps,
                words,
                notifications: !no_notifications,
                kinds,
            };
            let (w, secret) = center
                .add_webhook(Authority::Console, &member, &url, filter)
                .await?;
            println!("Added webhook {} for {member}: {}", w.id, w.url);
            println!("Signing secret (shown only now): {secret}");
            println!(
                "Each POST carries X-Liaison-Signature: sha256=<HMAC-SHA256 of the body under this secret>"
            );
        }
        WebhookCmd::List { member } => {
            let names = center.member_names().await?;
            for w in center
                .webhooks(Authority::Console, member.as_deref())
                .await?
            {
                println!(
                    "{}\t{}\t{}\tlast {}\t{} failures",
                    w.id,
                    names.get(&w.member).map_or("?", String::as_str),
                    w.url,
                    w.last_status.as_deref().unwrap_or("-"),
                    w.failures
                );
            }
        }
        WebhookCmd::Remove { id } => {
            center.remove_webhook(Authority::Console, id).await?;
            println!("Removed webhook {id}");
        }
    }
    Ok(())
}

async fn audit(s: &Settings, cmd: AuditCmd) -> Result<()> {
    let center = open_center(s).await?;
    match cmd {
        AuditCmd::Verify { checkpoints } => {
            let outside = match &checkpoints {
                Some(p) => domain::audit::parse_checkpoints(
                    &std::fs::read_to_string(p)
                        .with_context(|| format!("cannot read {}", p.display()))?,
                )?,
                None => vec![],
            };
            let v = center.verify_audit(&outside).await?;
            match v.broken {
                None => println!(
                    "The audit chain is intact: {} entries, {} checkpoints verified",
                    v.entries, v.checkpoints
                ),
                Some(why) => {
                    eprintln!("The audit chain is broken: {why}");
                    eprintln!(
                        "{} entries before it verified. Keep this database as evidence and restore from a backup.",
                        v.entries
                    );
                    std::process::exit(1);
                }
            }
        }
        AuditCmd::Checkpoint => match center.checkpoint(Authority::Console).await? {
            Some(cp) => println!(
                "Signed a checkpoint at entry {}: {}",
                cp.seq,
                domain::audit::hex(&cp.hash)
            ),
            None => println!("Nothing new to sign: the last entry has a checkpoint already"),
        },
        AuditCmd::Checkpoints { output } => {
            let mut text = String::new();
            for cp in center.checkpoints().await? {
                text.push_str(&serde_json::to_string(&cp)?);
                text.push('\n');
            }
            match output {
                Some(p) => std::fs::write(&p, text)
                    .with_context(|| format!("cannot write {}", p.display()))?,
                None => print!("{text}"),
            }
        }
        AuditCmd::Log {
            after,
            limit,
            action,
            member,
        } => {
            let member = match member {
                Some(m) => Some(center.member_by_name(&m).await?.id),
                None => None,
            };
            for e in center
                .audit_log(
                    Authority::Console,
                    domain::audit::AuditQuery {
                        after_seq: after,
                        limit,
                        member,
                        action,
                        ..Default::default()
                    },
                )
                .await?
            {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    e.seq,
                    taxii_timestamp(e.at),
                    e.actor.name,
                    e.action,
                    e.subject,
                    e.detail
                );
            }
        }
    }
    Ok(())
}

async fn group(s: &Settings, cmd: GroupCmd) -> Result<()> {
    let center = open_center(s).await?;
    let show = |g: &domain::SharingGroup,
                names: &std::collections::HashMap<domain::MemberId, String>| {
        let members: Vec<&str> = g
            .members
            .iter()
            .filter_map(|m| names.get(m).map(String::as_str))
            .collect();
        println!(
            "{}	{}	{}{}",
            g.name,
            if g.members_visible {
                "members visible"
            } else {
                "members hidden"
            },
            if members.is_empty() {
                "(no members)".to_string()
            } else {
                members.join(",")
            },
            g.description
                .as_ref()
                .map(|d| format!("\t{d}"))
                .unwrap_or_default()
        );
    };
    let names = center.member_names().await?;
    match cmd {
        GroupCmd::Add {
            name,
            description,
            members_visible,
        } => {
            let g = center
                .add_sharing_group(
                    Authority::Console,
                    &name,
                    description.as_deref(),
                    members_visible,
                )
                .await?;
            println!("Added sharing group {}", g.name);
        }
        GroupCmd::Join { group, member } => {
            let g = center
                .set_group_member(Authority::Console, &group, &member, true)
                .await?;
            show(&g, &names);
        }
        GroupCmd::Leave { group, member } => {
            let g = center
                .set_group_member(Authority::Console, &group, &member, false)
                .await?;
            show(&g, &names);
        }
        GroupCmd::List => {
            for g in center.sharing_groups(Authority::Console).await? {
                show(&g, &names);
            }
        }
    }
    Ok(())
}

async fn member(s: &Settings, cmd: MemberCmd) -> Result<()> {
    let center = open_center(s).await?;
    let set = |name: String, st: MemberStatus, reason: String| {
        let center = &center;
        async move {
            let m = center
                .change_member_status(Authority::Console, &name, st, &reason)
                .await?;
            println!("{} is now {}", m.name, m.status.as_str());
            anyhow::Ok(())
        }
    };
    let date = |at: Option<i64>| at.map(taxii_timestamp).unwrap_or_else(|| "-".into());
    match cmd {
        MemberCmd::Add {
            name,
            display_name,
            founding,
        } => {
            let display = display_name.unwrap_or_else(|| name.clone());
            let m = center
                .add_member(Authority::Console, &name, &display)
                .await?;
            if founding {
                center.make_founding(Authority::Console, &name).await?;
            }
            println!(
                "Added {}member {} ({}), identity {}",
                if founding { "founding " } else { "" },
                m.name,
                m.display_name,
                m.identity_id
            );
        }
        MemberCmd::List => {
            for m in center.members().await? {
                println!(
                    "{}\t{}\t{}\t{}\tsince {}{}{}",
                    m.name,
                    m.status.as_str(),
                    m.identity_id,
                    m.display_name,
                    date(m.accession_at),
                    if m.founding { "\tfounding" } else { "" },
                    if m.is_secretariat {
                        "\t(secretariat)"
                    } else {
                        ""
                    }
                );
            }
        }
        MemberCmd::Suspend { name, reason } => set(name, MemberStatus::Suspended, reason).await?,
        MemberCmd::Withdraw { name, reason } => set(name, MemberStatus::Withdrawn, reason).await?,
        MemberCmd::Reinstate { name, reason } => set(name, MemberStatus::Member, reason).await?,
        MemberCmd::Observe { name, reason } => set(name, MemberStatus::Observer, reason).await?,
        MemberCmd::History { name } => {
            for t in center.member_history(&name).await? {
                println!(
                    "{}\t{} -> {}\t{}\t{}\tby {}",
                    taxii_timestamp(t.at),
                    t.from.map_or("-", |f| f.as_str()),
                    t.to.as_str(),
                    t.reason,
                    t.decision.as_deref().unwrap_or("-"),
                    t.actor
                );
            }
        }
    }
    Ok(())
}

async fn presidency(s: &Settings, cmd: PresidencyCmd) -> Result<()> {
    let center = open_center(s).await?;
    let names = center.member_names().await?;
    let ids = |order: &[String]| -> Result<Vec<domain::MemberId>> {
        order
            .iter()
            .map(|n| {
                names
                    .iter()
                    .find(|(_, name)| *name == n)
                    .map(|(id, _)| *id)
                    .with_context(|| format!("no member named '{n}'"))
            })
            .collect()
    };
    match cmd {
        PresidencyCmd::Show => {
            let current = center.current_presidency().await?;
            for t in center.presidency_terms().await? {
                println!(
                    "{}\t{} to {}\t{}\t{}{}",
                    names.get(&t.member).map_or("?", String::as_str),
                    taxii_timestamp(t.starts_at),
                    taxii_timestamp(t.ends_at),
                    t.basis,
                    t.note,
                    if current.as_ref().is_some_and(|c| c.id == t.id) {
                        "\t(current)"
                    } else {
                        ""
                    }
                );
            }
        }
        PresidencyCmd::Rotation { order, months } => {
            center
                .set_presidency_policy(
                    Authority::Console,
                    domain::governance::PresidencyPolicy::Rotation {
                        order: ids(&order)?,
                        term_months: months,
                    },
                )
                .await?;
            println!("The presidency rotates every {months} months");
        }
        PresidencyCmd::ByDecision { months } => {
            center
                .set_presidency_policy(
                    Authority::Console,
                    domain::governance::PresidencyPolicy::Decision {
                        term_months: months,
                    },
                )
                .await?;
            println!("The presidency is appointed by decision, for {months} months");
        }
        PresidencyCmd::Appoint { member, decision } => {
            let t = center
                .appoint_president(Authority::Console, &member, "decision", &decision)
                .await?;
            println!(
                "{member} holds the presidency from {} to {}",
                taxii_timestamp(t.starts_at),
                taxii_timestamp(t.ends_at)
            );
        }
    }
    Ok(())
}

/// A rule by its command-line name: unanimity, two-thirds or qualified (with threshold and
/// quorum in percent).
fn voting_rule(
    name: &str,
    abstention: domain::votes::Abstention,
    threshold: u8,
    quorum: u8,
) -> domain::votes::VotingRule {
    use domain::votes::VotingRule;
    match name {
        "unanimity" => VotingRule::Unanimity { abstention },
        "two-thirds" => VotingRule::TwoThirds { abstention },
        _ => VotingRule::QualifiedMajority {
            threshold_percent: threshold,
            quorum_percent: quorum,
            abstention,
        },
    }
}

async fn vote(s: &Settings, cmd: VoteCmd) -> Result<()> {
    use domain::votes::Abstention;
    let center = open_center(s).await?;
    match cmd {
        VoteCmd::List => {
            for b in center.ballots().await? {
                println!(
                    "{}\t{}\t{}\t{} of {} voted\t{}",
                    b.id,
                    b.title,
                    b.outcome.map_or("open", |o| o.as_str()),
                    b.votes.len(),
                    b.eligible.len(),
                    if b.closed_at.is_some() {
                        "closed".to_string()
                    } else {
                        format!("until {}", taxii_timestamp(b.deadline))
                    }
                );
            }
        }
        VoteCmd::Rule {
            rule,
            abstention_blocks,
            threshold,
            quorum,
        } => {
            let abstention = if abstention_blocks {
                Abstention::AgainstAdoption
            } else {
                Abstention::Neutral
            };
            let r = voting_rule(&rule, abstention, threshold, quorum);
            center.set_admission_rule(Authority::Console, r).await?;
            println!("Admission votes now use: {}", serde_json::to_string(&r)?);
        }
    }
    Ok(())
}

async fn user(s: &Settings, cmd: UserCmd) -> Result<()> {
    let center = open_center(s).await?;
    match cmd {
        UserCmd::Add {
            username,
            member,
            roles,
            password_stdin,
        } => {
            let password = if password_stdin {
                let mut line = String::new();
                std::io::stdin().read_line(&mut line)?;
                Some(line.trim_end_matches(['\r', '\n']).to_string())
            } else {
                None
            };
            let u = center
                .add_user(
                    Authority::Console,
                    &member,
                    &username,
                    parse_roles(&roles)?,
                    password.as_deref(),
                )
                .await?;
            println!(
                "Added user {} to {} with roles {}",
                u.username,
                member,
                u.roles
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            );
        }
        UserCmd::List { member } => {
            let members = center.members().await?;
            for m in members {
                if member.as_ref().is_some_and(|x| x != &m.name) {
                    continue;
                }
                for u in center.users_of(&m).await? {
                    println!(
                        "{}\t{}\t{}{}",
                        u.username,
                        m.name,
                        u.roles
                            .iter()
                            .map(|r| r.as_str())
                            .collect::<Vec<_>>()
                            .join(","),
                        if u.disabled { "\tdisabled" } else { "" }
                    );
                }
            }
        }
    }
    Ok(())
}

async fn token(s: &Settings, cmd: TokenCmd) -> Result<()> {
    let center = open_center(s).await?;
    match cmd {
        TokenCmd::Create { username, name } => {
            let (t, text) = center
                .create_token(Authority::Console, &username, &name)
                .await?;
            eprintln!("Token {} for {} (shown only now):", t.id, username);
            println!("{text}");
        }
        TokenCmd::Revoke { id } => {
            center.revoke_token(Authority::Console, id).await?;
            println!("Revoked token {id}");
        }
        TokenCmd::List { username } => {
            for t in center.tokens(&username).await? {
                println!(
                    "{}\t{}\tcreated {}\tlast used {}\t{}",
                    t.id,
                    t.name,
                    taxii_timestamp(t.created_at),
                    t.last_used_at
                        .map(taxii_timestamp)
                        .unwrap_or_else(|| "never".into()),
                    if t.revoked_at.is_some() {
                        "revoked"
                    } else {
                        "live"
                    }
                );
            }
        }
    }
    Ok(())
}

async fn collection(s: &Settings, cmd: CollectionCmd) -> Result<()> {
    let center = open_center(s).await?;
    match cmd {
        CollectionCmd::Add {
            title,
            alias,
            description,
            default_tlp,
            everyone_reads,
            everyone_writes,
        } => {
            let tlp = Tlp::parse_level(&default_tlp).map_err(anyhow::Error::msg)?;
            let c = center
                .add_collection(
                    Authority::Console,
                    domain::service::CollectionSpec {
                        title,
                        alias,
                        description,
                        default_tlp: tlp,
                        everyone_reads,
                        everyone_writes,
                    },
                )
                .await?;
            println!("Added collection {} ({})", c.id.0, c.title);
        }
        CollectionCmd::Grant {
            collection,
            member,
            read,
            write,
        } => {
            if !read && !write {
                bail!("give --read, --write or both");
            }
            center
                .grant(Authority::Console, &collection, &member, read, write)
                .await?;
            println!(
                "{member} may now {}{}{} {collection}",
                if read { "read" } else { "" },
                if read && write { " and " } else { "" },
                if write { "write" } else { "" }
            );
        }
        CollectionCmd::Default { collection, tlp } => {
            let t = Tlp::parse_level(&tlp).map_err(anyhow::Error::msg)?;
            let c = center
                .set_collection_default(Authority::Console, &collection, t)
                .await?;
            println!(
                "Objects sent to {} without a marking are now {}",
                c.alias.as_deref().unwrap_or(&collection),
                c.default_tlp.name()
            );
        }
        CollectionCmd::List => {
            for c in center.all_collections().await? {
                println!(
                    "{}\t{}\t{}\tdefault {}{}{}",
                    c.id.0,
                    c.alias.as_deref().unwrap_or("-"),
                    c.title,
                    c.default_tlp.name(),
                    if c.everyone_reads {
                        "\teveryone reads"
                    } else {
                        ""
                    },
                    if c.everyone_writes {
                        "\teveryone writes"
                    } else {
                        ""
                    }
                );
            }
        }
    }
    Ok(())
}

async fn import(s: &Settings, args: ImportArgs) -> Result<()> {
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

async fn export(s: &Settings, args: ExportArgs) -> Result<()> {
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

async fn migrate(args: MigrateArgs) -> Result<()> {
    let Some(source) = args.from.strip_prefix("sqlite:") else {
        bail!("--from takes sqlite:PATH (the data directory or its liaison.db)");
    };
    if !args.to.starts_with("postgres://") && !args.to.starts_with("postgresql://") {
        bail!("--to takes a PostgreSQL URL such as postgres://user@host/db");
    }
    eprintln!(
        "Stop every `liaison serve` of this center before migrating; the copy is taken from one snapshot."
    );
    let target = store::PgStore::connect(&args.to).await?;
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
    println!(
        "Verified: every table's rows and checksums match. Serve with --database {}",
        args.to
    );
    Ok(())
}

#[derive(Subcommand)]
enum AdmissionCmd {
    /// Record an organisation's application; the vote on it opens at once.
    Apply {
        name: String,
        #[arg(long)]
        display_name: String,
        #[arg(long)]
        description: String,
        #[arg(long)]
        contact: String,
        /// A member that sponsors the application.
        #[arg(long)]
        sponsor: Option<String>,
        /// Days the vote stays open (14 unless given).
        #[arg(long)]
        days: Option<i64>,
    },
    /// List applications with the state of their votes.
    List,
    /// Invite an admitted member's first user; prints a one-time token.
    Invite {
        member: String,
        #[arg(long)]
        username: String,
    },
}

#[derive(Subcommand)]
enum MeetingCmd {
    /// List meetings.
    List,
    /// Convene a meeting; every member is invited.
    Convene {
        #[arg(long)]
        title: String,
        /// Start, e.g. 2026-12-01T09:00:00Z.
        #[arg(long)]
        starts: String,
        #[arg(long)]
        ends: String,
        /// An IANA time zone name, e.g. Europe/Brussels.
        #[arg(long, default_value = "UTC")]
        time_zone: String,
        #[arg(long, default_value = "")]
        venue: String,
        #[arg(long)]
        extraordinary: bool,
    },
    /// Show a meeting: agenda, attendance, decisions and action items.
    Show { id: i64 },
    /// Add an agenda item, optionally linked to intelligence, an RFI, an application, a vote or
    /// a published statistics report.
    Agenda {
        id: i64,
        #[arg(long)]
        title: String,
        #[arg(long, default_value = "")]
        notes: String,
        #[arg(long, group = "link")]
        object: Option<String>,
        #[arg(long, group = "link")]
        rfi: Option<i64>,
        #[arg(long, group = "link")]
        application: Option<i64>,
        #[arg(long, group = "link")]
        vote: Option<i64>,
        #[arg(long, group = "link")]
        report: Option<i64>,
    },
    /// Record a member's attendance.
    Attendance {
        id: i64,
        member: String,
        /// Absent instead of present.
        #[arg(long)]
        absent: bool,
        #[arg(long, default_value = "")]
        delegates: String,
    },
    /// Set the minutes from a Markdown file.
    Minutes { id: i64, file: PathBuf },
    /// Record a decision, taken at once or (with --vote) by a vote of the members.
    Decide {
        id: i64,
        text: String,
        #[arg(long)]
        agenda_item: Option<i64>,
        /// Put it to a vote under this rule.
        #[arg(long, value_parser = ["unanimity", "two-thirds", "qualified"])]
        vote: Option<String>,
        #[arg(long, default_value_t = 14)]
        days: i64,
    },
    /// Add an action item for a member.
    Action {
        id: i64,
        #[arg(long)]
        title: String,
        #[arg(long)]
        assignee: String,
        /// Due date, e.g. 2027-01-15T00:00:00Z.
        #[arg(long)]
        due: String,
        #[arg(long)]
        decision: Option<i64>,
    },
    /// Write the meeting pack as printable HTML and/or iCalendar.
    Pack {
        id: i64,
        #[arg(long)]
        html: Option<PathBuf>,
        #[arg(long)]
        ics: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum StatisticsCmd {
    /// Publish the full report for a period (default: from the founding date to now).
    Publish {
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        #[arg(long, default_value = "")]
        title: String,
        /// Put it on this meeting's agenda.
        #[arg(long)]
        meeting: Option<i64>,
    },
    /// List published reports.
    List,
    /// Write a published report as JSON, CSV or printable HTML.
    Show {
        id: i64,
        #[arg(long, default_value = "json", value_parser = ["json", "csv", "html"])]
        format: String,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

fn time_arg(name: &str, t: &str) -> Result<i64> {
    stix::timestamp::parse_micros(t).map_err(|e| {
        anyhow::anyhow!("--{name} must be a timestamp such as 2026-12-01T09:00:00Z: {e}")
    })
}

async fn admission(s: &Settings, cmd: AdmissionCmd) -> Result<()> {
    let center = open_center(s).await?;
    match cmd {
        AdmissionCmd::Apply {
            name,
            display_name,
            description,
            contact,
            sponsor,
            days,
        } => {
            let (m, _, b) = center
                .apply(
                    Authority::Console,
                    &name,
                    &display_name,
                    &description,
                    &contact,
                    sponsor.as_deref(),
                    days,
                )
                .await?;
            println!(
                "{} applied; vote {} is open until {} among {} members",
                m.name,
                b.id,
                taxii_timestamp(b.deadline),
                b.eligible.len()
            );
        }
        AdmissionCmd::List => {
            let names = center.member_names().await?;
            for a in center.applications().await? {
                let b = center.ballot(a.ballot).await?;
                println!(
                    "{}\t{}\tapplied {}\tvote {}: {}, {} of {} voted",
                    a.id,
                    names.get(&a.member).map_or("?", String::as_str),
                    taxii_timestamp(a.applied_at),
                    b.id,
                    b.outcome.map_or("open", |o| o.as_str()),
                    b.votes.len(),
                    b.eligible.len()
                );
            }
        }
        AdmissionCmd::Invite { member, username } => {
            let token = center
                .invite(Authority::Console, &member, &username)
                .await?;
            println!(
                "Invited {username} of {member}. One-time invitation (shown only now): {token}"
            );
            println!("It sets the password at POST /api/v1/invitations within 7 days.");
        }
    }
    Ok(())
}

async fn meeting(s: &Settings, cmd: MeetingCmd) -> Result<()> {
    use domain::meetings::{AgendaLink, MeetingKind, ShownItem};
    let center = open_center(s).await?;
    let names = center.member_names().await?;
    let name = |id: &domain::MemberId| names.get(id).cloned().unwrap_or_default();
    match cmd {
        MeetingCmd::List => {
            for m in center.meetings().await? {
                println!(
                    "{}\t{}\t{}\t{} to {}\t{}\t{}",
                    m.id,
                    m.title,
                    m.kind.as_str(),
                    taxii_timestamp(m.starts_at),
                    taxii_timestamp(m.ends_at),
                    m.time_zone,
                    m.venue
                );
            }
        }
        MeetingCmd::Convene {
            title,
            starts,
            ends,
            time_zone,
            venue,
            extraordinary,
        } => {
            let kind = if extraordinary {
                MeetingKind::Extraordinary
            } else {
                MeetingKind::Regular
            };
            let m = center
                .convene(
                    Authority::Console,
                    &title,
                    kind,
                    time_arg("starts", &starts)?,
                    time_arg("ends", &ends)?,
                    &time_zone,
                    &venue,
                )
                .await?;
            println!(
                "Convened meeting {}: {}; every member is invited",
                m.id, m.title
            );
        }
        MeetingCmd::Show { id } => {
            let r = center.meeting(id).await?;
            let m = &r.meeting;
            println!(
                "{}: {} ({} meeting), {} to {} ({}), {}",
                m.id,
                m.title,
                m.kind.as_str(),
                taxii_timestamp(m.starts_at),
                taxii_timestamp(m.ends_at),
                m.time_zone,
                m.venue
            );
            println!("Agenda:");
            for i in &r.agenda {
                let link = i
                    .link
                    .as_ref()
                    .map(|l| format!(" [{}]", serde_json::to_string(l).unwrap_or_default()))
                    .unwrap_or_default();
                println!("  {}. {}{link}", i.position, i.title);
            }
            println!("Attendance:");
            for a in &r.attendance {
                println!(
                    "  {}\t{}\t{}",
                    name(&a.member),
                    if a.present { "present" } else { "absent" },
                    a.delegates
                );
            }
            println!("Decisions:");
            for d in &r.decisions {
                println!(
                    "  {}\t{}\t{}",
                    d.id,
                    d.text,
                    d.outcome.map_or("vote open", |o| o.as_str())
                );
            }
            println!("Action items:");
            let now = center.now();
            for a in &r.actions {
                println!(
                    "  {}\t{}\t{}\tdue {}\t{}{}",
                    a.id,
                    a.title,
                    name(&a.assignee),
                    taxii_timestamp(a.due_at),
                    a.status.as_str(),
                    if a.overdue(now) { "\tOVERDUE" } else { "" }
                );
            }
        }
        MeetingCmd::Agenda {
            id,
            title,
            notes,
            object,
            rfi,
            application,
            vote,
            report,
        } => {
            let link = object
                .map(AgendaLink::Object)
                .or(rfi.map(AgendaLink::Rfi))
                .or(application.map(AgendaLink::Application))
                .or(vote.map(AgendaLink::Vote))
                .or(report.map(AgendaLink::Report));
            let item = center
                .add_agenda_item(Authority::Console, id, &title, &notes, link)
                .await?;
            println!(
                "Agenda item {} of meeting {id}: {}",
                item.position, item.title
            );
        }
        MeetingCmd::Attendance {
            id,
            member,
            absent,
            delegates,
        } => {
            center
                .record_attendance(Authority::Console, id, &member, !absent, &delegates)
                .await?;
            println!(
                "{member} {} meeting {id}",
                if absent {
                    "was absent from"
                } else {
                    "attended"
                }
            );
        }
        MeetingCmd::Minutes { id, file } => {
            let md = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            center.set_minutes(Authority::Console, id, &md).await?;
            println!("Minutes of meeting {id} set from {}", file.display());
        }
        MeetingCmd::Decide {
            id,
            text,
            agenda_item,
            vote,
            days,
        } => {
            let rule = vote
                .as_deref()
                .map(|r| voting_rule(r, domain::votes::Abstention::Neutral, 55, 50));
            let d = center
                .decide(Authority::Console, id, agenda_item, &text, rule, days)
                .await?;
            match d.ballot {
                Some(b) => println!("Decision {} goes to vote {b}", d.id),
                None => println!("Decision {} adopted", d.id),
            }
        }
        MeetingCmd::Action {
            id,
            title,
            assignee,
            due,
            decision,
        } => {
            let a = center
                .add_action(
                    Authority::Console,
                    id,
                    decision,
                    &title,
                    &assignee,
                    time_arg("due", &due)?,
                )
                .await?;
            println!(
                "Action item {} for {assignee}, due {}",
                a.id,
                taxii_timestamp(a.due_at)
            );
        }
        MeetingCmd::Pack { id, html, ics } => {
            if html.is_none() && ics.is_none() {
                bail!("name a file with --html, --ics or both");
            }
            let r = center.meeting(id).await?;
            if let Some(path) = html {
                // The console is the secretariat: it sees the whole agenda.
                let agenda: Vec<ShownItem> = r
                    .agenda
                    .iter()
                    .map(|i| ShownItem {
                        item: i.clone(),
                        linked: None,
                        withheld: false,
                    })
                    .collect();
                let text = server::pack::html(&r, &agenda, &names, center.now())?;
                std::fs::write(&path, text)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                println!("Wrote {}", path.display());
            }
            if let Some(path) = ics {
                std::fs::write(&path, server::pack::ics(&r, &center.info().name))
                    .with_context(|| format!("cannot write {}", path.display()))?;
                println!("Wrote {}", path.display());
            }
        }
    }
    Ok(())
}

async fn statistics(s: &Settings, cmd: StatisticsCmd) -> Result<()> {
    let center = open_center(s).await?;
    match cmd {
        StatisticsCmd::Publish {
            from,
            to,
            title,
            meeting,
        } => {
            let from = from.map(|t| time_arg("from", &t)).transpose()?;
            let to = to.map(|t| time_arg("to", &t)).transpose()?;
            let period = center.statistics_period(from, to)?;
            let r = center
                .publish_statistics(Authority::Console, period, &title, meeting)
                .await?;
            println!(
                "Published report {}: {} ({} to {})",
                r.id, r.title, r.from, r.to
            );
        }
        StatisticsCmd::List => {
            for r in center.published_reports().await? {
                println!(
                    "{}\t{}\t{} to {}\tpublished {} by {}",
                    r.id, r.title, r.from, r.to, r.published_at, r.published_by
                );
            }
        }
        StatisticsCmd::Show { id, format, out } => {
            let (_, r) = center.published_report(id).await?;
            let text = match format.as_str() {
                "csv" => server::report::csv(&r)?,
                "html" => server::report::html(&r)?,
                _ => serde_json::to_string_pretty(&r)?,
            };
            match out {
                Some(path) => {
                    std::fs::write(&path, text)
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    println!("Wrote {}", path.display());
                }
                None => print!("{text}"),
            }
        }
    }
    Ok(())
}
