//! One normalisation of text for search, used when an object is indexed and when a search is
//! asked, on both backends, so that what people type finds what others wrote in another
//! hand or keyboard:
//!
//! - Unicode NFKC and lower case (full-width letters, ligatures and presentation forms become
//!   the plain letters; `İstanbul` and `istanbul` meet);
//! - Arabic and Persian: diacritics (harakat, shadda, sukun, superscript alef, Quranic marks)
//!   and tatweel removed; letter variants that keyboards of the two languages type differently
//!   made one (kaf and keheh; yeh, Farsi yeh and alef maksura; teh marbuta and heh; the hamza
//!   forms of alef, waw and yeh); Arabic-Indic and Persian digits made ASCII; the article `ال`
//!   and the particles attached before it (`و`, `ب`, `ف`, `ك`, and `لل` for `ل` + `ال`)
//!   stripped from a word long enough to keep three letters;
//! - Russian: `ё` written as `е`, as Russian writing usually does.
//!
//! Latin diacritics (`café`) are left to the indexes, which fold them already (SQLite's
//! `unicode61 remove_diacritics 2`, and the stored text for PostgreSQL, see
//! [`fold_latin`]).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The center setting that says how far the search texts stored before search folded them
/// were indexed again: the last storage sequence done, or `done`.
pub const REFOLDED: &str = "search_refolded";

/// The text as indexed and searched.
pub fn fold(text: &str) -> String {
    let letters = letters(text);
    let mut out = String::with_capacity(letters.len());
    for (i, word) in letters.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(without_article(word));
    }
    fold_latin(&out)
}

/// [`fold`] letter by letter, with the words as written: the Arabic article and particles
/// stay (`كالكتا`, Calcutta, begins with the letters of `ك` + `ال` but is one name).
pub fn fold_letters(text: &str) -> String {
    fold_latin(&letters(text))
}

/// NFKC, lower case, and each letter as search reads it; Latin marks are left to the caller's
/// one [`fold_latin`].
fn letters(text: &str) -> String {
    let nfkc: String = text.nfkc().collect();
    let mut letters = String::with_capacity(nfkc.len());
    for c in nfkc.chars().flat_map(char::to_lowercase) {
        if let Some(c) = letter(c) {
            letters.push(c);
        }
    }
    letters
}

/// One letter as search reads it: `None` for what is dropped.
fn letter(c: char) -> Option<char> {
    Some(match c {
        // Arabic diacritics: fathatan .. sukun, and the marks after them; superscript alef;
        // Quranic annotation marks; tatweel.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => {
            return None;
        }
        // Kaf: keheh (Persian), swash kaf.
        '\u{06A9}' | '\u{06AA}' => '\u{0643}',
        // Yeh: Farsi yeh, alef maksura, yeh with hamza above, yeh barree.
        '\u{06CC}' | '\u{0649}' | '\u{0626}' | '\u{06D2}' => '\u{064A}',
        // Heh: teh marbuta, heh goal, heh doachashmee, ae, heh with yeh above.
        '\u{0629}' | '\u{06C1}' | '\u{06BE}' | '\u{06D5}' | '\u{06C0}' => '\u{0647}',
        // Alef: with madda, hamza above, hamza below, wasla.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => '\u{0627}',
        // Waw with hamza above.
        '\u{0624}' => '\u{0648}',
        // Arabic-Indic and Persian digits.
        '\u{0660}'..='\u{0669}' => char::from_u32(u32::from(c) - 0x0660 + u32::from('0'))?,
        '\u{06F0}'..='\u{06F9}' => char::from_u32(u32::from(c) - 0x06F0 + u32::from('0'))?,
        // Cyrillic yo.
        'ё' => 'е',
        c => c,
    })
}

/// An Arabic word without its article and the particles attached before it, when three
/// letters or more are left (`الموصل` → `موصل`, `والموصل` → `موصل`, `للموصل` → `موصل`).
fn without_article(word: &str) -> &str {
    const PREFIXES: [&str; 6] = [
        "\u{0648}\u{0627}\u{0644}", // وال
        "\u{0628}\u{0627}\u{0644}", // بال
        "\u{0641}\u{0627}\u{0644}", // فال
        "\u{0643}\u{0627}\u{0644}", // كال
        "\u{0644}\u{0644}",         // لل
        "\u{0627}\u{0644}",         // ال
    ];
    for p in PREFIXES {
        if let Some(rest) = word.strip_prefix(p)
            && rest.chars().count() >= 3
        {
            return rest;
        }
    }
    word
}

/// Latin (and other) letters without their diacritics: what SQLite's tokenizer does, done
/// once here so that PostgreSQL's `simple` configuration finds `cafe` in `café` too.
/// Only marks on Latin, Greek and Cyrillic letters are removed: in scripts where marks carry
/// the sound (Devanagari vowel signs, say) they stay. Cyrillic `й` keeps its breve.
pub fn fold_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut base: Option<char> = None;
    for c in text.nfd() {
        if is_combining_mark(c) {
            let strip = base.is_some_and(|b| {
                (b.is_ascii_alphabetic()
                    || ('\u{00C0}'..='\u{024F}').contains(&b)
                    || ('\u{0370}'..='\u{03FF}').contains(&b))
                    || (('\u{0400}'..='\u{04FF}').contains(&b) && c != '\u{0306}')
            });
            if !strip {
                out.push(c);
            }
            continue;
        }
        base = Some(c);
        out.push(c);
    }
    out.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    fn finds(query: &str, text: &str) -> bool {
        let text = fold(text);
        let words: Vec<&str> = text.split_whitespace().collect();
        fold(query).split_whitespace().all(|q| words.contains(&q))
    }

    #[test]
    fn what_people_type_finds_what_others_wrote() {
        // Kirkuk typed on an Arabic keyboard finds it typed on a Persian one.
        assert!(finds("كركوك", "هسته خفته کرکوک"));
        // Diacritics do not matter.
        assert!(finds("الموصل", "خَلِيَّة المَوْصِل"));
        assert!(finds("الموصل", "خلية الموصل النائمة"));
        // Nor does the article, or a particle before it.
        assert!(finds("موصل", "خلية الموصل النائمة"));
        assert!(finds("موصل", "وصلوا والموصل"));
        assert!(finds("الموصل", "خلية موصل"));
        // Yo is written as ye.
        assert!(finds("Елкино", "Ёлкино"));
        assert!(finds("ёлкино", "ЕЛКИНО"));
        // Teh marbuta and heh, alef maksura and yeh, hamza forms.
        assert!(finds("خليه", "خلية"));
        assert!(finds("مصطفي", "مصطفى"));
        assert!(finds("احمد", "أحمد"));
        assert!(finds("اسلام", "إسلام"));
        // Persian and Arabic-Indic digits are digits.
        assert!(finds("1403", "۱۴۰۳"));
        assert!(finds("2024", "٢٠٢٤"));
        // Full-width letters, case, Latin accents, tatweel.
        assert!(finds("harbour", "ＨＡＲＢＯＵＲ"));
        assert!(finds("cafe", "Café"));
        assert!(finds("محمد", "مـحـمـد"));
        // Words stay apart: the article is not stripped from a short word.
        assert!(!finds("كركوك", "الموصل"));
        assert_eq!(fold("الى"), "الي");
        // Short Cyrillic й keeps its breve (it is another letter).
        assert_eq!(fold("Йошкар"), "йошкар");
    }
}
