//! Tracked groups, their timelines, and the map.

use super::*;

#[derive(Template)]
#[template(path = "web/groups.html")]
pub(super) struct Groups {
    ctx: Ctx,
    rows: Vec<ObjRow>,
}

pub(super) async fn groups(St(state): St<State>, s: Session) -> Page {
    let c = &state.center;
    let names = c.member_names().await?;
    let types = ["threat-actor", "intrusion-set", "campaign"]
        .map(String::from)
        .to_vec();
    let rows = c
        .recent(&s.actor, types, 200)
        .await?
        .iter()
        .map(|o| ObjRow {
            href: format!("/groups/{}", o.stix_id),
            ..row(o, &names)
        })
        .collect();
    render(Groups {
        ctx: s.ctx(&s.words.t("groups-title")),
        rows,
    })
}

#[derive(Template)]
#[template(path = "web/group.html")]
pub(super) struct GroupPage {
    ctx: Ctx,
    id: String,
    aliases: String,
    statuses: Vec<String>,
    locations: Vec<String>,
    rows: Vec<ObjRow>,
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
    let names = c.member_names().await?;
    let (versions, _) = c.object_versions(&s.actor, id).await?;
    let latest = versions.last().map(body_json).unwrap_or_default();
    let t = c.timeline(&s.actor, id).await?;
    // Known locations: located-at relationships and locations the timeline's reports name.
    let mut locations = Vec::new();
    for o in &t.objects {
        let v = body_json(o);
        if o.object_type == "relationship"
            && field(&v, "relationship_type") == "located-at"
            && let Some(target) = field(&v, "target_ref").as_str()
            && let Ok((lv, _)) = c.object_versions(&s.actor, target).await
            && let Some(l) = lv.last()
        {
            let lj = body_json(l);
            locations.push(format!(
                "{} ({}, {}) since {}",
                field(&lj, "name").as_str().unwrap_or("location"),
                field(&lj, "latitude"),
                field(&lj, "longitude"),
                field(&v, "start_time")
                    .as_str()
                    .unwrap_or(&day(o.date_added))
            ));
        }
    }
    Ok(GroupPage {
        ctx: s.ctx(
            field(&latest, "name")
                .as_str()
                .map_or_else(|| s.words.t("group-untitled"), str::to_string)
                .as_str(),
        ),
        id: id.to_string(),
        aliases: field(&latest, "aliases")
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default(),
        statuses: t
            .statuses
            .iter()
            .map(|x| {
                format!(
                    "{} since {} ({}){}",
                    x.state.as_str(),
                    day(x.at),
                    names.get(&x.member).cloned().unwrap_or_default(),
                    if x.note.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", x.note)
                    }
                )
            })
            .collect(),
        locations,
        rows: t.objects.iter().map(|o| row(o, &names)).collect(),
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

pub struct Point {
    id: String,
    name: String,
    lat: f64,
    lon: f64,
    x: String,
    y: String,
}

#[derive(Template)]
#[template(path = "web/map.html")]
pub(super) struct MapPage {
    ctx: Ctx,
    land: &'static str,
    points: Vec<Point>,
}

pub(super) async fn map(St(state): St<State>, s: Session) -> Page {
    let points = state
        .center
        .recent(&s.actor, vec!["location".into()], 2_000)
        .await?
        .iter()
        .filter_map(|o| {
            let v = body_json(o);
            let (lat, lon) = (
                field(&v, "latitude").as_f64()?,
                field(&v, "longitude").as_f64()?,
            );
            let (x, y) = crate::web::map::project(lon, lat);
            Some(Point {
                id: o.stix_id.clone(),
                name: field(&v, "name").as_str().unwrap_or("location").to_string(),
                lat,
                lon,
                x: format!("{x:.1}"),
                y: format!("{y:.1}"),
            })
        })
        .collect();
    render(MapPage {
        ctx: s.ctx(&s.words.t("map-title")),
        land: crate::web::map::land_path(),
        points,
    })
}
