//! Users, tokens, collections and sharing groups.

use super::*;

#[derive(Subcommand)]
pub(crate) enum UserCmd {
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
pub(crate) enum TokenCmd {
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
pub(crate) enum CollectionCmd {
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
pub(crate) enum GroupCmd {
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

pub(crate) async fn user(s: &Settings, cmd: UserCmd) -> Result<()> {
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

pub(crate) async fn token(s: &Settings, cmd: TokenCmd) -> Result<()> {
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

pub(crate) async fn collection(s: &Settings, cmd: CollectionCmd) -> Result<()> {
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

pub(crate) async fn group(s: &Settings, cmd: GroupCmd) -> Result<()> {
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
