//! Reading what people type into one field, the same way for the API, the pages and the
//! console: a refusal names the field, gives a stable code and says what to write instead.

use crate::{Error, Result};

/// A UTC time such as `2026-12-01T09:00:00Z`.
pub fn time(field: &'static str, text: &str) -> Result<i64> {
    let text = text.trim();
    // A date alone (what a browser's date picker sends) is its first moment, UTC.
    let text = if text.len() == 10 && text.as_bytes().get(4) == Some(&b'-') {
        format!("{text}T00:00:00Z")
    } else {
        text.to_string()
    };
    stix::timestamp::parse_micros(&text).map_err(|e| {
        Error::field(
            field,
            "bad-timestamp",
            format!(
                "'{field}' must be a date such as 2026-12-01 or a UTC time such as 2026-12-01T09:00:00Z ({e})"
            ),
        )
    })
}

/// A time as a form's date-and-time picker sends it, read on the clock of `zone` (an IANA
/// name; UTC when none is given): a local date and time (`2026-12-01T09:00`), a date alone (its
/// first moment there), or a UTC time (`2026-12-01T09:00:00Z`) as before. People type the time
/// they read on their own clock, as the pages show it to them.
pub fn time_in(field: &'static str, text: &str, zone: Option<&str>) -> Result<i64> {
    let text = text.trim();
    if let Ok(micros) = stix::timestamp::parse_micros(text) {
        return Ok(micros);
    }
    let tz = match zone.map(str::trim).filter(|z| !z.is_empty()) {
        None => jiff::tz::TimeZone::UTC,
        Some(z) => jiff::tz::TimeZone::get(z).map_err(|_| {
            Error::field(
                "time_zone",
                "bad-zone",
                format!("'{z}' is not a time zone: use an IANA name such as Europe/Brussels or Asia/Tehran"),
            )
        })?,
    };
    let local = text.parse::<jiff::civil::DateTime>().or_else(|_| {
        text.parse::<jiff::civil::Date>()
            .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
    });
    local
        .ok()
        .and_then(|dt| tz.to_timestamp(dt).ok())
        .map(jiff::Timestamp::as_microsecond)
        .ok_or_else(|| {
            Error::field(
                field,
                "bad-timestamp",
                format!(
                    "'{field}' must be a date and time such as 2026-12-01T09:00, or a date such as 2026-12-01"
                ),
            )
        })
}

/// [`time_in`], or none for a field left empty.
pub fn optional_time_in(
    field: &'static str,
    text: &str,
    zone: Option<&str>,
) -> Result<Option<i64>> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        time_in(field, text, zone).map(Some)
    }
}

/// [`time`], or none for a field left empty.
pub fn optional_time(field: &'static str, text: &str) -> Result<Option<i64>> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        time(field, text).map(Some)
    }
}

/// A word from a fixed set, as a field takes it.
pub trait Word: Copy + 'static {
    /// Every word, in the order a refusal lists them.
    const ALL: &'static [Self];
    /// The stable code of a refusal, such as `bad-kind`.
    const CODE: &'static str;
    fn word(self) -> &'static str;
}

/// One of a fixed set of words; a text that is none of them is refused with the words it may
/// be.
pub fn word<T: Word>(field: &'static str, text: &str) -> Result<T> {
    let text = text.trim();
    T::ALL
        .iter()
        .copied()
        .find(|v| v.word() == text)
        .ok_or_else(|| {
            let words: Vec<&str> = T::ALL.iter().map(|v| v.word()).collect();
            let listed = match words.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
                _ => words.join(""),
            };
            Error::field(field, T::CODE, format!("'{field}' is {listed}"))
        })
}

macro_rules! words {
    ($($t:ty => $code:literal),* $(,)?) => {$(
        impl Word for $t {
            const ALL: &'static [Self] = &<$t>::ALL;
            const CODE: &'static str = $code;
            fn word(self) -> &'static str {
                self.as_str()
            }
        }
    )*};
}

words! {
    crate::votes::Choice => "bad-choice",
    crate::meetings::model::MeetingKind => "bad-kind",
    crate::rfis::model::Priority => "bad-priority",
    crate::tracked::model::GroupState => "bad-state",
    crate::tracked::model::OutcomeKind => "bad-kind",
}

/// A TLP level as people write it (`clear`, `green`, `amber`, `amber+strict`, `red`).
pub fn tlp(field: &'static str, text: &str) -> Result<stix::markings::Tlp> {
    stix::markings::Tlp::parse(text.trim()).ok_or_else(|| {
        Error::field(
            field,
            "bad-tlp",
            format!("'{text}' is not a TLP level: use clear, green, amber, amber+strict or red"),
        )
    })
}

#[cfg(test)]
#[allow(clippy::panic)]
mod tests {
    use super::*;
    use crate::votes::Choice;

    #[test]
    fn a_refusal_names_the_field_and_the_words_it_may_be() {
        assert_eq!(word::<Choice>("choice", " no ").ok(), Some(Choice::No));
        let Err(Error::Invalid(i)) = word::<Choice>("choice", "maybe") else {
            panic!("maybe is no choice");
        };
        assert_eq!((i.field, i.code), (Some("choice"), "bad-choice"));
        assert_eq!(i.message, "'choice' is yes, no or abstain");
        let Err(Error::Invalid(i)) = time("due", "tomorrow") else {
            panic!("tomorrow is no time");
        };
        assert_eq!((i.field, i.code), (Some("due"), "bad-timestamp"));
        assert_eq!(optional_time("due", "  ").ok(), Some(None));
    }

    #[test]
    fn a_picked_time_is_read_on_the_clock_of_its_zone() {
        let utc = |t: &str| stix::timestamp::parse_micros(t).ok();
        // 09:00 in Tehran (UTC+03:30) is 05:30 UTC; in Brussels in December, 08:00 UTC.
        assert_eq!(
            time_in("starts", "2026-12-01T09:00", Some("Asia/Tehran")).ok(),
            utc("2026-12-01T05:30:00Z")
        );
        assert_eq!(
            time_in("starts", "2026-12-01T09:00", Some("Europe/Brussels")).ok(),
            utc("2026-12-01T08:00:00Z")
        );
        assert_eq!(
            time_in("starts", "2026-12-01", Some("Europe/Moscow")).ok(),
            utc("2026-11-30T21:00:00Z")
        );
        // A UTC time is that time wherever the reader is; no zone is UTC.
        assert_eq!(
            time_in("starts", "2026-12-01T09:00:00Z", Some("Asia/Tehran")).ok(),
            utc("2026-12-01T09:00:00Z")
        );
        assert_eq!(
            time_in("starts", "2026-12-01T09:00", None).ok(),
            utc("2026-12-01T09:00:00Z")
        );
        let Err(Error::Invalid(i)) = time_in("starts", "2026-12-01T09:00", Some("Mars/Base"))
        else {
            panic!("no such zone");
        };
        assert_eq!(i.code, "bad-zone");
        let Err(Error::Invalid(i)) = time_in("starts", "next week", Some("UTC")) else {
            panic!("no time");
        };
        assert_eq!(i.code, "bad-timestamp");
    }
}
