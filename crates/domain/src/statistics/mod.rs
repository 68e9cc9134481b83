//! The statistics and achievements report: what the exchange did since the center's founding
//! date (or in any period), in total and by member.
//!
//! Totals are center-wide and everyone sees them. The breakdown by member counts only objects
//! the viewer may see, except in a report the presidency or secretariat published, which counts
//! everything and is then frozen as it was published.

pub mod model;
pub use model::*;

use crate::audit::AuditActor;
use crate::exchange::{HitAnswer, RequestStatus};
use crate::meetings::AgendaLink;
use crate::release::visibility;
use crate::service::{Authority, Center};
use crate::store::Visibility;
use crate::{Actor, Error, MemberId, MemberStatus, Reader, Result};
use serde_json::json;
use std::collections::HashMap;

/// How many groups a report names.
const TOP_GROUPS: usize = 10;
/// How many of the most written-about groups are read to find the ones a report may name.
const GROUP_CANDIDATES: i64 = 100;
/// How many of the period's outcomes a report lists, newest first; all are counted.
const ACHIEVEMENTS: usize = 100;
/// How many versions of the objects a report may name are read per member.
const READ_FOR_NAMES: usize = 20_000;
impl Center {
    /// The default period: from the founding date to now.
    pub fn statistics_period(&self, from: Option<i64>, to: Option<i64>) -> Result<Period> {
        let from = from.unwrap_or(self.info().founded_at);
        let to = to.unwrap_or_else(|| self.now() + 1);
        if to <= from {
            return Err(Error::field(
                "to",
                "before-start",
                "the period's end must come after its start",
            ));
        }
        Ok(Period { from, to })
    }

    /// The report as `viewer` may see it: center-wide totals, and by member only what was
    /// released to the viewer's member (a subset of what its user may see).
    ///
    /// Compiling counts every object, which takes seconds in a large center, so reports are
    /// kept per member view and period. A report younger than [`CACHE_MICROS`] is served as
    /// is; an older one is served while [`Center::refresh_statistics`] compiles it afresh. Its
    /// `generated_at` tells its age.
    pub async fn statistics(
        &self,
        viewer: &Actor,
        period: Period,
        open_ended: bool,
    ) -> Result<Report> {
        let (key, within) = self.statistics_key(viewer, period, open_ended).await?;
        let r = match self.kept_statistics(&key, viewer) {
            Some(r) => Ok(r),
            None => {
                self.count_and_keep(&key, within, period, open_ended, viewer)
                    .await
            }
        };
        // No longer being counted, however it was answered: kept meanwhile, counted, or failed.
        // The report is kept before this, so a page that polls never sees neither.
        if let Ok(mut pending) = self.statistics_pending.lock() {
            pending.remove(&key);
        }
        r
    }

    /// Compiles a viewer's report and keeps it under `key`.
    async fn count_and_keep(
        &self,
        key: &str,
        within: Visibility,
        period: Period,
        open_ended: bool,
        viewer: &Actor,
    ) -> Result<Report> {
        let scope = Scope::Viewer {
            member: viewer.member.name.clone(),
        };
        let now = self.now();
        let r = self
            .compile_report(period, Some(within.clone()), scope)
            .await?;
        if let Ok(mut cache) = self.statistics_cache.lock() {
            cache.insert(
                key.to_string(),
                CachedReport {
                    compiled_at: now,
                    asked_at: now,
                    within,
                    period,
                    open_ended,
                    report: r.clone(),
                },
            );
        }
        Ok(r)
    }

    /// The report if it is kept; otherwise `Ok(None)`, and `start` tells the caller to run
    /// [`Center::statistics`] in the background unless a compile of this view is already
    /// under way. Pages use it to answer at once and show progress while a large center's
    /// first report is counted.
    pub async fn statistics_if_kept(
        &self,
        viewer: &Actor,
        period: Period,
        open_ended: bool,
    ) -> Result<(Option<Report>, bool)> {
        let (key, _) = self.statistics_key(viewer, period, open_ended).await?;
        if let Some(r) = self.kept_statistics(&key, viewer) {
            return Ok((Some(r), false));
        }
        let start = match self.statistics_pending.lock() {
            Ok(mut pending) => pending.insert(key),
            Err(_) => true,
        };
        Ok((None, start))
    }

    /// The cache key of a viewer's view of a period, and the view itself.
    async fn statistics_key(
        &self,
        viewer: &Actor,
        period: Period,
        open_ended: bool,
    ) -> Result<(String, Visibility)> {
        let within = visibility(&self.member_reader(&viewer.member).await?);
        let key = format!(
            "{:?}|{}|{}",
            within,
            period.from,
            if open_ended {
                "now".to_string()
            } else {
                period.to.to_string()
            }
        );
        Ok((key, within))
    }

    /// A kept report for `key`, marked as asked for now, in the viewer's scope.
    fn kept_statistics(&self, key: &str, viewer: &Actor) -> Option<Report> {
        let mut cache = self.statistics_cache.lock().ok()?;
        let entry = cache.get_mut(key)?;
        entry.asked_at = self.now();
        let mut r = entry.report.clone();
        r.scope = Scope::Viewer {
            member: viewer.member.name.clone(),
        };
        Some(r)
    }

    /// Compiles afresh the kept reports older than [`CACHE_MICROS`] that someone asked for in
    /// the last hour, and forgets the others; `liaison serve` runs it every 30 seconds.
    pub async fn refresh_statistics(&self) -> Result<usize> {
        let now = self.now();
        let due: Vec<(String, Visibility, Period, bool)> = match self.statistics_cache.lock() {
            Ok(mut cache) => {
                cache.retain(|_, e| now - e.asked_at < 3_600_000_000);
                cache
                    .iter()
                    .filter(|(_, e)| now - e.compiled_at >= CACHE_MICROS)
                    .map(|(k, e)| (k.clone(), e.within.clone(), e.period, e.open_ended))
                    .collect()
            }
            Err(_) => return Ok(0),
        };
        for (key, within, period, open_ended) in &due {
            let mut period = *period;
            if *open_ended {
                period.to = self.now() + 1;
            }
            let r = self
                .compile_report(
                    period,
                    Some(within.clone()),
                    Scope::Viewer {
                        member: String::new(),
                    },
                )
                .await?;
            if let Ok(mut cache) = self.statistics_cache.lock()
                && let Some(e) = cache.get_mut(key)
            {
                e.compiled_at = now;
                e.period = period;
                e.report = r;
            }
        }
        Ok(due.len())
    }

    /// Publishes the full report for a period (the presidency's and secretariat's business);
    /// with `meeting`, also adds it to that meeting's agenda.
    pub async fn publish_statistics(
        &self,
        by: Authority<'_>,
        period: Period,
        title: &str,
        meeting: Option<i64>,
    ) -> Result<ReportSummary> {
        self.check_presidency(&by).await.map_err(|_| {
            Error::Forbidden(
                "the statistics report is published by the presidency and the secretariat".into(),
            )
        })?;
        if let Some(m) = meeting {
            // Before anything is written: the meeting must exist.
            self.meeting(m).await?;
        }
        let published_by = match &by {
            Authority::Administrator(a) => a.member.id,
            Authority::Console => self.info().secretariat,
        };
        let title = if title.trim().is_empty() {
            automatic_title(&period)
        } else {
            title.trim().to_string()
        };
        let published_at = self.now();
        let names = self.member_names().await?;
        let report = self
            .compile_report(
                period,
                None,
                Scope::Published {
                    id: 0,
                    by: names.get(&published_by).cloned().unwrap_or_default(),
                },
            )
            .await?;
        let body = serde_json::to_string(&report)
            .map_err(|e| Error::store_cause("the report could not be encoded", e))?;
        let saved = self
            .store()
            .insert_report(NewReport {
                period,
                published_at,
                published_by,
                title: title.clone(),
                body,
            })
            .await?;
        self.record(
            AuditActor::authority(&by),
            "statistics.publish",
            &saved.id.to_string(),
            json!({"title": title, "from": report.from, "to": report.to, "meeting": meeting}),
        )
        .await?;
        if let Some(m) = meeting {
            self.add_agenda_item(
                by,
                m,
                &title,
                "The statistics and achievements report.",
                Some(AgendaLink::Report(saved.id)),
            )
            .await?;
        }
        self.notify_active_members(
            "statistics",
            published_at,
            json!({"report": saved.id, "title": title}),
        )
        .await?;
        Ok(self.summary(&saved, &names))
    }

    pub async fn published_reports(&self) -> Result<Vec<ReportSummary>> {
        let names = self.member_names().await?;
        Ok(self
            .store()
            .reports()
            .await?
            .iter()
            .map(|r| self.summary(r, &names))
            .collect())
    }

    /// A published report: every member may read it.
    /// With its summary (title, period, publisher).
    pub async fn published_report(&self, id: i64) -> Result<(ReportSummary, Report)> {
        let r = self
            .store()
            .report(id)
            .await?
            .ok_or(Error::NotFound("published report"))?;
        let mut report: Report = serde_json::from_str(&r.body)
            .map_err(|e| Error::store_cause(format!("published report {id} is damaged"), e))?;
        // The body is frozen before the row has its id.
        if let Scope::Published { id: slot, .. } = &mut report.scope {
            *slot = r.id;
        }
        Ok((self.summary(&r, &self.member_names().await?), report))
    }

    fn summary(&self, r: &PublishedReport, names: &HashMap<MemberId, String>) -> ReportSummary {
        ReportSummary {
            id: r.id,
            title: r.title.clone(),
            from: stix::timestamp::taxii_timestamp(r.period.from),
            to: stix::timestamp::taxii_timestamp(r.period.to),
            published_at: stix::timestamp::taxii_timestamp(r.published_at),
            published_by: names.get(&r.published_by).cloned().unwrap_or_default(),
        }
    }

    /// `within`: the viewer's visibility for the breakdown by member; `None` counts everything.
    async fn compile_report(
        &self,
        period: Period,
        within: Option<Visibility>,
        scope: Scope,
    ) -> Result<Report> {
        let store = self.store();
        let (from, to) = (period.from, period.to);
        let members = self.members().await?;
        let limit = self.noisy_limit().await?;
        let all = store.object_counts(from, to, vec![]).await?;
        let correlated_all = store.correlated_counts(from, to, vec![], limit).await?;

        // Center-wide totals: everything, and what was released to each member.
        let mut totals_by: HashMap<MemberId, Figures> = HashMap::new();
        add_contributed(&mut totals_by, &all);
        let mut totals = Figures::default();
        for f in totals_by.values() {
            sum_into(&mut totals, f);
        }
        totals.correlated = correlated_all.iter().map(|(_, n)| n).sum();
        let mut readers = Vec::with_capacity(members.len());
        for m in &members {
            // A suspended or withdrawn member still counts what it received while active.
            let reader = Reader {
                active: true,
                ..self.member_reader(m).await?
            };
            readers.push(visibility(&reader));
        }
        let received = store
            .object_counts_each(from, to, vec![], readers.clone())
            .await?;
        for (m, seen) in members.iter().zip(&received) {
            add_received(&mut totals, m.id, seen);
        }

        // By member: within the viewer's visibility, or everything for a published report.
        let mut by: HashMap<MemberId, Figures> = HashMap::new();
        let (counts, correlated) = match &within {
            Some(v) => (
                store.object_counts(from, to, vec![v.clone()]).await?,
                store
                    .correlated_counts(from, to, vec![v.clone()], limit)
                    .await?,
            ),
            None => (all, correlated_all),
        };
        add_contributed(&mut by, &counts);
        for (m, n) in correlated {
            by.entry(m).or_default().correlated = n;
        }
        let seen_by_viewer = match &within {
            Some(v) => {
                store
                    .object_counts_each(from, to, vec![v.clone()], readers)
                    .await?
            }
            // Unrestricted: what each member received is already counted.
            None => received,
        };
        for (m, seen) in members.iter().zip(&seen_by_viewer) {
            add_received(by.entry(m.id).or_default(), m.id, seen);
        }

        // The period's outcomes, read once: counted by member here, listed as achievements below.
        let outcomes: Vec<crate::tracked::model::Outcome> = self
            .store()
            .outcomes()
            .await?
            .into_iter()
            .filter(|o| o.occurred_at >= period.from && o.occurred_at < period.to)
            .collect();
        self.add_activity(period, &members, &outcomes, &mut totals, &mut by)
            .await?;

        let by_member = members
            .iter()
            .filter(|m| m.status != MemberStatus::Applicant)
            .map(|m| MemberFigures {
                member: m.name.clone(),
                display_name: m.display_name.clone(),
                figures: by.remove(&m.id).unwrap_or_default(),
            })
            .collect();
        let joint_operations = self.joint_figures(period, &outcomes).await?;
        let scope_within: Vec<Visibility> = within.into_iter().collect();
        let (top_groups, achievements) = self
            .named_in_report(period, scope_within, &members, outcomes)
            .await?;
        Ok(Report {
            joint_operations,
            top_groups,
            achievements,
            center: self.info().name.clone(),
            from: stix::timestamp::taxii_timestamp(from),
            to: stix::timestamp::taxii_timestamp(to),
            period,
            generated_at: stix::timestamp::taxii_timestamp(self.now()),
            scope,
            totals,
            by_member,
            members_over_time: self.members_over_time(period, &members).await?,
            intelligence_over_time: self.intelligence_over_time(period).await?,
        })
    }

    /// The joint operations' status report: what was opened, concluded and achieved in the
    /// period. `outcomes` are the period's.
    async fn joint_figures(
        &self,
        period: Period,
        outcomes: &[crate::tracked::model::Outcome],
    ) -> Result<JointFigures> {
        let in_period: std::collections::HashSet<i64> = outcomes.iter().map(|o| o.id).collect();
        let within = |at: i64| at >= period.from && at < period.to;
        let mut all = self.store().all_joints().await?;
        all.sort_by_key(|j| (j.created_at, j.id));
        let mut f = JointFigures::default();
        for j in all {
            let concluded = j.concluded_at.filter(|at| *at < period.to);
            let touched = j.created_at < period.to && concluded.is_none_or(|at| at >= period.from);
            if !touched {
                continue;
            }
            let achieved = j.outcomes.iter().filter(|o| in_period.contains(o)).count() as u64;
            f.opened += u64::from(within(j.created_at));
            f.concluded += u64::from(concluded.is_some());
            f.active += u64::from(concluded.is_none());
            f.outcomes += achieved;
            f.operations.push(JointLine {
                id: j.id,
                status: if concluded.is_some() {
                    "concluded"
                } else {
                    "active"
                }
                .into(),
                opened_at: stix::timestamp::taxii_timestamp(j.created_at),
                concluded_at: concluded.map(stix::timestamp::taxii_timestamp),
                participants: j.accepted().len() as u64,
                outcomes: achieved,
            });
        }
        Ok(f)
    }

    /// RFIs, hits, release requests, outcomes and meetings: facts about members, not objects.
    async fn add_activity(
        &self,
        period: Period,
        members: &[crate::Member],
        outcomes: &[crate::tracked::model::Outcome],
        totals: &mut Figures,
        by: &mut HashMap<MemberId, Figures>,
    ) -> Result<()> {
        let store = self.store();
        let inside = |t: i64| t >= period.from && t < period.to;

        let rfis = store.rfis_between(period.from, period.to).await?;
        let mut first_answers = Vec::new();
        let mut member_times: HashMap<MemberId, Vec<i64>> = HashMap::new();
        for (rfi, answers) in &rfis {
            totals.rfis_sent += 1;
            by.entry(rfi.asker).or_default().rfis_sent += 1;
            if let Some(first) = answers.iter().map(|a| a.at).min() {
                totals.rfis_answered += 1;
                first_answers.push(first - rfi.created_at);
            }
            let mut firsts: HashMap<MemberId, i64> = HashMap::new();
            for a in answers {
                let e = firsts.entry(a.member).or_insert(a.at);
                *e = (*e).min(a.at);
            }
            for (m, at) in firsts {
                by.entry(m).or_default().rfis_answered += 1;
                member_times.entry(m).or_default().push(at - rfi.created_at);
            }
        }
        totals.rfi_median_response_hours = median(first_answers);
        for (m, times) in member_times {
            by.entry(m).or_default().rfi_median_response_hours = median(times);
        }

        let ids_by_name: HashMap<&str, MemberId> =
            members.iter().map(|m| (m.name.as_str(), m.id)).collect();
        for q in store.hit_log(period.from, period.to).await? {
            totals.hit_questions += 1;
            by.entry(q.member).or_default().hit_questions += 1;
            let answer: HitAnswer = serde_json::from_str(&q.result)
                .map_err(|e| Error::store_cause("a hit/no-hit record is damaged", e))?;
            if !answer.hits.is_empty() {
                totals.hits += 1;
            }
            for h in &answer.hits {
                if let Some(m) = ids_by_name.get(h.member.as_str()) {
                    by.entry(*m).or_default().hits += 1;
                }
            }
        }

        let mut seen_requests = std::collections::HashSet::new();
        for m in members {
            for r in store.release_requests(m.id).await? {
                // A member's release of its own, unasked, answers no request.
                if r.status == RequestStatus::Approved
                    && !r.unasked()
                    && r.decided_at.is_some_and(inside)
                    && seen_requests.insert(r.id)
                {
                    totals.release_requests_granted += 1;
                    by.entry(r.originator).or_default().release_requests_granted += 1;
                }
            }
        }

        for o in outcomes {
            let kind = o.kind.as_str().to_string();
            totals.outcomes += 1;
            *totals.outcomes_by_kind.entry(kind.clone()).or_default() += 1;
            let f = by.entry(o.member).or_default();
            f.outcomes += 1;
            *f.outcomes_by_kind.entry(kind).or_default() += 1;
        }

        let now = self.now();
        for meeting in store.meetings().await? {
            if !inside(meeting.starts_at) || meeting.starts_at > now {
                continue;
            }
            totals.meetings += 1;
            if let Some(rec) = store.meeting(meeting.id).await? {
                for a in rec.attendance.iter().filter(|a| a.present) {
                    by.entry(a.member).or_default().meetings += 1;
                }
            }
        }
        Ok(())
    }

    /// The most written-about tracked groups and the period's achievements. Whoever reads the
    /// report, it names only intelligence released to every member: a report is shown at the
    /// plenary and published to all, so naming more would tell members what was not released
    /// to them. The counts are within `within`, as the rest of the breakdown.
    async fn named_in_report(
        &self,
        period: Period,
        within: Vec<Visibility>,
        members: &[crate::Member],
        mut outcomes: Vec<crate::tracked::model::Outcome>,
    ) -> Result<(Vec<GroupFigure>, Vec<Achievement>)> {
        let store = self.store();
        // Every active member as it reads: what a report names, and the intelligence its group
        // figures count, must be released to all of them, or a count would tell the plenary
        // that something not released to some refers to a group.
        let mut readers = Vec::new();
        for m in members.iter().filter(|m| m.status.is_active()) {
            readers.push((
                self.readable_collections(m).await?,
                visibility(&self.member_reader(m).await?),
            ));
        }
        let mut counted = within;
        counted.extend(readers.iter().map(|(_, v)| v.clone()));
        let prefixes = crate::tracked::model::TRACKED_TYPES
            .iter()
            .map(|t| format!("ref:{t}--"))
            .collect();
        let mentions = store
            .key_prefix_counts(period.from, period.to, counted, prefixes, GROUP_CANDIDATES)
            .await?;
        outcomes.sort_by_key(|o| std::cmp::Reverse((o.occurred_at, o.id)));
        outcomes.truncate(ACHIEVEMENTS);
        for o in &mut outcomes {
            o.objects = o
                .objects
                .iter()
                .map(|id| stix::id::canonical_id(id))
                .collect();
        }
        let wanted = mentions
            .iter()
            .filter_map(|(key, _)| key.strip_prefix("ref:"))
            .map(str::to_string)
            .chain(outcomes.iter().flat_map(|o| o.objects.iter().cloned()))
            .collect();
        let released = self.released_to_every_member(wanted, &readers).await?;
        let names = self.member_names().await?;
        let name_of =
            |o: &crate::store::StoredObject| o.name().unwrap_or_else(|| o.stix_id.clone());
        let top_groups = mentions
            .iter()
            .filter_map(|(key, n)| {
                let o = released.get(key.strip_prefix("ref:")?)?;
                Some(GroupFigure {
                    id: o.stix_id.clone(),
                    kind: o.object_type.clone(),
                    name: name_of(o),
                    objects: *n,
                })
            })
            .take(TOP_GROUPS)
            .collect();
        let achievements = outcomes
            .into_iter()
            .map(|o| {
                let named: Vec<&crate::store::StoredObject> =
                    o.objects.iter().filter_map(|id| released.get(id)).collect();
                let mut contributors: Vec<MemberId> = named.iter().map(|s| s.originator).collect();
                contributors.sort();
                contributors.dedup();
                Achievement {
                    kind: o.kind.as_str().to_string(),
                    description: o.description.clone(),
                    occurred_at: stix::timestamp::taxii_timestamp(o.occurred_at),
                    member: names.get(&o.member).cloned().unwrap_or_default(),
                    contributors: contributors
                        .iter()
                        .filter_map(|m| names.get(m).cloned())
                        .collect(),
                    withheld: u64::try_from(o.objects.len() - named.len()).unwrap_or(0),
                    objects: named
                        .iter()
                        .map(|s| AchievementObject {
                            id: s.stix_id.clone(),
                            kind: s.object_type.clone(),
                            name: name_of(s),
                        })
                        .collect(),
                }
            })
            .collect();
        Ok((top_groups, achievements))
    }

    /// Of these ids, the objects every active member may read (by the visibility rule, in a
    /// collection it reads), each in the newest version that every one of them may read, so that
    /// what is named from it was released to all: a version released to some and another to the
    /// others name nothing.
    async fn released_to_every_member(
        &self,
        mut ids: Vec<String>,
        readers: &[(Vec<crate::CollectionId>, Visibility)],
    ) -> Result<HashMap<String, crate::store::StoredObject>> {
        ids.sort();
        ids.dedup();
        // (id, version) pairs every reader so far may read, with the version's text.
        let mut common: Option<HashMap<(String, String), crate::store::StoredObject>> = None;
        for (collections, vis) in readers {
            if ids.is_empty() {
                break;
            }
            let seen: HashMap<(String, String), crate::store::StoredObject> =
                if collections.is_empty() {
                    HashMap::new()
                } else {
                    let q = crate::store::ObjectQuery {
                        collections: collections.clone(),
                        limit: READ_FOR_NAMES,
                        ids: ids.clone(),
                        versions: crate::store::VersionFilter::all(),
                        with_body: true,
                        ..crate::store::ObjectQuery::default()
                    };
                    self.store()
                        .query_objects(q, vis.clone())
                        .await?
                        .objects
                        .into_iter()
                        .map(|o| ((o.stix_id.clone(), o.version.clone()), o))
                        .collect()
                };
            let next = match common.take() {
                None => seen,
                Some(mut kept) => {
                    kept.retain(|key, _| seen.contains_key(key));
                    kept
                }
            };
            ids.retain(|id| next.keys().any(|(i, _)| i == id));
            common = Some(next);
        }
        // The newest version common to all, by its time rather than by its text.
        let when = |o: &crate::store::StoredObject| {
            stix::timestamp::parse_micros(&o.version).unwrap_or(i64::MIN)
        };
        let mut out: HashMap<String, crate::store::StoredObject> = HashMap::new();
        for ((id, _), o) in common.unwrap_or_default() {
            match out.get(&id) {
                Some(kept) if when(kept) >= when(&o) => {}
                _ => {
                    out.insert(id, o);
                }
            }
        }
        Ok(out)
    }

    /// Where a report's months begin: the period's start, or the founding if that is later.
    /// Nothing is added to a center before it exists, and a period typed to start in year 1
    /// would otherwise be counted month by month for twenty centuries.
    fn first_month(&self, period: Period) -> i64 {
        period.from.max(self.info().founded_at)
    }

    /// Members and observers at the end of each month from the period's start to its end.
    /// Intelligence contributed each month of the period, center-wide: one count per month,
    /// each an index range of the period's count.
    async fn intelligence_over_time(&self, period: Period) -> Result<Vec<MonthIntelligence>> {
        let mut out = Vec::new();
        let mut month_start = crate::governance::month_start(self.first_month(period));
        let end = period.to.min(self.now() + 1);
        while month_start < end {
            let next = crate::governance::add_months(month_start, 1);
            let counts = self
                .store()
                .object_counts(month_start.max(period.from), next.min(end), vec![])
                .await?;
            out.push(MonthIntelligence {
                month: month_of(month_start),
                objects: counts.iter().filter(intelligence).map(|c| c.objects).sum(),
            });
            month_start = next;
        }
        Ok(out)
    }

    async fn members_over_time(
        &self,
        period: Period,
        members: &[crate::Member],
    ) -> Result<Vec<MonthMembers>> {
        let mut histories = Vec::new();
        for m in members {
            let mut h: Vec<(i64, MemberStatus)> = self
                .store()
                .transitions(m.id)
                .await?
                .into_iter()
                .map(|t| (t.at, t.to))
                .collect();
            if h.is_empty() {
                // Members made with the center (its secretariat) have no recorded transition.
                h.push((m.accession_at.unwrap_or(m.created_at), m.status));
            }
            histories.push(h);
        }
        let mut out = Vec::new();
        let mut month_start = crate::governance::month_start(self.first_month(period));
        let end = period.to.min(self.now() + 1);
        while month_start < end {
            let next = crate::governance::add_months(month_start, 1);
            let cut = next.min(end);
            let (mut members_n, mut observers) = (0, 0);
            for h in &histories {
                match h.iter().rfind(|t| t.0 < cut).map(|t| t.1) {
                    Some(MemberStatus::Member) => members_n += 1,
                    Some(MemberStatus::Observer) => observers += 1,
                    _ => {}
                }
            }
            out.push(MonthMembers {
                month: month_of(month_start),
                members: members_n,
                observers,
            });
            month_start = next;
        }
        Ok(out)
    }
}
/// The title a report published without one gets (`Statistics 2026-01-01 to 2026-12-01`);
/// pages that find it say it in the reader's words instead.
pub fn automatic_title(period: &Period) -> String {
    let day = |t: i64| {
        let s = stix::timestamp::taxii_timestamp(t);
        s.get(..10).unwrap_or(&s).to_string()
    };
    format!("Statistics {} to {}", day(period.from), day(period.to))
}

impl ReportSummary {
    /// Whether it carries the title [`automatic_title`] gave it.
    pub fn has_automatic_title(&self) -> bool {
        match (
            stix::timestamp::parse_micros(&self.from),
            stix::timestamp::parse_micros(&self.to),
        ) {
            (Ok(from), Ok(to)) => self.title == automatic_title(&Period { from, to }),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_in_hours() {
        assert_eq!(median(vec![]), None);
        let h = 3_600_000_000;
        assert_eq!(median(vec![3 * h, h, 2 * h]), Some(2.0));
        assert_eq!(median(vec![h, 2 * h]), Some(1.5));
    }

    #[test]
    fn months_are_named() {
        assert_eq!(month_of(0), "1970-01");
    }
}
