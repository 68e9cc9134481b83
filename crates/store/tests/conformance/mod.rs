//! The store conformance suite: every backend must pass every function here.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use domain::store::*;
use domain::*;
use stix::SpecVersion;
use stix::markings::Tlp;
use uuid::Uuid;

mod accounts;
mod audit;
mod governance;
mod joint;
mod objects;
mod operations;
mod reads;
mod records;
mod visibility;
pub use accounts::{accounts, credentials};
pub use audit::{access_changes_are_announced, audit_chain};
pub use governance::governance_records;
pub use joint::{joint_operation_records, joint_visibility_matches_the_model};
pub use objects::{
    deletes_and_statuses, dossier_is_its_parts, observables_and_spec_versions,
    pagination_never_skips_or_repeats, search_across_scripts, search_text_indexed_again,
    versions_and_duplicates,
};
pub use operations::{
    both_kinds_checked, deconfliction_matches_the_model, intelligence_with_keys_as_seen,
    operation_records, registrations_are_counted_per_member, simultaneous_registrations_meet,
};
use reads::*;
pub use records::{
    feed_leases_and_progress, fusion_and_reports, meeting_records, rfis_and_release_requests,
    webhook_leases,
};
pub use visibility::visibility_matches_the_rule;
use visibility::*;

pub struct Fixture {
    pub store: Arc<dyn Store>,
    pub collection: CollectionId,
    pub a: Member,
    pub b: Member,
    pub c: Member,
    pub admin: User,
}

pub async fn fixture(store: Arc<dyn Store>) -> Fixture {
    let collection = CollectionId(Uuid::new_v4());
    let member = |name: &str, sec| NewMember {
        name: name.into(),
        display_name: name.into(),
        identity_id: format!("identity--{}", Uuid::new_v4()),
        status: MemberStatus::Member,
        is_secretariat: sec,
        created_at: 1,
        founded_at: None,
    };
    let (info, admin) = store
        .create_center(NewCenter {
            name: "test".into(),
            founded_at: 1,
            secretariat: member("secretariat", true),
            admin: NewUser {
                member_id: MemberId(0),
                username: "admin".into(),
                display_name: "Admin".into(),
                roles: vec![Role::Administrator],
                password_hash: None,
                created_at: 1,
                must_change_password: false,
            },
            default_collection: Collection {
                id: collection,
                alias: Some("shared".into()),
                title: "Shared".into(),
                description: None,
                default_tlp: Tlp::Green,
                everyone_reads: true,
                everyone_writes: true,
                created_at: 1,
            },
            secret: [9; 32],
        })
        .await
        .unwrap();
    assert_eq!(info.default_collection, collection);
    let a = store.insert_member(member("alpha", false)).await.unwrap();
    let b = store.insert_member(member("bravo", false)).await.unwrap();
    let c = store.insert_member(member("charlie", false)).await.unwrap();
    Fixture {
        store,
        collection,
        a,
        b,
        c,
        admin,
    }
}

/// The words the generated indicators are named with.
pub const WORDS: [&str; 5] = ["falcon", "harbor", "ember", "quartz", "willow"];

pub fn indicator(n: u32, modified: &str) -> String {
    format!(
        r#"{{"type":"indicator","spec_version":"2.1","id":"indicator--{:08x}-0000-4000-8000-000000000000","created":"2020-01-01T00:00:00.000Z","modified":"{modified}","name":"{} indicator","pattern":"[ipv4-addr:value = '10.0.0.{}']","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z"}}"#,
        n,
        // Five names and seven values, so that objects share words and keys.
        WORDS[(n % 5) as usize],
        n % 7
    )
}

pub fn new_object(body: &str, originator: MemberId, release: Release) -> NewObject {
    let obj = stix::StixObject::parse(body).unwrap();
    domain::service::new_object(&obj, Releasability::new(originator, release))
}

pub async fn write(f: &Fixture, member: MemberId, objects: Vec<NewObject>) -> Status {
    f.store
        .write_objects(WriteRequest {
            status_id: Uuid::new_v4(),
            collection: f.collection,
            member,
            user: UserId(0),
            request_timestamp: 5,
            items: objects.into_iter().map(Submitted::Valid).collect(),
            audit: None,
            feed: None,
        })
        .await
        .unwrap()
}

pub(crate) fn reader(m: MemberId, u: Option<UserId>) -> Visibility {
    visibility(&Reader {
        member: m,
        user: u,
        groups: vec![],
        active: true,
    })
}

fn query(f: &Fixture) -> ObjectQuery {
    ObjectQuery {
        collection: Some(f.collection),
        versions: VersionFilter::last(),
        limit: 1000,
        with_body: true,
        ..ObjectQuery::default()
    }
}
