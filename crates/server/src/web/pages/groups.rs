//! Tracked groups, their timelines, and the map.

use askama::filters::Safe;

use super::intelligence::Around;
use super::table::{Column, Filter, ListQuery, Pages, order, passes, text_key};
use super::*;
use crate::i18n::Part;

#[derive(Template)]
#[template(path = "web/groups.html")]
pub(super) struct Groups {
    ctx: Ctx,
    columns: Vec<Column>,
    rows: Vec<ObjRow>,
    filters: Vec<Filter>,
    pages: Pages,
    /// The whole list again, when filters narrow it.
    clear: Option<String>,
    /// How many groups the list is read from, when it is the newest of more.
    window: Option<usize>,
}

/// The groups a list is read from: the newest this many the reader may see.
const GROUPS_READ: usize = 1_000;

pub(super) async fn groups(St(state): St<State>, s: Session, Query(q): Query<ListQuery>) -> Page {
    let c = &state.center;
    let w = &s.words;
    let names = c.member_names().await?;
    let types = domain::tracked::TRACKED_TYPES.map(String::from).to_vec();
    let read = c.recent(&s.actor, types, GROUPS_READ).await?;
    let window = (read.len() == GROUPS_READ).then_some(GROUPS_READ);
    let mut rows: Vec<(&StoredObject, ObjRow)> = read
        .iter()
        .map(|o| {
            let r = ObjRow {
                href: format!("/groups/{}", o.stix_id),
                ..row(o, &names)
            };
            (o, r)
        })
        .filter(|(o, r)| {
            passes(&q.member, &r.originator)
                && passes(&q.kind, &o.object_type)
                && passes(&q.tlp, r.tlp)
        })
        .collect();
    let sorted_by = q.sorted_by(&["name", "kind", "tlp", "member", "added"], "added");
    let descending = q.descending(sorted_by == "added");
    let shown = s.shown();
    match sorted_by {
        "name" => order(&mut rows, descending, |(_, r)| text_key(&r.name)),
        "kind" => order(&mut rows, descending, |(_, r)| text_key(&r.kind)),
        "tlp" => order(&mut rows, descending, |(o, _)| o.tlp),
        "member" => order(&mut rows, descending, |(_, r)| {
            text_key(&shown.of(&r.originator))
        }),
        _ => order(&mut rows, descending, |(o, _)| o.date_added),
    }
    let path = "/groups";
    let (rows, pages) = q.page_of(path, w, rows.into_iter().map(|(_, r)| r).collect());
    let members: Vec<String> = names.values().cloned().collect();
    let filters = vec![
        Filter::members(&s, w.t("col-from"), &q.member, members),
        Filter {
            name: "kind",
            label: w.t("col-type"),
            chosen: q.kind.clone(),
            choices: domain::tracked::TRACKED_TYPES
                .iter()
                .map(|t| (t.to_string(), w.word("kind", t)))
                .collect(),
        },
        Filter {
            name: "tlp",
            label: w.t("col-tlp"),
            chosen: q.tlp.clone(),
            choices: [
                "TLP:CLEAR",
                "TLP:GREEN",
                "TLP:AMBER",
                "TLP:AMBER+STRICT",
                "TLP:RED",
            ]
            .iter()
            .map(|t| (t.to_string(), t.to_string()))
            .collect(),
        },
    ];
    render(Groups {
        ctx: s.ctx(&w.t("groups-title")),
        columns: q.columns(
            path,
            &[
                ("name", w.t("col-name")),
                ("kind", w.t("col-type")),
                ("tlp", w.t("col-tlp")),
                ("member", w.t("col-from")),
                ("added", w.t("col-added")),
            ],
            sorted_by,
            descending,
        ),
        rows,
        clear: q.cleared(path, &["member", "kind", "tlp"]),
        filters: filters.into_iter().chain(q.kept()).collect(),
        pages,
        window,
    })
}

#[derive(Template)]
#[template(path = "web/group.html")]
pub(super) struct GroupPage {
    ctx: Ctx,
    id: String,
    aliases: Vec<String>,
    statuses: Vec<Safe<String>>,
    /// Whether the user keeps this group's status (the form is offered to them only).
    keeps_status: bool,
    /// Every state a group may be in: the value sent, and the reader's word for it.
    states: Vec<Labelled>,
    locations: Vec<Safe<String>>,
    /// What refers to the group, oldest first: when it was added, and the sentence.
    timeline: Vec<(String, Safe<String>)>,
    /// A refused status: the state chosen, the note typed, and why.
    refused: Option<RefusedStatus>,
}

/// A status the group page refused, shown again with what was chosen and typed.
pub(super) struct RefusedStatus {
    state: String,
    note: String,
    why: String,
}

pub(super) async fn group(St(state): St<State>, s: Session, Path(id): Path<String>) -> Page {
    render(group_page(&state, &s, &id, None).await?)
}

pub(super) async fn group_page(
    state: &State,
    s: &Session,
    id: &str,
    refused: Option<RefusedStatus>,
) -> Result<GroupPage, WebError> {
    let c = &state.center;
    let w = &s.words;
    let names = c.member_names().await?;
    let d = c.dossier(&s.actor, id).await?;
    let Some(latest) = d.versions.last() else {
        return Err(domain::Error::NotFound("object").into());
    };
    let here = stix::id::canonical_id(&latest.stix_id);
    let statuses = c.group_statuses(&s.actor, id).await?;
    let around = Around::of_dossier(w, &d, &names);
    let v = body_json(latest);
    // Known locations: where located-at relationships from the group lead, with coordinates.
    let mut locations = Vec::new();
    for r in d
        .referring
        .iter()
        .filter(|o| o.object_type == "relationship")
    {
        let rv = body_json(r);
        let text = |k: &str| field(&rv, k).as_str().unwrap_or("").to_string();
        if text("relationship_type") != "located-at"
            || stix::id::canonical_id(&text("source_ref")) != here
        {
            continue;
        }
        let target = stix::id::canonical_id(&text("target_ref"));
        let Some(place) = around.neighbours.get(target.as_str()) else {
            continue;
        };
        let pv = body_json(place);
        let mut said = around.reference(&target).0;
        if let (Some(lat), Some(lon)) = (
            field(&pv, "latitude").as_f64(),
            field(&pv, "longitude").as_f64(),
        ) {
            said.push_str(&format!(
                " <span class=\"meta\" dir=\"ltr\">({lat}, {lon})</span>"
            ));
        }
        if let Some(since) = field(&rv, "start_time").as_str() {
            said.push(' ');
            said.push_str(&w.bdi1("object-since", "date", day_at(since)).0);
        }
        locations.push(Safe(said));
    }
    let mut told: Vec<&StoredObject> = d.referring.iter().chain(&d.sightings).collect();
    told.sort_by_key(|o| o.date_added);
    let timeline = told
        .iter()
        .map(|o| (day(o.date_added), around.sentence(&here, o)))
        .collect();
    let statuses = statuses
        .iter()
        .map(|x| {
            let mut args = vec![
                ("state", Part::Name(w.word("group-state", x.state.as_str()))),
                ("date", Part::Name(day(x.at))),
                (
                    "member",
                    Part::Name(names.get(&x.member).cloned().unwrap_or_default()),
                ),
            ];
            if x.note.is_empty() {
                w.html("group-status-line", &args)
            } else {
                args.push(("note", Part::Name(x.note.clone())));
                w.html("group-status-note", &args)
            }
        })
        .collect();
    Ok(GroupPage {
        ctx: s.ctx(
            field(&v, "name")
                .as_str()
                .map_or_else(|| w.t("group-untitled"), str::to_string)
                .as_str(),
        ),
        id: id.to_string(),
        aliases: field(&v, "aliases")
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
        statuses,
        keeps_status: domain::tracked::may_keep_status(&s.actor, latest),
        states: domain::tracked::GroupState::ALL
            .iter()
            .map(|st| Labelled {
                value: st.as_str(),
                label: w.word("group-state", st.as_str()),
            })
            .collect(),
        locations,
        timeline,
        refused,
    })
}

impl GroupPage {
    fn state_chosen(&self, state: &str) -> bool {
        self.refused.as_ref().is_some_and(|r| r.state == state)
    }
}

#[derive(Deserialize)]
pub(super) struct StatusForm {
    state: String,
    #[serde(default)]
    note: String,
}

pub(super) async fn group_status(
    St(state): St<State>,
    Path(id): Path<String>,
    p: Posted<StatusForm>,
) -> Page {
    let r = match domain::input::word("state", &p.form.state) {
        Err(e) => Err(e),
        Ok(st) => state
            .center
            .set_group_status(&p.session.actor, &id, st, &p.form.note)
            .await
            .map(|_| ()),
    };
    let Err(why) = refusal(r)? else {
        return see_other(&format!("/groups/{id}"));
    };
    let Posted { session, form } = p;
    refused(
        group_page(
            &state,
            &session,
            &id,
            Some(RefusedStatus {
                state: form.state,
                note: form.note,
                why,
            }),
        )
        .await?,
    )
}

/// A place on the map: where it is, what is there, and where a click leads.
pub struct Point {
    /// The location object's page.
    location_href: String,
    /// The first group's page, else the location's.
    href: String,
    place: String,
    /// The groups located here, by name; empty for a place no visible group is tied to.
    groups: Vec<(String, String)>,
    label: String,
    lat: f64,
    lon: f64,
    /// Where it is on the whole map, and on the view shown.
    at: (f64, f64),
    x: String,
    y: String,
}

/// The part of the world the map shows: ?zoom=1..32 around ?lat and ?lon, else one that
/// holds every point.
#[derive(Deserialize)]
pub(super) struct MapView {
    zoom: Option<f64>,
    lat: Option<f64>,
    lon: Option<f64>,
}

#[derive(Template)]
#[template(path = "web/map.html")]
pub(super) struct MapPage {
    ctx: Ctx,
    land: &'static str,
    points: Vec<Point>,
    /// Scales and moves the land into view.
    land_transform: String,
    /// The coast's width, the same on screen whatever the zoom.
    stroke: String,
    zoom_in: String,
    zoom_out: String,
    zoomed: bool,
}

/// A link to the map at this zoom around this point.
fn map_href(zoom: f64, lat: f64, lon: f64) -> String {
    format!("/map?zoom={zoom}&lat={lat:.4}&lon={lon:.4}")
}

pub(super) async fn map(St(state): St<State>, s: Session, Query(q): Query<MapView>) -> Page {
    let w = &s.words;
    let mut points: Vec<Point> = state
        .center
        .places(&s.actor)
        .await?
        .iter()
        .filter_map(|p| {
            let v = body_json(&p.location);
            let (lat, lon) = (
                field(&v, "latitude").as_f64()?,
                field(&v, "longitude").as_f64()?,
            );
            let (x, y) = crate::web::map::project(lon, lat);
            let place = super::intelligence::title(&p.location, w);
            let groups: Vec<(String, String)> = p
                .groups
                .iter()
                .map(|g| {
                    (
                        format!("/groups/{}", g.stix_id),
                        super::intelligence::title(g, w),
                    )
                })
                .collect();
            let location_href = format!("/objects/{}", p.location.stix_id);
            Some(Point {
                href: groups
                    .first()
                    .map_or_else(|| location_href.clone(), |g| g.0.clone()),
                location_href,
                label: if groups.is_empty() {
                    place.clone()
                } else {
                    groups
                        .iter()
                        .map(|g| g.1.as_str())
                        .collect::<Vec<_>>()
                        .join(&w.t("list-separator"))
                },
                place,
                groups,
                lat,
                lon,
                at: (x, y),
                x: String::new(),
                y: String::new(),
            })
        })
        .collect();
    // What to show: the asked zoom, else the smallest power of two that holds every point.
    let (mut lat, mut lon, mut zoom) = (0.0_f64, 0.0_f64, 1.0_f64);
    let finite = |v: Option<f64>| v.filter(|x| x.is_finite());
    if let (Some(z), Some(a), Some(o)) = (finite(q.zoom), finite(q.lat), finite(q.lon)) {
        (zoom, lat, lon) = (
            z.clamp(1.0, 32.0),
            a.clamp(-90.0, 90.0),
            o.clamp(-180.0, 180.0),
        );
    } else if !points.is_empty() {
        let (mut s, mut n, mut wst, mut e) = (90.0_f64, -90.0_f64, 180.0_f64, -180.0_f64);
        for p in &points {
            (s, n, wst, e) = (s.min(p.lat), n.max(p.lat), wst.min(p.lon), e.max(p.lon));
        }
        (lat, lon) = ((s + n) / 2.0, (wst + e) / 2.0);
        // At most 8 times: the land is drawn at 1:110 million, coarse closer than that.
        while zoom < 8.0
            && (e - wst) * 1.3 < 360.0 / (zoom * 2.0)
            && (n - s) * 1.3 < 180.0 / (zoom * 2.0)
        {
            zoom *= 2.0;
        }
    }
    let (cx, cy) = crate::web::map::project(lon, lat);
    let (vw, vh) = (720.0 / zoom, 360.0 / zoom);
    let x0 = (cx - vw / 2.0).clamp(0.0, 720.0 - vw);
    let y0 = (cy - vh / 2.0).clamp(0.0, 360.0 - vh);
    // The land is scaled into view; marks and labels are placed on the view itself, so they
    // keep their size (browsers enlarge tiny scaled text to a minimum size).
    for p in &mut points {
        p.x = format!("{:.2}", (p.at.0 - x0) * zoom);
        p.y = format!("{:.2}", (p.at.1 - y0) * zoom);
    }
    render(MapPage {
        ctx: s.ctx(&w.t("map-title")),
        land: crate::web::map::land_path(),
        points,
        land_transform: format!("scale({zoom}) translate({:.3} {:.3})", -x0, -y0),
        stroke: format!("{:.3}", 0.3 / zoom),
        zoom_in: map_href((zoom * 2.0).min(32.0), lat, lon),
        zoom_out: map_href((zoom / 2.0).max(1.0), lat, lon),
        zoomed: zoom > 1.0,
    })
}
