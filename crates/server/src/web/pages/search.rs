//! Search with facets.

use super::*;

/// A facet: its heading (a message id) and its values.
pub(super) struct Facet {
    name: &'static str,
    values: Vec<FacetLink>,
}

/// A facet's value, its count as shown ("10,000+" past the limit) and the search it narrows to.
pub(super) struct FacetLink {
    label: String,
    count: String,
    href: String,
}

#[derive(Template)]
#[template(path = "web/search.html")]
pub(super) struct Search {
    ctx: Ctx,
    q: String,
    kind: String,
    searched: bool,
    error: Option<String>,
    rows: Vec<ObjRow>,
    facets: Vec<Facet>,
    /// How many match: exact, or "10,000+" for a word most objects carry.
    matches: String,
    /// How many match, for the plural of "matches".
    count: u64,
    /// Fewer are shown than match.
    partial: bool,
    /// The filters in force, each with the search without it.
    chosen: Vec<FacetLink>,
    /// The next page of older hits, if there is one.
    older: Option<String>,
    /// Matches by the month they were added.
    months: Vec<(String, String)>,
    /// This page is not the first: the first one's address.
    first: Option<String>,
}

/// Hits on one page of results.
const PER_PAGE: usize = 50;

#[derive(Deserialize)]
pub(super) struct SearchParams {
    #[serde(default)]
    q: String,
    #[serde(default, rename = "type")]
    kind: String,
    #[serde(default)]
    originator: String,
    #[serde(default)]
    tlp: String,
    /// Hits added before this time (microseconds): the next page.
    before: Option<i64>,
}

impl SearchParams {
    /// This search's address with one filter set (`Some`) or taken away (`None`), from its
    /// first page.
    fn with(&self, key: &str, value: Option<&str>) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        q.append_pair("q", &self.q);
        for (k, v) in [
            ("type", &self.kind),
            ("originator", &self.originator),
            ("tlp", &self.tlp),
        ] {
            let v = if k == key {
                value.unwrap_or("")
            } else {
                v.as_str()
            };
            if !v.is_empty() {
                q.append_pair(k, v);
            }
        }
        format!("/search?{}", q.finish())
    }
}

pub(super) async fn search(
    St(state): St<State>,
    s: Session,
    Query(p): Query<SearchParams>,
) -> Page {
    let c = &state.center;
    let names = c.member_names().await?;
    let mut page = Search {
        ctx: s.ctx(&s.words.t("nav-search")),
        q: p.q.clone(),
        kind: p.kind.clone(),
        searched: false,
        error: None,
        rows: vec![],
        facets: vec![],
        matches: String::new(),
        count: 0,
        partial: false,
        chosen: vec![],
        older: None,
        first: None,
        months: vec![],
    };
    if p.q.trim().is_empty() {
        return render(page);
    }
    let mut filter = domain::search::SearchFilter::default();
    if !p.kind.trim().is_empty() {
        filter.types = p.kind.split(',').map(|t| t.trim().to_string()).collect();
    }
    if !p.originator.is_empty() {
        filter
            .originators
            .push(c.member_by_name(&p.originator).await?.id);
    }
    if let Some(t) = stix::markings::Tlp::parse(&p.tlp) {
        filter.tlps.push(t);
    }
    let w = &s.words;
    for (key, value, label) in [
        ("type", &p.kind, w.word("kind", p.kind.trim())),
        ("originator", &p.originator, p.originator.clone()),
        (
            "tlp",
            &p.tlp,
            stix::markings::Tlp::parse(&p.tlp).map_or_else(|| p.tlp.clone(), |t| t.name().into()),
        ),
    ] {
        if !value.trim().is_empty() {
            page.chosen.push(FacetLink {
                label,
                count: String::new(),
                href: p.with(key, None),
            });
        }
    }
    match c.search(&s.actor, &p.q, filter, p.before, PER_PAGE).await {
        Ok(r) => {
            page.searched = true;
            page.rows = r.hits.iter().map(|o| row(o, &names)).collect();
            page.partial = r.more || !r.facets.complete;
            if r.more
                && let Some(last) = r.hits.last()
            {
                page.older = Some(format!("{}&before={}", p.with("", None), last.date_added));
            }
            if p.before.is_some() {
                page.first = Some(p.with("", None));
            }
            // Past the limit every count is a floor: "10,000+".
            let more = if r.facets.complete { "" } else { "+" };
            let count = |n: u64| format!("{}{more}", grouped(n));
            page.matches = count(r.facets.counted);
            page.count = r.facets.counted;
            // A facet narrows the search as it stands, its other filters kept.
            let values = |k: &str, v: Vec<(String, String, u64)>| {
                v.into_iter()
                    .map(|(value, label, n)| FacetLink {
                        href: p.with(k, Some(&value)),
                        count: count(n),
                        label,
                    })
                    .collect()
            };
            let f = &r.facets;
            page.facets = vec![
                Facet {
                    name: "col-type",
                    values: values(
                        "type",
                        f.types
                            .iter()
                            .map(|(t, n)| (t.clone(), w.word("kind", t), *n))
                            .collect(),
                    ),
                },
                Facet {
                    name: "col-from",
                    values: values(
                        "originator",
                        f.originators
                            .iter()
                            .map(|(m, n)| {
                                let name = names.get(m).cloned().unwrap_or_default();
                                (name.clone(), name, *n)
                            })
                            .collect(),
                    ),
                },
                Facet {
                    name: "col-tlp",
                    values: values(
                        "tlp",
                        f.tlps
                            .iter()
                            .map(|(t, n)| (t.level().to_string(), t.name().to_string(), *n))
                            .collect(),
                    ),
                },
            ];
            // When the matches were added, month by month: counted, not a filter.
            page.months = f
                .months
                .iter()
                .map(|(m, n)| (m.clone(), count(*n)))
                .collect();
        }
        Err(domain::Error::Invalid(e)) => page.error = Some(e.message),
        Err(e) => return Err(e.into()),
    }
    render(page)
}

/// A count with its thousands grouped: 10,000.
pub(super) fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}
