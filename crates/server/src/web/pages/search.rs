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
}

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
    match c.search(&s.actor, &p.q, filter, None, 100).await {
        Ok(r) => {
            page.searched = true;
            page.rows = r.hits.iter().map(|o| row(o, &names)).collect();
            page.partial = r.more || !r.facets.complete;
            // Past the limit every count is a floor: "10,000+".
            let more = if r.facets.complete { "" } else { "+" };
            let count = |n: u64| format!("{}{more}", grouped(n));
            page.matches = count(r.facets.counted);
            page.count = r.facets.counted;
            let link = |k: &str, v: &str| {
                let q: String = form_urlencoded::Serializer::new(String::new())
                    .append_pair("q", &p.q)
                    .append_pair(if k == "type" { "type" } else { k }, v)
                    .finish();
                format!("/search?{q}")
            };
            let values = |k: &str, v: Vec<(String, u64)>| {
                v.into_iter()
                    .map(|(label, n)| FacetLink {
                        href: link(k, &label),
                        count: count(n),
                        label,
                    })
                    .collect()
            };
            let f = &r.facets;
            page.facets = vec![
                Facet {
                    name: "col-type",
                    values: values("type", f.types.clone()),
                },
                Facet {
                    name: "col-from",
                    values: values(
                        "originator",
                        f.originators
                            .iter()
                            .map(|(m, n)| (names.get(m).cloned().unwrap_or_default(), *n))
                            .collect(),
                    ),
                },
                Facet {
                    name: "col-tlp",
                    values: values(
                        "tlp",
                        f.tlps
                            .iter()
                            .map(|(t, n)| (t.name().to_string(), *n))
                            .collect(),
                    ),
                },
                Facet {
                    name: "col-month",
                    values: f
                        .months
                        .iter()
                        .map(|(m, n)| FacetLink {
                            label: m.clone(),
                            count: count(*n),
                            href: link("q", &p.q),
                        })
                        .collect(),
                },
            ];
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
