//! The center's own connections out, to webhook receivers and feed servers: they go only to
//! addresses the center allows (`domain::webhooks::Destinations`: public ones, and the
//! networks its administrator allowed). A name is resolved once per connection by [`Guarded`],
//! which keeps only allowed addresses, so a name pointing inside the center's network, or
//! re-pointed there later, gets no connection; an address written in a URL is checked by
//! [`refused`]. No proxy from the environment is used (it would be the only address checked),
//! and no redirect is followed.

use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use domain::webhooks::{Destinations, literal_address};

/// What may be reached now; updated by the loops that use it.
pub type Reach = Arc<RwLock<Destinations>>;

/// Resolves a name and keeps only the addresses the center may reach.
struct Guarded(Reach);

impl reqwest::dns::Resolve for Guarded {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let reach = self.0.read().map(|d| d.clone()).unwrap_or_default();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed: Vec<SocketAddr> =
                found.into_iter().filter(|a| reach.allows(a.ip())).collect();
            if allowed.is_empty() {
                // Which addresses it named is not said: members read this message.
                return Err(format!(
                    "{host} resolves only to addresses the center does not reach; its administrator may allow the network"
                )
                .into());
            }
            Ok(Box::new(allowed.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// A client builder for connections out: guarded names, no proxy, no redirects, time-outs.
pub fn builder(reach: &Reach, timeout: Duration) -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(5)))
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .dns_resolver(Arc::new(Guarded(reach.clone())))
}

/// Why a URL is not connected to: it names an address the center may not reach (a name is
/// checked when it is resolved).
pub fn refused(reach: &Reach, url: &str) -> Option<String> {
    let ip = literal_address(url)?;
    let allowed = reach.read().is_ok_and(|r| r.allows(ip));
    (!allowed).then(|| format!("refused: the center does not reach {ip}"))
}

/// The reach as the center says it is now, kept in `reach`.
pub async fn refresh(state: &crate::State, reach: &Reach) {
    match state.center.reachable_networks().await {
        Ok(d) => {
            if let Ok(mut r) = reach.write() {
                *r = d;
            }
        }
        Err(e) => {
            tracing::warn!(error = %domain::error::chain(&e), "could not read which networks the center reaches")
        }
    }
}
