//! How many members and users one node holds (issue 20, item 5), in process on a fresh store:
//! adding N members and U users each (invited, so no password is hashed), then what every
//! request and page pays for them: authenticating a token the first time (read from the store)
//! and again (remembered), the member list every page names members from, one member's users,
//! and every user of the center.
//!
//! `cargo run --release --locked -p liaison-bench --bin accounts -- [--members N] [--users U]
//! [--tokens T] [--postgres]`

use std::time::{Duration, Instant};

use anyhow::Result;
use clap::Parser;
use domain::credentials::{Attempt, Credential, Purpose};
use domain::service::Authority;
use domain::users::TokenDraft;
use domain::{Role, Scope};

#[path = "fresh.rs"]
mod fresh;

#[derive(Parser)]
struct Args {
    /// Members added.
    #[arg(long, default_value_t = 1_000)]
    members: usize,
    /// Users added to each member.
    #[arg(long, default_value_t = 10)]
    users: usize,
    /// Users given an API token, spread over the members, each authenticated twice.
    #[arg(long, default_value_t = 2_000)]
    tokens: usize,
    /// A new PostgreSQL database on the local server (dropped afterwards) instead of SQLite.
    #[arg(long)]
    postgres: bool,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).copied().unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1_000.0
}

/// p50 and p99 of `times`, in milliseconds, as one line's end.
fn spread(mut times: Vec<Duration>) -> String {
    times.sort();
    format!(
        "p50 {:.3} ms, p99 {:.3} ms",
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99))
    )
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let fresh = fresh::center(args.postgres).await?;
    let backend = fresh.backend;
    let center = &fresh.center;

    let member = |m: usize| format!("m{m:05}");
    let started = Instant::now();
    for m in 0..args.members {
        let name = member(m);
        center
            .add_member(Authority::Console, &name, &format!("Agency {m}"), false)
            .await?;
    }
    let took = started.elapsed();
    println!(
        "{backend}: added {} members in {:.1} s ({:.0}/s)",
        args.members,
        took.as_secs_f64(),
        args.members as f64 / took.as_secs_f64().max(1e-9)
    );
    let started = Instant::now();
    for m in 0..args.members {
        for u in 0..args.users {
            center
                .add_user(
                    Authority::Console,
                    &member(m),
                    &format!("u{m:05}x{u:03}"),
                    vec![Role::Analyst],
                    None,
                )
                .await?;
        }
    }
    let took = started.elapsed();
    let users = args.members * args.users;
    println!(
        "{backend}: added {users} users in {:.1} s ({:.0}/s)",
        took.as_secs_f64(),
        users as f64 / took.as_secs_f64().max(1e-9)
    );

    // Tokens for users spread over every member, each authenticated twice.
    let mut secrets = Vec::new();
    for t in 0..args.tokens.min(users) {
        let m = t % args.members;
        let u = (t / args.members) % args.users.max(1);
        let (_, secret) = center
            .create_token(
                Authority::Console,
                &format!("u{m:05}x{u:03}"),
                TokenDraft {
                    name: "poller".into(),
                    scope: Scope::Read,
                    expires_at: None,
                },
            )
            .await?;
        secrets.push(secret);
    }
    for round in ["first use (read from the store)", "again (remembered)"] {
        let mut times = Vec::with_capacity(secrets.len());
        for s in &secrets {
            let t = Instant::now();
            center
                .authenticate(Attempt {
                    credential: Credential::Bearer(s),
                    purpose: Purpose::Read,
                    address: None,
                })
                .await?;
            times.push(t.elapsed());
        }
        println!(
            "{backend}: a token's authentication, {} tokens, {round}: {}",
            secrets.len(),
            spread(times)
        );
    }

    // What pages read: the members (remembered), one member's users, every user.
    let mut times = Vec::new();
    for _ in 0..200 {
        let t = Instant::now();
        let names = center.member_names().await?;
        anyhow::ensure!(names.len() > args.members, "every member named");
        times.push(t.elapsed());
    }
    println!(
        "{backend}: every member's name, as each page reads them, {} members: {}",
        args.members + 1,
        spread(times)
    );
    let mut times = Vec::new();
    for m in (0..args.members).step_by((args.members / 100).max(1)) {
        let t = Instant::now();
        center.users(Authority::Console, Some(&member(m))).await?;
        times.push(t.elapsed());
    }
    println!(
        "{backend}: one member's {} users: {}",
        args.users,
        spread(times)
    );
    let mut times = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        let all = center.users(Authority::Console, None).await?;
        anyhow::ensure!(all.len() >= users, "every user listed");
        times.push(t.elapsed());
    }
    println!(
        "{backend}: every user of the center, {users}: {}",
        spread(times)
    );
    Ok(())
}
