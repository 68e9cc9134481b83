//! STIX identifiers: `type--UUID`.

use uuid::Uuid;

/// Whether `t` is a well-formed STIX type name: 3 to 250 of `a-z`, `0-9` and `-`.
pub fn is_valid_type_name(t: &str) -> bool {
    (3..=250).contains(&t.len())
        && t.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !t.starts_with('-')
        && !t.ends_with('-')
        && !t.contains("--")
}

/// Splits a STIX identifier into its type and UUID, or says what is wrong with it. The UUID's
/// hex digits may be of either case (RFC 4122 reads them case-insensitively); the type may not.
pub fn parse_id(id: &str) -> Result<(&str, Uuid), String> {
    let Some((ty, uuid)) = id.split_once("--") else {
        return Err(format!(
            "'{id}' is not a STIX identifier (expected type--UUID)"
        ));
    };
    if !is_valid_type_name(ty) {
        return Err(format!("'{id}' does not start with a valid STIX type"));
    }
    let parsed = Uuid::try_parse(uuid)
        .map_err(|_| format!("'{id}' does not end with a UUID (expected type--UUID)"))?;
    if uuid.len() != 36 {
        return Err(format!(
            "'{id}' must use the hyphenated UUID form (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)"
        ));
    }
    Ok((ty, parsed))
}

/// The one spelling of an identifier that the center files and finds it under: the UUID in
/// lower case. A submitter that writes `8E2E…` names the same object as one that writes
/// `8e2e…`; the object's own bytes keep what was sent. Text that is no identifier is returned
/// as it is, so a lookup of it finds nothing rather than failing differently.
pub fn canonical_id(id: &str) -> String {
    match id.split_once("--") {
        Some((ty, uuid)) if uuid.bytes().any(|b| b.is_ascii_uppercase()) => {
            format!("{ty}--{}", uuid.to_ascii_lowercase())
        }
        _ => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_refuses() {
        let (t, _) = parse_id("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f").unwrap();
        assert_eq!(t, "indicator");
        assert!(parse_id("indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f").is_err());
        assert!(parse_id("indicator--nope").is_err());
        assert!(parse_id("Indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f").is_err());
        assert!(parse_id("indicator--8e2e2d2b17d44cbf938f98ee46b3cd3f").is_err());
    }

    #[test]
    fn upper_case_hex_is_the_same_identifier() {
        let upper = "indicator--8E2E2D2B-17D4-4CBF-938F-98EE46B3CD3F";
        let lower = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";
        assert_eq!(parse_id(upper).unwrap().1, parse_id(lower).unwrap().1);
        assert_eq!(canonical_id(upper), lower);
        assert_eq!(canonical_id(lower), lower);
        assert_eq!(canonical_id("not an id"), "not an id");
    }
}
