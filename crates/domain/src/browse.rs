//! Reads for people at a browser: the newest intelligence, an object's versions, objects of
//! some types. Each goes through the visibility rule and the reader's collections, and
//! sensitive reads are audited as TAXII reads are.

use crate::audit::AuditActor;
use crate::release::visibility;
use crate::service::Center;
use crate::store::{Dossier, ObjectQuery, Page, StoredObject, VersionFilter, VersionRelease};
use crate::{Actor, Error, Result};

pub use crate::model::Titles;

impl Center {
    /// What the query finds among what the actor may read, in the collections it reads, each
    /// object once in the newest spec version it may see (TAXII's default); not audited.
    async fn readable(&self, actor: &Actor, mut q: ObjectQuery) -> Result<Page> {
        q.collections = self.readable_collections(&actor.member).await?;
        if q.collections.is_empty() {
            return Ok(Page {
                objects: vec![],
                more: false,
            });
        }
        q.spec_versions = vec![];
        crate::intelligence::canonical_ids(&mut q);
        self.store()
            .query_objects(q, visibility(&actor.reader()))
            .await
    }

    /// [`Center::readable`], audited as a read: what a page shows.
    async fn browse(&self, actor: &Actor, q: ObjectQuery) -> Result<Page> {
        let page = self.readable(actor, q).await?;
        self.record_reads(AuditActor::of(actor), "objects.browse", "web", &page)
            .await?;
        Ok(page)
    }

    /// The newest objects of these types the actor may read, latest versions, newest first,
    /// not audited: for reads that show nothing of them themselves (the map's relationships),
    /// whose callers audit what they do show.
    pub(crate) async fn readable_newest(
        &self,
        actor: &Actor,
        types: Vec<String>,
        limit: usize,
    ) -> Result<Vec<StoredObject>> {
        Ok(self.readable(actor, newest(types, limit)).await?.objects)
    }

    /// The kind and name of each of these objects the actor may read, by id: how a page links
    /// to what a record (an RFI, a release request) names. An id missing from the answer is one
    /// the reader may not see or that the center does not hold, and the two read the same.
    pub async fn titles(&self, actor: &Actor, ids: Vec<String>) -> Result<Titles> {
        Ok(self
            .readable_latest(actor, ids, None)
            .await?
            .iter()
            .map(|o| (o.stix_id.clone(), (o.object_type.clone(), o.name())))
            .collect())
    }

    /// The newest versions the actor may read, newest first, optionally of some types only.
    pub async fn recent(
        &self,
        actor: &Actor,
        types: Vec<String>,
        limit: usize,
    ) -> Result<Vec<StoredObject>> {
        Ok(self.browse(actor, newest(types, limit)).await?.objects)
    }

    /// The newest object of these types the actor may read that is called `name`, folded as
    /// search folds it (so the same name typed in another case or keyboard is found).
    pub(crate) async fn named(
        &self,
        actor: &Actor,
        types: &[&str],
        name: &str,
    ) -> Result<Option<StoredObject>> {
        // Not audited as a read: nothing of what it finds is shown but the name typed.
        let q = ObjectQuery {
            text: Some(name.to_string()),
            ..newest(types.iter().map(|t| t.to_string()).collect(), 100)
        };
        let page = self.readable(actor, q).await?;
        let wanted = crate::text::fold(name);
        Ok(page
            .objects
            .into_iter()
            .find(|o| o.name().is_some_and(|n| crate::text::fold(&n) == wanted)))
    }

    /// Everything an object's page shows, as the actor may see it, in one store round trip
    /// once the actor is known; an object it may not read is not found, exactly like one that
    /// does not exist. Reads of AMBER and RED versions are audited, as TAXII reads are.
    pub async fn dossier(&self, actor: &Actor, id: &str) -> Result<Dossier> {
        let collections = self.readable_collections(&actor.member).await?;
        if collections.is_empty() {
            return Err(Error::NotFound("object"));
        }
        let mut d = self
            .store()
            .dossier(
                stix::id::canonical_id(id),
                collections,
                visibility(&actor.reader()),
            )
            .await?;
        // An outcome's other objects may not be released to this reader: only this one is
        // named.
        for o in &mut d.outcomes {
            o.objects
                .retain(|x| stix::id::canonical_id(x) == stix::id::canonical_id(id));
        }
        if d.versions.is_empty() {
            return Err(Error::NotFound("object"));
        }
        d.correlations =
            crate::correlation::model::one_row_per_link(std::mem::take(&mut d.correlations));
        seen_by(&mut d.releases, actor);
        // What the page names is read too: a neighbour's name is its content.
        let read = Page {
            objects: d
                .versions
                .iter()
                .chain(&d.referring)
                .chain(&d.sightings)
                .chain(&d.neighbours)
                .cloned()
                .collect(),
            more: false,
        };
        self.record_reads(AuditActor::of(actor), "objects.browse", "web", &read)
            .await?;
        Ok(d)
    }

    /// Every version of an object the actor may read, oldest first, with their releasability;
    /// an object it may not read is not found, exactly like one that does not exist.
    pub async fn object_versions(
        &self,
        actor: &Actor,
        id: &str,
    ) -> Result<(Vec<StoredObject>, Vec<VersionRelease>)> {
        let id = &stix::id::canonical_id(id);
        let page = self
            .browse(
                actor,
                ObjectQuery {
                    ids: vec![id.to_string()],
                    versions: VersionFilter::all(),
                    limit: 1_000,
                    with_body: true,
                    ..ObjectQuery::default()
                },
            )
            .await?;
        if page.objects.is_empty() {
            return Err(Error::NotFound("object"));
        }
        let mut releases = self
            .store()
            .releasabilities(vec![id.to_string()], visibility(&actor.reader()))
            .await?;
        seen_by(&mut releases, actor);
        Ok((page.objects, releases))
    }
}

/// Release lists as the actor may learn them (see [`crate::Releasability::as_seen_by`]).
fn seen_by(releases: &mut [VersionRelease], actor: &Actor) {
    let reader = actor.reader();
    for r in releases {
        r.releasability = r.releasability.as_seen_by(&reader);
    }
}

/// The ids of the objects a version points at (`*_ref` and `*_refs`), without its author and
/// markings: what a reader needs to read it whole.
pub fn referred_to(o: &StoredObject) -> Vec<String> {
    o.body
        .as_deref()
        .and_then(|b| stix::object::StixObject::parse(b).ok())
        .map(|obj| obj.references())
        .unwrap_or_default()
}

/// The ids an object's page puts names to: what it refers to (at any depth) and its marking
/// definitions. Its author is named by [`Center::author_names`], which knows members'
/// identities by the registry rather than by what an identity object claims.
pub fn named_by(o: &StoredObject) -> Vec<String> {
    let Some(obj) = o
        .body
        .as_deref()
        .and_then(|b| stix::object::StixObject::parse(b).ok())
    else {
        return vec![];
    };
    let mut ids = obj.references();
    if let Some(markings) = obj
        .properties
        .get("object_marking_refs")
        .and_then(|m| m.as_array())
    {
        ids.extend(
            markings
                .iter()
                .filter_map(|m| m.as_str())
                .map(stix::id::canonical_id),
        );
    }
    ids
}

/// The latest version of the newest objects of these types (all types if none), with their
/// text.
fn newest(types: Vec<String>, limit: usize) -> ObjectQuery {
    ObjectQuery {
        types,
        versions: VersionFilter::last(),
        limit,
        with_body: true,
        newest_first: true,
        ..ObjectQuery::default()
    }
}
