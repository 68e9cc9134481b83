//! Full-text search with facets: names, descriptions and report text of the latest version of
//! each object the reader may see, in the collections it may read. The visibility rule is part
//! of the query, so counts and pages never include what the reader may not see.

use crate::release::visibility;
use crate::service::Center;
use crate::store::{Facets, ObjectQuery, StoredObject, VersionFilter};
use crate::text::REFOLDED;
use crate::{Actor, Error, MemberId, Result};
use stix::markings::Tlp;

/// What narrows a search, as the facets offer it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchFilter {
    pub types: Vec<String>,
    pub originators: Vec<MemberId>,
    pub tlps: Vec<Tlp>,
}

/// Facets count at most this many matches: exact below it, "10,000+" above. Counting every
/// match of a word most objects carry would cost in proportion to the store.
pub const FACET_LIMIT: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchResult {
    /// Newest first.
    pub hits: Vec<StoredObject>,
    /// More hits after the last (ask again with `before` = its `date_added`).
    pub more: bool,
    pub facets: Facets,
}

impl Center {
    pub async fn search(
        &self,
        actor: &Actor,
        text: &str,
        filter: SearchFilter,
        before: Option<i64>,
        limit: usize,
    ) -> Result<SearchResult> {
        if text.split_whitespace().next().is_none() {
            return Err(Error::field(
                "q",
                "required",
                "give at least one word to search for",
            ));
        }
        if text.chars().count() > 500 {
            return Err(Error::field(
                "q",
                "too-long",
                "a search is at most 500 characters",
            ));
        }
        let collections = self.readable_collections(&actor.member).await?;
        if collections.is_empty() {
            return Ok(SearchResult {
                hits: vec![],
                more: false,
                facets: Facets {
                    complete: true,
                    ..Facets::default()
                },
            });
        }
        let q = ObjectQuery {
            collections,
            types: filter.types,
            originators: filter.originators,
            tlps: filter.tlps,
            text: Some(crate::text::fold(text)),
            versions: VersionFilter::last(),
            added_before: before,
            newest_first: true,
            limit: limit.clamp(1, 200),
            with_body: true,
            ..ObjectQuery::default()
        };
        let vis = visibility(&actor.reader());
        let found = self.store().search(q, vis, FACET_LIMIT).await?;
        Ok(SearchResult {
            hits: found.page.objects,
            more: found.page.more,
            facets: found.facets,
        })
    }
}

impl Center {
    /// Indexes the next `batch` stored versions again with the one normalisation, and notes
    /// how far it got, so that a center stored before it finds its old intelligence as it
    /// finds the new. Returns how many were indexed: 0 once every version is.
    pub async fn refold_search(&self, batch: usize) -> Result<usize> {
        self.pass_over_stored(REFOLDED, batch, |rows| async move {
            let texts = rows
                .into_iter()
                .map(|(seq, body)| {
                    let text = stix::StixObject::parse(&body)
                        .map(|o| crate::keys::search_text(&o))
                        .unwrap_or_default();
                    (seq, text)
                })
                .collect();
            self.store().set_search_texts(texts).await
        })
        .await
    }
}
