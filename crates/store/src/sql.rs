//! SQL shared by the backends: the visibility clauses and the TAXII filters, compiled once for
//! either dialect. The rule itself is the domain's ([`domain::visibility`]); this only writes it
//! in SQL, so both backends filter in the same statement that pages and counts.

use domain::Role;
use domain::store::{Grant, ObjectQuery, Visibility};
use stix::SpecVersion;
use stix::markings::Tlp;

/// Columns read for each record, in the order both backends' row mappings expect.
pub const MEMBER_COLS: &str =
    "id, name, display_name, identity_id, status, is_secretariat, created_at";
pub const USER_COLS: &str =
    "id, member_id, username, display_name, roles, password_hash, disabled, created_at";
pub const TOKEN_COLS: &str = "id, user_id, name, digest, created_at, last_used_at, revoked_at";
pub const COLLECTION_COLS: &str =
    "id, alias, title, description, default_tlp, everyone_reads, everyone_writes, created_at";

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

/// A bound parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    Int(i64),
    Text(String),
}

/// Placeholder style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `?` bound in order.
    Sqlite,
    /// `$1`, `$2`, ...
    Postgres,
}

/// SQL text with its parameters, built in order.
#[derive(Debug)]
pub struct Builder {
    dialect: Dialect,
    pub params: Vec<Param>,
}

impl Builder {
    pub fn new(dialect: Dialect) -> Self {
        Self {
            dialect,
            params: Vec::new(),
        }
    }

    /// Adds a parameter and returns its placeholder.
    pub fn bind(&mut self, p: Param) -> String {
        self.params.push(p);
        match self.dialect {
            Dialect::Sqlite => "?".into(),
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

    /// A page of objects, oldest `date_added` first, one row more than asked to tell `more`.
    pub fn object_page(&mut self, q: &ObjectQuery, vis: &Visibility, index_hint: &str) -> String {
        let filter = self.object_filter(q, vis);
        let body = if q.with_body { "o.body" } else { "NULL" };
        let limit = self.bind(Param::Int(
            i64::try_from(q.limit.max(1) + 1).unwrap_or(i64::MAX),
        ));
        format!(
            "SELECT o.stix_id, o.object_type, o.version, o.spec_version, o.date_added, o.originator, o.tlp, {body} FROM objects o {index_hint} WHERE {filter} ORDER BY o.date_added LIMIT {limit}"
        )
    }
}
