//! Users, tokens, collections and sharing groups.

use super::*;

#[derive(Subcommand)]
pub(crate) enum UserCmd {
    /// Add a user to a member, with a password read from standard input or an invitation link.
    Add {
        username: String,
        #[arg(long)]
        member: String,
        /// analyst, liaison_officer, delegate, member_administrator, secretariat, administrator
        /// (repeat or comma-separate).
        #[arg(long = "role", value_delimiter = ',', required = true)]
        roles: Vec<String>,
        /// Read the password from standard input (otherwise the user has tokens only).
        #[arg(long)]
        password_stdin: bool,
        /// Keep that password: the user does not have to choose another at first sign-in (for
        /// a password its holder typed here, or a system's).
        #[arg(long, requires = "password_stdin")]
        permanent: bool,
    },
    /// Add a user without a password and print the link with which they choose one (valid 7
    /// days, once).
    Invite {
        username: String,
        #[arg(long)]
        member: String,
        #[arg(long = "role", value_delimiter = ',', required = true)]
        roles: Vec<String>,
        /// The name people see.
        #[arg(long, default_value = "")]
        display_name: String,
    },
    /// Set a user's password from standard input; they must choose another at first sign-in
    /// unless --permanent. Their sessions end.
    Password {
        username: String,
        #[arg(long)]
        permanent: bool,
    },
    /// Print a link with which the user sets a new password (valid 24 hours, once).
    Reset { username: String },
    /// Stop a user from signing in (their sessions end; tokens stop working until enabled).
    Disable { username: String },
    /// Let a disabled user sign in again.
    Enable { username: String },
    /// Replace a user's roles.
    Roles {
        username: String,
        #[arg(long = "role", value_delimiter = ',', required = true)]
        roles: Vec<String>,
    },
    /// Remove a user's second factor (a lost device and lost recovery codes).
    RemoveSecondFactor { username: String },
    /// Require a second factor of everyone who signs in with a password ("required"), or
    /// leave it to each user ("optional").
    SecondFactorPolicy { policy: String },
    /// List users.
    List {
        #[arg(long)]
        member: Option<String>,
    },
}

#[derive(Subcommand)]
pub(crate) enum CertificateCmd {
    /// Register a client certificate (mutual TLS) for a user: a systems's own certificate, or
    /// with --authority a certificate authority whose client certificates all stand for the
    /// user.
    Add {
        username: String,
        /// The certificate, PEM.
        #[arg(long)]
        pem: PathBuf,
        #[arg(long)]
        name: String,
        #[arg(long)]
        authority: bool,
    },
    /// List the certificates registered (to one member's users with --member).
    List {
        #[arg(long)]
        member: Option<String>,
    },
    /// Revoke a registration by its id.
    Revoke { id: i64 },
}

#[derive(Subcommand)]
pub(crate) enum TokenCmd {
    /// Create a token for a user; it is shown once.
    Create {
        username: String,
        #[arg(long, default_value = "cli")]
        name: String,
        /// read (may not change anything) or write.
        #[arg(long, default_value = "write")]
        scope: String,
        /// Refused from then on (RFC 3339); never if left out.
        #[arg(long)]
        expires: Option<String>,
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

fn read_password() -> Result<String> {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

fn initial(password: &str, permanent: bool) -> InitialPassword<'_> {
    if permanent {
        InitialPassword::Kept(password)
    } else {
        InitialPassword::Temporary(password)
    }
}

pub(crate) async fn user(s: &Settings, cmd: UserCmd) -> Result<()> {
    let center = open_center(s).await?;
    match cmd {
        UserCmd::Add {
            username,
            member,
            roles,
            password_stdin,
            permanent,
        } => {
            let password = if password_stdin {
                Some(read_password()?)
            } else {
                None
            };
            let u = center
                .add_user(
                    Authority::Console,
                    &member,
                    &username,
                    parse_roles(&roles)?,
                    password.as_deref().map(|p| initial(p, permanent)),
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
        UserCmd::Invite {
            username,
            member,
            roles,
            display_name,
        } => {
            let (u, token) = center
                .invite_user(
                    Authority::Console,
                    domain::users::NewAccount {
                        member,
                        username,
                        display_name,
                        roles: parse_roles(&roles)?,
                    },
                )
                .await?;
            eprintln!(
                "Invited {}. Send them this link on your center's address (valid 7 days, once; shown only now):",
                u.username
            );
            println!("/set-password?token={token}");
        }
        UserCmd::Password {
            username,
            permanent,
        } => {
            let password = read_password()?;
            center
                .set_password(Authority::Console, &username, initial(&password, permanent))
                .await?;
            println!(
                "Set the password of {username}{}",
                if permanent {
                    ""
                } else {
                    "; they choose their own at first sign-in"
                }
            );
        }
        UserCmd::Reset { username } => {
            let token = center.reset_password(Authority::Console, &username).await?;
            eprintln!(
                "Send {username} this link on your center's address (valid 24 hours, once; shown only now):"
            );
            println!("/set-password?token={token}");
        }
        UserCmd::Disable { username } => {
            center
                .update_user(
                    Authority::Console,
                    &username,
                    domain::store::UserChange {
                        disabled: Some(true),
                        ..Default::default()
                    },
                )
                .await?;
            println!("Disabled {username}; their sessions have ended");
        }
        UserCmd::Enable { username } => {
            center
                .update_user(
                    Authority::Console,
                    &username,
                    domain::store::UserChange {
                        disabled: Some(false),
                        ..Default::default()
                    },
                )
                .await?;
            println!("{username} may sign in again");
        }
        UserCmd::Roles { username, roles } => {
            let u = center
                .update_user(
                    Authority::Console,
                    &username,
                    domain::store::UserChange {
                        roles: Some(parse_roles(&roles)?),
                        ..Default::default()
                    },
                )
                .await?;
            println!(
                "{} has the roles {}",
                u.username,
                u.roles
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            );
        }
        UserCmd::RemoveSecondFactor { username } => {
            center
                .remove_second_factor(
                    Authority::Console,
                    &username,
                    None,
                    &domain::credentials::Client::default(),
                )
                .await?;
            println!("Removed the second factor of {username}");
        }
        UserCmd::SecondFactorPolicy { policy } => {
            let required = match policy.as_str() {
                "required" => true,
                "optional" => false,
                other => bail!("'{other}' is not a policy: say required or optional"),
            };
            center
                .require_second_factor(Authority::Console, required)
                .await?;
            println!(
                "A second factor is {}",
                if required {
                    "required of everyone who signs in with a password"
                } else {
                    "each user's choice"
                }
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
        TokenCmd::Create {
            username,
            name,
            scope,
            expires,
        } => {
            let scope = domain::Scope::parse(&scope)
                .ok_or_else(|| anyhow::anyhow!("--scope is read or write, not '{scope}'"))?;
            let expires_at = expires
                .map(|e| domain::input::time("expires", &e))
                .transpose()?;
            let (t, text) = center
                .create_token(
                    Authority::Console,
                    &username,
                    domain::users::TokenDraft {
                        name,
                        scope,
                        expires_at,
                    },
                )
                .await?;
            eprintln!("Token {} for {} (shown only now):", t.id, username);
            println!("{text}");
        }
        TokenCmd::Revoke { id } => {
            center.revoke_token(Authority::Console, id).await?;
            println!("Revoked token {id}");
        }
        TokenCmd::List { username } => {
            let now = center.now();
            for t in center.tokens(Authority::Console, &username).await? {
                println!(
                    "{}\t{}\t{}\tcreated {}\tlast used {}\t{}",
                    t.id,
                    t.name,
                    t.scope.as_str(),
                    taxii_timestamp(t.created_at),
                    t.last_used_at
                        .map(taxii_timestamp)
                        .unwrap_or_else(|| "never".into()),
                    if t.revoked_at.is_some() {
                        "revoked"
                    } else if t.live(now) {
                        "live"
                    } else {
                        "expired"
                    }
                );
            }
        }
    }
    Ok(())
}

pub(crate) async fn certificate(s: &Settings, cmd: CertificateCmd) -> Result<()> {
    let center = open_center(s).await?;
    match cmd {
        CertificateCmd::Add {
            username,
            pem,
            name,
            authority,
        } => {
            let text = std::fs::read_to_string(&pem)
                .with_context(|| format!("cannot read the certificate {}", pem.display()))?;
            let c = center
                .register_certificate(
                    Authority::Console,
                    &username,
                    domain::certificates::CertificateDraft {
                        name,
                        pem: text,
                        kind: if authority {
                            domain::CertificateKind::Authority
                        } else {
                            domain::CertificateKind::Certificate
                        },
                    },
                )
                .await?;
            println!(
                "Registered {} {} (sha256 {}) for {username}",
                c.kind.as_str(),
                c.id,
                c.fingerprint
            );
        }
        CertificateCmd::List { member } => {
            let users: std::collections::HashMap<domain::UserId, String> = center
                .users(Authority::Console, member.as_deref())
                .await?
                .into_iter()
                .map(|u| (u.id, u.username))
                .collect();
            for c in center
                .certificates(Authority::Console, member.as_deref())
                .await?
            {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    c.id,
                    c.kind.as_str(),
                    c.name,
                    users.get(&c.user_id).map_or("?", String::as_str),
                    c.fingerprint,
                    if c.revoked_at.is_some() {
                        "revoked"
                    } else {
                        "live"
                    }
                );
            }
        }
        CertificateCmd::Revoke { id } => {
            center.revoke_certificate(Authority::Console, id).await?;
            println!("Revoked certificate {id}");
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
