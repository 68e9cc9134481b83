//! Operations and deconfliction from the console: register an operation, register its
//! selectors in bulk from a CSV file, and read what met another member's work.

use domain::operations::model::{SelectorKind, normalise};
use domain::operations::{MOST_PER_REQUEST, SelectorDraft};

use super::*;

#[derive(Subcommand)]
pub(crate) enum OperationCmd {
    /// Register an operation of the user's member; prints its id.
    Register {
        /// An analyst or liaison officer of the member.
        #[arg(long = "as")]
        as_user: String,
        #[arg(long)]
        name: String,
        /// Whom another member calls when its work meets this operation.
        #[arg(long)]
        contact: String,
    },
    /// The user's member's operations.
    List {
        #[arg(long = "as")]
        as_user: String,
    },
    /// Register selectors from a CSV file of `kind,value,reference` lines (a header line
    /// `kind,value,reference` is allowed). Every line is checked before any is sent: a bad
    /// line is named with its field, and nothing is registered until the file is right.
    Import {
        #[arg(long = "as")]
        as_user: String,
        /// The operation's id.
        #[arg(long)]
        operation: i64,
        file: PathBuf,
    },
    /// Close an operation: its selectors and events match nothing more.
    Close {
        #[arg(long = "as")]
        as_user: String,
        #[arg(long)]
        operation: i64,
    },
    /// The deconflictions the user's member is a side of.
    Deconflictions {
        #[arg(long = "as")]
        as_user: String,
    },
}

pub(crate) async fn operation(s: &Settings, cmd: OperationCmd) -> Result<()> {
    match cmd {
        OperationCmd::Import {
            as_user,
            operation,
            file,
        } => {
            // The file is read and checked before the center is opened: a bad file costs
            // nothing.
            let lines = read_selectors(&file)?;
            let mut center = open_center(s).await?;
            take_deconfliction_key(&mut center, s).await?;
            // The operators' console imports a member's whole list: the hourly budget is for
            // what members' clients register.
            center.set_registrations_per_hour(u32::MAX);
            let actor = center.console_actor(&as_user).await?;
            import(&center, &actor, operation, &lines).await
        }
        OperationCmd::Register {
            as_user,
            name,
            contact,
        } => {
            let mut center = open_center(s).await?;
            take_deconfliction_key(&mut center, s).await?;
            let actor = center.console_actor(&as_user).await?;
            let o = center.register_operation(&actor, &name, &contact).await?;
            println!("{}", o.id);
            Ok(())
        }
        OperationCmd::List { as_user } => {
            let mut center = open_center(s).await?;
            take_deconfliction_key(&mut center, s).await?;
            let actor = center.console_actor(&as_user).await?;
            for o in center.operations(&actor).await? {
                println!("{}\t{}\t{}\t{}", o.id, o.status.as_str(), o.name, o.contact);
            }
            Ok(())
        }
        OperationCmd::Close { as_user, operation } => {
            let mut center = open_center(s).await?;
            take_deconfliction_key(&mut center, s).await?;
            let actor = center.console_actor(&as_user).await?;
            center.close_operation(&actor, operation).await?;
            println!("Operation {operation} is closed: it matches nothing more.");
            Ok(())
        }
        OperationCmd::Deconflictions { as_user } => {
            let mut center = open_center(s).await?;
            take_deconfliction_key(&mut center, s).await?;
            let actor = center.console_actor(&as_user).await?;
            let names = center.member_names().await?;
            for d in center.deconflictions(&actor).await? {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\tcall: {}",
                    taxii_timestamp(d.at),
                    d.kind.as_str(),
                    d.own.operation_name,
                    d.own.what,
                    d.own.reference.unwrap_or_default(),
                    names.get(&d.other_member).cloned().unwrap_or_default(),
                    d.other_contact
                );
            }
            Ok(())
        }
    }
}

/// A selector line of the file, with its line number.
struct Line {
    number: u64,
    draft: SelectorDraft,
}

/// The file's selectors, each checked as the center will check it; every bad line is named
/// with its field.
fn read_selectors(file: &std::path::Path) -> Result<Vec<Line>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_path(file)
        .with_context(|| format!("cannot read {}", file.display()))?;
    let (mut lines, mut bad) = (Vec::new(), Vec::new());
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                bad.push(format!("{e}"));
                continue;
            }
        };
        let number = record.position().map_or(0, |p| p.line());
        let field = |i: usize| record.get(i).unwrap_or_default().to_string();
        // A reference with commas the file did not quote is kept whole.
        let reference = record.iter().skip(2).collect::<Vec<_>>().join(",");
        let (kind, value) = (field(0), field(1));
        if number == 1 && kind.eq_ignore_ascii_case("kind") {
            continue;
        }
        if kind.is_empty() && value.is_empty() {
            continue;
        }
        match SelectorKind::parse(&kind) {
            None => bad.push(format!(
                "line {number}, kind: '{kind}' is no kind of selector: use phone, email, iban, plate, ip, domain, identifier or object"
            )),
            Some(k) => {
                if let Err(why) = normalise(k, &value) {
                    bad.push(format!("line {number}, value: {why}"));
                }
            }
        }
        if reference.chars().count() > 200 {
            bad.push(format!(
                "line {number}, reference: a reference is at most 200 characters"
            ));
        }
        lines.push(Line {
            number,
            draft: SelectorDraft {
                kind,
                value,
                reference: Some(reference).filter(|r| !r.is_empty()),
            },
        });
    }
    if !bad.is_empty() {
        let shown = bad.len().min(50);
        bail!(
            "{} bad line(s) in {}; nothing was registered. Correct them and run the import again:\n{}{}",
            bad.len(),
            file.display(),
            bad.iter()
                .take(shown)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n"),
            if bad.len() > shown {
                format!("\n... and {} more", bad.len() - shown)
            } else {
                String::new()
            }
        );
    }
    if lines.is_empty() {
        bail!("{} holds no selector line", file.display());
    }
    Ok(lines)
}

async fn import(
    center: &Center,
    actor: &domain::Actor,
    operation: i64,
    lines: &[Line],
) -> Result<()> {
    let names = center.member_names().await?;
    let bar = indicatif::ProgressBar::new(lines.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} selectors {per_sec} {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let (mut stored, mut already, mut found, mut held) = (0usize, 0usize, Vec::new(), Vec::new());
    for part in lines.chunks(MOST_PER_REQUEST) {
        let drafts: Vec<SelectorDraft> = part.iter().map(|l| l.draft.clone()).collect();
        let first = part.first().map_or(0, |l| l.number);
        let last = part.last().map_or(0, |l| l.number);
        let r = center
            .add_selectors(actor, operation, &drafts)
            .await
            .with_context(|| {
                format!(
                    "lines {first} to {last} were refused (the line numbers in the message count from line {first}); the {stored} selectors before them are registered, and running the import again skips them"
                )
            })?;
        stored += r.items.len();
        already += r.already;
        found.extend(r.deconflictions);
        held.extend(r.intelligence);
        bar.inc(part.len() as u64);
    }
    bar.finish_and_clear();
    println!(
        "Registered {stored} selectors in operation {operation} ({already} were registered already)."
    );
    if found.is_empty() {
        println!("None met another member's operation.");
    } else {
        println!(
            "{} met another member's operation; call them before acting:",
            found.len()
        );
        for d in found {
            println!(
                "  {} {}: {} - call {}",
                d.own.what,
                d.own.reference.unwrap_or_default(),
                names.get(&d.other_member).cloned().unwrap_or_default(),
                d.other_contact
            );
        }
    }
    for m in held {
        println!(
            "  intelligence of {} names a selector: {}",
            names.get(&m.originator).cloned().unwrap_or_default(),
            m.object
        );
    }
    Ok(())
}
