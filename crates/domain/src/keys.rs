//! Normalised keys: the values that hit/no-hit (and correlation) match on. One value written
//! differently (`Example.COM.`, `example.com`) gives one key.
//!
//! A key is `kind:value`: `ipv4:`, `ipv6:`, `domain:`, `url:`, `email:`, `md5:`, `sha1:`,
//! `sha256:`, `sha512:`, `phone:`, `mac:`, `asn:`, and `name:` for names and aliases of groups,
//! people, organisations and other entities (Unicode NFKC, case-folded, spaces collapsed), and
//! `translit:` for the same names read across scripts ([`crate::transliteration`]), which link
//! as possible matches only.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde_json::Value;
use stix::StixObject;
use stix::pattern::Literal;

/// The size of the grid cells locations are binned on, in degrees (about 11 km of latitude),
/// unless the center sets another (`liaison correlation grid`).
pub const GRID_DEGREES: f64 = 0.1;

/// Keys longer than this are cut; no indicator value needs more.
const MAX_KEY: usize = 512;

fn key(kind: &str, value: &str) -> Option<String> {
    if value.is_empty() {
        return None;
    }
    let mut k = format!("{kind}:{value}");
    if k.len() > MAX_KEY {
        let mut end = MAX_KEY;
        while !k.is_char_boundary(end) {
            end -= 1;
        }
        k.truncate(end);
    }
    Some(k)
}

/// A name as people write it, folded as search folds it (`crate::text::fold`): `APT 28`,
/// `apt  28` and `ＡＰＴ 28` are one key, and so are `كركوك` and `کرکوک`.
pub fn name_key(name: &str) -> Option<String> {
    key("name", &crate::text::fold(name))
}

/// A domain name, lower-cased without its final dot: labels of letters (of any script),
/// digits, `-` and `_`, at least two of them, and a last label that is not all digits (so
/// `999.1.1.1` is no domain).
pub(crate) fn domain(v: &str) -> Option<String> {
    let d = v.trim().trim_end_matches('.').to_lowercase();
    let labels: Vec<&str> = d.split('.').collect();
    let well_formed = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        })
        && labels
            .last()
            .is_some_and(|tld| !tld.chars().all(|c| c.is_ascii_digit()));
    well_formed.then_some(d)
}

fn ip(v: &str) -> Option<String> {
    // CIDR notation keeps its prefix: a /32 is the address itself.
    let (addr, prefix) = match v.trim().split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (v.trim(), None),
    };
    let parsed: IpAddr = addr.parse().ok()?;
    let (kind, full) = match parsed {
        IpAddr::V4(_) => ("ipv4", "32"),
        IpAddr::V6(_) => ("ipv6", "128"),
    };
    match prefix {
        None => key(kind, &parsed.to_string()),
        Some(p) if p == full => key(kind, &parsed.to_string()),
        Some(p) => {
            let bits: u8 = p.parse().ok()?;
            key(kind, &format!("{parsed}/{bits}"))
        }
    }
}

fn hash(algorithm: &str, v: &str) -> Option<String> {
    let v = v.trim().to_lowercase();
    if !v.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let kind = match algorithm.to_ascii_uppercase().replace('_', "-").as_str() {
        "MD5" => "md5",
        "SHA-1" | "SHA1" => "sha1",
        "SHA-256" | "SHA256" => "sha256",
        "SHA-512" | "SHA512" => "sha512",
        _ => return None,
    };
    key(kind, &v)
}

/// Four dot-separated numbers: meant as an IPv4 address, valid or not.
pub fn looks_like_ipv4(v: &str) -> bool {
    let parts: Vec<&str> = v.trim().split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

fn phone(v: &str) -> Option<String> {
    let plus = v.trim_start().starts_with('+') || v.trim_start().starts_with("00");
    // "(0)" in an international number is the trunk prefix, not dialled: `+44 (0)20 …` is
    // `+4420…`, as an operation's selector reads it.
    let v = if plus {
        v.replace("(0)", "")
    } else {
        v.to_string()
    };
    let digits: String = v.chars().filter(char::is_ascii_digit).collect();
    let digits = digits
        .strip_prefix("00")
        .map_or(digits.clone(), str::to_string);
    (digits.len() >= 6).then(|| format!("phone:{}{digits}", if plus { "+" } else { "" }))
}

/// The key of one observable property, by STIX object type and property path.
fn observable(object_type: &str, path: &str, v: &str) -> Option<String> {
    match (object_type, path) {
        ("ipv4-addr" | "ipv6-addr", "value") => ip(v),
        ("domain-name", "value") => domain(v).and_then(|d| key("domain", &d)),
        ("url", "value") => key("url", v.trim()),
        ("email-addr", "value") => key("email", &v.trim().to_lowercase()),
        ("mac-addr", "value") => key("mac", &v.trim().to_lowercase().replace('-', ":")),
        (_, p) if p.starts_with("hashes.") => hash(p.trim_start_matches("hashes."), v),
        (t, p) if t.contains("phone") || p.contains("phone") => phone(v),
        _ => None,
    }
}

/// The keys an object carries: equality tests of its STIX pattern, its own observable values,
/// and the names and aliases of entities.
pub fn object_keys(obj: &StixObject) -> Vec<String> {
    object_keys_on(obj, GRID_DEGREES)
}

/// [`object_keys`] with locations binned on cells of `grid` degrees.
pub fn object_keys_on(obj: &StixObject, grid: f64) -> Vec<String> {
    let p = &obj.properties;
    let text = |k: &str| p.get(k).and_then(Value::as_str);
    let mut out: Vec<String> = Vec::new();
    if obj.object_type == "indicator"
        && text("pattern_type") == Some("stix")
        && let Some(pattern) = text("pattern").and_then(|t| stix::pattern::parse(t).ok())
    {
        for (path, lit) in pattern.equalities() {
            let Literal::String(v) = lit else { continue };
            let mut prop = path.property.clone();
            for s in &path.steps {
                if let stix::pattern::PathStep::Property(name) = s {
                    prop.push('.');
                    prop.push_str(name.trim_matches('\''));
                }
            }
            out.extend(observable(&path.object_type, &prop, v));
        }
    }
    match obj.object_type.as_str() {
        "ipv4-addr" | "ipv6-addr" | "domain-name" | "url" | "email-addr" | "mac-addr" => {
            out.extend(text("value").and_then(|v| observable(&obj.object_type, "value", v)));
        }
        "autonomous-system" => {
            out.extend(
                p.get("number")
                    .and_then(Value::as_i64)
                    .and_then(|n| key("asn", &n.to_string())),
            );
        }
        _ => {}
    }
    // External ids (a CVE, an ATT&CK technique, a case number) and places, binned on a grid of
    // `grid` degrees so that nearby locations meet.
    if let Some(Value::Array(refs)) = p.get("external_references") {
        for r in refs {
            if let (Some(src), Some(id)) = (
                r.get("source_name").and_then(Value::as_str),
                r.get("external_id").and_then(Value::as_str),
            ) {
                out.extend(key(
                    "ext",
                    &format!("{}:{}", src.to_lowercase(), id.trim().to_lowercase()),
                ));
            }
        }
    }
    if let (Some(lat), Some(lon)) = (
        p.get("latitude").and_then(Value::as_f64),
        p.get("longitude").and_then(Value::as_f64),
    ) {
        let bin = |v: f64| (v / grid).floor() as i64;
        out.extend(key("geo", &format!("{}:{}", bin(lat), bin(lon))));
    }
    // What the object refers to (`ref:<id>`): sightings of an indicator, reports and
    // relationships about a group. Correlation leaves these out; timelines read them.
    out.extend(obj.references().into_iter().map(|r| format!("ref:{r}")));
    if let Some(Value::Object(hashes)) = p.get("hashes") {
        for (alg, v) in hashes {
            out.extend(v.as_str().and_then(|v| hash(alg, v)));
        }
    }
    if matches!(
        obj.object_type.as_str(),
        "threat-actor"
            | "intrusion-set"
            | "campaign"
            | "malware"
            | "tool"
            | "identity"
            | "location"
            | "infrastructure"
            | "attack-pattern"
            | "vulnerability"
    ) {
        out.extend(names(obj).into_iter().filter_map(name_key));
        out.extend(names_across_scripts(obj));
    }
    out.sort();
    out.dedup();
    out
}

/// An entity's name and aliases, as written.
fn names(obj: &StixObject) -> Vec<&str> {
    let p = &obj.properties;
    let mut names: Vec<&str> = p.get("name").and_then(Value::as_str).into_iter().collect();
    for list in ["aliases", "x_mitre_aliases"] {
        if let Some(Value::Array(a)) = p.get(list) {
            names.extend(a.iter().filter_map(Value::as_str));
        }
    }
    names
}

/// The `translit:` keys of an object ([`crate::transliteration`]): people, groups and places
/// are written in the script of whoever names them, so their names also meet across scripts,
/// as possible matches. Other objects have none.
pub fn names_across_scripts(obj: &StixObject) -> Vec<String> {
    if !matches!(
        obj.object_type.as_str(),
        "threat-actor" | "intrusion-set" | "identity" | "location" | "campaign"
    ) {
        return vec![];
    }
    // A few names each: aliases past the first twenty add nothing a person would check.
    names(obj)
        .into_iter()
        .take(20)
        .flat_map(crate::transliteration::keys)
        .collect()
}

/// The words search reads: names, aliases, descriptions, labels and report text, folded.
pub fn search_text(obj: &StixObject) -> String {
    let mut out: Vec<&str> = Vec::new();
    for field in [
        "name",
        "description",
        "content",
        "abstract",
        "explanation",
        "value",
        "context",
    ] {
        if let Some(t) = obj.properties.get(field).and_then(Value::as_str) {
            out.push(t);
        }
    }
    for list in ["aliases", "labels", "roles", "goals"] {
        if let Some(Value::Array(a)) = obj.properties.get(list) {
            out.extend(a.iter().filter_map(Value::as_str));
        }
    }
    // A translation is found by the words it gives the object in other languages.
    if let Some(Value::Object(contents)) = obj.properties.get("contents") {
        fn texts<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
            match v {
                Value::String(t) => out.push(t),
                Value::Array(a) => a.iter().for_each(|x| texts(x, out)),
                Value::Object(o) => o.values().for_each(|x| texts(x, out)),
                _ => {}
            }
        }
        contents.values().for_each(|v| texts(v, &mut out));
    }
    // Folded as every search is (`crate::text::fold`), so the indexes of both backends hold
    // one spelling of each word.
    let mut text = crate::text::fold(&out.join(" "));
    // Long report text is searched by its beginning.
    if text.len() > 16_384 {
        let mut end = 16_384;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

/// What a value someone typed is, by one rule: for hit/no-hit questions, for the submit form's
/// patterns and for correlation alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Observable {
    /// An IPv4 or IPv6 address or network, as typed.
    Ip {
        value: String,
        v6: bool,
    },
    Url(String),
    Email(String),
    /// A hash: its STIX algorithm name and its hex value.
    Hash {
        algorithm: &'static str,
        value: String,
    },
    Phone(String),
    /// Lower-cased, without the final dot.
    Domain(String),
}

impl Observable {
    /// Recognises a typed value; `None` when it is none of these (it may still be a name).
    pub fn classify(value: &str) -> Option<Self> {
        let v = value.trim();
        if v.parse::<Ipv4Addr>().is_ok()
            || v.parse::<Ipv6Addr>().is_ok()
            || v.contains('/') && ip(v).is_some()
        {
            let v6 = ip(v).is_some_and(|k| k.starts_with("ipv6:"));
            Some(Self::Ip {
                value: v.to_string(),
                v6,
            })
        } else if looks_like_ipv4(v) {
            // Four numbers and dots that are no IPv4 address (`999.1.1.1`) are a mistyped
            // address, not a phone number or a domain.
            None
        } else if v.contains("://") {
            Some(Self::Url(v.to_string()))
        } else if v.contains('@') {
            Some(Self::Email(v.to_string()))
        } else if v.bytes().all(|b| b.is_ascii_hexdigit()) && [32, 40, 64, 128].contains(&v.len()) {
            let algorithm = match v.len() {
                32 => "MD5",
                40 => "SHA-1",
                64 => "SHA-256",
                _ => "SHA-512",
            };
            Some(Self::Hash {
                algorithm,
                value: v.to_string(),
            })
        } else if v.starts_with('+')
            || (v.chars().filter(char::is_ascii_digit).count() >= 6
                && v.chars()
                    .all(|c| c.is_ascii_digit() || " +-().".contains(c)))
        {
            phone(v).map(|_| Self::Phone(v.to_string()))
        } else {
            domain(v).map(Self::Domain)
        }
    }

    /// The key it matches on.
    pub fn key(&self) -> Option<String> {
        match self {
            Self::Ip { value, .. } => ip(value),
            Self::Url(v) => key("url", v),
            Self::Email(v) => key("email", &v.to_lowercase()),
            Self::Hash { algorithm, value } => hash(algorithm, value),
            Self::Phone(v) => phone(v),
            Self::Domain(d) => key("domain", d),
        }
    }

    /// A STIX pattern that matches it, or why there is none: a phone number has no STIX
    /// observable, and a quote or backslash would have to be escaped in a pattern.
    pub fn pattern(&self) -> Result<String, String> {
        let (path, v) = match self {
            Self::Ip { value, v6: false } => ("ipv4-addr:value", value),
            Self::Ip { value, v6: true } => ("ipv6-addr:value", value),
            Self::Url(v) => ("url:value", v),
            Self::Email(v) => ("email-addr:value", v),
            Self::Domain(d) => ("domain-name:value", d),
            Self::Hash { algorithm, value } => {
                let path = if *algorithm == "MD5" {
                    "file:hashes.MD5".to_string()
                } else {
                    format!("file:hashes.'{algorithm}'")
                };
                return Ok(format!("[{path} = '{value}']"));
            }
            Self::Phone(v) => {
                return Err(format!(
                    "'{v}' is a phone number, which a STIX indicator cannot match; share it in a report or note"
                ));
            }
        };
        if v.contains(['\'', '\\']) {
            return Err(format!("'{v}' contains a quote or a backslash"));
        }
        Ok(format!("[{path} = '{v}']"))
    }
}

/// The keys a value someone asks about may match: what it is (an address, a domain, a hash,
/// ...) and, always, a name.
pub fn query_keys(value: &str) -> Vec<String> {
    let v = value.trim();
    let mut out: Vec<String> = Observable::classify(v)
        .and_then(|o| o.key())
        .into_iter()
        .collect();
    out.extend(name_key(v));
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_international_phone_is_keyed_as_a_selector_reads_it() {
        use crate::operations::model::{SelectorKind, intelligence_key, normalise};
        for written in ["+44 (0)20 7946 0958", "0044 20 7946 0958", "+442079460958"] {
            let selector = normalise(SelectorKind::Phone, written).unwrap();
            assert_eq!(phone(written), intelligence_key(&selector), "{written}");
        }
    }

    #[test]
    fn typed_values_are_classified_once_for_patterns_and_keys() {
        let pattern = |v: &str| Observable::classify(v).map(|o| o.pattern());
        assert_eq!(
            pattern("198.51.100.7"),
            Some(Ok("[ipv4-addr:value = '198.51.100.7']".into()))
        );
        assert_eq!(
            pattern("2001:db8::1"),
            Some(Ok("[ipv6-addr:value = '2001:db8::1']".into()))
        );
        assert_eq!(
            pattern("10.0.0.0/8"),
            Some(Ok("[ipv4-addr:value = '10.0.0.0/8']".into()))
        );
        assert_eq!(
            pattern("Evil.Example.COM."),
            Some(Ok("[domain-name:value = 'evil.example.com']".into()))
        );
        assert_eq!(
            pattern("пример.рф"),
            Some(Ok("[domain-name:value = 'пример.рф']".into()))
        );
        assert_eq!(
            pattern(&"a".repeat(40)),
            Some(Ok(format!("[file:hashes.'SHA-1' = '{}']", "a".repeat(40))))
        );
        assert_eq!(
            pattern(&"b".repeat(32)),
            Some(Ok(format!("[file:hashes.MD5 = '{}']", "b".repeat(32))))
        );
        assert!(matches!(pattern("+44 20 7946 0000"), Some(Err(_))));
        assert!(matches!(
            pattern("o'brien.example.com"),
            None | Some(Err(_))
        ));
        // Four numbers with dots are a mistyped IPv4 address, not a domain or a phone number:
        // the form refuses them rather than store a wrong pattern, and says why.
        assert_eq!(pattern("999.1.1.1"), None);
        assert_eq!(pattern("harbour"), None);
        assert_eq!(pattern("1.2.3.999"), None);
        assert_eq!(
            crate::submission::pattern_for("999.1.1.1"),
            Err("'999.1.1.1' is not an IPv4 address: each of its four numbers is 0 to 255".into())
        );
        assert_eq!(
            pattern("+44 20 7946 0000").map(|p| p.is_err()),
            Some(true),
            "a phone number is still one"
        );
    }

    fn keys(json: &str) -> Vec<String> {
        object_keys(&StixObject::parse(json).unwrap())
    }

    #[test]
    fn pattern_values_are_normalised() {
        let k = keys(
            r#"{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","pattern":"[ipv4-addr:value = '198.51.100.1/32' OR domain-name:value = 'Evil.EXAMPLE.com.'] AND [file:hashes.'SHA-256' = 'AAAA5F1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7'] AND [email-addr:value != 'x@y.z']","pattern_type":"stix","valid_from":"2016-01-01T00:00:00Z"}"#,
        );
        assert_eq!(
            k,
            [
                "domain:evil.example.com",
                "ipv4:198.51.100.1",
                "sha256:aaaa5f1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7"
            ]
        );
    }

    #[test]
    fn names_and_aliases_fold_case_width_and_spaces() {
        let k = keys(
            r#"{"type":"intrusion-set","spec_version":"2.1","id":"intrusion-set--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","name":"ＡＰＴ  28","aliases":["Fancy Bear","Sofacy"]}"#,
        );
        let names: Vec<&String> = k.iter().filter(|k| k.starts_with("name:")).collect();
        assert_eq!(names, ["name:apt 28", "name:fancy bear", "name:sofacy"]);
        // They are read across scripts too, as possible matches.
        assert!(k.iter().any(|k| k.starts_with("translit:")), "{k:?}");
        assert_eq!(query_keys("apt 28"), ["name:apt 28"]);
    }

    #[test]
    fn query_values_become_the_keys_they_would_match() {
        assert_eq!(
            query_keys(" 198.51.100.1 "),
            ["ipv4:198.51.100.1", "name:198.51.100.1"]
        );
        assert!(query_keys("Evil.Example.com").contains(&"domain:evil.example.com".to_string()));
        assert!(
            query_keys("D41D8CD98F00B204E9800998ECF8427E")
                .contains(&"md5:d41d8cd98f00b204e9800998ecf8427e".to_string())
        );
        assert!(query_keys("+32 2 555 01 23").contains(&"phone:+3225550123".to_string()));
        assert!(query_keys("0032 2 555 01 23").contains(&"phone:+3225550123".to_string()));
        assert!(
            query_keys("Someone@Example.org").contains(&"email:someone@example.org".to_string())
        );
        let ip6 = query_keys("2001:DB8::1");
        assert!(ip6.contains(&"ipv6:2001:db8::1".to_string()), "{ip6:?}");
    }

    #[test]
    fn external_ids_and_places_are_keys() {
        let k = keys(
            r#"{"type":"location","spec_version":"2.1","id":"location--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","latitude":51.9225,"longitude":4.47917,"external_references":[{"source_name":"CASE","external_id":"2026/17"}]}"#,
        );
        assert_eq!(k, ["ext:case:2026/17", "geo:519:44"]);
        let obj = StixObject::parse(r#"{"type":"location","spec_version":"2.1","id":"location--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z","latitude":51.9225,"longitude":4.47917}"#).unwrap();
        assert_eq!(object_keys_on(&obj, 1.0), ["geo:51:4"]);
    }

    #[test]
    fn observables_carry_their_value() {
        let k = keys(
            r#"{"type":"domain-name","spec_version":"2.1","id":"domain-name--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","value":"Example.org"}"#,
        );
        assert_eq!(k, ["domain:example.org"]);
    }
}
