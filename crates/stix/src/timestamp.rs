//! STIX and TAXII timestamps.
//!
//! STIX requires that one `id` plus `modified` always means the same content, so a timestamp keeps
//! the exact text it arrived in (its precision included) and compares by value.

use std::cmp::Ordering;
use std::fmt;

/// A STIX timestamp: RFC 3339, UTC (`Z`), any sub-second precision, kept exactly as written.
#[derive(Debug, Clone)]
pub struct Timestamp {
    text: String,
    /// Seconds since the Unix epoch.
    secs: i64,
}

/// Why a text is not a STIX timestamp.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "'{text}' is not a STIX timestamp (expected UTC RFC 3339 such as 2024-05-01T12:00:00.000Z): {reason}"
)]
pub struct TimestampError {
    pub text: String,
    pub reason: &'static str,
}

fn digits(s: &[u8]) -> Option<u32> {
    let mut v: u32 = 0;
    for b in s {
        if !b.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(b - b'0');
    }
    Some(v)
}

impl Timestamp {
    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction]Z`.
    pub fn parse(text: &str) -> Result<Self, TimestampError> {
        let err = |reason| TimestampError {
            text: text.to_string(),
            reason,
        };
        let b = text.as_bytes();
        if b.len() < 20 {
            return Err(err("too short"));
        }
        let (head, rest) = b.split_at(19);
        let sep_ok = head.get(4) == Some(&b'-')
            && head.get(7) == Some(&b'-')
            && matches!(head.get(10), Some(b'T'))
            && head.get(13) == Some(&b':')
            && head.get(16) == Some(&b':');
        if !sep_ok {
            return Err(err("wrong separators"));
        }
        let field = |r: std::ops::Range<usize>| head.get(r).and_then(digits);
        let (Some(year), Some(month), Some(day), Some(hour), Some(minute), Some(second)) = (
            field(0..4),
            field(5..7),
            field(8..10),
            field(11..13),
            field(14..16),
            field(17..19),
        ) else {
            return Err(err("a date or time field is not a number"));
        };
        if rest.last() != Some(&b'Z') {
            return Err(err("must end with 'Z' (UTC)"));
        }
        match rest.split_last() {
            Some((_, [])) => {}
            Some((_, [b'.', f @ ..])) if !f.is_empty() && f.iter().all(u8::is_ascii_digit) => {}
            _ => {
                return Err(err(
                    "the fraction of a second must be '.' followed by digits",
                ));
            }
        }
        let month = time::Month::try_from(u8::try_from(month).map_err(|_| err("bad month"))?)
            .map_err(|_| err("month out of range"))?;
        let date = time::Date::from_calendar_date(
            i32::try_from(year).map_err(|_| err("bad year"))?,
            month,
            u8::try_from(day).map_err(|_| err("bad day"))?,
        )
        .map_err(|_| err("no such date"))?;
        if hour > 23 || minute > 59 || second > 59 {
            return Err(err("time of day out of range"));
        }
        let days = i64::from(date.to_julian_day()) - 2_440_588;
        let secs = days * 86_400 + i64::from(hour * 3600 + minute * 60 + second);
        Ok(Self {
            text: text.to_string(),
            secs,
        })
    }

    /// The fractional digits as written, without the dot.
    fn frac(&self) -> &str {
        if self.text.len() > 21 {
            self.text.get(20..self.text.len() - 1).unwrap_or_default()
        } else {
            ""
        }
    }

    /// The timestamp as it was written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Number of digits after the decimal point as written.
    pub fn precision(&self) -> usize {
        self.frac().len()
    }

    /// A fixed-width text that sorts like the instant it names, whatever the precision written.
    /// Stores index versions by it.
    pub fn sort_key(&self) -> String {
        let base = self.text.get(..19).unwrap_or_default();
        let frac = self.frac().trim_end_matches('0');
        format!("{base}.{frac:0<9}Z")
    }

    /// Microseconds since the epoch, truncating finer precision.
    pub fn unix_micros(&self) -> i64 {
        let mut us: i64 = 0;
        for i in 0..6 {
            let d = self
                .frac()
                .as_bytes()
                .get(i)
                .map_or(0, |b| i64::from(b - b'0'));
            us = us * 10 + d;
        }
        self.secs * 1_000_000 + us
    }

    fn frac_cmp(&self, other: &Self) -> Ordering {
        let a = self.frac().trim_end_matches('0');
        let b = other.frac().trim_end_matches('0');
        let n = a.len().max(b.len());
        let pad = |s: &str| format!("{s:0<n$}");
        pad(a).cmp(&pad(b))
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Timestamp {}
impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        self.secs
            .cmp(&other.secs)
            .then_with(|| self.frac_cmp(other))
    }
}
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Formats microseconds since the epoch as a TAXII timestamp (always six fractional digits).
pub fn taxii_timestamp(micros: i64) -> String {
    let secs = micros.div_euclid(1_000_000);
    let us = micros.rem_euclid(1_000_000);
    let days = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400);
    let date = i32::try_from(days + 2_440_588)
        .ok()
        .and_then(|jd| time::Date::from_julian_day(jd).ok())
        .unwrap_or(time::Date::MIN);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z",
        date.year(),
        u8::from(date.month()),
        date.day(),
        sod / 3600,
        (sod % 3600) / 60,
        sod % 60,
        us
    )
}

/// Parses a TAXII or STIX timestamp into microseconds since the epoch (finer digits dropped).
pub fn parse_micros(text: &str) -> Result<i64, TimestampError> {
    Timestamp::parse(text).map(|t| t.unix_micros())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_precision_and_compares_by_value() {
        let a = Timestamp::parse("2024-01-02T03:04:05.1Z").unwrap();
        let b = Timestamp::parse("2024-01-02T03:04:05.100Z").unwrap();
        assert_eq!(a, b);
        assert_eq!(a.as_str(), "2024-01-02T03:04:05.1Z");
        assert_eq!(a.precision(), 1);
        assert_eq!(a.sort_key(), b.sort_key());
        let c = Timestamp::parse("2024-01-02T03:04:05.1000001Z").unwrap();
        assert!(c > a);
        assert!(c.sort_key() > a.sort_key());
        let d = Timestamp::parse("2024-01-02T03:04:05Z").unwrap();
        assert!(d < a);
        assert!(d.sort_key() < a.sort_key());
    }

    #[test]
    fn refuses_non_utc_and_impossible_dates() {
        for bad in [
            "2024-01-02T03:04:05+01:00",
            "2024-02-30T00:00:00Z",
            "2024-01-02 03:04:05Z",
            "2024-01-02T24:00:00Z",
            "2024-01-02T03:04:05.Z",
            "garbage",
            "",
        ] {
            assert!(Timestamp::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn taxii_round_trip() {
        let t = Timestamp::parse("2021-06-10T12:34:56.789012Z").unwrap();
        assert_eq!(
            taxii_timestamp(t.unix_micros()),
            "2021-06-10T12:34:56.789012Z"
        );
        assert_eq!(taxii_timestamp(0), "1970-01-01T00:00:00.000000Z");
    }
}
