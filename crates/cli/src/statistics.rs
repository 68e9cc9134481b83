//! Statistics and the reports the presidency publishes.

use super::*;

#[derive(Subcommand)]
pub(crate) enum StatisticsCmd {
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
        /// The printable report's language: en, fr, ar, fa or ru.
        #[arg(long, default_value = "en")]
        language: String,
    },
}

pub(crate) async fn statistics(s: &Settings, cmd: StatisticsCmd) -> Result<()> {
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
        StatisticsCmd::Show {
            id,
            format,
            out,
            language,
        } => {
            let language = domain::language::Language::choice("language", &language)?
                .unwrap_or(domain::language::Language::En);
            let (_, r) = center.published_report(id).await?;
            let text = match format.as_str() {
                "csv" => server::report::csv(&r)?,
                "html" => server::report::html(&r, server::i18n::Words::new(language))?,
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
