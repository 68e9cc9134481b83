//! Dates and times as each reader reads them: in their language's conventions and digits, in
//! the calendar they chose (Gregorian, Solar Hijri, Hijri Umm al-Qura) and in their time zone,
//! formatted by ICU4X from CLDR data compiled into the binary. English keeps the ISO 8601 form
//! (`2026-12-01 09:00`) the center's members share, unless its reader chose another calendar.
//! The UTC Gregorian time is always one hover away, and exports keep it alone.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::LazyLock;

use domain::language::{Calendar, Language};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::input::{Date, DateTime, Time};

/// Every zone name the bundled time zone database knows, sorted, so that a reader's zone is a
/// small copyable index.
static ZONES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut names: Vec<String> = jiff::tz::db()
        .available()
        .map(|n| n.as_str().to_string())
        .collect();
    names.sort();
    names
});

/// A time zone a reader chose, by its place in [`ZONES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Zone(Option<u16>);

impl Zone {
    /// The zone of this IANA name; UTC for none or one the database does not know.
    pub fn named(name: Option<&str>) -> Zone {
        Zone(
            name.and_then(|n| ZONES.binary_search_by(|z| z.as_str().cmp(n)).ok())
                .and_then(|i| u16::try_from(i).ok()),
        )
    }

    pub fn name(self) -> Option<&'static str> {
        self.0
            .and_then(|i| ZONES.get(usize::from(i)))
            .map(String::as_str)
    }
}

/// How one reader reads dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub language: Language,
    /// `None`: the language's usual calendar.
    pub calendar: Option<Calendar>,
    pub zone: Zone,
}

impl Default for Reading {
    fn default() -> Self {
        Reading {
            language: Language::En,
            calendar: None,
            zone: Zone::default(),
        }
    }
}

type Formatter = Rc<DateTimeFormatter<YMDT>>;
/// The formatters a thread made, by language and calendar (`None`: the formatter failed).
type Formatters = HashMap<(Language, Option<Calendar>), Option<Formatter>>;

thread_local! {
    /// One formatter per language and calendar on each thread, made on first use: making one
    /// reads its data, and ICU4X's compiled data is not shared between threads.
    static FORMATTERS: RefCell<Formatters> =
        RefCell::new(HashMap::new());
}

fn formatter(language: Language, calendar: Option<Calendar>) -> Option<Formatter> {
    FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry((language, calendar))
            .or_insert_with(|| {
                let base = match language {
                    // British English writes day, month, year, as most of the center's members do.
                    Language::En => "en-GB",
                    other => other.tag(),
                };
                let tag = match calendar {
                    None => base.to_string(),
                    Some(Calendar::Gregorian) => format!("{base}-u-ca-gregory"),
                    Some(Calendar::Persian) => format!("{base}-u-ca-persian"),
                    Some(Calendar::Islamic) => format!("{base}-u-ca-islamic-umalqura"),
                };
                let locale: icu_locale_core::Locale = tag.parse().ok()?;
                DateTimeFormatter::try_new(locale.into(), YMD::medium().with_time_hm())
                    .ok()
                    .map(Rc::new)
            })
            .clone()
    })
}

impl Reading {
    /// The reader's zone as the time zone database has it; UTC for none.
    fn time_zone(self) -> jiff::tz::TimeZone {
        self.zone
            .name()
            .and_then(|n| jiff::tz::db().get(n).ok())
            .unwrap_or(jiff::tz::TimeZone::UTC)
    }

    /// The day of a moment on this reader's clock, as a date field takes it (`2026-12-01`).
    pub fn day_input(self, micros: i64) -> String {
        let Ok(ts) = jiff::Timestamp::from_microsecond(micros) else {
            return String::new();
        };
        ts.to_zoned_datetime(self.time_zone())
            .strftime("%Y-%m-%d")
            .to_string()
    }

    /// A moment (microseconds since the epoch) as this reader reads it.
    pub fn moment(self, micros: i64) -> String {
        let Ok(ts) = jiff::Timestamp::from_microsecond(micros) else {
            return String::new();
        };
        let zoned = ts.to_zoned_datetime(self.time_zone());
        let suffix = match self.zone.name() {
            Some(_) => format!(" {}", zoned.strftime("%Z")),
            None => String::new(),
        };
        let iso = matches!(
            (self.language, self.calendar),
            (Language::En, None | Some(Calendar::Gregorian))
        );
        if !iso && let Some(shown) = self.localized(&zoned) {
            return format!("{shown}{suffix}");
        }
        format!("{}{suffix}", zoned.strftime("%Y-%m-%d %H:%M"))
    }

    fn localized(self, zoned: &jiff::ZonedDateTime) -> Option<String> {
        let f = formatter(self.language, self.calendar)?;
        let d = zoned.date();
        let t = zoned.time();
        let date = Date::try_new_iso(
            i32::from(d.year()),
            u8::try_from(d.month()).ok()?,
            u8::try_from(d.day()).ok()?,
        )
        .ok()?;
        let time = Time::try_new(
            u8::try_from(t.hour()).ok()?,
            u8::try_from(t.minute()).ok()?,
            0,
            0,
        )
        .ok()?;
        Some(f.format(&DateTime { date, time }).to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-03-21 09:30 UTC: Nowruz, 1 Farvardin 1405.
    const NOWRUZ: i64 = 1_774_085_400_000_000;

    fn reading(language: Language, calendar: Option<Calendar>, zone: Option<&str>) -> Reading {
        Reading {
            language,
            calendar,
            zone: Zone::named(zone),
        }
    }

    #[test]
    fn each_reader_reads_a_moment_in_their_calendar_zone_and_digits() {
        // English: ISO, UTC unless a zone was chosen.
        assert_eq!(
            reading(Language::En, None, None).moment(NOWRUZ),
            "2026-03-21 09:30"
        );
        assert_eq!(
            reading(Language::En, None, Some("Asia/Tehran")).moment(NOWRUZ),
            "2026-03-21 13:00 +0330"
        );
        // Persian: the Solar Hijri year 1405 begins that day, in Persian digits.
        let fa = reading(Language::Fa, Some(Calendar::Persian), Some("Asia/Tehran")).moment(NOWRUZ);
        assert!(fa.contains("۱۴۰۵"), "{fa}");
        assert!(fa.contains("فروردین"), "{fa}");
        // Arabic, Hijri Umm al-Qura: Shawwal 1447.
        let ar = reading(Language::Ar, Some(Calendar::Islamic), None).moment(NOWRUZ);
        assert!(ar.contains("شوال"), "{ar}");
        // French and Russian: their own month names, Gregorian.
        let fr = reading(Language::Fr, None, Some("Europe/Paris")).moment(NOWRUZ);
        assert!(
            fr.contains("mars") && fr.contains("2026") && fr.contains("10:30"),
            "{fr}"
        );
        let ru = reading(Language::Ru, None, None).moment(NOWRUZ);
        assert!(ru.contains("мар") && ru.contains("2026"), "{ru}");
        // An English reader may choose the Persian calendar too.
        let en = reading(Language::En, Some(Calendar::Persian), None).moment(NOWRUZ);
        assert!(en.contains("1405") && en.contains("Farvardin"), "{en}");
    }

    #[test]
    fn an_unknown_zone_reads_as_utc() {
        assert_eq!(Zone::named(Some("Mars/Olympus")), Zone(None));
        assert_eq!(Zone::named(Some("Asia/Tehran")).name(), Some("Asia/Tehran"));
    }
}
