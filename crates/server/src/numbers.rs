//! Numbers as each language writes them, by ICU4X (`icu_decimal`): digits (Arabic-Indic in
//! Arabic, Persian in Persian), the decimal separator and grouping (`12 345` in French and
//! Russian, `12,345` in English). Every number a catalog message holds goes through here (the
//! Fluent bundles are given [`fluent`] as their formatter), and so do the numbers pages show
//! outside messages ([`crate::i18n::Words::number`]). Exports and the API keep plain digits.

use std::cell::RefCell;
use std::collections::HashMap;

use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::fluent_bundle::memoizer::MemoizerKind;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;

thread_local! {
    /// One formatter per language on each thread, made on first use, as dates keep theirs.
    static FORMATTERS: RefCell<HashMap<String, Option<DecimalFormatter>>> =
        RefCell::new(HashMap::new());
}

/// `number` (a decimal as Rust writes it, `-12345.5`) as `tag`'s language writes it; `None`
/// when it is no number or the language has no data (then the caller keeps the plain digits).
pub fn format(tag: &str, number: &str) -> Option<String> {
    let decimal: Decimal = number.parse().ok()?;
    FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        // Looked up by the borrowed tag: a page formats many numbers, each without a copy.
        if !cache.contains_key(tag) {
            let made = icu_locale_core::Locale::try_from_str(tag)
                .ok()
                .and_then(|l| DecimalFormatter::try_new(l.into(), Default::default()).ok());
            cache.insert(tag.to_string(), made);
        }
        cache
            .get(tag)
            .and_then(Option::as_ref)
            .map(|f| f.format(&decimal).to_string())
    })
}

/// The language a Fluent bundle speaks, as its memoizer knows it: the formatter is given the
/// memoizer, not the language.
struct Tag(String);

impl intl_memoizer::Memoizable for Tag {
    type Args = ();
    type Error = std::convert::Infallible;
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        Ok(Tag(lang.to_string()))
    }
}

/// The formatter of every Fluent bundle: numbers in the bundle's language; anything else as
/// Fluent writes it.
pub fn fluent<M: MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let tag = memoizer
        .with_try_get_threadsafe::<Tag, _, _>((), |t| t.0.clone())
        .ok()?;
    format(&tag, &n.as_string())
}

#[cfg(test)]
mod tests {
    use super::format;

    #[test]
    fn each_language_writes_numbers_its_own_way() {
        assert_eq!(format("en", "12345").as_deref(), Some("12,345"));
        assert_eq!(format("en", "3.5").as_deref(), Some("3.5"));
        assert_eq!(format("fr", "12345.5").as_deref(), Some("12\u{202f}345,5"));
        assert_eq!(format("ru", "12345").as_deref(), Some("12\u{a0}345"));
        // CLDR writes Arabic with Latin digits by default (as the dates do); Persian with its own.
        assert_eq!(format("ar", "12345").as_deref(), Some("12,345"));
        assert_eq!(format("fa", "12345").as_deref(), Some("۱۲٬۳۴۵"));
        assert_eq!(format("en", "not a number"), None);
    }
}
