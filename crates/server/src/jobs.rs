//! The work every node does beside answering requests: webhook delivery, the governance jobs
//! (votes past their deadline close, the presidency passes on at the end of a term, RFI
//! reminders go out and RFIs expire), statistics compiled afresh, signed audit checkpoints, and
//! once, search text stored before the one normalisation indexed again.
//! `liaison serve` and the tests start them through [`start`]; the store makes each happen
//! once when several nodes share a database.

use std::future::Future;
use std::time::Duration;

use domain::service::Authority;
use tokio::task::JoinHandle;

use crate::State;

/// How often each job runs.
#[derive(Debug, Clone)]
pub struct Schedule {
    pub governance: Duration,
    pub statistics: Duration,
    /// None: no checkpoints on a timer (`liaison audit checkpoint` still signs one).
    pub checkpoints: Option<Duration>,
    /// How long a feed's server has to answer each request.
    pub feed_timeout: Duration,
}

impl Default for Schedule {
    fn default() -> Self {
        Self {
            governance: Duration::from_secs(30),
            statistics: Duration::from_secs(30),
            checkpoints: Some(Duration::from_secs(60 * 60)),
            feed_timeout: Duration::from_secs(
                domain::feeds::model::REQUEST_TIMEOUT_SECS.unsigned_abs(),
            ),
        }
    }
}

/// The running jobs; they stop when this is dropped.
pub struct Jobs(Vec<JoinHandle<()>>);

impl Drop for Jobs {
    fn drop(&mut self) {
        for j in &self.0 {
            j.abort();
        }
    }
}

/// Starts every job. `node` names this node to the other nodes sharing the database (the
/// webhook leases); it must differ between them.
pub fn start(state: &State, node: String, schedule: Schedule) -> Jobs {
    let mut jobs = vec![
        tokio::spawn(crate::webhooks::deliver(state.clone(), node.clone())),
        tokio::spawn(crate::feeds::run(
            state.clone(),
            node,
            schedule.feed_timeout,
        )),
    ];
    jobs.push(every(state, "governance", schedule.governance, true, |s| async move {
        let mut ok = true;
        if let Err(e) = s.center.close_due_votes().await {
            tracing::warn!(error = %domain::error::chain(&e), "could not close votes");
            ok = false;
        }
        if let Err(e) = s.center.presidency_handover().await {
            tracing::warn!(error = %domain::error::chain(&e), "could not hand the presidency over");
            ok = false;
        }
        if let Err(e) = s.center.rfi_jobs().await {
            tracing::warn!(error = %domain::error::chain(&e), "could not send RFI reminders or expire RFIs");
            ok = false;
        }
        ok
    }));
    // Apart from the jobs above: compiling an old report afresh can take seconds.
    jobs.push(every(state, "statistics", schedule.statistics, true, |s| async move {
        match s.center.refresh_statistics().await {
            Ok(_) => true,
            Err(e) => {
                tracing::warn!(error = %domain::error::chain(&e), "could not refresh the statistics");
                false
            }
        }
    }));
    // A center stored before search folded its text indexes it again, and one stored before
    // names met across scripts keys its old names, a batch at a time, until every version is
    // done (then these find nothing to do).
    jobs.push(catch_up(
        state,
        "could not index old search text again",
        |s| async move { s.center.refold_search(1_000).await },
    ));
    jobs.push(catch_up(
        state,
        "could not key old names across scripts",
        |s| async move { s.center.key_names_across_scripts(1_000).await },
    ));
    if let Some(period) = schedule.checkpoints {
        // The store keeps one checkpoint per entry, so nodes never sign the same entry twice.
        jobs.push(every(state, "checkpoint", period, false, |s| async move {
            match s.center.checkpoint(Authority::Console).await {
                Ok(_) => true,
                Err(e) => {
                    tracing::warn!(error = %domain::error::chain(&e), "could not sign an audit checkpoint");
                    false
                }
            }
        }));
    }
    Jobs(jobs)
}

/// Runs `step` over and over until it has nothing left to do (it returns 0), backing off after
/// a failure.
fn catch_up<F, Fut>(state: &State, failure: &'static str, step: F) -> JoinHandle<()>
where
    F: Fn(State) -> Fut + Send + 'static,
    Fut: Future<Output = domain::Result<usize>> + Send,
{
    let state = state.clone();
    tokio::spawn(async move {
        loop {
            match step(state.clone()).await {
                Ok(0) => break,
                Ok(_) => tokio::time::sleep(Duration::from_millis(20)).await,
                Err(e) => {
                    tracing::warn!(error = %domain::error::chain(&e), "{failure}");
                    tokio::time::sleep(Duration::from_secs(30)).await;
                }
            }
        }
    })
}

/// Runs `job` every `period`, at once first when `now`; each run's time and failure (the job
/// returns `false`) go to the metrics under `name`.
fn every<F, Fut>(
    state: &State,
    name: &'static str,
    period: Duration,
    now: bool,
    job: F,
) -> JoinHandle<()>
where
    F: Fn(State) -> Fut + Send + 'static,
    Fut: Future<Output = bool> + Send,
{
    let state = state.clone();
    tokio::spawn(async move {
        let mut timer = tokio::time::interval(period);
        if !now {
            timer.tick().await;
        }
        loop {
            timer.tick().await;
            let started = std::time::Instant::now();
            let ok = job(state.clone()).await;
            state.metrics.job(name, started.elapsed().as_secs_f64(), ok);
        }
    })
}
