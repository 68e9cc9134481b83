//! The world map behind the map page: Natural Earth land from the `world-atlas` package (shipped
//! in `static/world-atlas`), decoded from TopoJSON once and drawn as one SVG path in an
//! equirectangular projection of 720 by 360 units.

use std::sync::OnceLock;

use serde::Deserialize;

const LAND: &str = include_str!("../../static/world-atlas/land-110m.json");

#[derive(Deserialize)]
struct Topology {
    transform: Transform,
    arcs: Vec<Vec<[i64; 2]>>,
    objects: Objects,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    land: Collection,
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon { arcs: Vec<Vec<i64>> },
    MultiPolygon { arcs: Vec<Vec<Vec<i64>>> },
}

/// Longitude and latitude to map units.
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    ((lon + 180.0) * 2.0, (90.0 - lat) * 2.0)
}

/// The land as SVG path data; empty if the shipped file could not be read.
pub fn land_path() -> &'static str {
    static PATH: OnceLock<String> = OnceLock::new();
    PATH.get_or_init(|| decode(LAND).unwrap_or_default())
}

fn decode(text: &str) -> Option<String> {
    let t: Topology = serde_json::from_str(text).ok()?;
    // Arcs are delta-encoded and quantized.
    let arcs: Vec<Vec<(f64, f64)>> = t
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    project(
                        x as f64 * t.transform.scale[0] + t.transform.translate[0],
                        y as f64 * t.transform.scale[1] + t.transform.translate[1],
                    )
                })
                .collect()
        })
        .collect();
    let mut out = String::new();
    let mut ring = |indices: &[i64]| {
        let mut first = true;
        let mut last: Option<(f64, f64)> = None;
        for &i in indices {
            // A negative index `~i` is arc `i` reversed.
            let (k, reversed) = if i < 0 { (!i, true) } else { (i, false) };
            let Some(arc) = usize::try_from(k).ok().and_then(|k| arcs.get(k)) else {
                continue;
            };
            let points: Box<dyn Iterator<Item = &(f64, f64)>> = if reversed {
                Box::new(arc.iter().rev())
            } else {
                Box::new(arc.iter())
            };
            for (x, y) in points {
                // A ring that crosses the antimeridian jumps across the map: lift the pen.
                let jump = last.is_some_and(|(lx, _): (f64, f64)| (x - lx).abs() > 360.0);
                let pen = if first || jump { "M" } else { "L" };
                out.push_str(&format!("{pen}{x:.1},{y:.1}"));
                first = false;
                last = Some((*x, *y));
            }
        }
        out.push('Z');
    };
    for g in &t.objects.land.geometries {
        match g {
            Geometry::Polygon { arcs } => arcs.iter().for_each(|r| ring(r)),
            Geometry::MultiPolygon { arcs } => arcs.iter().flatten().for_each(|r| ring(r)),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    #[test]
    fn the_shipped_land_decodes_inside_the_frame() {
        let p = super::land_path();
        assert!(p.len() > 10_000, "{}", p.len());
        for part in p.split(['M', 'L', 'Z']).filter(|s| !s.is_empty()) {
            let (x, y) = part.split_once(',').unwrap();
            let (x, y): (f64, f64) = (x.parse().unwrap(), y.parse().unwrap());
            assert!(
                (0.0..=720.0).contains(&x) && (0.0..=360.0).contains(&y),
                "{x},{y}"
            );
        }
        assert_eq!(super::project(0.0, 0.0), (360.0, 180.0));
    }
}
