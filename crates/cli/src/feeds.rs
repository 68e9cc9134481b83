//! Feeds: remote TAXII 2.1 collections pulled on schedule on a member's behalf.

use std::io::Read;
use std::time::Duration;

use domain::feeds::FeedDraft;

use super::*;

#[derive(Subcommand)]
// Parsed once per run of the command; boxing `Add` would save nothing worth its noise.
#[allow(clippy::large_enum_variant)]
pub(crate) enum FeedCmd {
    /// Register a remote TAXII 2.1 collection; `liaison serve` pulls it at once and then every
    /// interval.
    Add {
        /// Short unique name (a-z, 0-9, '-', '_', '.').
        name: String,
        /// The remote API root, e.g. https://taxii.example.org/api1/.
        #[arg(long)]
        api_root: String,
        /// The remote collection's id.
        #[arg(long)]
        collection: String,
        /// none, basic, bearer or certificate.
        #[arg(long, default_value = "none")]
        auth: String,
        /// For HTTP Basic.
        #[arg(long)]
        username: Option<String>,
        /// Read the password, token, or PEM certificate and key from standard input (sealed,
        /// never shown again).
        #[arg(long)]
        secret_stdin: bool,
        /// The member on whose behalf objects come in.
        #[arg(long)]
        member: String,
        /// The user of that member they are submitted as.
        #[arg(long = "as")]
        user: String,
        /// The local collection (id or alias); the center's default if left out.
        #[arg(long)]
        into: Option<String>,
        /// TLP for objects that carry none (clear, green, amber, amber+strict, red).
        #[arg(long)]
        tlp: Option<String>,
        /// Members an object without a release marking goes to (TLP:AMBER; comma-separated).
        #[arg(long, value_delimiter = ',')]
        release_to: Vec<String>,
        /// Where the first pull starts (RFC 3339); everything if left out.
        #[arg(long)]
        start: Option<String>,
        /// Seconds between pulls.
        #[arg(long, default_value_t = 3_600)]
        interval: i64,
        /// A PEM file of the private certificate authority the remote server's certificate is
        /// checked against, instead of the usual roots.
        #[arg(long)]
        ca: Option<PathBuf>,
    },
    /// Every feed: its last pull, objects taken and refused, next pull and last error.
    List,
    /// One feed, with the reasons of its last pull's refusals.
    Show { name: String },
    /// Pull a feed now, from this console, and say how it went.
    Pull { name: String },
    /// Start a feed over from its start date (what was taken stays).
    Reset { name: String },
    /// Remove a feed; what it brought in stays.
    Remove { name: String },
}

fn show(
    f: &domain::feeds::model::Feed,
    names: &std::collections::HashMap<domain::MemberId, String>,
) {
    let s = &f.state;
    let when = |t: Option<i64>| t.map(taxii_timestamp).unwrap_or_else(|| "-".into());
    println!(
        "{}\t{}collections/{}/\t{} for {}\ttaken {} refused {} (last pull {} / {})\tlast pull {}\tnext {}{}",
        f.name,
        f.api_root,
        f.remote_collection,
        f.auth.as_str(),
        names.get(&f.member).map_or("?", String::as_str),
        s.taken,
        s.refused,
        s.last_taken,
        s.last_refused,
        when(s.last_pull_at),
        taxii_timestamp(s.next_pull_at),
        s.last_error
            .as_ref()
            .map(|e| format!("\terror: {e}"))
            .unwrap_or_default()
    );
}

pub(crate) async fn feed(s: &Settings, cmd: FeedCmd) -> Result<()> {
    let center = open_center(s).await?;
    let names = center.member_names().await?;
    match cmd {
        FeedCmd::Add {
            name,
            api_root,
            collection,
            auth,
            username,
            secret_stdin,
            member,
            user,
            into,
            tlp,
            release_to,
            start,
            interval,
            ca,
        } => {
            let ca = match ca {
                Some(path) => Some(std::fs::read_to_string(&path).with_context(|| {
                    format!("cannot read the certificate authority {}", path.display())
                })?),
                None => None,
            };
            let secret = if secret_stdin {
                let mut text = String::new();
                std::io::stdin().read_to_string(&mut text)?;
                Some(text.trim().to_string())
            } else {
                None
            };
            let f = center
                .add_feed(
                    Authority::Console,
                    FeedDraft {
                        name,
                        api_root,
                        remote_collection: collection,
                        auth,
                        username,
                        secret,
                        member,
                        user,
                        collection: into,
                        tlp,
                        release_to,
                        start,
                        interval_secs: Some(interval),
                        ca,
                    },
                )
                .await?;
            println!(
                "Registered feed {}: {}collections/{}/ every {} s",
                f.name, f.api_root, f.remote_collection, f.interval_secs
            );
        }
        FeedCmd::List => {
            for f in center.feeds(Authority::Console).await? {
                show(&f, &names);
            }
        }
        FeedCmd::Show { name } => {
            let f = center.feed(Authority::Console, &name).await?;
            show(&f, &names);
            for r in &f.state.refusals {
                println!(
                    "refused\t{}\t{}\t{}",
                    r.id,
                    r.version,
                    r.message.as_deref().unwrap_or("")
                );
            }
        }
        FeedCmd::Pull { name } => {
            center
                .restart_feed(Authority::Console, &name, false)
                .await?;
            server::install_crypto();
            let state = server::AppState::new(center, server::ServerConfig::default());
            let node = format!("console-{}", uuid::Uuid::new_v4());
            let pulled = server::feeds::pull_due(
                &state,
                &node,
                Duration::from_secs(domain::feeds::model::REQUEST_TIMEOUT_SECS.unsigned_abs()),
            )
            .await?;
            match pulled.into_iter().find(|(n, _)| *n == name) {
                Some((_, p)) => {
                    println!(
                        "{name}: {} pages, {} objects taken, {} refused",
                        p.pages, p.taken, p.refused
                    );
                    if let Some(e) = p.error {
                        bail!("the pull stopped: {e}");
                    }
                }
                None => bail!(
                    "feed {name} is being pulled by a running server; see `liaison feed show {name}`"
                ),
            }
        }
        FeedCmd::Reset { name } => {
            center.restart_feed(Authority::Console, &name, true).await?;
            println!("{name} starts over from its start date at the next pull");
        }
        FeedCmd::Remove { name } => {
            center.remove_feed(Authority::Console, &name).await?;
            println!("Removed feed {name}");
        }
    }
    Ok(())
}
