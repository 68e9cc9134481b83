//! Correlation keys and webhooks.

use super::*;

#[derive(Subcommand)]
pub(crate) enum CorrelationCmd {
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
pub(crate) enum WebhookCmd {
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
        /// release_request, release_decision, release, hit, meeting, action_item, statistics).
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
pub(crate) enum NetworkCmd {
    /// Let the center's connections out (webhooks, feeds) reach these networks besides public
    /// addresses (replaces the list; none to allow none): a receiver or a TAXII server inside
    /// the center's own network, say. Loopback, private, link-local and cloud metadata
    /// addresses are refused otherwise.
    Allow {
        /// Networks or addresses, such as 10.1.0.0/16 or 127.0.0.1.
        networks: Vec<String>,
    },
    /// The networks allowed besides public addresses.
    List,
}

pub(crate) async fn network(s: &Settings, cmd: NetworkCmd) -> Result<()> {
    let center = open_center(s).await?;
    let d = match cmd {
        NetworkCmd::Allow { networks } => {
            center.allow_networks(Authority::Console, &networks).await?
        }
        NetworkCmd::List => center.reachable_networks().await?,
    };
    if d.allowed().is_empty() {
        println!("Webhooks and feeds reach public addresses only");
    }
    for n in d.allowed() {
        println!("Webhooks and feeds may reach {n}");
    }
    Ok(())
}

pub(crate) async fn correlation(s: &Settings, cmd: CorrelationCmd) -> Result<()> {
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

pub(crate) async fn webhook(s: &Settings, cmd: WebhookCmd) -> Result<()> {
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
