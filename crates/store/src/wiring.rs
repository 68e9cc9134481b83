//! Every store method, wired once to its area function (`crate::areas`). Each backend expands
//! [`area_stores!`] with its own `run!`, which says how a read or a write reaches a connection:
//!
//! - `read`: a snapshot read of a few rows (SQLite: a reader thread; PostgreSQL: a pooled
//!   connection);
//! - `scan`: a read that counts or searches over many rows (SQLite: threads of their own, so
//!   that lookups never wait behind one; PostgreSQL: as `read`);
//! - `write`, `write(weight)`: one transaction (SQLite: a job of the group-commit writer, the
//!   weight counting towards its batch; PostgreSQL: `BEGIN` … `COMMIT`);
//! - `single`: a write of one statement, which PostgreSQL runs without a transaction around it;
//! - `access`: a write that changes who is who, after which the backend's caches are emptied;
//! - `notify`: a write that wakes subscribers once committed.
//!
//! The backend writes only what really differs: storing objects, and how it pages them.
//!
//! `run!` receives the statement as `|c| body`, where `c` is the connection and `body` a future.
//! Borrowed arguments are owned first: a SQLite job leaves the caller's stack.

macro_rules! area_stores {
    ($store:ty, { $($objects:tt)* }) => {
        #[async_trait::async_trait]
        impl domain::store::ObjectStore for $store {
            $($objects)*

            async fn releasabilities(
                &self,
                ids: Vec<String>,
                vis: domain::store::Visibility,
            ) -> Result<Vec<domain::store::VersionRelease>> {
                run!(self, read, |c| objects::releasabilities(c, &ids, &vis))
            }
            async fn search(
                &self,
                q: domain::store::ObjectQuery,
                vis: domain::store::Visibility,
                facet_limit: usize,
            ) -> Result<domain::store::Found> {
                run!(self, scan, |c| objects::search(c, &q, &vis, facet_limit))
            }
            async fn delete_objects(
                &self,
                q: domain::store::ObjectQuery,
                vis: domain::store::Visibility,
                owner: domain::MemberId,
            ) -> Result<domain::store::Deletion> {
                run!(self, write, |c| objects::delete_objects(c, &q, &vis, owner))
            }
            async fn status(
                &self,
                id: uuid::Uuid,
                member: domain::MemberId,
            ) -> Result<Option<domain::store::Status>> {
                run!(self, read, |c| objects::status(c, id, member))
            }
            async fn count_objects(&self) -> Result<u64> {
                run!(self, scan, |c| objects::count_objects(c))
            }
            async fn bodies_after(&self, seq: i64, limit: usize) -> Result<Vec<(i64, String)>> {
                run!(self, scan, |c| objects::bodies_after(c, seq, limit))
            }
            async fn set_search_texts(&self, texts: Vec<(i64, String)>) -> Result<()> {
                run!(self, write(texts.len().max(1)), |c| objects::set_search_texts(c, &texts))
            }
            async fn add_keys(&self, keys: Vec<(i64, Vec<String>)>) -> Result<()> {
                run!(self, write(keys.len().max(1)), |c| objects::add_keys(c, &keys))
            }
            async fn last_date_added(&self) -> Result<i64> {
                run!(self, read, |c| objects::last_date_added(c))
            }
            async fn dossier(
                &self,
                stix_id: String,
                collections: Vec<domain::CollectionId>,
                vis: domain::store::Visibility,
            ) -> Result<domain::store::Dossier> {
                run!(self, read, |c| objects::dossier(c, &stix_id, &collections, &vis))
            }
        }

        #[async_trait::async_trait]
        impl domain::store::AccountStore for $store {
            async fn center(&self) -> Result<Option<domain::CenterInfo>> {
                run!(self, read, |c| accounts::center(c))
            }
            async fn create_center(
                &self,
                n: domain::store::NewCenter,
            ) -> Result<(domain::CenterInfo, domain::User)> {
                run!(self, access, |c| accounts::create_center(c, &n))
            }
            async fn secret(&self) -> Result<[u8; 32]> {
                run!(self, read, |c| accounts::secret(c))
            }
            async fn insert_member(&self, m: domain::store::NewMember) -> Result<domain::Member> {
                run!(self, access, |c| accounts::insert_member(c, &m))
            }
            async fn member(&self, id: domain::MemberId) -> Result<Option<domain::Member>> {
                run!(self, read, |c| accounts::member(c, id))
            }
            async fn member_by_name(&self, name: &str) -> Result<Option<domain::Member>> {
                let name = name.to_owned();
                run!(self, read, |c| accounts::member_by_name(c, &name))
            }
            async fn members(&self) -> Result<Vec<domain::Member>> {
                run!(self, read, |c| accounts::members(c))
            }
            async fn setting(&self, key: &str) -> Result<Option<String>> {
                let key = key.to_owned();
                run!(self, read, |c| accounts::setting(c, &key))
            }
            async fn set_setting(&self, key: &str, value: &str) -> Result<()> {
                let (key, value) = (key.to_owned(), value.to_owned());
                run!(self, access, |c| accounts::set_setting(c, &key, &value))
            }
            async fn insert_invitation(
                &self,
                user: domain::UserId,
                digest: [u8; 32],
                at: i64,
                expires_at: i64,
            ) -> Result<()> {
                run!(self, single, |c| accounts::insert_invitation(
                    c, user, &digest, at, expires_at
                ))
            }
            async fn redeem_invitation(
                &self,
                digest: &[u8; 32],
                now: i64,
                password_hash: &str,
            ) -> Result<Option<domain::UserId>> {
                let (digest, hash) = (*digest, password_hash.to_owned());
                run!(self, access, |c| accounts::redeem_invitation(
                    c, &digest, now, &hash
                ))
            }
            async fn insert_user(&self, u: domain::store::NewUser) -> Result<domain::User> {
                run!(self, access, |c| accounts::insert_user(c, &u))
            }
            async fn user(&self, id: domain::UserId) -> Result<Option<domain::User>> {
                run!(self, read, |c| accounts::user(c, id))
            }
            async fn user_by_name(&self, username: &str) -> Result<Option<domain::User>> {
                let name = username.to_owned();
                run!(self, read, |c| accounts::user_by_name(c, &name))
            }
            async fn users(&self, member: Option<domain::MemberId>) -> Result<Vec<domain::User>> {
                run!(self, read, |c| accounts::users(c, member))
            }
            async fn insert_token(&self, t: domain::store::NewToken) -> Result<domain::Token> {
                run!(self, single, |c| accounts::insert_token(c, &t))
            }
            async fn token_by_digest(&self, digest: &[u8; 32]) -> Result<Option<domain::Token>> {
                let digest = *digest;
                run!(self, read, |c| accounts::token_by_digest(c, &digest))
            }
            async fn token(&self, id: i64) -> Result<Option<domain::Token>> {
                run!(self, read, |c| accounts::token(c, id))
            }
            async fn tokens(&self, user: domain::UserId) -> Result<Vec<domain::Token>> {
                run!(self, read, |c| accounts::tokens(c, user))
            }
            async fn touch_token(&self, id: i64, at: i64) -> Result<()> {
                run!(self, single, |c| accounts::touch_token(c, id, at))
            }
            async fn revoke_token(&self, id: i64, at: i64) -> Result<bool> {
                run!(self, access, |c| accounts::revoke_token(c, id, at))
            }
            async fn revoke_tokens(
                &self,
                sweep: domain::store::TokenSweep,
                at: i64,
            ) -> Result<u64> {
                run!(self, access, |c| accounts::revoke_tokens(c, sweep, at))
            }
            async fn set_password(
                &self,
                user: domain::UserId,
                hash: &str,
                must_change: bool,
                at: i64,
            ) -> Result<()> {
                let hash = hash.to_owned();
                run!(self, access, |c| accounts::set_password(
                    c,
                    user,
                    &hash,
                    must_change,
                    at
                ))
            }
            async fn void_invitations(&self, user: domain::UserId, at: i64) -> Result<()> {
                run!(self, access, |c| accounts::void_invitations(c, user, at))
            }
            async fn update_user(
                &self,
                user: domain::UserId,
                change: domain::store::UserChange,
            ) -> Result<()> {
                run!(self, access, |c| accounts::update_user(c, user, &change))
            }
            async fn set_language(
                &self,
                of: domain::store::LanguageOf,
                language: Option<domain::language::Language>,
            ) -> Result<()> {
                run!(self, access, |c| accounts::set_language(c, of, language))
            }
            async fn set_reading(
                &self,
                user: domain::UserId,
                calendar: Option<domain::language::Calendar>,
                time_zone: Option<String>,
            ) -> Result<()> {
                run!(self, access, |c| accounts::set_reading(c, user, calendar, time_zone))
            }
            async fn second_factor(
                &self,
                user: domain::UserId,
            ) -> Result<Option<domain::store::SecondFactor>> {
                run!(self, read, |c| accounts::second_factor(c, user))
            }
            async fn set_second_factor_pending(
                &self,
                user: domain::UserId,
                sealed: Vec<u8>,
            ) -> Result<()> {
                run!(self, access, |c| accounts::set_second_factor_pending(c, user, &sealed))
            }
            async fn enable_second_factor(
                &self,
                user: domain::UserId,
                step: i64,
                recovery: Vec<[u8; 32]>,
                at: i64,
            ) -> Result<bool> {
                run!(self, access, |c| accounts::enable_second_factor(
                    c, user, step, &recovery, at
                ))
            }
            async fn remove_second_factor(&self, user: domain::UserId) -> Result<()> {
                run!(self, access, |c| accounts::remove_second_factor(c, user))
            }
            async fn take_second_factor_step(&self, user: domain::UserId, step: i64) -> Result<bool> {
                run!(self, single, |c| accounts::take_second_factor_step(c, user, step))
            }
            async fn use_recovery_code(
                &self,
                user: domain::UserId,
                digest: [u8; 32],
                at: i64,
            ) -> Result<bool> {
                run!(self, single, |c| accounts::use_recovery_code(c, user, &digest, at))
            }
            async fn recovery_codes_left(&self, user: domain::UserId) -> Result<i64> {
                run!(self, read, |c| accounts::recovery_codes_left(c, user))
            }
            async fn insert_certificate(
                &self,
                n: domain::store::NewCertificate,
            ) -> Result<Option<domain::ClientCertificate>> {
                run!(self, access, |c| accounts::insert_certificate(c, &n))
            }
            async fn certificates(
                &self,
                member: Option<domain::MemberId>,
            ) -> Result<Vec<(domain::ClientCertificate, Vec<u8>)>> {
                run!(self, read, |c| accounts::certificates(c, member))
            }
            async fn revoke_certificate(&self, id: i64, at: i64) -> Result<bool> {
                run!(self, access, |c| accounts::revoke_certificate(c, id, at))
            }
            async fn insert_collection(&self, col: domain::Collection) -> Result<()> {
                run!(self, access, |c| accounts::insert_collection(c, &col))
            }
            async fn collections(&self) -> Result<Vec<domain::Collection>> {
                run!(self, read, |c| accounts::collections(c))
            }
            async fn set_collection_default(
                &self,
                collection: domain::CollectionId,
                tlp: stix::markings::Tlp,
            ) -> Result<()> {
                run!(self, access, |c| accounts::set_collection_default(
                    c, collection, tlp
                ))
            }
            async fn grant(
                &self,
                collection: domain::CollectionId,
                g: domain::CollectionGrant,
            ) -> Result<()> {
                run!(self, access, |c| accounts::grant(c, collection, &g))
            }
            async fn grants(
                &self,
                collection: domain::CollectionId,
            ) -> Result<Vec<domain::CollectionGrant>> {
                run!(self, read, |c| accounts::grants(c, collection))
            }
            async fn member_grants(
                &self,
                member: domain::MemberId,
            ) -> Result<Vec<(domain::CollectionId, domain::CollectionGrant)>> {
                run!(self, read, |c| accounts::member_grants(c, member))
            }
            async fn insert_sharing_group(
                &self,
                g: domain::store::NewSharingGroup,
            ) -> Result<domain::SharingGroup> {
                run!(self, access, |c| accounts::insert_sharing_group(c, &g))
            }
            async fn sharing_groups(&self) -> Result<Vec<domain::SharingGroup>> {
                run!(self, read, |c| accounts::sharing_groups(c))
            }
            async fn set_group_member(
                &self,
                group: domain::GroupId,
                member: domain::MemberId,
                present: bool,
            ) -> Result<bool> {
                run!(self, access, |c| accounts::set_group_member(
                    c, group, member, present
                ))
            }
            async fn member_groups(&self, member: domain::MemberId) -> Result<Vec<domain::GroupId>> {
                run!(self, read, |c| accounts::member_groups(c, member))
            }
            async fn insert_member_identity(&self, i: domain::MemberIdentity) -> Result<bool> {
                run!(self, write, |c| accounts::insert_member_identity(c, &i))
            }
            async fn member_identities(&self) -> Result<Vec<domain::MemberIdentity>> {
                run!(self, read, |c| accounts::member_identities(c))
            }
            async fn delete_member_identity(
                &self,
                member: domain::MemberId,
                identity_id: String,
            ) -> Result<bool> {
                run!(self, write, |c| accounts::delete_member_identity(
                    c,
                    member,
                    &identity_id
                ))
            }
        }

        #[async_trait::async_trait]
        impl domain::store::GovernanceStore for $store {
            async fn transition_member(
                &self,
                id: domain::MemberId,
                t: domain::governance::NewTransition,
            ) -> Result<()> {
                run!(self, access, |c| governance::transition_member(c, id, &t))
            }
            async fn record_transition(
                &self,
                id: domain::MemberId,
                t: domain::governance::NewTransition,
            ) -> Result<()> {
                run!(self, write, |c| governance::record_transition(c, id, &t))
            }
            async fn transitions(
                &self,
                id: domain::MemberId,
            ) -> Result<Vec<domain::governance::Transition>> {
                run!(self, read, |c| governance::transitions(c, id))
            }
            async fn set_founding(&self, id: domain::MemberId, accession_at: i64) -> Result<()> {
                run!(self, access, |c| governance::set_founding(c, id, accession_at))
            }
            async fn insert_ballot(
                &self,
                b: domain::governance::NewBallot,
            ) -> Result<domain::governance::Ballot> {
                run!(self, write, |c| governance::insert_ballot(c, &b))
            }
            async fn ballot(&self, id: i64) -> Result<Option<domain::governance::Ballot>> {
                run!(self, read, |c| governance::ballot(c, id))
            }
            async fn ballots(&self) -> Result<Vec<domain::governance::Ballot>> {
                run!(self, read, |c| governance::ballots_where(c, None))
            }
            async fn cast_vote(&self, ballot: i64, v: domain::governance::Vote) -> Result<()> {
                run!(self, write, |c| governance::cast_vote(c, ballot, &v))
            }
            async fn close_ballot(
                &self,
                id: i64,
                at: i64,
                outcome: domain::votes::Outcome,
            ) -> Result<bool> {
                run!(self, single, |c| governance::close_ballot(c, id, at, outcome))
            }
            async fn insert_application(
                &self,
                a: domain::governance::NewApplication,
            ) -> Result<domain::governance::Application> {
                run!(self, single, |c| governance::insert_application(c, &a))
            }
            async fn applications(&self) -> Result<Vec<domain::governance::Application>> {
                run!(self, read, |c| governance::applications(c))
            }
            async fn terms(&self) -> Result<Vec<domain::governance::Term>> {
                run!(self, read, |c| governance::terms(c))
            }
            async fn insert_term(
                &self,
                t: domain::governance::NewTerm,
            ) -> Result<Option<domain::governance::Term>> {
                run!(self, single, |c| governance::insert_term(c, &t))
            }
        }

        #[async_trait::async_trait]
        impl domain::store::AuditStore for $store {
            async fn append_audit(&self, entries: Vec<domain::audit::NewAuditEntry>) -> Result<()> {
                run!(self, write(entries.len()), |c| audit::append_audit(
                    c, &entries
                ))
            }
            async fn audit_entries(
                &self,
                q: domain::audit::AuditQuery,
            ) -> Result<Vec<domain::audit::AuditEntry>> {
                run!(self, scan, |c| audit::audit_entries(c, &q))
            }
            async fn audit_head(&self) -> Result<Option<(i64, [u8; 32])>> {
                run!(self, read, |c| audit::audit_head(c))
            }
            async fn stored_signing_key(&self) -> Result<Option<[u8; 32]>> {
                run!(self, read, |c| audit::stored_signing_key(c))
            }
            async fn signing_key(&self, candidate: [u8; 32]) -> Result<[u8; 32]> {
                run!(self, write, |c| audit::signing_key(c, &candidate))
            }
            async fn insert_checkpoint(&self, cp: domain::audit::Checkpoint) -> Result<()> {
                run!(self, single, |c| audit::insert_checkpoint(c, &cp))
            }
            async fn checkpoints(&self) -> Result<Vec<domain::audit::Checkpoint>> {
                run!(self, read, |c| audit::checkpoints(c))
            }
            async fn last_checkpoint_at(&self) -> Result<Option<i64>> {
                run!(self, read, |c| audit::last_checkpoint_at(c))
            }
        }

        #[async_trait::async_trait]
        impl domain::store::ExchangeStore for $store {
            async fn hit_counts(
                &self,
                keys: Vec<String>,
                vis: domain::store::Visibility,
            ) -> Result<domain::exchange::HitCounts> {
                run!(self, read, |c| exchange::hit_counts(c, &keys, &vis))
            }
            async fn record_hit_query(&self, q: domain::exchange::NewHitQuery) -> Result<()> {
                run!(self, single, |c| exchange::record_hit_query(c, &q))
            }
            async fn hit_queries_since(&self, member: domain::MemberId, since: i64) -> Result<u64> {
                run!(self, read, |c| exchange::hit_queries_since(c, member, since))
            }
            async fn hit_questions_since(
                &self,
                member: domain::MemberId,
                since: i64,
            ) -> Result<Vec<(String, String)>> {
                run!(self, read, |c| exchange::hit_questions_since(c, member, since))
            }
            async fn matching_ids(
                &self,
                keys: Vec<String>,
                originator: domain::MemberId,
            ) -> Result<Vec<String>> {
                run!(self, read, |c| exchange::matching_ids(c, &keys, originator))
            }
            async fn insert_release_request(
                &self,
                r: domain::exchange::NewReleaseRequest,
            ) -> Result<domain::exchange::ReleaseRequest> {
                run!(self, single, |c| exchange::insert_release_request(c, &r))
            }
            async fn release_request(
                &self,
                id: i64,
            ) -> Result<Option<domain::exchange::ReleaseRequest>> {
                run!(self, read, |c| exchange::release_request(c, id))
            }
            async fn release_requests(
                &self,
                member: domain::MemberId,
            ) -> Result<Vec<domain::exchange::ReleaseRequest>> {
                run!(self, read, |c| exchange::release_requests(c, member))
            }
            async fn decide_release_request(
                &self,
                d: domain::exchange::ReleaseDecision,
            ) -> Result<u64> {
                run!(self, write, |c| exchange::decide_release_request(c, &d))
            }
            async fn last_notification_id(&self) -> Result<i64> {
                run!(self, read, |c| exchange::last_notification_id(c))
            }
            async fn notify(&self, n: Vec<domain::exchange::NewNotification>) -> Result<()> {
                if n.is_empty() {
                    return Ok(());
                }
                run!(self, notify(n.len()), |c| exchange::notify(c, &n))
            }
            async fn notifications(
                &self,
                member: domain::MemberId,
                after: i64,
                limit: usize,
                kinds: Vec<String>,
            ) -> Result<Vec<domain::exchange::Notification>> {
                run!(self, read, |c| exchange::notifications(
                    c, member, after, limit, &kinds
                ))
            }
            async fn newest_notifications(
                &self,
                member: domain::MemberId,
                limit: usize,
            ) -> Result<Vec<domain::exchange::Notification>> {
                run!(self, read, |c| exchange::newest_notifications(
                    c, member, limit
                ))
            }
        }

        #[async_trait::async_trait]
        impl domain::store::MeetingStore for $store {
            async fn insert_meeting(
                &self,
                m: domain::meetings::NewMeeting,
            ) -> Result<domain::meetings::Meeting> {
                run!(self, single, |c| meetings::insert_meeting(c, &m))
            }
            async fn meetings(&self) -> Result<Vec<domain::meetings::Meeting>> {
                run!(self, read, |c| meetings::meetings(c))
            }
            async fn meeting(&self, id: i64) -> Result<Option<domain::meetings::MeetingRecord>> {
                run!(self, read, |c| meetings::meeting(c, id))
            }
            async fn insert_agenda_item(
                &self,
                meeting: i64,
                position: i64,
                title: &str,
                notes: &str,
                link: Option<&domain::meetings::AgendaLink>,
            ) -> Result<domain::meetings::AgendaItem> {
                let (title, notes, link) = (title.to_owned(), notes.to_owned(), link.cloned());
                run!(self, single, |c| meetings::insert_agenda_item(
                    c,
                    meeting,
                    position,
                    &title,
                    &notes,
                    link.as_ref()
                ))
            }
            async fn set_attendance(
                &self,
                meeting: i64,
                a: domain::meetings::Attendance,
            ) -> Result<()> {
                run!(self, single, |c| meetings::set_attendance(c, meeting, &a))
            }
            async fn set_minutes(&self, meeting: i64, markdown: &str) -> Result<()> {
                let markdown = markdown.to_owned();
                run!(self, single, |c| meetings::set_minutes(c, meeting, &markdown))
            }
            async fn insert_decision(
                &self,
                meeting: i64,
                agenda_item: Option<i64>,
                text: &str,
                ballot: Option<i64>,
                at: i64,
                outcome: Option<domain::votes::Outcome>,
            ) -> Result<domain::meetings::Decision> {
                let text = text.to_owned();
                run!(self, single, |c| meetings::insert_decision(
                    c,
                    meeting,
                    agenda_item,
                    &text,
                    ballot,
                    at,
                    outcome
                ))
            }
            async fn set_decision_outcome(
                &self,
                ballot: i64,
                outcome: domain::votes::Outcome,
            ) -> Result<()> {
                run!(self, single, |c| meetings::set_decision_outcome(
                    c, ballot, outcome
                ))
            }
            async fn insert_action(
                &self,
                meeting: i64,
                decision: Option<i64>,
                title: &str,
                assignee: domain::MemberId,
                due_at: i64,
            ) -> Result<domain::meetings::ActionItem> {
                let title = title.to_owned();
                run!(self, single, |c| meetings::insert_action(
                    c, meeting, decision, &title, assignee, due_at
                ))
            }
            async fn action(&self, id: i64) -> Result<Option<domain::meetings::ActionItem>> {
                run!(self, read, |c| meetings::action(c, id))
            }
            async fn set_action_status(
                &self,
                id: i64,
                status: domain::meetings::ActionStatus,
                at: i64,
            ) -> Result<()> {
                run!(self, single, |c| meetings::set_action_status(c, id, status, at))
            }
            async fn actions(
                &self,
                assignee: Option<domain::MemberId>,
            ) -> Result<Vec<domain::meetings::ActionItem>> {
                run!(self, read, |c| meetings::actions(c, assignee))
            }
        }

        #[async_trait::async_trait]
        impl domain::store::FusionStore for $store {
            async fn correlations(
                &self,
                stix_id: String,
                collections: Vec<domain::CollectionId>,
                vis: domain::store::Visibility,
                noisy_limit: i64,
            ) -> Result<Option<Vec<domain::correlation::Correlation>>> {
                run!(self, read, |c| fusion::correlations(
                    c,
                    &stix_id,
                    &collections,
                    &vis,
                    noisy_limit
                ))
            }
            async fn noisy_keys(
                &self,
                noisy_limit: i64,
            ) -> Result<Vec<domain::correlation::KeyCount>> {
                run!(self, scan, |c| fusion::noisy_keys(c, noisy_limit))
            }
            async fn set_key_excluded(
                &self,
                key: &str,
                excluded: bool,
                at: i64,
                actor: &str,
            ) -> Result<()> {
                let (key, actor) = (key.to_owned(), actor.to_owned());
                run!(self, single, |c| fusion::set_key_excluded(
                    c, &key, excluded, at, &actor
                ))
            }
            async fn insert_outcome(
                &self,
                o: domain::tracked::NewOutcome,
            ) -> Result<domain::tracked::Outcome> {
                run!(self, single, |c| fusion::insert_outcome(c, &o))
            }
            async fn outcomes(&self) -> Result<Vec<domain::tracked::Outcome>> {
                run!(self, read, |c| fusion::outcomes(c))
            }
            async fn insert_group_status(
                &self,
                s: domain::tracked::NewGroupStatus,
            ) -> Result<domain::tracked::GroupStatus> {
                run!(self, single, |c| fusion::insert_group_status(c, &s))
            }
            async fn group_statuses(
                &self,
                stix_id: &str,
            ) -> Result<Vec<domain::tracked::GroupStatus>> {
                let stix_id = stix_id.to_owned();
                run!(self, read, |c| fusion::group_statuses(c, &stix_id))
            }
        }

        #[async_trait::async_trait]
        impl domain::store::RfiStore for $store {
            async fn insert_rfi(&self, r: domain::rfis::NewRfi) -> Result<domain::rfis::Rfi> {
                run!(self, write, |c| rfis::insert_rfi(c, &r))
            }
            async fn rfi(
                &self,
                id: i64,
            ) -> Result<Option<(domain::rfis::Rfi, Vec<domain::rfis::Answer>)>> {
                run!(self, read, |c| rfis::rfi(c, id))
            }
            async fn rfis_by_ids(
                &self,
                ids: Vec<i64>,
            ) -> Result<Vec<(domain::rfis::Rfi, Vec<domain::rfis::Answer>)>> {
                run!(self, read, |c| rfis::rfis_by_ids(c, &ids))
            }
            async fn rfis_for(&self, member: domain::MemberId) -> Result<Vec<domain::rfis::Rfi>> {
                run!(self, read, |c| rfis::rfis_for(c, member))
            }
            async fn insert_answer(
                &self,
                rfi: i64,
                member: domain::MemberId,
                user: domain::UserId,
                text: &str,
                objects: &[String],
                at: i64,
            ) -> Result<domain::rfis::Answer> {
                let (text, objects) = (text.to_owned(), objects.to_vec());
                run!(self, write, |c| rfis::insert_answer(
                    c, rfi, member, user, &text, &objects, at
                ))
            }
            async fn set_rfi_status(
                &self,
                id: i64,
                from: &[domain::rfis::RfiStatus],
                to: domain::rfis::RfiStatus,
                at: i64,
            ) -> Result<bool> {
                let from = from.to_vec();
                run!(self, single, |c| rfis::set_rfi_status(c, id, &from, to, at))
            }
            async fn rfis_due(
                &self,
                before: i64,
            ) -> Result<Vec<(domain::rfis::Rfi, Vec<domain::rfis::Answer>)>> {
                run!(self, read, |c| rfis::rfis_due(c, before))
            }
            async fn mark_reminded(&self, rfi: i64, member: domain::MemberId) -> Result<bool> {
                run!(self, single, |c| rfis::mark_reminded(c, rfi, member))
            }
            async fn rfis_between(
                &self,
                from: i64,
                to: i64,
            ) -> Result<Vec<(domain::rfis::Rfi, Vec<domain::rfis::Answer>)>> {
                run!(self, scan, |c| rfis::rfis_between(c, from, to))
            }
        }

        #[async_trait::async_trait]
        impl domain::store::StatisticsStore for $store {
            async fn object_counts(
                &self,
                from: i64,
                to: i64,
                within: Vec<domain::store::Visibility>,
            ) -> Result<Vec<domain::statistics::ObjectCount>> {
                run!(self, scan, |c| statistics::object_counts(c, from, to, &within))
            }
            async fn object_counts_each(
                &self,
                from: i64,
                to: i64,
                within: Vec<domain::store::Visibility>,
                readers: Vec<domain::store::Visibility>,
            ) -> Result<Vec<Vec<domain::statistics::ObjectCount>>> {
                run!(self, scan, |c| statistics::object_counts_each(
                    c, from, to, &within, &readers
                ))
            }
            async fn correlated_counts(
                &self,
                from: i64,
                to: i64,
                within: Vec<domain::store::Visibility>,
                noisy_limit: i64,
            ) -> Result<Vec<(domain::MemberId, u64)>> {
                run!(self, scan, |c| statistics::correlated_counts(
                    c,
                    from,
                    to,
                    &within,
                    noisy_limit
                ))
            }
            async fn key_prefix_counts(
                &self,
                from: i64,
                to: i64,
                within: Vec<domain::store::Visibility>,
                prefixes: Vec<String>,
                limit: i64,
            ) -> Result<Vec<(String, u64)>> {
                run!(self, scan, |c| statistics::key_prefix_counts(
                    c, from, to, &within, &prefixes, limit
                ))
            }
            async fn hit_log(
                &self,
                from: i64,
                to: i64,
            ) -> Result<Vec<domain::statistics::HitLogEntry>> {
                run!(self, scan, |c| statistics::hit_log(c, from, to))
            }
            async fn insert_report(
                &self,
                r: domain::statistics::NewReport,
            ) -> Result<domain::statistics::PublishedReport> {
                run!(self, single, |c| statistics::insert_report(c, &r))
            }
            async fn reports(&self) -> Result<Vec<domain::statistics::PublishedReport>> {
                run!(self, read, |c| statistics::reports(c))
            }
            async fn report(&self, id: i64) -> Result<Option<domain::statistics::PublishedReport>> {
                run!(self, read, |c| statistics::report(c, id))
            }
        }

        #[async_trait::async_trait]
        impl domain::store::WebhookStore for $store {
            async fn insert_webhook(
                &self,
                w: domain::webhooks::NewWebhook,
            ) -> Result<domain::webhooks::Webhook> {
                run!(self, single, |c| webhooks::insert_webhook(c, &w))
            }
            async fn webhooks(
                &self,
                member: Option<domain::MemberId>,
            ) -> Result<Vec<domain::webhooks::Webhook>> {
                run!(self, read, |c| webhooks::webhooks(c, member))
            }
            async fn delete_webhook(&self, id: i64) -> Result<bool> {
                run!(self, single, |c| webhooks::delete_webhook(c, id))
            }
            async fn webhooks_free_or_held_by(&self, node: &str) -> Result<Vec<i64>> {
                let node = node.to_owned();
                run!(self, read, |c| webhooks::webhooks_free_or_held_by(c, &node))
            }
            async fn plain_webhook_secrets(&self) -> Result<Vec<(i64, Vec<u8>)>> {
                run!(self, read, |c| webhooks::plain_webhook_secrets(c))
            }
            async fn replace_webhook_secret(
                &self,
                id: i64,
                was: Vec<u8>,
                sealed: Vec<u8>,
            ) -> Result<bool> {
                run!(self, single, |c| webhooks::replace_webhook_secret(
                    c, id, &was, &sealed
                ))
            }
            async fn claim_webhooks(
                &self,
                node: &str,
                now: i64,
                until: i64,
            ) -> Result<Vec<domain::webhooks::Claimed>> {
                let node = node.to_owned();
                run!(self, single, |c| webhooks::claim_webhooks(c, &node, now, until))
            }
            async fn webhook_delivered(
                &self,
                id: i64,
                node: &str,
                cursor_objects: i64,
                cursor_notices: i64,
                status: &str,
                at: i64,
            ) -> Result<()> {
                let (node, status) = (node.to_owned(), status.to_owned());
                run!(self, single, |c| webhooks::webhook_delivered(
                    c,
                    id,
                    &node,
                    (cursor_objects, cursor_notices),
                    &status,
                    at
                ))
            }
            async fn webhook_failed(
                &self,
                id: i64,
                node: &str,
                status: &str,
                at: i64,
                retry_at: i64,
            ) -> Result<()> {
                let (node, status) = (node.to_owned(), status.to_owned());
                run!(self, single, |c| webhooks::webhook_failed(
                    c, id, &node, &status, at, retry_at
                ))
            }
        }

        #[async_trait::async_trait]
        impl domain::store::FeedStore for $store {
            async fn insert_feed(
                &self,
                f: domain::feeds::model::NewFeed,
            ) -> Result<domain::feeds::model::Feed> {
                run!(self, single, |c| feeds::insert_feed(c, &f))
            }
            async fn feeds(&self) -> Result<Vec<domain::feeds::model::Feed>> {
                run!(self, read, |c| feeds::feeds(c))
            }
            async fn delete_feed(&self, id: i64) -> Result<bool> {
                run!(self, single, |c| feeds::delete_feed(c, id))
            }
            async fn claim_feeds(
                &self,
                node: &str,
                now: i64,
                until: i64,
            ) -> Result<Vec<(domain::feeds::model::Feed, Option<Vec<u8>>)>> {
                let node = node.to_owned();
                run!(self, single, |c| feeds::claim_feeds(c, &node, now, until))
            }
            async fn feed_progress(&self, p: domain::feeds::model::FeedProgress) -> Result<()> {
                run!(self, single, |c| feeds::save_progress(c, &p, None))
            }
            async fn feed_pulled(
                &self,
                id: i64,
                node: &str,
                at: i64,
                next_pull_at: i64,
                error: Option<String>,
            ) -> Result<()> {
                let node = node.to_owned();
                run!(self, single, |c| feeds::feed_pulled(
                    c,
                    id,
                    &node,
                    at,
                    next_pull_at,
                    error
                ))
            }
            async fn feed_restart(&self, id: i64, reset: bool, now: i64) -> Result<bool> {
                run!(self, single, |c| feeds::feed_restart(c, id, reset, now))
            }
        }

        #[async_trait::async_trait]
        impl domain::store::JointStore for $store {
            async fn insert_joint(
                &self,
                j: domain::joint::model::NewJoint,
            ) -> Result<domain::joint::model::JointOperation> {
                run!(self, write, |c| joint::insert_joint(c, &j))
            }
            async fn joint(&self, id: i64) -> Result<Option<domain::joint::model::JointOperation>> {
                run!(self, read, |c| joint::joint(c, id))
            }
            async fn joints_of(
                &self,
                member: domain::MemberId,
            ) -> Result<Vec<domain::joint::model::JointOperation>> {
                run!(self, read, |c| joint::joints_of(c, member))
            }
            async fn all_joints(&self) -> Result<Vec<domain::joint::model::JointOperation>> {
                run!(self, read, |c| joint::all_joints(c))
            }
            async fn set_participation(
                &self,
                id: i64,
                member: domain::MemberId,
                state: domain::joint::model::Participation,
                at: i64,
            ) -> Result<()> {
                run!(self, single, |c| joint::set_participation(c, id, member, state, at))
            }
            async fn add_joint_link(&self, id: i64, stix_id: &str) -> Result<()> {
                let stix_id = stix_id.to_owned();
                run!(self, single, |c| joint::add_joint_link(c, id, &stix_id))
            }
            async fn link_joint_outcome(&self, id: i64, outcome: i64) -> Result<()> {
                run!(self, single, |c| joint::link_joint_outcome(c, id, outcome))
            }
            async fn conclude_joint(&self, id: i64, at: i64) -> Result<bool> {
                run!(self, single, |c| joint::conclude_joint(c, id, at))
            }
            async fn insert_joint_task(
                &self,
                t: domain::joint::model::NewJointTask,
            ) -> Result<domain::joint::model::JointTask> {
                run!(self, single, |c| joint::insert_joint_task(c, &t))
            }
            async fn joint_tasks(&self, id: i64) -> Result<Vec<domain::joint::model::JointTask>> {
                run!(self, read, |c| joint::joint_tasks(c, id))
            }
            async fn set_joint_task_status(
                &self,
                task: i64,
                status: domain::joint::model::TaskStatus,
            ) -> Result<bool> {
                run!(self, single, |c| joint::set_joint_task_status(c, task, status))
            }
            async fn insert_joint_entry(
                &self,
                e: domain::joint::model::NewJointEntry,
            ) -> Result<domain::joint::model::JointEntry> {
                run!(self, single, |c| joint::insert_joint_entry(c, &e))
            }
            async fn joint_entries(
                &self,
                id: i64,
            ) -> Result<Vec<domain::joint::model::JointEntry>> {
                run!(self, read, |c| joint::joint_entries(c, id))
            }
        }

        #[async_trait::async_trait]
        impl domain::store::OperationStore for $store {
            async fn insert_operation(
                &self,
                o: domain::operations::model::NewOperation,
            ) -> Result<domain::operations::model::Operation> {
                run!(self, single, |c| operations::insert_operation(c, &o))
            }
            async fn operations(
                &self,
                member: domain::MemberId,
            ) -> Result<Vec<domain::operations::model::Operation>> {
                run!(self, read, |c| operations::operations(c, member))
            }
            async fn operation(
                &self,
                id: i64,
            ) -> Result<Option<domain::operations::model::Operation>> {
                run!(self, read, |c| operations::operation_by_id(c, id))
            }
            async fn close_operation(&self, id: i64, at: i64) -> Result<bool> {
                run!(self, write, |c| operations::close_operation(c, id, at))
            }
            async fn add_selectors(
                &self,
                operation: i64,
                member: domain::MemberId,
                selectors: Vec<domain::operations::model::NewSelector>,
                at: i64,
                names: std::collections::HashMap<domain::MemberId, String>,
            ) -> Result<(
                Vec<(usize, domain::operations::model::Selector)>,
                Vec<domain::operations::model::Deconfliction>,
            )> {
                run!(self, notify(selectors.len()), |c| operations::add_selectors(
                    c, operation, member, &selectors, at, &names
                ))
            }
            async fn selectors_holding(
                &self,
                intel_digests: Vec<Vec<u8>>,
            ) -> Result<Vec<domain::operations::model::Holder>> {
                run!(self, read, |c| operations::selectors_holding(c, &intel_digests))
            }
            async fn intelligence_with_keys(
                &self,
                keys: Vec<String>,
                vis: domain::store::Visibility,
                collections: Vec<domain::CollectionId>,
                not_of: domain::MemberId,
                limit: usize,
            ) -> Result<Vec<(String, String, domain::MemberId)>> {
                run!(self, scan, |c| operations::intelligence_with_keys(
                    c,
                    &keys,
                    &vis,
                    &collections,
                    not_of,
                    limit
                ))
            }
            async fn selectors(
                &self,
                operation: i64,
            ) -> Result<Vec<domain::operations::model::Selector>> {
                run!(self, read, |c| operations::selectors(c, operation))
            }
            async fn add_events(
                &self,
                operation: i64,
                member: domain::MemberId,
                events: Vec<domain::operations::model::NewEvent>,
                at: i64,
                names: std::collections::HashMap<domain::MemberId, String>,
            ) -> Result<(
                Vec<domain::operations::model::Event>,
                Vec<domain::operations::model::Deconfliction>,
            )> {
                run!(self, notify(events.len()), |c| operations::add_events(
                    c, operation, member, &events, at, &names
                ))
            }
            async fn registrations_since(
                &self,
                member: domain::MemberId,
                since: i64,
            ) -> Result<u64> {
                run!(self, read, |c| operations::registrations_since(c, member, since))
            }
            async fn events(
                &self,
                operation: i64,
            ) -> Result<Vec<domain::operations::model::Event>> {
                run!(self, read, |c| operations::events(c, operation))
            }
            async fn deconflictions(
                &self,
                member: domain::MemberId,
            ) -> Result<Vec<domain::operations::model::Deconfliction>> {
                run!(self, read, |c| operations::deconflictions(c, member))
            }
        }
    };
}

pub(crate) use area_stores;
