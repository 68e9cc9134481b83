//! The languages the center's pages speak. A user's choice is kept with the account and a
//! member's default with the member, so that a delegate reads the center in the language of
//! their service wherever they sign in; the words themselves live in the web app's catalogs.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// A language the center's catalogs are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Fr,
    Ar,
    Fa,
    Ru,
}

/// Which way a language's lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Language {
    pub const ALL: [Language; 5] = [
        Language::En,
        Language::Fr,
        Language::Ar,
        Language::Fa,
        Language::Ru,
    ];

    /// The BCP 47 tag (`fa`), as `lang` attributes and `Accept-Language` write it.
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Ar => "ar",
            Language::Fa => "fa",
            Language::Ru => "ru",
        }
    }

    /// The language's name in itself, as a chooser lists it so that each reader finds their own.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fr => "Français",
            Language::Ar => "العربية",
            Language::Fa => "فارسی",
            Language::Ru => "Русский",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Language::Ar | Language::Fa => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    /// Reads a tag by its primary language (`fr-CA` is French, `FA` is Persian); `None` for a
    /// language the center does not speak.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// Reads a choice sent by a form or the API: a language tag, or nothing (the empty string)
    /// to follow the member's default or the browser.
    pub fn choice(field: &'static str, text: &str) -> Result<Option<Language>> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        Language::from_tag(text).map(Some).ok_or_else(|| {
            Error::field(
                field,
                "bad-choice",
                "the center speaks en, fr, ar, fa and ru; choose one of them, or none",
            )
        })
    }
}

/// A calendar a reader may read dates in; every date is also given in the Gregorian calendar
/// (on hover, in exports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    Gregorian,
    /// The Solar Hijri calendar of Iran and Afghanistan.
    Persian,
    /// The Hijri calendar as Umm al-Qura reckons it.
    Islamic,
}

impl Calendar {
    pub const ALL: [Calendar; 3] = [Calendar::Gregorian, Calendar::Persian, Calendar::Islamic];

    pub fn as_str(self) -> &'static str {
        match self {
            Calendar::Gregorian => "gregorian",
            Calendar::Persian => "persian",
            Calendar::Islamic => "islamic",
        }
    }

    pub fn parse(text: &str) -> Option<Calendar> {
        Calendar::ALL
            .into_iter()
            .find(|c| c.as_str() == text.trim())
    }

    /// Reads a choice sent by a form or the API; empty follows the language's usual calendar.
    pub fn choice(field: &'static str, text: &str) -> Result<Option<Calendar>> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        Calendar::parse(text).map(Some).ok_or_else(|| {
            Error::field(
                field,
                "bad-choice",
                "the calendars are gregorian, persian and islamic; choose one of them, or none",
            )
        })
    }
}

/// Reads a time zone chosen by a form or the API: an IANA name (`Asia/Tehran`), or nothing for
/// UTC.
pub fn time_zone_choice(field: &'static str, text: &str) -> Result<Option<String>> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match jiff::tz::db().get(text) {
        // Kept as the database spells it (`asia/tehran` is `Asia/Tehran`).
        Ok(tz) => Ok(Some(tz.iana_name().unwrap_or(text).to_string())),
        Err(_) => Err(Error::field(
            field,
            "unknown-zone",
            format!("'{text}' is not a time zone name such as Asia/Tehran, Europe/Paris or UTC"),
        )),
    }
}

/// Reads a stored choice; anything else (a language since dropped) is no choice.
pub fn stored(text: &str) -> Option<Language> {
    Language::from_tag(text).filter(|_| !text.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_their_primary_language() {
        assert_eq!(Language::from_tag("fr-CA"), Some(Language::Fr));
        assert_eq!(Language::from_tag("FA"), Some(Language::Fa));
        assert_eq!(Language::from_tag("ar_EG"), Some(Language::Ar));
        assert_eq!(Language::from_tag("de"), None);
        assert_eq!(Language::from_tag(""), None);
        assert_eq!(Language::choice("language", "").unwrap(), None);
        assert!(Language::choice("language", "klingon").is_err());
        assert_eq!(Language::Fa.direction(), Direction::RightToLeft);
        assert_eq!(Language::Ru.direction(), Direction::LeftToRight);
    }
}
