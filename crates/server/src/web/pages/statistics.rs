//! Statistics, and the reports the presidency publishes.

use super::*;

#[derive(Template)]
#[template(path = "web/statistics.html")]
pub(super) struct Statistics {
    ctx: Ctx,
    /// The period exactly, as RFC 3339 UTC, for the links to the printable report, its CSV and
    /// JSON, and the publish form.
    from: String,
    to: String,
    /// The period's days on the reader's clock, as the date fields show them (an open end
    /// empty).
    from_day: String,
    to_day: String,
    body: Option<String>,
    /// The report is being counted; the page reloads until it is ready.
    compiling: bool,
    /// Newest first.
    reports: Vec<domain::statistics::ReportSummary>,
    /// Meetings whose agenda a published report may go on.
    meetings: Vec<MeetingSummary>,
    /// The publish form as typed, after it was refused.
    publish: PublishForm,
    /// Why the period or the publish form was refused, by field.
    errors: FieldErrors,
    /// Whether the user publishes reports (the presidency, the secretariat).
    publishes: bool,
    /// Periods people ask for: the reader's words and the period's start, as a date.
    presets: Vec<(String, String)>,
}

impl Statistics {
    fn meeting_chosen(&self, id: &i64) -> bool {
        self.publish.meeting.trim() == id.to_string()
    }
}

#[derive(Deserialize)]
pub(super) struct PeriodParams {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// The period typed on the statistics page, or what is wrong with it.
/// Dates are read on the reader's clock (`zone`); exact RFC 3339 times, as the page's own
/// links and forms carry them, as they are.
pub(super) fn typed_period(
    state: &State,
    from: &str,
    to: &str,
    zone: Option<&str>,
) -> Result<domain::statistics::Period, String> {
    let read = || {
        let from = domain::input::optional_time_in("from", from, zone)?;
        let to = domain::input::optional_time_in("to", to, zone)?;
        state.center.statistics_period(from, to)
    };
    read().map_err(|e| crate::error::Problem::from(e).detail)
}

/// How long the statistics page waits for a report being counted before it answers with
/// progress instead.
pub(super) const STATISTICS_WAIT: std::time::Duration = std::time::Duration::from_millis(1_500);

pub(super) async fn statistics(
    St(state): St<State>,
    s: Session,
    Query(p): Query<PeriodParams>,
) -> Page {
    let publish = PublishForm::default();
    render(statistics_page(&state, &s, p, publish, FieldErrors::new()).await?)
}

/// The statistics page for a period; after a refused publish form, with what was typed and why.
pub(super) async fn statistics_page(
    state: &State,
    s: &Session,
    p: PeriodParams,
    publish: PublishForm,
    mut errors: FieldErrors,
) -> Result<Statistics, WebError> {
    let c = &state.center;
    let w = &s.words;
    let now = c.now();
    let day = |micros: i64| s.words.reading.day_input(micros);
    let this_year = format!("{}-01-01", day(now).get(..4).unwrap_or("1970"));
    let presets = vec![
        (w.t("stat-preset-founding"), String::new()),
        (
            w.t("stat-preset-12-months"),
            day(now - 365 * 86_400 * 1_000_000),
        ),
        (w.t("stat-preset-this-year"), this_year),
        (
            w.t("stat-preset-30-days"),
            day(now - 30 * 86_400 * 1_000_000),
        ),
    ];
    let mut page = Statistics {
        ctx: s.ctx(&w.t("stat-title")),
        publishes: c.keeps_meetings(&s.actor).await?,
        presets,
        from: p.from.clone(),
        to: p.to.clone(),
        from_day: p.from.clone(),
        to_day: p.to.clone(),
        body: None,
        compiling: false,
        reports: c.published_reports().await?.into_iter().rev().collect(),
        meetings: {
            let names = Names(c.member_names().await?);
            c.meetings()
                .await?
                .iter()
                .map(|m| MeetingSummary::of(m, &names))
                .collect()
        },
        publish,
        errors: FieldErrors::new(),
    };
    let zone = s.words.reading.zone.name();
    match typed_period(state, &p.from, &p.to, zone) {
        Ok(period) => {
            let open_ended = p.to.trim().is_empty();
            let kept = match c.statistics_if_kept(&s.actor, period, open_ended).await? {
                (Some(r), _) => Some(r),
                (None, false) => None,
                (None, true) => {
                    // A large center's first report takes a while to count: it is counted in
                    // the background, and if it is not ready within a moment the page answers,
                    // says so, and reloads until the report is kept.
                    let (state, actor) = (state.clone(), s.actor.clone());
                    let counting = tokio::spawn(async move {
                        state.center.statistics(&actor, period, open_ended).await
                    });
                    match tokio::time::timeout(STATISTICS_WAIT, counting).await {
                        Ok(Ok(r)) => Some(r?),
                        _ => None,
                    }
                }
            };
            match kept {
                Some(r) => {
                    page.from = r.from.clone();
                    page.to = r.to.clone();
                    page.from_day = day(r.period.from);
                    if !open_ended {
                        page.to_day = day(r.period.to);
                    }
                    page.body = Some(crate::report::body(&r, s.words).render()?);
                }
                None => page.compiling = true,
            }
        }
        Err(why) => {
            errors.insert("period", why);
        }
    }
    page.errors = errors;
    Ok(page)
}

#[derive(Deserialize, Default)]
pub(super) struct PublishForm {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    meeting: String,
    /// The tick box that says the user means it.
    #[serde(flatten)]
    confirmed: Confirmed,
}

pub(super) async fn publish(St(state): St<State>, p: Posted<PublishForm>) -> Page {
    let c = &state.center;
    let mut errors = FieldErrors::new();
    let meeting = match p.form.meeting.trim() {
        "" => None,
        m => match m.parse::<i64>() {
            Ok(m) => Some(m),
            Err(_) => {
                errors.insert("publish.meeting", p.session.words.t("stat-choose-meeting"));
                None
            }
        },
    };
    let period = typed_period(
        &state,
        &p.form.from,
        &p.form.to,
        p.session.words.reading.zone.name(),
    );
    // A report goes to every member and stays: the box says so and must be ticked.
    if !p.form.confirmed.given() {
        errors.insert("publish.confirm", p.session.words.t("stat-publish-tick"));
    }
    if let (Ok(period), true) = (&period, errors.is_empty()) {
        let by = Authority::Administrator(&p.session.actor);
        match c
            .publish_statistics(by, *period, &p.form.title, meeting)
            .await
        {
            Ok(r) => return see_other(&format!("/statistics/reports/{}", r.id)),
            Err(domain::Error::NotFound(_)) => {
                errors.insert("publish.meeting", p.session.words.t("stat-no-such-meeting"));
            }
            r => {
                form_error(r, &mut errors, "publish.form")?;
            }
        }
    }
    // The period's own error (if any) is found again as the page is built.
    let Posted { session, form } = p;
    let period = PeriodParams {
        from: form.from.clone(),
        to: form.to.clone(),
    };
    refused(statistics_page(&state, &session, period, form, errors).await?)
}

#[derive(Template)]
#[template(path = "web/report.html")]
pub(super) struct ReportPage {
    ctx: Ctx,
    id: i64,
    body: String,
}

pub(super) async fn report(St(state): St<State>, s: Session, Path(id): Path<i64>) -> Page {
    if !s.actor.reader().active {
        return Err(domain::Error::NotFound("published report").into());
    }
    let (summary, r) = state.center.published_report(id).await?;
    render(ReportPage {
        ctx: s.ctx(&report_title(&s.words, &summary)),
        id,
        body: crate::report::body(&r, s.words).render()?,
    })
}

/// A published report's title as its reader reads it: the automatic one in their words and
/// dates, one its publisher gave as written.
pub(super) fn report_title(
    w: &crate::i18n::Words,
    r: &domain::statistics::ReportSummary,
) -> String {
    // English on the Gregorian calendar reads the automatic title as it is stored.
    let as_stored = w.language == domain::language::Language::En
        && matches!(
            w.reading.calendar,
            None | Some(domain::language::Calendar::Gregorian)
        );
    if r.has_automatic_title() && !as_stored {
        w.t2(
            "stat-automatic-title",
            "from",
            day_at(&r.from),
            "to",
            day_at(&r.to),
        )
    } else {
        r.title.clone()
    }
}
