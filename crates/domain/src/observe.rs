//! What a center tells the monitoring of the node it runs on. The domain only reports; the
//! server keeps the figures and exports them (`/metrics`), so the domain depends on no metrics
//! library and its tests need none.

use std::sync::Arc;

/// Told as the center works. Every method is called on the path of a request: it must be
/// quick and must not block.
pub trait Observer: Send + Sync + 'static {
    /// A submission (TAXII, REST, a page, an import or a feed) was answered: `accepted`
    /// versions stored or already held, `refused` refused with a reason.
    fn objects(&self, accepted: u64, refused: u64);
    /// The store committed a group of writes together: `jobs` writes in one transaction.
    fn write_batch(&self, jobs: usize);
}

/// Nobody watching: what a center observes until a server gives it an observer.
pub struct Unobserved;

impl Observer for Unobserved {
    fn objects(&self, _: u64, _: u64) {}
    fn write_batch(&self, _: usize) {}
}

/// The observer's batch sizes, handed to a store that groups writes.
pub fn batch_sizes(o: &Arc<dyn Observer>) -> Arc<dyn Fn(usize) + Send + Sync> {
    let o = o.clone();
    Arc::new(move |n| o.write_batch(n))
}
