//! The audit chain: verify it, sign and export checkpoints, read the log.

use super::*;

#[derive(Subcommand)]
pub(crate) enum AuditCmd {
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

pub(crate) async fn audit(s: &Settings, cmd: AuditCmd) -> Result<()> {
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
