//! SQL shared by the backends: the visibility clauses and the TAXII filters, compiled once for
//! either dialect. The rule itself is the domain's ([`domain::visibility`]); this only writes it
//! in SQL, so both backends filter in the same statement that pages and counts.

use domain::audit::AuditQuery;
use domain::release::Evaluation;
use domain::store::{Facets, Grant, ObjectQuery, VersionRelease, Visibility};
use domain::{CollectionId, GroupId, MemberId, Releasability, Release, Role, UserId};
use stix::SpecVersion;
use stix::markings::Tlp;

/// Columns read for each record, in the order both backends' row mappings expect.
pub const MEMBER_COLS: &str = "id, name, display_name, identity_id, status, is_secretariat, created_at, founding, accession_at, language";
pub const TRANSITION_COLS: &str =
    "id, member_id, from_status, to_status, at, reason, decision, actor";
pub const BALLOT_COLS: &str =
    "id, subject, title, rule, eligible, opened_at, deadline, closed_at, outcome";
pub const APPLICATION_COLS: &str =
    "id, member_id, description, contact, sponsor, applied_at, ballot_id";
pub const MEETING_COLS: &str =
    "id, title, kind, starts_at, ends_at, time_zone, venue, convened_by, convened_at, minutes";
pub const AGENDA_COLS: &str = "id, meeting_id, position, title, notes, link";
pub const DECISION_COLS: &str =
    "id, meeting_id, agenda_item_id, text, ballot_id, recorded_at, outcome";
pub const ACTION_COLS: &str =
    "id, meeting_id, decision_id, title, assignee, due_at, status, closed_at";
pub const TERM_COLS: &str = "id, member_id, starts_at, ends_at, basis, note";

/// A new member's accession date: the founding date for a founding member, else its creation
/// if it is created a member.
pub fn accession(m: &domain::store::NewMember) -> Option<i64> {
    m.founded_at
        .or((m.status == domain::MemberStatus::Member).then_some(m.created_at))
}

pub const USER_COLS: &str = "id, member_id, username, display_name, roles, password_hash, disabled, created_at, must_change_password, EXISTS (SELECT 1 FROM second_factors f WHERE f.user_id = users.id AND length(f.secret) > 0), language, calendar, time_zone";
pub const TOKEN_COLS: &str = "id, user_id, name, digest, created_at, last_used_at, revoked_at, kind, scope, expires_at, client";
/// A certificate with the member of its user; needs `client_certificates c JOIN users u`.
pub const CERTIFICATE_COLS: &str = "c.id, c.kind, c.fingerprint, c.name, c.user_id, u.member_id, c.created_at, c.revoked_at, c.der";
pub const COLLECTION_COLS: &str =
    "id, alias, title, description, default_tlp, everyone_reads, everyone_writes, created_at";
pub const GROUP_COLS: &str = "id, name, description, members_visible, created_at";
/// The tables that hold an object version, children first (deletes go in this order).
pub const RELEASE_TABLES: [&str; 5] = [
    "object_keys",
    "object_release_members",
    "object_release_groups",
    "object_release_users",
    "objects",
];

/// Roles are kept as one comma-separated column.
pub fn roles_text(roles: &[Role]) -> String {
    roles
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

pub fn parse_roles(text: &str) -> Vec<Role> {
    text.split(',').filter_map(Role::parse).collect()
}

/// A bound parameter. Nulls carry their type: PostgreSQL is told each parameter's type.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    Int(i64),
    Text(String),
    /// An INTEGER 0/1 in SQLite, a BOOLEAN in PostgreSQL.
    Bool(bool),
    Bytes(Vec<u8>),
    NullInt,
    NullText,
}

/// Rows one object's correlations read at most: a name read several ways, times its aliases,
/// times the noisy limit, could otherwise be millions.
pub const CORRELATIONS_READ: i64 = 5_000;

impl From<i64> for Param {
    fn from(v: i64) -> Self {
        Param::Int(v)
    }
}
impl From<bool> for Param {
    fn from(v: bool) -> Self {
        Param::Bool(v)
    }
}
impl From<String> for Param {
    fn from(v: String) -> Self {
        Param::Text(v)
    }
}
impl From<&String> for Param {
    fn from(v: &String) -> Self {
        Param::Text(v.clone())
    }
}
impl From<&str> for Param {
    fn from(v: &str) -> Self {
        Param::Text(v.to_owned())
    }
}
impl From<Vec<u8>> for Param {
    fn from(v: Vec<u8>) -> Self {
        Param::Bytes(v)
    }
}
impl From<&[u8]> for Param {
    fn from(v: &[u8]) -> Self {
        Param::Bytes(v.to_vec())
    }
}
impl From<&[u8; 32]> for Param {
    fn from(v: &[u8; 32]) -> Self {
        Param::Bytes(v.to_vec())
    }
}
impl From<Option<i64>> for Param {
    fn from(v: Option<i64>) -> Self {
        v.map_or(Param::NullInt, Param::Int)
    }
}
impl From<Option<String>> for Param {
    fn from(v: Option<String>) -> Self {
        v.map_or(Param::NullText, Param::Text)
    }
}
impl From<&Option<String>> for Param {
    fn from(v: &Option<String>) -> Self {
        v.clone().into()
    }
}
impl From<Option<&str>> for Param {
    fn from(v: Option<&str>) -> Self {
        v.map(str::to_owned).into()
    }
}

/// The SQL a backend speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `?1`, `?2`, ...
    Sqlite,
    /// `$1`, `$2`, ...
    Postgres,
}

/// SQL text with its parameters, built in order.
#[derive(Debug)]
pub struct Builder {
    dialect: Dialect,
    pub params: Vec<Param>,
    /// How SQLite matches words; PostgreSQL's planner chooses for itself (see [`TextPlan`]).
    pub text_plan: TextPlan,
}

/// How SQLite finds the rows that carry a search's words. A word most objects carry must not
/// cost in proportion to how many carry it: collecting every match (the set) took 17 ms at
/// 10,000 objects and grows with the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextPlan {
    /// Every row the full-text index matches, as a set the rows are checked against: for words
    /// few objects carry.
    #[default]
    Set,
    /// Only the newest `n` rows the index matches: the sample that facets of a common word
    /// are counted over.
    Newest(usize),
    /// The rows are walked newest first, and each is checked in the index by its rowid: for a
    /// common word, a page is found after about as many rows as it holds.
    PerRow,
}

/// The words of a search as the full-text index is asked for them: letters, digits and `-._`
/// of each; none when nothing is left.
fn search_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '.' || *c == '_')
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// An FTS5 query for every word: each quoted, so that FTS5 reads it as a plain term whatever
/// it contains.
fn fts_query(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Builder {
    pub fn new(dialect: Dialect) -> Self {
        Self {
            dialect,
            params: Vec::new(),
            text_plan: TextPlan::Set,
        }
    }

    /// A row limit. SQLite gets it as a literal: its planner reads a bound LIMIT's value, so a
    /// statement with one is compiled again on every run, which took 5/6 of an object lookup's
    /// time (35 µs instead of 6). A number written by us cannot inject anything; each distinct
    /// limit is one more cached statement. PostgreSQL binds it like any value.
    pub fn limit(&mut self, n: i64) -> String {
        match self.dialect {
            Dialect::Sqlite => n.to_string(),
            Dialect::Postgres => self.bind(Param::Int(n)),
        }
    }

    /// Adds a parameter and returns its placeholder.
    pub fn bind(&mut self, p: Param) -> String {
        self.params.push(p);
        // Numbered on both: a clause may be written into the text before one bound earlier.
        match self.dialect {
            Dialect::Sqlite => format!("?{}", self.params.len()),
            Dialect::Postgres => format!("${}", self.params.len()),
        }
    }

    fn bind_list(&mut self, items: impl IntoIterator<Item = Param>) -> String {
        items
            .into_iter()
            .map(|p| self.bind(p))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The visibility clauses for the row alias `a`.
    pub fn visibility(&mut self, vis: &Visibility, a: &str) -> String {
        if vis.0.is_empty() {
            return "(1 = 0)".into();
        }
        let levels = |ls: &[Tlp]| {
            ls.iter()
                .map(|t| t.code().to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        let parts: Vec<String> = vis
            .0
            .iter()
            .map(|g| match g {
                Grant::Originator(m) => {
                    format!("{a}.originator = {}", self.bind(Param::Int(m.0)))
                }
                Grant::Levels(ls) => format!("{a}.tlp IN ({})", levels(ls)),
                Grant::ReleasedToMember(ls, m) => format!(
                    "({a}.tlp IN ({}) AND EXISTS (SELECT 1 FROM object_release_members r WHERE r.seq = {a}.seq AND r.member_id = {}))",
                    levels(ls),
                    self.bind(Param::Int(m.0))
                ),
                Grant::ReleasedToGroups(ls, gs) => format!(
                    "({a}.tlp IN ({}) AND EXISTS (SELECT 1 FROM object_release_groups r WHERE r.seq = {a}.seq AND r.group_id IN ({})))",
                    levels(ls),
                    self.bind_list(gs.iter().map(|g| Param::Int(g.0)))
                ),
                Grant::ReleasedToUser(ls, u) => format!(
                    "({a}.tlp IN ({}) AND EXISTS (SELECT 1 FROM object_release_users r WHERE r.seq = {a}.seq AND r.user_id = {}))",
                    levels(ls),
                    self.bind(Param::Int(u.0))
                ),
            })
            .collect();
        format!("({})", parts.join(" OR "))
    }

    /// The WHERE clause of an object query (without paging), for rows aliased `o`.
    pub fn object_filter(&mut self, q: &ObjectQuery, vis: &Visibility) -> String {
        let mut w: Vec<String> = Vec::new();
        if let Some(c) = q.collection {
            let p = self.bind(Param::Text(c.0.to_string()));
            w.push(format!(
                "o.cid = (SELECT cid FROM collections WHERE id = {p})"
            ));
        }
        if q.collection.is_none() && !q.collections.is_empty() {
            w.push(self.in_collections(&q.collections, "o"));
        }
        w.push(self.visibility(vis, "o"));
        let spec_in = |list: &[SpecVersion]| {
            list.iter()
                .map(|s| format!("'{}'", s.as_str()))
                .collect::<Vec<_>>()
                .join(",")
        };
        // Spec versions: the listed ones, or the newest the reader can see of each object.
        if q.spec_versions.is_empty() {
            let v = self.visibility(vis, "s");
            w.push(format!(
                "(o.spec_version = '2.1' OR NOT EXISTS (SELECT 1 FROM objects s WHERE s.stix_id = o.stix_id AND s.cid = o.cid AND s.spec_version > o.spec_version AND {v}))"
            ));
        } else {
            w.push(format!("o.spec_version IN ({})", spec_in(&q.spec_versions)));
        }
        if let Some(before) = q.added_before {
            w.push(format!("o.date_added < {}", self.bind(Param::Int(before))));
        }
        if let Some(after) = q.added_after {
            w.push(format!("o.date_added > {}", self.bind(Param::Int(after))));
        }
        if !q.ids.is_empty() {
            let l = self.bind_list(q.ids.iter().cloned().map(Param::Text));
            w.push(format!("o.stix_id IN ({l})"));
        }
        if !q.types.is_empty() {
            let l = self.bind_list(q.types.iter().cloned().map(Param::Text));
            w.push(format!("o.object_type IN ({l})"));
        }
        if !q.originators.is_empty() {
            let l = self.bind_list(q.originators.iter().map(|m| Param::Int(m.0)));
            w.push(format!("o.originator IN ({l})"));
        }
        if !q.tlps.is_empty() {
            let l = self.bind_list(q.tlps.iter().map(|t| Param::Int(t.code())));
            w.push(format!("o.tlp IN ({l})"));
        }
        if let Some(text) = &q.text {
            w.push(self.text_match(text));
        }
        if let Some(target) = &q.referencing {
            let k = self.bind(Param::Text(format!("ref:{target}")));
            w.push(format!(
                "o.seq IN (SELECT seq FROM object_keys WHERE key = {k})"
            ));
        }
        let vf = &q.versions;
        if !vf.all {
            let mut alts = Vec::new();
            let spec_same = if q.spec_versions.is_empty() {
                "l.spec_version = o.spec_version".to_string()
            } else {
                format!("l.spec_version IN ({})", spec_in(&q.spec_versions))
            };
            for (on, cmp) in [(vf.last, ">"), (vf.first, "<")] {
                if on {
                    let v = self.visibility(vis, "l");
                    // `only_version` rows are first and last for every reader.
                    alts.push(format!(
                        "o.only_version = TRUE OR NOT EXISTS (SELECT 1 FROM objects l WHERE l.stix_id = o.stix_id AND l.cid = o.cid AND l.version_key {cmp} o.version_key AND {spec_same} AND {v})"
                    ));
                }
            }
            if !vf.exact.is_empty() {
                let l = self.bind_list(vf.exact.iter().cloned().map(Param::Text));
                alts.push(format!("o.version_key IN ({l})"));
            }
            if alts.is_empty() {
                alts.push("1 = 0".into());
            }
            w.push(format!("({})", alts.join(" OR ")));
        }
        w.join(" AND ")
    }

    /// Every word of `text` in the row's search text: FTS5 on SQLite, a tsquery on PostgreSQL.
    fn text_match(&mut self, text: &str) -> String {
        let words = search_words(text);
        if words.is_empty() {
            return "1 = 0".into();
        }
        match self.dialect {
            Dialect::Sqlite => {
                let p = self.bind(Param::Text(fts_query(&words)));
                match self.text_plan {
                    TextPlan::Set => format!(
                        "o.seq IN (SELECT rowid FROM object_text WHERE object_text MATCH {p})"
                    ),
                    TextPlan::Newest(n) => format!(
                        "o.seq IN (SELECT rowid FROM object_text WHERE object_text MATCH {p} ORDER BY rowid DESC LIMIT {n})"
                    ),
                    TextPlan::PerRow => format!(
                        "EXISTS (SELECT 1 FROM object_text WHERE object_text MATCH {p} AND rowid = o.seq)"
                    ),
                }
            }
            Dialect::Postgres => {
                let p = self.bind(Param::Text(words.join(" ")));
                format!("o.search_doc @@ plainto_tsquery('simple', {p})")
            }
        }
    }

    /// SQLite: how many rows the full-text index matches for `text`, counted up to `cap`; an
    /// empty search matches none. `None` on PostgreSQL, whose planner reads how common a word
    /// is from its statistics.
    pub fn text_probe(&mut self, text: &str, cap: usize) -> Option<String> {
        if self.dialect != Dialect::Sqlite {
            return None;
        }
        let words = search_words(text);
        if words.is_empty() {
            return Some("SELECT 0".into());
        }
        let p = self.bind(Param::Text(fts_query(&words)));
        Some(format!(
            "SELECT COUNT(*) FROM (SELECT rowid FROM object_text WHERE object_text MATCH {p} LIMIT {cap})"
        ))
    }

    /// Every facet's counts over what the query matches, as rows of (facet, value, count)
    /// where facet is `type`, `originator`, `tlp` or `month`. The matching rows are found once
    /// and counted four ways: the filter (words, visibility, latest version) is the costly part.
    /// At most `cap` matching rows are counted, the newest first, so that a word most objects
    /// carry costs no more than `cap` rows; a `total` row says how many were.
    pub fn facets(&mut self, q: &ObjectQuery, vis: &Visibility, cap: usize) -> String {
        let filter = self.object_filter(q, vis);
        let month = match self.dialect {
            Dialect::Sqlite => "strftime('%Y-%m', d / 1000000, 'unixepoch')",
            Dialect::Postgres => {
                "to_char(to_timestamp(d / 1000000.0) AT TIME ZONE 'UTC', 'YYYY-MM')"
            }
        };
        format!(
            "WITH m AS MATERIALIZED (SELECT o.object_type AS t, o.originator AS g, o.tlp AS l, o.date_added AS d FROM objects o WHERE {filter} ORDER BY o.date_added DESC LIMIT {cap}) \
             SELECT 'total', '', COUNT(*) FROM m \
             UNION ALL SELECT 'type', CAST(t AS TEXT), COUNT(*) FROM m GROUP BY 2 \
             UNION ALL SELECT 'originator', CAST(g AS TEXT), COUNT(*) FROM m GROUP BY 2 \
             UNION ALL SELECT 'tlp', CAST(l AS TEXT), COUNT(*) FROM m GROUP BY 2 \
             UNION ALL SELECT 'month', {month}, COUNT(*) FROM m GROUP BY 2"
        )
    }

    /// A page of objects, oldest `date_added` first, one row more than asked to tell `more`.
    pub fn object_page(&mut self, q: &ObjectQuery, vis: &Visibility, index_hint: &str) -> String {
        let filter = self.object_filter(q, vis);
        let body = if q.with_body { "o.body" } else { "NULL" };
        // SQLite gives rows their seq in the order it dates them, so walking the table itself
        // newest first is walking by date, without an index that would have to cover every
        // collection.
        let order = match (q.newest_first, self.text_plan) {
            (true, TextPlan::PerRow) if self.dialect == Dialect::Sqlite => "o.seq DESC",
            (true, _) => "o.date_added DESC",
            (false, _) => "o.date_added",
        };
        let limit = self.limit(i64::try_from(q.limit.max(1) + 1).unwrap_or(i64::MAX));
        format!(
            "SELECT o.stix_id, o.object_type, o.version, o.spec_version, o.date_added, o.originator, o.tlp, {body} FROM objects o {index_hint} WHERE {filter} ORDER BY {order} LIMIT {limit}"
        )
    }

    /// The versions of `ids` the reader sees, as [`ReleaseRow`] columns.
    pub fn releasability_rows(&mut self, ids: &[String], vis: &Visibility) -> String {
        let l = self.bind_list(ids.iter().cloned().map(Param::Text));
        let v = self.visibility(vis, "o");
        format!(
            "SELECT o.seq, o.stix_id, o.version_key, o.originator, o.tlp, o.orcon, o.evaluation FROM objects o WHERE o.stix_id IN ({l}) AND {v}"
        )
    }

    /// The release lists of these rows, as `(seq, kind, id)` with kind `m`, `g` or `u`.
    pub fn release_lists(&mut self, seqs: &[i64]) -> String {
        let mut parts = Vec::new();
        for (kind, table, col) in [
            ("m", "object_release_members", "member_id"),
            ("g", "object_release_groups", "group_id"),
            ("u", "object_release_users", "user_id"),
        ] {
            let l = self.bind_list(seqs.iter().map(|s| Param::Int(*s)));
            parts.push(format!(
                "SELECT seq, '{kind}', {col} FROM {table} WHERE seq IN ({l})"
            ));
        }
        format!("{} ORDER BY 1, 2, 3", parts.join(" UNION ALL "))
    }
}

impl Builder {
    /// A page of the audit log, in `seq` order.
    pub fn audit_page(&mut self, q: &AuditQuery) -> String {
        let mut w = vec![format!("seq > {}", self.bind(Param::Int(q.after_seq)))];
        if let Some(b) = q.before_seq {
            w.push(format!("seq < {}", self.bind(Param::Int(b))));
        }
        if let Some(u) = q.user {
            w.push(format!("actor_user = {}", self.bind(Param::Int(u.0))));
        }
        if let Some(m) = q.member {
            w.push(format!("actor_member = {}", self.bind(Param::Int(m.0))));
        }
        if let Some(a) = &q.action {
            // `objects` matches `objects.read`, `objects.submit`, ...
            let exact = self.bind(Param::Text(a.clone()));
            // What is typed is an action's name, not a pattern: its own `%` and `_` match
            // themselves.
            let literal = a
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            let prefix = self.bind(Param::Text(format!("{literal}.%")));
            w.push(format!(
                "(action = {exact} OR action LIKE {prefix} ESCAPE '\\')"
            ));
        }
        if let Some(t) = q.since {
            w.push(format!("at >= {}", self.bind(Param::Int(t))));
        }
        if let Some(t) = q.until {
            w.push(format!("at < {}", self.bind(Param::Int(t))));
        }
        let limit = self.limit(i64::try_from(q.limit.max(1)).unwrap_or(i64::MAX));
        let cols = if q.without_detail {
            AUDIT_COLS.replace("detail", "'' AS detail")
        } else {
            AUDIT_COLS.to_string()
        };
        let order = if q.newest_first { " DESC" } else { "" };
        format!(
            "SELECT {cols} FROM audit_log WHERE {} ORDER BY seq{order} LIMIT {limit}",
            w.join(" AND ")
        )
    }
}

impl Builder {
    fn key_list(&mut self, keys: &[String]) -> String {
        if keys.is_empty() {
            return "NULL".into();
        }
        self.bind_list(keys.iter().cloned().map(Param::Text))
    }

    /// How many matching objects the reader sees.
    pub fn hits_visible(&mut self, keys: &[String], vis: &Visibility) -> String {
        let l = self.key_list(keys);
        let v = self.visibility(vis, "o");
        format!(
            "SELECT COUNT(DISTINCT o.stix_id) FROM object_keys k JOIN objects o ON o.seq = k.seq WHERE k.key IN ({l}) AND {v}"
        )
    }

    /// Per originator, how many matching objects the reader sees in no version.
    pub fn hits_hidden(&mut self, keys: &[String], vis: &Visibility) -> String {
        let l = self.key_list(keys);
        let v = self.visibility(vis, "v");
        format!(
            "SELECT o.originator, COUNT(DISTINCT o.stix_id) FROM object_keys k JOIN objects o ON o.seq = k.seq WHERE k.key IN ({l}) AND NOT EXISTS (SELECT 1 FROM objects v WHERE v.stix_id = o.stix_id AND {v}) GROUP BY o.originator ORDER BY o.originator"
        )
    }

    /// Objects the reader sees in these collections, of another originator than `not_of`,
    /// not revoked, that carry one of the keys: the key, the id and the originator.
    pub fn intelligence_with_keys(
        &mut self,
        keys: &[String],
        vis: &Visibility,
        collections: &[CollectionId],
        not_of: MemberId,
        limit: usize,
    ) -> String {
        let l = self.key_list(keys);
        let v = self.visibility(vis, "o");
        let c = self.in_collections(collections, "o");
        let m = self.bind(Param::Int(not_of.0));
        format!(
            "SELECT DISTINCT k.key, o.stix_id, o.originator FROM object_keys k JOIN objects o ON o.seq = k.seq WHERE k.key IN ({l}) AND o.originator <> {m} AND NOT o.revoked AND {v} AND {c} ORDER BY k.key, o.stix_id LIMIT {limit}"
        )
    }

    /// Ids of an originator's objects that carry one of the keys.
    pub fn matching_ids(&mut self, keys: &[String], originator: MemberId) -> String {
        let l = self.key_list(keys);
        let m = self.bind(Param::Int(originator.0));
        format!(
            "SELECT DISTINCT o.stix_id FROM object_keys k JOIN objects o ON o.seq = k.seq WHERE k.key IN ({l}) AND o.originator = {m} ORDER BY o.stix_id"
        )
    }

    /// The versions an approved release request may release: the originator's, at a level
    /// that has a member release list. `what` is the selected column list.
    fn releasable(&mut self, what: &str, ids: &[String], originator: MemberId) -> String {
        let l = if ids.is_empty() {
            "NULL".into()
        } else {
            self.bind_list(ids.iter().cloned().map(Param::Text))
        };
        let m = self.bind(Param::Int(originator.0));
        format!(
            "SELECT {what} FROM objects WHERE stix_id IN ({l}) AND originator = {m} AND tlp IN ({}, {})",
            Tlp::Amber.code(),
            Tlp::AmberStrict.code()
        )
    }

    /// Adds `target` to the release lists of those versions.
    pub fn release_to(&mut self, ids: &[String], originator: MemberId, target: MemberId) -> String {
        let t = self.bind(Param::Int(target.0));
        let select = self.releasable(&format!("seq, {t}"), ids, originator);
        format!(
            "INSERT INTO object_release_members (seq, member_id) {select} ON CONFLICT DO NOTHING"
        )
    }

    pub fn count_releasable(&mut self, ids: &[String], originator: MemberId) -> String {
        self.releasable("COUNT(DISTINCT stix_id)", ids, originator)
    }
}

impl Builder {
    /// `{alias}.cid IN (...)`: rows in these collections only.
    fn in_collections(&mut self, collections: &[CollectionId], alias: &str) -> String {
        let l = self.bind_list(collections.iter().map(|c| Param::Text(c.0.to_string())));
        format!("{alias}.cid IN (SELECT cid FROM collections WHERE id IN ({l}))")
    }

    /// Whether the reader sees any version of an object, in collections it reads.
    pub fn sees(&mut self, id: &str, collections: &[CollectionId], vis: &Visibility) -> String {
        let a = self.bind(Param::Text(id.to_string()));
        let v = self.visibility(vis, "a");
        let c = self.in_collections(collections, "a");
        format!("SELECT COUNT(*) FROM objects a WHERE a.stix_id = {a} AND {v} AND {c}")
    }

    /// `(key, stix_id, type)` of the objects sharing a key with `id` (at most
    /// [`CORRELATIONS_READ`] rows, in key order), both ends visible in
    /// collections the reader reads, through keys that are neither noisy nor excluded.
    pub fn correlations(
        &mut self,
        id: &str,
        collections: &[CollectionId],
        vis: &Visibility,
        limit: i64,
    ) -> String {
        let a = self.bind(Param::Text(id.to_string()));
        let va = self.visibility(vis, "a");
        let vb = self.visibility(vis, "b");
        let ca = self.in_collections(collections, "a");
        let cb = self.in_collections(collections, "b");
        let l = self.bind(Param::Int(limit));
        format!(
            "SELECT DISTINCT ka.key, b.stix_id, b.object_type FROM objects a \
             JOIN object_keys ka ON ka.seq = a.seq \
             JOIN object_keys kb ON kb.key = ka.key \
             JOIN objects b ON b.seq = kb.seq \
             WHERE a.stix_id = {a} AND {va} AND {ca} AND b.stix_id <> a.stix_id AND {vb} AND {cb} AND ka.key NOT LIKE 'ref:%' \
             AND NOT EXISTS (SELECT 1 FROM key_exclusions x WHERE x.key = ka.key) \
             AND COALESCE((SELECT c.objects FROM key_counts c WHERE c.key = ka.key), 0) <= {l} \
             ORDER BY 1, 2 LIMIT {CORRELATIONS_READ}"
        )
    }

    /// Statistics: distinct ids added in `[from, to)` by originator, type and level, within
    /// every visibility given.
    pub fn object_counts(&mut self, from: i64, to: i64, within: &[Visibility]) -> String {
        let period = self.period("o", from, to);
        let vis = self.within(within, "o");
        // Both read the index `objects_counted` alone, in its order. PostgreSQL's COUNT(DISTINCT)
        // sorts each group again, while a DISTINCT subquery drops duplicates of the sorted input
        // as it reads it (1.2 s to 0.77 s at a million objects); on SQLite the subquery is
        // three times slower.
        match self.dialect {
            Dialect::Sqlite => format!(
                "SELECT o.originator, o.object_type, o.tlp, COUNT(DISTINCT o.stix_id) \
                 FROM objects o WHERE {period}{vis} GROUP BY o.originator, o.object_type, o.tlp"
            ),
            Dialect::Postgres => format!(
                "SELECT d.originator, d.object_type, d.tlp, COUNT(*) FROM (SELECT DISTINCT \
                 o.originator, o.object_type, o.tlp, o.stix_id FROM objects o \
                 WHERE {period}{vis}) d GROUP BY d.originator, d.object_type, d.tlp"
            ),
        }
    }

    /// Statistics, PostgreSQL: [`Builder::object_counts`] for every reader in one pass over
    /// the index, each id marked once per reader that sees a version of it; columns are
    /// originator, type, level, then one count per reader.
    pub fn object_counts_each(
        &mut self,
        from: i64,
        to: i64,
        within: &[Visibility],
        readers: &[Visibility],
    ) -> String {
        let period = self.period("o", from, to);
        let vis = self.within(within, "o");
        let mut marks = Vec::new();
        let mut counts = Vec::new();
        for (i, r) in readers.iter().enumerate() {
            let seen = self.visibility(r, "o");
            // Whether any version of the object is seen: SQLite has no `bool_or`, and its MAX
            // of a condition is 1 or 0.
            marks.push(match self.dialect {
                Dialect::Sqlite => format!("MAX({seen}) AS v{i}"),
                Dialect::Postgres => format!("bool_or({seen}) AS v{i}"),
            });
            counts.push(format!("COUNT(*) FILTER (WHERE d.v{i})"));
        }
        let (marks, counts) = (marks.join(", "), counts.join(", "));
        format!(
            "SELECT d.originator, d.object_type, d.tlp, {counts} FROM (SELECT o.originator, \
             o.object_type, o.tlp, o.stix_id, {marks} FROM objects o WHERE {period}{vis} \
             GROUP BY o.originator, o.object_type, o.tlp, o.stix_id) d \
             GROUP BY d.originator, d.object_type, d.tlp"
        )
    }

    /// Statistics: of those objects, the ones sharing a correlatable key with an object of
    /// another member added before `to`, both within every visibility given; by originator.
    /// Names that only read alike across scripts are possible matches, not counted.
    pub fn correlated_counts(
        &mut self,
        from: i64,
        to: i64,
        within: &[Visibility],
        limit: i64,
    ) -> String {
        let period = self.period("o", from, to);
        let vis_o = self.within(within, "o");
        let before = self.bind(Param::Int(to));
        let vis_b = self.within(within, "b");
        let l = self.bind(Param::Int(limit));
        // A key two members hold links every object that carries it to another member's: find
        // those keys once, instead of probing pairs of objects. PostgreSQL joins the key counts
        // and hashes them once (5.4 s to 2.4 s at a million objects); SQLite looks each up by
        // its key, which is 15% faster there than the join.
        let (counts, count) = match self.dialect {
            Dialect::Sqlite => (
                "",
                "(SELECT c.objects FROM key_counts c WHERE c.key = kb.key)",
            ),
            Dialect::Postgres => ("LEFT JOIN key_counts c ON c.key = kb.key ", "c.objects"),
        };
        format!(
            "SELECT o.originator, COUNT(DISTINCT o.stix_id) FROM objects o \
             JOIN object_keys ka ON ka.seq = o.seq \
             WHERE {period}{vis_o} AND ka.key IN (SELECT kb.key FROM object_keys kb \
             JOIN objects b ON b.seq = kb.seq {counts}\
             WHERE b.date_added < {before}{vis_b} AND kb.key NOT LIKE 'ref:%' AND kb.key NOT LIKE 'translit:%' \
             AND NOT EXISTS (SELECT 1 FROM key_exclusions x WHERE x.key = kb.key) \
             AND COALESCE({count}, 0) <= {l} \
             GROUP BY kb.key HAVING COUNT(DISTINCT b.originator) > 1) \
             GROUP BY o.originator"
        )
    }

    /// Statistics: the keys starting with one of `prefixes` by how many distinct objects added
    /// in the period, within every visibility given, carry them; most first. Each prefix is a
    /// range of the key index, so only the objects that carry such a key are read.
    pub fn key_prefix_counts(
        &mut self,
        from: i64,
        to: i64,
        within: &[Visibility],
        prefixes: &[String],
        limit: i64,
    ) -> String {
        let mut ranges = Vec::new();
        for p in prefixes {
            let low = self.bind(Param::Text(p.clone()));
            let high = self.bind(Param::Text(after_prefix(p)));
            ranges.push(format!("(k.key >= {low} AND k.key < {high})"));
        }
        let ranges = if ranges.is_empty() {
            "1 = 0".to_string()
        } else {
            ranges.join(" OR ")
        };
        let period = self.period("o", from, to);
        let vis = self.within(within, "o");
        let l = self.bind(Param::Int(limit));
        format!(
            "SELECT k.key, COUNT(DISTINCT o.stix_id) FROM object_keys k JOIN objects o ON o.seq = k.seq \
             WHERE ({ranges}) AND {period}{vis} GROUP BY k.key ORDER BY 2 DESC, k.key LIMIT {l}"
        )
    }

    fn period(&mut self, a: &str, from: i64, to: i64) -> String {
        let f = self.bind(Param::Int(from));
        let t = self.bind(Param::Int(to));
        format!("{a}.date_added >= {f} AND {a}.date_added < {t}")
    }

    /// ` AND <visibility>` for each visibility.
    fn within(&mut self, within: &[Visibility], a: &str) -> String {
        within
            .iter()
            .map(|v| format!(" AND {}", self.visibility(v, a)))
            .collect()
    }

    /// Keys over the limit and excluded keys.
    pub fn noisy_keys(&mut self, limit: i64) -> String {
        let l = self.bind(Param::Int(limit));
        format!(
            "SELECT k.key, k.objects, x.key IS NOT NULL FROM key_counts k LEFT JOIN key_exclusions x ON x.key = k.key \
             WHERE (k.objects > {l} OR x.key IS NOT NULL) AND k.key NOT LIKE 'ref:%' ORDER BY k.objects DESC, k.key LIMIT 1000"
        )
    }
}

pub const RFI_COLS: &str =
    "id, asker, asked_by, question, priority, created_at, deadline, status, closed_at";
pub const ANSWER_COLS: &str = "id, rfi_id, member_id, user_id, text, objects, at";

pub const OUTCOME_COLS: &str =
    "id, kind, description, occurred_at, recorded_at, member_id, user_id, objects";
pub const REPORT_COLS: &str = "id, period_from, period_to, published_at, published_by, title, body";
pub const GROUP_STATUS_COLS: &str = "id, stix_id, state, at, member_id, note";

pub const WEBHOOK_COLS: &str = "id, member_id, url, created_at, cursor_objects, cursor_notices, last_status, last_attempt, failures, filter";
/// Where a claim's secret is read: the column selected after [`WEBHOOK_COLS`].
pub const WEBHOOK_SECRET_COL: usize = 10;

pub const RELEASE_REQUEST_COLS: &str = "id, created_at, requester_member, requester_user, originator_member, target_member, object_id, value, reason, status, decided_at, decided_by, answer, released";
pub const NOTIFICATION_COLS: &str = "id, member_id, at, kind, payload";

pub const AUDIT_COLS: &str =
    "seq, at, actor_user, actor_member, actor_name, action, subject, detail, prev_hash, hash";
pub const CHECKPOINT_COLS: &str = "seq, at, hash, signature, public_key";

/// A stored 32-byte hash or key; a damaged one reads as zeros, which then fails verification.
pub fn bytes32(v: Vec<u8>) -> [u8; 32] {
    v.try_into().unwrap_or([0; 32])
}

/// Assembles the four facet queries' `(value, count)` rows, in the order type, originator,
/// tlp, month.
/// The rows of [`Builder::facets`] as facets: each by count, largest first, at most 50.
/// Facets from the rows of [`Builder::facets`]; `limit` is how many matches they may count.
pub fn facets(rows: Vec<(String, String, i64)>, limit: usize) -> Facets {
    let mut counts: Vec<Vec<(String, i64)>> = vec![vec![]; 4];
    let mut counted = 0;
    for (facet, value, count) in rows {
        let i = match facet.as_str() {
            "total" => {
                counted = u64::try_from(count).unwrap_or(0);
                continue;
            }
            "type" => 0,
            "originator" => 1,
            "tlp" => 2,
            _ => 3,
        };
        if let Some(c) = counts.get_mut(i) {
            c.push((value, count));
        }
    }
    for c in &mut counts {
        c.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        c.truncate(50);
    }
    let mut take = || counts.drain(..1).next().unwrap_or_default();
    // One row past the limit is read to learn that there are more; no count says more than
    // the limit.
    let n = |c: i64| (c.max(0) as u64).min(limit as u64);
    let types = take().into_iter().map(|(v, c)| (v, n(c))).collect();
    let originators = take()
        .into_iter()
        .filter_map(|(v, c)| v.parse().ok().map(|m| (MemberId(m), n(c))))
        .collect();
    let tlps = take()
        .into_iter()
        .filter_map(|(v, c)| v.parse().ok().and_then(Tlp::from_code).map(|t| (t, n(c))))
        .collect();
    let months = take().into_iter().map(|(v, c)| (v, n(c))).collect();
    let limit = limit as u64;
    Facets {
        types,
        originators,
        tlps,
        months,
        counted: counted.min(limit),
        complete: counted <= limit,
    }
}

/// One row of [`Builder::releasability_rows`].
#[derive(Debug, Clone)]
pub struct ReleaseRow {
    pub seq: i64,
    pub stix_id: String,
    pub version_key: String,
    pub originator: i64,
    pub tlp: i64,
    pub orcon: bool,
    pub evaluation: Option<String>,
}

/// Puts rows and their release lists back together as the domain's releasability.
pub fn assemble_releases(
    rows: Vec<ReleaseRow>,
    lists: &[(i64, String, i64)],
) -> Vec<VersionRelease> {
    rows.into_iter()
        .map(|r| {
            let pick = |kind: &str| -> Vec<i64> {
                lists
                    .iter()
                    .filter(|(seq, k, _)| *seq == r.seq && k == kind)
                    .map(|(_, _, id)| *id)
                    .collect()
            };
            let members = pick("m").into_iter().map(MemberId).collect();
            let groups = pick("g").into_iter().map(GroupId).collect();
            let release = match Tlp::from_code(r.tlp) {
                Some(Tlp::Clear) => Release::Clear,
                Some(Tlp::Green) => Release::Green,
                Some(Tlp::Amber) => Release::Amber { members, groups },
                Some(Tlp::AmberStrict) => Release::AmberStrict { members, groups },
                // An unknown level is read as the narrowest.
                Some(Tlp::Red) | None => Release::Red {
                    users: pick("u").into_iter().map(UserId).collect(),
                },
            };
            VersionRelease {
                stix_id: r.stix_id,
                version_key: r.version_key,
                releasability: Releasability {
                    originator: MemberId(r.originator),
                    release,
                    orcon: r.orcon,
                    evaluation: r.evaluation.as_deref().and_then(Evaluation::parse),
                },
            }
        })
        .collect()
}

/// The first string after every string that starts with `prefix`, in byte order (keys are
/// compared bytewise: `COLLATE "C"` in PostgreSQL, SQLite's default, and UTF-8 keeps the order
/// of code points): the prefix with its last character moved one on.
fn after_prefix(prefix: &str) -> String {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(last) = chars.pop() {
        if let Some(next) = (u32::from(last) + 1..=u32::from(char::MAX)).find_map(char::from_u32) {
            chars.push(next);
            return chars.into_iter().collect();
        }
    }
    // Only a prefix of the highest characters has no successor; nothing sorts after it.
    char::MAX.to_string().repeat(prefix.chars().count() + 1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_bound_after_a_prefix_comes_after_everything_it_starts() {
        assert_eq!(super::after_prefix("ref:campaign--"), "ref:campaign-.");
        assert_eq!(super::after_prefix("a\u{D7FF}"), "a\u{E000}");
        assert!("ref:campaign--ffff\u{10FFFF}" < super::after_prefix("ref:campaign--").as_str());
    }

    #[test]
    fn a_claims_secret_is_read_after_the_webhook_columns() {
        assert_eq!(
            super::WEBHOOK_COLS.split(',').count(),
            super::WEBHOOK_SECRET_COL
        );
    }
}
