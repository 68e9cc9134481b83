//! Lists people work with: sorted by any column, narrowed by filters, fifty rows a page, and all
//! of it in the URL, so that a list can be bookmarked, shared and gone back to. The rows are what
//! the domain lets the reader see; this only orders, narrows and cuts them.

use askama::filters::Safe;
use serde::Deserialize;

use crate::i18n::{Part, Words};

/// Rows on a page.
pub const PER_PAGE: usize = 50;

/// How a list is asked for: `?sort=name&dir=asc&page=2&member=bravo`.
#[derive(Debug, Clone, Default, Deserialize)]
pub(super) struct ListQuery {
    #[serde(default)]
    pub(super) sort: String,
    #[serde(default)]
    pub(super) dir: String,
    /// Read leniently: what is no page number is the first page.
    #[serde(default)]
    pub(super) page: Option<String>,
    /// Filters, by the list's own names for them (`member`, `kind`, `tlp`, `status`,
    /// `priority`, `role`); empty: all.
    #[serde(default)]
    pub(super) member: String,
    #[serde(default)]
    pub(super) kind: String,
    #[serde(default)]
    pub(super) tlp: String,
    #[serde(default)]
    pub(super) status: String,
    #[serde(default)]
    pub(super) priority: String,
    #[serde(default)]
    pub(super) role: String,
}

/// A column's heading: its name, the link that sorts by it (the other way when it already
/// does), and what `aria-sort` says.
pub(super) struct Column {
    pub(super) label: String,
    pub(super) href: String,
    pub(super) aria_sort: &'static str,
}

/// Where the reader is in a long list.
pub(super) struct Pages {
    /// `51–100 of 173`, or nothing when it all fits on one page.
    pub(super) range: Option<Safe<String>>,
    pub(super) previous: Option<String>,
    pub(super) next: Option<String>,
}

/// One filter as its form offers it: its values and the reader's words for them. One with no
/// values is carried unseen (the sort in force, the member whose list it is).
pub(super) struct Filter {
    pub(super) name: &'static str,
    pub(super) label: String,
    pub(super) chosen: String,
    pub(super) choices: Vec<(String, String)>,
}

impl Filter {
    /// A filter whose values are codes said in the reader's words (`member-status-suspended`
    /// for `family` `member-status`).
    pub(super) fn coded(
        w: &Words,
        name: &'static str,
        label: String,
        chosen: &str,
        family: &str,
        codes: &[&str],
    ) -> Self {
        Filter {
            name,
            label,
            chosen: chosen.to_string(),
            choices: codes
                .iter()
                .map(|c| (c.to_string(), w.word(family, c)))
                .collect(),
        }
    }
}

impl Filter {
    /// The filter by member: short names in the address, names as people know them shown,
    /// each member once.
    pub(super) fn members(
        s: &crate::web::Session,
        label: String,
        chosen: &str,
        mut members: Vec<String>,
    ) -> Self {
        members.sort();
        members.dedup();
        let names = s.shown();
        let mut choices: Vec<(String, String)> = members
            .into_iter()
            .map(|m| {
                let shown = names.of(&m);
                (m, shown)
            })
            .collect();
        choices.sort_by_key(|(_, shown)| text_key(shown));
        Filter {
            name: "member",
            label,
            chosen: chosen.to_string(),
            choices,
        }
    }
}

impl ListQuery {
    fn page_number(&self) -> Option<usize> {
        self.page.as_deref().and_then(|p| p.trim().parse().ok())
    }

    /// The column sorted by: the one asked for if the list has it, else `default`.
    pub(super) fn sorted_by<'a>(&self, columns: &[&'a str], default: &'a str) -> &'a str {
        columns
            .iter()
            .copied()
            .find(|c| *c == self.sort)
            .unwrap_or(default)
    }

    /// Descending unless asked otherwise; the default order is `descending_by_default`.
    pub(super) fn descending(&self, descending_by_default: bool) -> bool {
        match self.dir.as_str() {
            "asc" => false,
            "desc" => true,
            _ => descending_by_default,
        }
    }

    /// The list's own URL with these parameters changed (the page goes back to the first when
    /// anything else changes).
    pub(super) fn href(&self, path: &str, changes: &[(&str, &str)]) -> String {
        let page = self
            .page_number()
            .map(|p| p.to_string())
            .unwrap_or_default();
        let asked = [
            ("sort", self.sort.as_str()),
            ("dir", self.dir.as_str()),
            ("member", self.member.as_str()),
            ("kind", self.kind.as_str()),
            ("tlp", self.tlp.as_str()),
            ("status", self.status.as_str()),
            ("priority", self.priority.as_str()),
            ("role", self.role.as_str()),
            ("page", page.as_str()),
        ];
        let new_page = changes.iter().any(|(k, _)| *k != "page");
        let mut q = form_urlencoded::Serializer::new(String::new());
        for (k, v) in asked {
            let v = match changes.iter().find(|(c, _)| *c == k) {
                Some((_, changed)) => changed,
                None if k == "page" && new_page => "",
                None => v,
            };
            if !v.is_empty() {
                q.append_pair(k, v);
            }
        }
        match q.finish() {
            q if q.is_empty() => path.to_string(),
            q => format!("{path}?{q}"),
        }
    }

    /// The sort in force, for the filter form to carry along unseen.
    pub(super) fn kept(&self) -> Vec<Filter> {
        [("sort", &self.sort), ("dir", &self.dir)]
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(name, v)| Filter {
                name,
                label: String::new(),
                chosen: v.clone(),
                choices: vec![],
            })
            .collect()
    }

    /// The list without these filters, when any of them is in force.
    pub(super) fn cleared(&self, path: &str, filters: &[&str]) -> Option<String> {
        let asked = |f: &str| match f {
            "member" => &self.member,
            "kind" => &self.kind,
            "tlp" => &self.tlp,
            "status" => &self.status,
            "priority" => &self.priority,
            _ => &self.role,
        };
        filters.iter().any(|f| !asked(f).is_empty()).then(|| {
            let none: Vec<(&str, &str)> = filters.iter().map(|f| (*f, "")).collect();
            self.href(path, &none)
        })
    }

    /// The headings of the columns `(name, label)`, each a link that sorts by it.
    pub(super) fn columns(
        &self,
        path: &str,
        columns: &[(&'static str, String)],
        sorted_by: &str,
        descending: bool,
    ) -> Vec<Column> {
        columns
            .iter()
            .map(|(name, label)| {
                let here = *name == sorted_by;
                let dir = if here && !descending { "desc" } else { "asc" };
                Column {
                    label: label.clone(),
                    href: self.href(path, &[("sort", name), ("dir", dir)]),
                    aria_sort: match (here, descending) {
                        (false, _) => "none",
                        (true, true) => "descending",
                        (true, false) => "ascending",
                    },
                }
            })
            .collect()
    }

    /// The page asked for, of rows already narrowed and ordered, with where it is.
    pub(super) fn page_of<T>(&self, path: &str, w: &Words, rows: Vec<T>) -> (Vec<T>, Pages) {
        let total = rows.len();
        let last_page = total.div_ceil(PER_PAGE).max(1);
        let page = self.page_number().unwrap_or(1).clamp(1, last_page);
        let first = (page - 1) * PER_PAGE;
        let shown: Vec<T> = rows.into_iter().skip(first).take(PER_PAGE).collect();
        let link = |p: usize| self.href(path, &[("page", &p.to_string())]);
        let pages = Pages {
            range: (total > PER_PAGE).then(|| {
                let count = |n: usize| Part::Count(i64::try_from(n).unwrap_or(i64::MAX));
                w.html(
                    "table-range",
                    &[
                        ("first", count(first + 1)),
                        ("last", count(first + shown.len())),
                        ("total", count(total)),
                    ],
                )
            }),
            previous: (page > 1).then(|| link(page - 1)),
            next: (page < last_page).then(|| link(page + 1)),
        };
        (shown, pages)
    }
}

/// Orders rows by a key, the way the reader asked.
pub(super) fn order<T, K: Ord>(rows: &mut [T], descending: bool, key: impl Fn(&T) -> K) {
    rows.sort_by(|a, b| {
        let o = key(a).cmp(&key(b));
        if descending { o.reverse() } else { o }
    });
}

/// Text compared as people read it: case and width do not matter.
pub(super) fn text_key(s: &str) -> String {
    domain::text::fold(s)
}

/// Whether a row passes a filter: an empty filter passes everything.
pub(super) fn passes(filter: &str, value: &str) -> bool {
    filter.is_empty() || filter == value
}
