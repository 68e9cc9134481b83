//! Names that sound alike across scripts: `عمر الحداد`, `Omar al-Haddad` and `Омар аль-Хаддад`
//! are one person written by three services. Each name is read, letter by letter, into a
//! skeleton of consonant classes that Arabic, Persian, Cyrillic and Latin writing share; the
//! vowels are left out because Arabic and Persian do not write short ones. Where a letter
//! stands for two sounds (Persian `و` is `v` or a vowel, Russian `г` is `g` or the `h` it has
//! no letter for) the name gets one key per reading, a few at most, so that either spelling
//! meets it.
//!
//! The keys are a correlation key kind (`translit:`): two objects whose names share one are a
//! possible match, shown as such with the two names, never merged. The rules were written from
//! how the scripts transliterate each other and are measured on the CLDR city names in
//! `bench/names/pairs.tsv` (precision and recall in `bench/README.md`).
//!
//! The Arabic article `ال` reads both ways, as the article Latin writing drops (`الموصل`,
//! Mosul) and as letters of the name (`الانباتار`, Ulaanbaatar).

use crate::text;

/// The key kind, as `kind:value` keys are written.
pub const KIND: &str = "translit";

/// How keys of this kind begin.
pub const PREFIX: &str = "translit:";

/// Names whose skeleton is shorter than this give no key: two consonants link too many names
/// that have nothing to do with each other.
const MIN_CONSONANTS: usize = 2;

/// A name is read in at most this many ways, however many of its letters read two ways.
const MAX_KEYS: usize = 8;

/// Letters of a name read; the rest is left out.
const MAX_NAME: usize = 100;

/// Keys a name gives at most: its readings, with their vowels at the start, the end and after
/// the first consonant.
const MAX_SKELETONS: usize = 32;

/// One letter (or group of letters) as the alternatives it may be read as, the likeliest first;
/// an empty string is a letter that is not written in the skeleton (a vowel, `h`, `ع`).
type Sound = &'static [&'static str];

const SILENT: Sound = &[""];

/// The `translit:` keys of a name; none when the name is too short to tell anything apart.
pub fn keys(name: &str) -> Vec<String> {
    skeletons(name)
        .into_iter()
        .map(|s| format!("{KIND}:{s}"))
        .collect()
}

/// The consonant skeletons a name reads as (without the key kind), for the reason shown with a
/// possible match.
pub fn skeletons(name: &str) -> Vec<String> {
    // A name is short; what is longer is cut, so that no text makes the keys long or slow.
    let name: String = name.chars().take(MAX_NAME).collect();
    let name = name.as_str();
    let mut out = readings(name);
    // `Knox, Indiana` and `هيبرون (مدينة الخليل)`: another service may write the first part only.
    if let Some((head, _)) = name.split_once([',', '(', '،'])
        && !head.trim().is_empty()
    {
        out.extend(readings(head));
    }
    if let Some(other) = other_ending(name) {
        out.extend(readings(&other));
    }
    out.sort();
    out.dedup();
    // The readings multiply by how the name starts and ends and the vowel after its first
    // consonant: a few dozen at most are kept.
    out.truncate(MAX_SKELETONS);
    out
}

/// The name with the ending another script gives it, where the scripts are known to differ:
/// Russian names places with the Latin ending `-ия` (`Финляндия`, Finland) and plurals with `-ы`
/// where English has `-s` (`Мальдивы`, Maldives); Persian has `-ستان` for Latin `-ia`; English
/// keeps the Latin `-ium` that other scripts write `-ia` (`Belgium`, `Бельгия`, `بلجيكا`).
fn other_ending(name: &str) -> Option<String> {
    /// An ending, whether a consonant must come before it, and the other script's ending.
    /// Persian names a country for its people with `-ستان` where Latin writing has `-ia`
    /// (`ارمنستان`, Armenia; `بلغارستان`, Bulgaria).
    const ENDINGS: [(&str, bool, &str); 4] = [
        ("ия", true, ""),
        ("ы", true, "с"),
        ("ستان", false, "يا"),
        ("ium", false, "ia"),
    ];
    let trimmed = name.trim_end();
    ENDINGS
        .iter()
        .find_map(|&(ending, after_consonant, other)| {
            let rest = trimmed.strip_suffix(ending)?;
            let before = rest.chars().next_back()?;
            let consonant = before.is_alphabetic() && !vowel(before.to_lowercase().next()?);
            (rest.chars().count() >= 3 && (consonant || !after_consonant))
                .then(|| format!("{rest}{other}"))
        })
}

fn readings(name: &str) -> Vec<String> {
    // The cedilla changes the sound (`ç` is `s`); search folding would leave a `c`.
    let name: String = name
        .chars()
        .map(|c| if matches!(c, 'ç' | 'Ç') { 's' } else { c })
        .collect();
    let folded = text::fold_letters(&name);
    let words = words(&folded);
    let mut out: Vec<String> = vec![String::new()];
    for sound in sounds_of(&words) {
        let readings = if out.len() * sound.len() > MAX_KEYS {
            sound.get(..1).unwrap_or(sound)
        } else {
            sound
        };
        out = out
            .iter()
            .flat_map(|prefix| readings.iter().map(move |r| format!("{prefix}{r}")))
            .collect();
    }
    let first = words.first().and_then(|w| w.chars().next());
    let second = words.first().and_then(|w| {
        let mut letters = w.chars().skip(1);
        match (letters.next(), letters.next()) {
            (Some('ل'), third) if w.starts_with('ا') => third,
            // `اس` and a consonant: a vowel Persian writes before `s` and a consonant.
            (Some('س'), Some(c)) if w.starts_with('ا') && !"اوي".contains(c) => Some('س'),
            _ => None,
        }
    });
    // A final hamza (`سمراء`) is not heard as a consonant.
    let last = words
        .last()
        .and_then(|w| w.chars().rev().find(|&c| c != 'ء'));
    // Arabic and Persian leave short vowels unwritten: where no vowel letter is written, any
    // vowel may be meant.
    let unwritten: &[&str] = if folded
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    {
        &["A", "I", "U", ""]
    } else {
        &[""]
    };
    let mut skeletons: Vec<String> = Vec::new();
    for s in out {
        // A doubled consonant is written twice in Latin and once in Arabic (the shadda is not
        // written). Two alike with a vowel between stay two (`Tahiti`, `محمد`).
        let mut reading: Vec<char> = s.chars().collect();
        reading.dedup();
        let s: String = reading.iter().collect();
        let mut consonants: Vec<char> = reading.into_iter().filter(|c| !c.is_uppercase()).collect();
        // A final `d` is said, and often written, as a `t` (`Ашхабад`, `Tashkent`, `طشقند`).
        if let Some(last) = consonants.last_mut()
            && *last == 'd'
        {
            *last = 't';
        }
        if consonants.len() < MIN_CONSONANTS {
            continue;
        }
        // Two consonants tell few names apart (`Lima`, `Lomé`, `Elm`): the vowel between them
        // tells more, where it is written.
        let middle: Vec<&str> = if consonants.len() <= MIN_CONSONANTS + 1 {
            match vowel_between(&s) {
                Some(v) => vec![v],
                None => unwritten.to_vec(),
            }
        } else {
            vec![""]
        };
        let Some(first_consonant) = consonants.first() else {
            continue;
        };
        let skeleton: String = consonants.iter().collect();
        let (head, tail) = skeleton.split_at(first_consonant.len_utf8());
        // Whether the name starts and ends on a vowel is written in every script.
        for start in first.map_or(SILENT, |c| starts(c, second)) {
            for end in last.map_or(SILENT, ends) {
                for m in &middle {
                    skeletons.push(format!("{start}{head}{m}{tail}{end}"));
                }
            }
        }
    }
    skeletons.sort();
    skeletons.dedup();
    skeletons
}

/// The first vowel written between the first consonant of a reading and the next other one.
fn vowel_between(reading: &str) -> Option<&'static str> {
    let mut chars = reading.chars().skip_while(|c| c.is_uppercase());
    let first = chars.next()?;
    let vowel = chars
        .skip_while(|&c| c == first)
        .take_while(|c| c.is_uppercase())
        .next()?;
    Some(match vowel {
        'A' => "A",
        'I' => "I",
        _ => "U",
    })
}

/// `V` when a name starts on a vowel as each script writes one (`A`, `ا`, `ع`, `Э`), `C`
/// otherwise. Russian `Е` and `Я` start on a `y`. A name that starts with the Arabic article
/// starts as the letter after it does, too.
fn starts(c: char, after_article: Option<char>) -> Sound {
    match c {
        'ا' if after_article.is_some_and(|a| starts(a, None) == ["C"]) => &["V", "C"],
        // Persian writes a vowel before two consonants that start a name (`استانلی`).
        'ا' if after_article == Some('س') => &["V", "C"],
        'a' | 'e' | 'i' | 'o' | 'u' | 'ا' | 'ع' | 'ء' | 'а' | 'и' | 'о' | 'э' => &["V"],
        'у' | 'е' | 'ю' | 'я' | 'y' => &["V", "C"],
        _ => &["C"],
    }
}

/// `V` when a name ends on a vowel as each script writes one (`a`, `ا`, `ي`, `و`, `ه`, `а`,
/// `й`); an English final `e` is often silent, and `و` and `ي` may be consonants.
fn ends(c: char) -> Sound {
    match c {
        'a' | 'i' | 'o' | 'u' | 'y' | 'ا' | 'ه' | 'а' | 'е' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю'
        | 'я' | 'й' => &["V"],
        'e' | 'ي' | 'و' => &["V", "C"],
        _ => &["C"],
    }
}

/// The words of a folded name without the Arabic article as Latin and Cyrillic write it
/// (`al-`, `el `, `аль-`, `ash-`); the Arabic script's own is gone already ([`text::fold`]).
fn words(folded: &str) -> Vec<&str> {
    const ALWAYS: [&str; 6] = ["al", "el", "ul", "аль", "эль", "ал"];
    const BEFORE_HYPHEN: [&str; 23] = [
        "as", "ash", "ad", "an", "ar", "at", "az", "ez", "es", "ас", "аш", "ад", "ан", "ар", "ат",
        "аз", "эр", "эс", "эш", "эд", "эн", "эт", "эз",
    ];
    let mut out = Vec::new();
    let mut rest = folded;
    while !rest.is_empty() {
        let start = rest.find(char::is_alphanumeric).unwrap_or(rest.len());
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        if end == 0 {
            break;
        }
        let word = &rest[..end];
        rest = &rest[end..];
        let hyphen = rest.starts_with(['-', '\u{2010}', '\u{2011}']);
        let more = rest.chars().any(char::is_alphanumeric);
        let article = more && (ALWAYS.contains(&word) || hyphen && BEFORE_HYPHEN.contains(&word));
        if word == "st" || word == "ste" {
            // `St. Kitts` is said, and transliterated, as `Saint Kitts`.
            out.push("saint");
        } else if !article {
            out.push(word);
        }
    }
    out
}

fn sounds_of(words: &[&str]) -> Vec<Sound> {
    let mut out = Vec::new();
    for word in words {
        let letters: Vec<char> = word.chars().collect();
        let mut i = 0;
        if letters.len() >= 5 && letters.starts_with(&['ا', 'ل']) {
            out.push(&["", "Al"] as Sound);
            i = 2;
        }
        while i < letters.len() {
            let (sound, used) = sound_at(&letters, i);
            if sound != SILENT {
                out.push(sound);
            }
            i += used.max(1);
        }
    }
    out
}

fn vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'а' | 'е' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я'
    )
}

/// The sound of the letters at `i` and how many letters it took.
fn sound_at(l: &[char], i: usize) -> (Sound, usize) {
    let at = |k: usize| l.get(i + k).copied().unwrap_or(' ');
    let next = at(1);
    let front = |c: char| matches!(c, 'e' | 'i' | 'y');
    let Some(&here) = l.get(i) else {
        return (SILENT, 1);
    };
    let after_vowel = i
        .checked_sub(1)
        .and_then(|p| l.get(p))
        .is_some_and(|&c| vowel(c));
    match (here, next) {
        // Latin, digraphs first. An English plural (`Azores`, `Faroes`) is a name's own
        // ending elsewhere.
        ('e', 's') if i + 2 == l.len() && i > 0 => (&["Is", ""], 2),
        ('s', 'c') if at(2) == 'h' => (&["s"], 3),
        ('t', 'c') if at(2) == 'h' => (&["s"], 3),
        ('d', 'j') => (&["j"], 2),
        // `Dawson`, `New York`: a vowel and `w` are one vowel.
        ('o', 'w') if !vowel(at(2)) => (&["U"], 2),
        ('a', 'w') if !vowel(at(2)) => (&["U", "A"], 2),
        ('e', 'w') if !vowel(at(2)) => (&["U", "I"], 2),
        // `Bangkok`, `Hong Kong`: other scripts often write the `n` alone.
        ('n', 'g') if !vowel(at(2)) => (&["ng", "n"], 2),
        // `Nairobi`, `Cayman`: read as the `a` or as the `i` other scripts write.
        ('a', 'i' | 'y') => (&["A", "I"], 2),
        ('d', 'g') if front(at(2)) => (&["j"], 2),
        ('d', 'z') if at(2) == 'h' => (&["j"], 3),
        ('s' | 'z', 'h') => (&["s", "j"], 2),
        ('c', 'h') => (&["s", "k"], 2),
        ('k', 'h') => (&["k"], 2),
        ('g', 'h') => (&["g"], 2),
        ('t', 'h') => (&["t", "s"], 2),
        ('d', 'h') => (&["d", "s"], 2),
        ('p', 'h') => (&["f", "b"], 2),
        ('c', 'k') => (&["k"], 2),
        ('t', 'z') => (&["ts"], 2),
        ('q', 'u') => (&["k"], 2),
        // `Guinea`, `Guatemala`: the `u` is not written, or written as the `w` it is said as
        // (`Гвинея`, `Гватемала`).
        ('g', 'u') if matches!(at(2), 'a' | 'e' | 'i') => (&["g", "gf"], 2),
        ('g', 'u') if at(2) == 'y' => (&["g"], 2),
        // `Austria`, `Australia`: Russian writes `ав` (`Австрия`), Arabic the vowel alone.
        ('a', 'u') if !vowel(at(2)) => (&["A", "Af"], 2),
        ('c', n) if front(n) => (&["s"], 1),
        ('g', n) if front(n) => (&["g", "j"], 1),
        ('a', _) => (&["A"], 1),
        ('e' | 'i' | 'y', _) => (&["I"], 1),
        ('o' | 'u', _) => (&["U"], 1),
        ('h', _) => (SILENT, 1),
        ('b' | 'p', _) => (&["b"], 1),
        // After a vowel and before none, `w` is part of the vowel (`Dawson`, `New York`).
        ('w', n) if after_vowel && !vowel(n) => (&["U", "f"], 1),
        ('f' | 'v' | 'w', _) => (&["f"], 1),
        ('c' | 'k' | 'q', _) => (&["k"], 1),
        ('x', _) => (&["ks"], 1),
        ('s' | 'z', _) => (&["s"], 1),
        // English and French `j`, or the `y` of Dutch, German and Slavic writing.
        // Spanish `j` (`San Juan`, `Tijuana`) is written `خ` and `Х`.
        ('j', 'u') if vowel(at(2)) => (&["j", "k"], 1),
        ('j', _) if i > 0 => (&["j", ""], 1),
        ('j', _) => (&["j"], 1),
        ('g', _) => (&["g"], 1),
        ('t', _) => (&["t"], 1),
        ('d', _) => (&["d"], 1),
        ('l', _) => (&["l"], 1),
        ('r', _) => (&["r"], 1),
        ('m', _) => (&["m"], 1),
        ('n', _) => (&["n"], 1),

        // Cyrillic.
        ('д', 'ж') => (&["j"], 2),
        // `Уинамак`, `Уэйк`: Russian writes a `w` as `у`.
        ('у', n) if vowel(n) => (&["U", "f"], 1),
        ('а' | 'я', _) => (&["A"], 1),
        ('е' | 'и' | 'ы' | 'э', _) => (&["I"], 1),
        ('о' | 'у' | 'ю', _) => (&["U"], 1),
        ('ь' | 'ъ' | 'й', _) => (SILENT, 1),
        ('б' | 'п', _) => (&["b"], 1),
        ('в' | 'ф', _) => (&["f"], 1),
        // Russian writes a foreign h as г (Тегеран) or х (Хаддад).
        ('г', _) => (&["g", ""], 1),
        ('х', _) => (&["k", ""], 1),
        ('к', _) => (&["k"], 1),
        ('ж', _) => (&["j", "s"], 1),
        ('ц', _) => (&["ts", "s"], 1),
        ('з' | 'с' | 'ч' | 'ш' | 'щ', _) => (&["s"], 1),
        ('т', _) => (&["t"], 1),
        ('д', _) => (&["d"], 1),
        ('л', _) => (&["l"], 1),
        ('р', _) => (&["r"], 1),
        ('м', _) => (&["m"], 1),
        ('н', _) => (&["n"], 1),

        // Arabic and Persian, as search folds them (one kaf, one yeh, heh for teh marbuta).
        // Alef, yeh, ayn, hamza, heh and hah are long vowels, glides or sounds Latin leaves
        // out; waw is a vowel or a v.
        ('ت', 'ش') => (&["s"], 2),
        ('د', 'ج') => (&["j"], 2),
        ('ا', _) => (&["A"], 1),
        ('ي', _) => (&["I"], 1),
        // A word does not start on a vowel written with waw: `وارسو` is `Varsho`.
        ('و', _) if i == 0 => (&["f"], 1),
        ('و', _) => (&["U", "f"], 1),
        ('ع' | 'ء' | 'ه' | 'ح', _) => (SILENT, 1),
        ('ب' | 'پ', _) => (&["b"], 1),
        ('ف' | 'ڤ', _) => (&["f"], 1),
        ('ت' | 'ط', _) => (&["t"], 1),
        ('ث', _) => (&["s", "t"], 1),
        ('ج', _) => (&["j", "g"], 1),
        ('چ', _) => (&["s"], 1),
        ('خ', _) => (&["k"], 1),
        ('د' | 'ض', _) => (&["d"], 1),
        ('ذ', _) => (&["s", "d"], 1),
        ('ظ', _) => (&["s", "d"], 1),
        ('ر', _) => (&["r"], 1),
        ('ز' | 'س' | 'ش' | 'ص', _) => (&["s"], 1),
        ('ژ', _) => (&["j"], 1),
        ('غ' | 'گ', _) => (&["g"], 1),
        ('ق', _) => (&["k", "g"], 1),
        ('ك', _) => (&["k"], 1),
        ('ل', _) => (&["l"], 1),
        ('م', _) => (&["m"], 1),
        ('ن', _) => (&["n"], 1),

        // Digits and letters of other scripts are kept as they are.
        (c, _) if c.is_alphanumeric() => (other(c), 1),
        _ => (SILENT, 1),
    }
}

/// A letter of no script above: it stands for itself. Only digits are common enough to be
/// worth a table; anything else is left out rather than matched loosely.
fn other(c: char) -> Sound {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    c.to_digit(10)
        .and_then(|d| DIGITS.get(d as usize))
        .map_or(SILENT, std::slice::from_ref)
}

/// One name in Latin script and the same place or person in another, from a test set.
#[derive(Debug, Clone)]
pub struct NamePair {
    /// What the two names name (a time zone, a territory code), for telling right from wrong.
    pub what: String,
    /// The other script's language (`ar`, `fa`, `ru`).
    pub language: String,
    pub latin: String,
    pub name: String,
    /// `transliteration`, or why the two are not one name in two scripts (`translation`,
    /// `different-name`, ...): recall counts only the first.
    pub kind: String,
}

impl NamePair {
    /// The pairs of a test set file (`bench/names/*.tsv`): tab-separated, `#` comments and a
    /// header line.
    pub fn read_all(text: &str) -> Result<Vec<Self>, String> {
        text.lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("zone\t") && !l.is_empty())
            .map(|l| match l.split('\t').collect::<Vec<_>>()[..] {
                [what, language, latin, name, kind] => Ok(Self {
                    what: what.into(),
                    language: language.into(),
                    latin: latin.into(),
                    name: name.into(),
                    kind: kind.into(),
                }),
                _ => Err(format!("a line of five tab-separated fields expected: {l}")),
            })
            .collect()
    }
}

/// How the keys do on a set of pairs: every Latin name is set against every name in the other
/// script.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Measure {
    /// Pairs that write one name in two scripts.
    pub transliterations: usize,
    /// Of those, the ones whose names meet.
    pub found: usize,
    /// Latin and other names that meet, right or wrong.
    pub met: usize,
    /// Of those, the ones that name the same thing.
    pub right: usize,
}

impl Measure {
    pub fn of(pairs: &[&NamePair]) -> Self {
        let mut by_key: std::collections::HashMap<String, Vec<usize>> =
            std::collections::HashMap::new();
        for (j, p) in pairs.iter().enumerate() {
            for k in skeletons(&p.name) {
                by_key.entry(k).or_default().push(j);
            }
        }
        let mut m = Self::default();
        for (i, p) in pairs.iter().enumerate() {
            let mut met: Vec<usize> = skeletons(&p.latin)
                .iter()
                .filter_map(|k| by_key.get(k))
                .flatten()
                .copied()
                .collect();
            met.sort_unstable();
            met.dedup();
            if p.kind == "transliteration" {
                m.transliterations += 1;
                m.found += usize::from(met.contains(&i));
            }
            m.met += met.len();
            m.right += met
                .iter()
                .filter(|&&j| pairs.get(j).is_some_and(|o| o.what == p.what))
                .count();
        }
        m
    }

    /// Two sets' figures as one.
    pub fn and(self, o: Self) -> Self {
        Self {
            transliterations: self.transliterations + o.transliterations,
            found: self.found + o.found,
            met: self.met + o.met,
            right: self.right + o.right,
        }
    }

    pub fn recall(&self) -> f64 {
        self.found as f64 / self.transliterations.max(1) as f64
    }

    pub fn precision(&self) -> f64 {
        self.right as f64 / self.met.max(1) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meet(a: &str, b: &str) -> bool {
        let (a, b) = (skeletons(a), skeletons(b));
        a.iter().any(|k| b.contains(k))
    }

    #[test]
    fn one_name_in_three_scripts_meets_itself() {
        assert!(meet("عمر الحداد", "Omar al-Haddad"));
        assert!(meet("Omar al-Haddad", "Омар аль-Хаддад"));
        assert!(meet("عمر الحداد", "Омар аль-Хаддад"));
        assert!(meet("تهران", "Tehran"));
        assert!(meet("Тегеран", "Tehran"));
        assert!(meet("كركوك", "Kirkuk"));
        assert!(meet("کرکوک", "Киркук"));
        assert!(meet("الموصل", "Mosul"));
        assert!(meet("Абу-Даби", "Abu Dhabi"));
    }

    #[test]
    fn endings_each_script_gives_a_name_are_read_both_ways() {
        assert!(meet("Финляндия", "Finland"));
        assert!(meet("Мальдивы", "Maldives"));
        assert!(meet("Belgium", "Бельгия"));
        assert!(meet("ارمنستان", "Armenia"));
        assert!(meet("Гвинея", "Guinea"));
        assert!(meet("Австрия", "Austria"));
        // The plain reading is kept: `Пакистан` is still Pakistan.
        assert!(meet("پاکستان", "Pakistan"));
    }

    #[test]
    fn different_names_stay_apart() {
        assert!(!meet("Omar al-Haddad", "Omar al-Masri"));
        assert!(!meet("Kirkuk", "Mosul"));
        assert!(!meet("Tehran", "Tabriz"));
        // Too short to tell anything apart.
        assert!(keys("Ali").is_empty());
    }

    #[test]
    fn a_name_has_a_few_keys_at_most() {
        let many = "ووووووووووووو ججججججججج ثثثثثثث قققق";
        assert!(skeletons(many).len() <= MAX_SKELETONS);
        // A short Arabic name of letters that each read two ways, and a very long name.
        assert!(skeletons("ثجقي").len() <= MAX_SKELETONS);
        let long = "chch".repeat(50_000);
        assert!(skeletons(&long).iter().all(|k| k.len() < 4 * MAX_NAME));
        assert!(keys("Kirkuk").iter().all(|k| k.starts_with("translit:")));
    }
}
