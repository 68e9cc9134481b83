//! The words of the web app, from Project Fluent catalogs (`locales/<tag>/liaison.ftl`), one per
//! language the center speaks. Pages never hold words of their own: a template asks its
//! [`Words`] for a message by id, so a member's people read the whole page in their language,
//! plurals and all, and the test `every_catalog_has_every_message` fails on a message missing
//! from any catalog.
//!
//! Which language: the one the user chose, else the member's default, else the first of the
//! browser's `Accept-Language` the center speaks, else English.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::LazyLock;

use askama::filters::{Escaper, Html, Safe};
use axum::http::{HeaderMap, header};
use domain::Actor;
use domain::language::{Direction, Language};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static CATALOGS = {
        locales: "./locales",
        fallback_language: "en",
        // Names people wrote are set apart in the templates (`<bdi>`); Fluent's own isolation
        // marks would also land in attributes and plain-text exports.
        // Numbers are written as each language writes them (`crate::numbers`).
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(crate::numbers::fluent));
        },
    };
}

static IDS: LazyLock<HashMap<Language, LanguageIdentifier>> = LazyLock::new(|| {
    Language::ALL
        .into_iter()
        .filter_map(|l| l.tag().parse().ok().map(|id| (l, id)))
        .collect()
});

/// The domain's refusals the catalogs translate: their English words (as the domain writes them,
/// and as the English catalog holds them under a `refusal-` id) to that id. A refusal is said in
/// the reader's language when the catalogs hold it, else in the domain's English.
static REFUSALS: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| refusal_messages().map(|(id, text)| (text, id)).collect());

/// The English catalog's `refusal-` messages: `(id, English words)`.
fn refusal_messages() -> impl Iterator<Item = (&'static str, &'static str)> {
    include_str!("../locales/en/liaison.ftl")
        .lines()
        .filter(|l| l.starts_with("refusal-"))
        .filter_map(|l| l.split_once(" = "))
}

/// The domain's refusals that name what was typed or found (a name, a status, a count), as
/// the English catalog holds them under a `refusal-` id with `{ $name }` arguments: the words
/// around the arguments, the arguments' names in order, the id.
static VALUED: LazyLock<Vec<Valued>> = LazyLock::new(|| {
    refusal_messages()
        .filter_map(|(id, text)| {
            let mut words = vec![];
            let mut names = vec![];
            let mut rest = text;
            while let Some((before, after)) = rest.split_once("{ $") {
                let (name, after) = after.split_once(" }")?;
                words.push(before);
                names.push(name);
                rest = after;
            }
            words.push(rest);
            (!names.is_empty()).then_some(Valued { words, names, id })
        })
        .collect()
});

/// One refusal with arguments; `words` has one more part than `names`.
struct Valued {
    words: Vec<&'static str>,
    names: Vec<&'static str>,
    id: &'static str,
}

impl Valued {
    /// The arguments' values in `message`, if it is this refusal: each the shortest that lets
    /// the words after it follow, the last running to the final words.
    fn values<'m>(&self, message: &'m str) -> Option<Vec<&'m str>> {
        let (first, rest) = self.words.split_first()?;
        let mut at = message.strip_prefix(first)?;
        let mut values = Vec::with_capacity(self.names.len());
        for (i, words) in rest.iter().enumerate() {
            let value = if i + 1 == rest.len() {
                at.strip_suffix(words)?
            } else {
                // A value is never empty: look for the next words one character on.
                let skip = at.chars().next()?.len_utf8();
                let end = skip + at.get(skip..)?.find(words)?;
                at.get(..end)?
            };
            if value.is_empty() {
                return None;
            }
            at = at.get(value.len() + words.len()..).unwrap_or_default();
            values.push(value);
        }
        Some(values)
    }

    /// How specific it is: a match on more fixed words is the better one.
    fn fixed(&self) -> usize {
        self.words.iter().map(|w| w.len()).sum()
    }
}

/// The words of one language, for one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub language: Language,
    /// How its reader reads dates: calendar and time zone.
    pub reading: crate::dates::Reading,
}

impl Default for Words {
    fn default() -> Self {
        Words::new(Language::En)
    }
}

impl Words {
    pub fn new(language: Language) -> Self {
        Words {
            language,
            reading: crate::dates::Reading {
                language,
                ..crate::dates::Reading::default()
            },
        }
    }

    /// The language a signed-in person reads: their choice, their member's, their browser's;
    /// and the calendar and time zone they chose.
    pub fn for_actor(actor: &Actor, headers: &HeaderMap) -> Self {
        let mut w = Words::new(
            actor
                .user
                .language
                .or(actor.member.language)
                .unwrap_or_else(|| browser_language(headers)),
        );
        w.reading.calendar = actor.user.calendar;
        w.reading.zone = crate::dates::Zone::named(actor.user.time_zone.as_deref());
        w
    }

    /// A moment as this reader reads it (language, calendar, time zone).
    pub fn moment(&self, micros: i64) -> String {
        self.reading.moment(micros)
    }

    /// [`Words::moment`] in a page, the UTC Gregorian time on hover.
    pub fn when(&self, micros: i64) -> Safe<String> {
        let utc = stix::timestamp::taxii_timestamp(micros);
        let plain = format!(
            "{} {} UTC",
            utc.get(..10).unwrap_or(&utc),
            utc.get(11..16).unwrap_or("")
        );
        Safe(format!(
            "<time datetime=\"{}\" title=\"{}\">{}</time>",
            escape(&utc),
            escape(&plain),
            escape(&self.moment(micros))
        ))
    }

    /// The language of someone not signed in: their browser's.
    pub fn for_browser(headers: &HeaderMap) -> Self {
        Words::new(browser_language(headers))
    }

    /// The `lang` attribute.
    pub fn lang(&self) -> &'static str {
        self.language.tag()
    }

    /// A refusal of the domain's (its English message) in the reader's language, when the
    /// catalogs translate it; otherwise as the domain wrote it.
    pub fn refusal(&self, message: &str) -> String {
        // The domain's own words are the English catalog's.
        if self.language == Language::En {
            return message.to_string();
        }
        if let Some(id) = REFUSALS.get(message) {
            return self.t(id);
        }
        // A refusal that names what was typed or found (a name, a zone, a status): the
        // catalog's sentence around it. A status or a kind of thing is said in the reader's
        // words; a count (`seconds`, `asked`, `limit`) is a number the catalog may choose a
        // plural by; anything else is kept as written and, in a right-to-left page, set apart.
        // Several refusals of one field joined by "; " (one per line typed): each said on its
        // own, when every one of them is known (a sentence with "; " of its own is not split,
        // as its second half is no refusal).
        let parts: Vec<&str> = message.split("; ").collect();
        if parts.len() > 1 {
            let said: Vec<String> = parts.iter().map(|p| self.refusal(p)).collect();
            if said.iter().zip(&parts).all(|(s, p)| s != p) {
                return said.join(&self.t("refusal-separator"));
            }
        }
        let Some((valued, values)) = VALUED
            .iter()
            .filter_map(|v| v.values(message).map(|values| (v, values)))
            .max_by_key(|(v, _)| v.fixed())
        else {
            return message.to_string();
        };
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = valued
            .names
            .iter()
            .zip(values)
            .map(|(name, value)| {
                let said: FluentValue<'static> = match *name {
                    "member_status" => self.word("member-status", value).into(),
                    "rfi_status" => self.word("rfi-status", value).into(),
                    "release_status" => self.word("release-status", value).into(),
                    "action_status" => self.word("action-status", value).into(),
                    "kind" => self.word("kind", value).into(),
                    "what" => self.word("name-kind", &value.replace(' ', "-")).into(),
                    "thing" => self.word("thing", &value.replace(' ', "-")).into(),
                    // Counts, which the catalog chooses a plural by; what was typed stays
                    // as typed ('007' is not 7).
                    // A line's refusal, said in the reader's words in its turn.
                    "why" => self.refusal(value).into(),
                    "field" => self.word("input-field", value).into(),
                    "seconds" | "asked" | "limit" | "line" => match value.parse::<i64>() {
                        Ok(n) => n.into(),
                        Err(_) => value.to_string().into(),
                    },
                    _ => match self.language.direction() {
                        Direction::RightToLeft => format!("\u{2068}{value}\u{2069}").into(),
                        Direction::LeftToRight => value.to_string().into(),
                    },
                };
                (Cow::Borrowed(*name), said)
            })
            .collect();
        self.lookup(valued.id, Some(&args))
    }

    /// A count as the reader's language writes it (`12,345`, `۱۲٬۳۴۵`, `12 345`).
    pub fn number(&self, n: impl std::fmt::Display) -> String {
        let plain = n.to_string();
        crate::numbers::format(self.lang(), &plain).unwrap_or(plain)
    }

    /// The `dir` attribute.
    pub fn dir(&self) -> &'static str {
        match self.language.direction() {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }

    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.lookup(id, None)
    }

    /// A message with one argument (a count, a name).
    pub fn t1<V: Into<FluentValue<'static>>>(
        &self,
        id: &str,
        name: &'static str,
        value: V,
    ) -> String {
        let args = HashMap::from([(Cow::Borrowed(name), value.into())]);
        self.lookup(id, Some(&args))
    }

    /// A message with two arguments.
    pub fn t2<A, B>(
        &self,
        id: &str,
        a: &'static str,
        a_value: A,
        b: &'static str,
        b_value: B,
    ) -> String
    where
        A: Into<FluentValue<'static>>,
        B: Into<FluentValue<'static>>,
    {
        let args = HashMap::from([
            (Cow::Borrowed(a), a_value.into()),
            (Cow::Borrowed(b), b_value.into()),
        ]);
        self.lookup(id, Some(&args))
    }

    /// A message as HTML, each argument (a name people wrote, an address, an id) escaped and
    /// set apart in `<bdi>`, so that a Latin name keeps its place in an Arabic sentence and the
    /// reverse. The catalogs' own words are escaped too, and the result is marked safe for
    /// the templates by its type, so no template needs `|safe` for it.
    pub fn bdi1(
        &self,
        id: &str,
        name: &'static str,
        value: impl std::fmt::Display,
    ) -> Safe<String> {
        self.isolated(id, &[(name, value.to_string())])
    }

    /// [`Words::bdi1`] with two arguments.
    pub fn bdi2(
        &self,
        id: &str,
        a: &'static str,
        a_value: impl std::fmt::Display,
        b: &'static str,
        b_value: impl std::fmt::Display,
    ) -> Safe<String> {
        self.isolated(id, &[(a, a_value.to_string()), (b, b_value.to_string())])
    }

    /// [`Words::bdi1`] with three arguments.
    #[allow(clippy::too_many_arguments)]
    pub fn bdi3(
        &self,
        id: &str,
        a: &'static str,
        a_value: impl std::fmt::Display,
        b: &'static str,
        b_value: impl std::fmt::Display,
        c: &'static str,
        c_value: impl std::fmt::Display,
    ) -> Safe<String> {
        self.isolated(
            id,
            &[
                (a, a_value.to_string()),
                (b, b_value.to_string()),
                (c, c_value.to_string()),
            ],
        )
    }

    /// A message as HTML whose arguments are of several sorts: names set apart as by
    /// [`Words::bdi1`], counts the catalog chooses a plural by, and HTML already made safe
    /// (a link to a named object).
    pub fn html(&self, id: &str, args: &[(&'static str, Part)]) -> Safe<String> {
        let mark = |i: usize| format!("\u{E000}{i}\u{E001}");
        let values: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .enumerate()
            .map(|(i, (name, part))| {
                let v = match part {
                    Part::Count(n) => FluentValue::from(*n),
                    Part::Name(_) | Part::Html(_) => FluentValue::from(mark(i)),
                };
                (Cow::Borrowed(*name), v)
            })
            .collect();
        let mut out = escape(&self.lookup(id, Some(&values)));
        for (i, (_, part)) in args.iter().enumerate() {
            match part {
                Part::Count(_) => {}
                Part::Name(n) => out = out.replace(&mark(i), &format!("<bdi>{}</bdi>", escape(n))),
                Part::Html(h) => out = out.replace(&mark(i), &format!("<bdi>{}</bdi>", h.0)),
            }
        }
        Safe(out)
    }

    fn isolated(&self, id: &str, args: &[(&'static str, String)]) -> Safe<String> {
        let parts: Vec<(&'static str, Part)> = args
            .iter()
            .map(|(name, value)| (*name, Part::Name(value.clone())))
            .collect();
        self.html(id, &parts)
    }

    /// A fixed word of the domain (a role, a priority, a status) as the message
    /// `<kind>-<code>` says it; the code itself if no catalog has it.
    pub fn word(&self, kind: &str, code: &str) -> String {
        self.find(&format!("{kind}-{code}"), None)
            .unwrap_or_else(|| code.to_string())
    }

    /// A vocabulary's code in the reader's words, if the catalogs hold it (`vocab-<code>`, or
    /// `kind-<code>` for the STIX types a report says it is about).
    pub fn vocabulary(&self, code: &str) -> Option<String> {
        self.find(&format!("vocab-{code}"), None)
            .or_else(|| self.find(&format!("kind-{code}"), None))
    }

    /// What an HTTP status means, as the error page's heading says it.
    pub fn status(&self, status: impl std::borrow::Borrow<u16>) -> String {
        self.find(&format!("status-{}", status.borrow()), None)
            .unwrap_or_else(|| self.t("status-other"))
    }

    /// A message, or its id if no catalog has it (a page then shows which is missing).
    fn lookup(
        &self,
        id: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> String {
        self.find(id, args).unwrap_or_else(|| id.to_string())
    }

    fn find(
        &self,
        id: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> Option<String> {
        CATALOGS.try_lookup_complete(IDS.get(&self.language)?, id, args)
    }
}

/// Text as HTML, as the templates escape it.
/// An argument of [`Words::html`].
pub enum Part {
    /// Something people wrote: escaped and isolated.
    Name(String),
    /// A number the catalog may choose a plural form by.
    Count(i64),
    /// HTML made safe by whoever built it (links made by [`link`]).
    Html(Safe<String>),
}

/// A link to a page, its text escaped and isolated, as a message argument or on its own.
pub fn link(href: &str, text: &str) -> Safe<String> {
    Safe(format!(
        "<a href=\"{}\" dir=\"auto\">{}</a>",
        escape(href),
        escape(text)
    ))
}

pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing into a String does not fail.
    let _ = Html.write_escaped_str(&mut out, text);
    out
}

tokio::task_local! {
    /// The language of the request being answered, for what is written without a session at
    /// hand (the error page, the framework's refusals): the browser's, then the user's once
    /// the session is known.
    static CURRENT: Cell<Words>;
}

/// Answers a web request in `words` (its browser's language) until a session says otherwise
/// ([`remember`]); `shape::conform` runs every web request within it.
pub async fn within<F: std::future::Future>(words: Words, f: F) -> F::Output {
    CURRENT.scope(Cell::new(words), f).await
}

/// The language of the request being answered (English outside a web request).
pub fn current() -> Words {
    CURRENT.try_with(Cell::get).unwrap_or_default()
}

/// The session's language, from now on in this request.
pub fn remember(words: Words) {
    let _ = CURRENT.try_with(|c| c.set(words));
}

/// The first of the browser's languages, most wanted first (by weight, RFC 9110; a weight of
/// 0 says "not this one"), that the center speaks.
fn browser_language(headers: &HeaderMap) -> Language {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|accept| {
            accept_language::parse_with_quality(accept)
                .into_iter()
                .filter(|(_, q)| *q > 0.0)
                .find_map(|(tag, _)| Language::from_tag(&tag))
        })
        .unwrap_or(Language::En)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

    use std::collections::BTreeSet;
    use std::path::Path;

    use fluent_templates::fluent_bundle::FluentResource;

    use super::*;

    #[test]
    fn numbers_in_messages_and_pages_are_the_readers() {
        let fa = Words::new(Language::Fa);
        assert_eq!(fa.t1("stat-hours", "n", 3.5), "۳٫۵ ساعت");
        assert_eq!(fa.number(12345), "۱۲٬۳۴۵");
        let fr = Words::new(Language::Fr);
        assert_eq!(fr.t1("stat-hours", "n", 3.5), "3,5 h");
        assert_eq!(Words::new(Language::En).number(12345_u64), "12,345");
    }

    /// Every refusal the domain words as a fixed sentence (`refused.check(…, "field", "code",
    /// "sentence")`, `Error::field("field", "code", "sentence")`) is in the English catalog word
    /// for word, so that every catalog translates it and a changed sentence is noticed here.
    #[test]
    fn the_domains_fixed_refusals_are_in_the_catalogs() {
        let domain = Path::new(env!("CARGO_MANIFEST_DIR")).join("../domain/src");
        let mut sentences = BTreeSet::new();
        let mut dirs = vec![domain];
        while let Some(dir) = dirs.pop() {
            for e in std::fs::read_dir(dir).unwrap() {
                let path = e.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|x| x == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let code = text.split("#[cfg(test)]").next().unwrap_or("");
                    sentences.extend(fixed_refusals(code));
                }
            }
        }
        assert!(sentences.len() >= 50, "{sentences:?}");
        let missing: Vec<&String> = sentences
            .iter()
            .filter(|s| !REFUSALS.contains_key(s.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "not in locales/en/liaison.ftl as refusal-…: {missing:#?}"
        );
        let ar = Words::new(Language::Ar);
        assert_eq!(
            ar.refusal("the deadline must be in the future"),
            ar.t("refusal-deadline-not-in-future")
        );
        assert_eq!(ar.refusal("'x' is no tag"), "'x' is no tag");
        // A refusal naming what was typed: the sentence is translated, the value kept and,
        // in a right-to-left page, set apart.
        assert_eq!(
            ar.refusal("no member is named 'Zulu Bureau'"),
            "لا توجد جهة عضو باسم '\u{2068}Zulu Bureau\u{2069}'"
        );
        let fr = Words::new(Language::Fr);
        assert_eq!(
            fr.refusal("no member is named 'zulu'; the member list gives the names"),
            "aucun membre ne s'appelle 'zulu' ; la liste des membres donne les noms"
        );
        assert_eq!(
            Words::new(Language::En).refusal("no member is named 'zulu'"),
            "no member is named 'zulu'"
        );
        let ru = Words::new(Language::Ru).refusal("your member's operations took 9990 selectors and events in the last hour, and this center allows 10000 an hour (so that nobody learns what others pursue by trying values); register these 20 later, or have the center's operators import the list (liaison operation import)");
        assert!(
            ru.starts_with("за последний час операции") && ru.contains("допускает не более 10"),
            "{ru}"
        );
        // The sentences whose numbers are the domain's constants are held as they read.
        for (message, id) in [
            (
                domain::auth::check_password("short", &[]),
                "refusal-password-too-short",
            ),
            (
                domain::auth::check_password(&"x".repeat(300), &[]),
                "refusal-password-too-long",
            ),
        ] {
            let Err(domain::Error::Invalid(i)) = message else {
                panic!("refused")
            };
            assert_eq!(REFUSALS.get(i.message.as_str()), Some(&id));
        }
        // Refusals naming several things: the status in the reader's words, counts as numbers
        // the catalog chooses a plural by, names kept as typed.
        let fr = Words::new(Language::Fr);
        assert_eq!(
            fr.refusal("'delta' is applicant and cannot be asked"),
            "'delta' ne peut pas être sollicité : son statut est « candidat »"
        );
        assert_eq!(
            fr.refusal("only a member can be a founding member; 'echo' is suspended"),
            "seul un membre peut être membre fondateur ; le statut de 'echo' est « suspendu »"
        );
        assert_eq!(
            fr.refusal("'Bad Name' is not a valid sharing group name: use 2-64 characters of a-z, 0-9, '-', '_' and '.'"),
            "'Bad Name' n'est pas un nom valide de groupe de partage : utilisez 2 à 64 caractères parmi a-z, 0-9, « - », « _ » et « . »"
        );
        let ru = Words::new(Language::Ru);
        assert_eq!(
            ru.refusal("your member has asked 22 hit/no-hit questions in the last hour, the most this center allows (22); try again later"),
            "за последний час ваша организация задала 22 вопроса о наличии сведений — максимум, разрешённый центром (22); повторите позже"
        );
        let ar = Words::new(Language::Ar);
        assert_eq!(
            ar.refusal("too many failed attempts from here or for this account; try again in 2 s"),
            "محاولات فاشلة كثيرة من هذا الموقع أو لهذا الحساب؛ حاول مجددًا بعد ثانيتين"
        );
        assert_eq!(
            ar.refusal("identity--1 is already an identity of member 'bravo'"),
            "\u{2068}identity--1\u{2069} هي أصلًا هوية للجهة العضو '\u{2068}bravo\u{2069}'"
        );
        // One refusal a line typed, each said in the reader's words; a 404's detail too.
        assert_eq!(
            fr.refusal("'999.1.1.1' is not an IPv4 address: each of its four numbers is 0 to 255; 'x' is not an IP address, domain, URL, e-mail address or MD5/SHA-1/SHA-256/SHA-512 hash"),
            "'999.1.1.1' n'est pas une adresse IPv4 : chacun de ses quatre nombres va de 0 à 255 ; 'x' n'est ni une adresse IP, ni un domaine, ni une URL, ni une adresse électronique, ni une empreinte MD5/SHA-1/SHA-256/SHA-512"
        );
        assert_eq!(
            ru.refusal("release request not found, or not visible to you"),
            "Не найдено или недоступно вам: запрос на предоставление"
        );
        // What only looks like one is left as the domain wrote it.
        assert_eq!(
            ar.refusal("this RFI is open; nothing else"),
            "this RFI is open; nothing else"
        );
    }

    /// A list refused line by line (selectors of an operation): each line's refusal, its
    /// field and its number said in the reader's words.
    #[test]
    fn refused_lines_are_said_line_by_line() {
        let refused = domain::operations::model::normalise(
            domain::operations::model::SelectorKind::Phone,
            "020 7946 0123",
        )
        .unwrap_err();
        let message = format!(
            "line 1, value: {refused}; nothing of this list was registered: correct these lines and send it again"
        );
        assert_eq!(
            Words::new(Language::Fr).refusal(&message),
            "ligne 1, valeur : '020 7946 0123' n'est pas sous forme internationale : écrivez-le avec son indicatif de pays, comme +44 20 7946 0958 ; rien de cette liste n'a été enregistré : corrigez ces lignes et renvoyez-la"
        );
        let ar = Words::new(Language::Ar).refusal(&message);
        assert!(
            ar.starts_with("السطر ١،") || ar.starts_with("السطر 1،"),
            "{ar}"
        );
    }

    /// The fixed sentences of the refusals in one source file: the last argument of a `check(`
    /// or `Error::field(` call whose last three arguments are string literals.
    fn fixed_refusals(code: &str) -> Vec<String> {
        let mut out = Vec::new();
        for call in ["check(", "Error::field("] {
            for (at, _) in code.match_indices(call) {
                let args = arguments(&code[at + call.len()..]);
                let literal = |a: &String| {
                    let a = a.trim();
                    (a.len() >= 2 && a.starts_with('"') && a.ends_with('"'))
                        .then(|| a[1..a.len() - 1].replace("\\'", "'"))
                };
                if let [.., a, b, c] = args.as_slice()
                    && literal(a).is_some()
                    && literal(b).is_some()
                    && let Some(sentence) = literal(c)
                {
                    out.push(sentence);
                }
            }
        }
        out
    }

    /// The arguments of a call, from just after its `(` to its matching `)`, split at the
    /// commas between them (not those in strings or nested calls); an empty last one (a
    /// trailing comma) is left out.
    fn arguments(rest: &str) -> Vec<String> {
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        let (mut args, mut current) = (Vec::new(), String::new());
        for ch in rest.chars() {
            if in_string {
                current.push(ch);
                match (escaped, ch) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match ch {
                '"' => {
                    in_string = true;
                    current.push(ch);
                }
                '(' | '[' | '{' => {
                    depth += 1;
                    current.push(ch);
                }
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => {
                    depth -= 1;
                    current.push(ch);
                }
                ',' if depth == 0 => args.push(std::mem::take(&mut current)),
                _ => current.push(ch),
            }
        }
        if !current.trim().is_empty() {
            args.push(current);
        }
        args
    }

    fn ids(tag: &str) -> BTreeSet<String> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(tag)
            .join("liaison.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        let resource =
            FluentResource::try_new(text).unwrap_or_else(|(_, errors)| panic!("{tag}: {errors:?}"));
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_catalog_has_every_message() {
        let english = ids("en");
        assert!(english.len() > 10);
        for l in Language::ALL {
            let these = ids(l.tag());
            let missing: Vec<_> = english.difference(&these).collect();
            let extra: Vec<_> = these.difference(&english).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", l.tag());
            assert!(extra.is_empty(), "{} has no English for {extra:?}", l.tag());
        }
    }

    /// Every message a template or a page asks for is in the catalogs (a misspelt id would show
    /// the id itself).
    #[test]
    fn every_message_asked_for_exists() {
        let english = ids("en");
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut asked = BTreeSet::new();
        let mut stack = vec![root.join("templates"), root.join("src")];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                    continue;
                }
                let text = std::fs::read_to_string(&p).unwrap_or_default();
                // `.t("id"`, also when rustfmt put the id on the next line.
                for call in [
                    ".t(", ".t1(", ".t2(", ".bdi1(", ".bdi2(", ".bdi3(", ".html(",
                ] {
                    for part in text.split(call).skip(1) {
                        if let Some(rest) = part.trim_start().strip_prefix('"')
                            && let Some(id) = rest.split('"').next()
                            && !id.is_empty()
                            && id
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        {
                            asked.insert(id.to_string());
                        }
                    }
                }
            }
        }
        asked.remove("id");
        let unknown: Vec<_> = asked.difference(&english).collect();
        assert!(
            unknown.is_empty(),
            "asked for but not in the catalogs: {unknown:?}"
        );
    }

    #[test]
    fn the_browser_language_is_the_first_the_center_speaks() {
        let mut h = HeaderMap::new();
        assert_eq!(browser_language(&h), Language::En);
        h.insert(
            header::ACCEPT_LANGUAGE,
            "de-DE, fa-IR;q=0.9, en;q=0.5".parse().unwrap(),
        );
        assert_eq!(browser_language(&h), Language::Fa);
        // Weights decide, not the order they are written in; 0 means "not this one".
        h.insert(
            header::ACCEPT_LANGUAGE,
            "fr;q=0.1, ru;q=0.9, en;q=0.5".parse().unwrap(),
        );
        assert_eq!(browser_language(&h), Language::Ru);
        h.insert(header::ACCEPT_LANGUAGE, "fa;q=0, ar".parse().unwrap());
        assert_eq!(browser_language(&h), Language::Ar);
        h.insert(header::ACCEPT_LANGUAGE, "fa;q=x, *, fr-CA".parse().unwrap());
        assert_eq!(browser_language(&h), Language::Fr);
        h.insert(
            header::ACCEPT_LANGUAGE,
            "de-DE, fa-IR;q=0.9, en;q=0.5".parse().unwrap(),
        );
        let w = Words::for_browser(&h);
        assert_eq!((w.lang(), w.dir()), ("fa", "rtl"));
        assert_eq!(Words::new(Language::Ru).dir(), "ltr");
    }

    /// A time in a page keeps the UTC Gregorian time on hover, whatever the reader's calendar.
    #[test]
    fn a_time_keeps_utc_on_hover() {
        let mut w = Words::new(Language::Fa);
        w.reading.calendar = Some(domain::language::Calendar::Persian);
        // 2026-03-21 09:30 UTC: Nowruz.
        let when = w.when(1_774_085_400_000_000);
        assert!(
            when.0.contains("title=\"2026-03-21 09:30 UTC\""),
            "{}",
            when.0
        );
    }

    /// Every value of the domain's fixed words that pages show has its message.
    #[test]
    fn every_fixed_word_is_in_the_catalogs() {
        let english = ids("en");
        let mut words: Vec<String> = domain::language::Calendar::ALL
            .iter()
            .map(|c| format!("calendar-{}", c.as_str()))
            .collect();
        words.extend(
            domain::rfis::Priority::ALL
                .iter()
                .map(|p| format!("rfi-priority-{}", p.as_str())),
        );
        words.extend(
            domain::rfis::RfiStatus::ALL
                .iter()
                .map(|s| format!("rfi-status-{}", s.as_str())),
        );
        words.extend(
            domain::votes::Choice::ALL
                .iter()
                .map(|c| format!("vote-choice-{}", c.as_str())),
        );
        words.extend(
            domain::votes::Outcome::ALL
                .iter()
                .map(|o| format!("vote-outcome-{}", o.as_str())),
        );
        words.push("vote-outcome-open".into());
        words.extend(
            domain::tracked::OutcomeKind::ALL
                .iter()
                .map(|k| format!("outcome-kind-{}", k.as_str())),
        );
        words.extend(
            domain::tracked::GroupState::ALL
                .iter()
                .map(|s| format!("group-state-{}", s.as_str())),
        );
        words.extend(
            domain::meetings::ActionStatus::ALL
                .iter()
                .map(|s| format!("action-status-{}", s.as_str())),
        );
        for status in ["pending", "approved", "refused"] {
            let known = domain::exchange::RequestStatus::parse(status).map(|s| s.as_str());
            assert_eq!(
                known,
                Some(status),
                "a release request status the domain no longer has"
            );
            words.push(format!("release-status-{status}"));
        }
        // Every kind of STIX object a page names, what lists show and what they tell apart.
        words.extend(
            domain::kinds::READ_AS_INTELLIGENCE
                .iter()
                .chain(&[
                    "relationship",
                    "sighting",
                    "identity",
                    "marking-definition",
                    "language-content",
                    "extension-definition",
                ])
                .map(|t| format!("kind-{t}")),
        );
        words.extend(
            domain::meetings::MeetingKind::ALL
                .iter()
                .map(|k| format!("meeting-kind-{}", k.as_str())),
        );
        for status in ["applicant", "member", "observer", "suspended", "withdrawn"] {
            let known = domain::MemberStatus::parse(status).map(|m| m.as_str());
            assert_eq!(
                known,
                Some(status),
                "a member status the domain no longer has"
            );
            words.push(format!("member-status-{status}"));
        }
        words.extend(
            domain::Role::ALL
                .iter()
                .map(|r| format!("role-{}", r.as_str())),
        );
        for scope in ["read", "write"] {
            let known = domain::Scope::parse(scope).map(|s| s.as_str());
            assert_eq!(known, Some(scope), "a token scope the domain no longer has");
            words.push(format!("token-scope-{scope}"));
        }
        for auth in ["none", "basic", "bearer", "certificate"] {
            let known = domain::feeds::model::FeedAuth::parse(auth).map(|a| a.as_str());
            assert_eq!(
                known,
                Some(auth),
                "a feed authentication the domain no longer has"
            );
            words.push(format!("feed-auth-{auth}"));
        }
        let missing: Vec<_> = words.iter().filter(|w| !english.contains(*w)).collect();
        assert!(missing.is_empty(), "{missing:?}");
        assert_eq!(
            Words::new(Language::Fr).word("rfi-priority", "made-up"),
            "made-up"
        );
    }

    #[test]
    fn names_in_a_message_are_escaped_and_set_apart() {
        let en = Words::new(Language::En);
        assert_eq!(
            en.bdi1("sign-in-heading", "center", "<Centre & co>").0,
            "Sign in to <bdi>&#60;Centre &#38; co&#62;</bdi>"
        );
        let fa = Words::new(Language::Fa);
        assert!(
            fa.bdi1("sign-in-heading", "center", "Hague")
                .0
                .contains("<bdi>Hague</bdi>")
        );
    }

    #[test]
    fn plurals_follow_each_language() {
        // Russian has one, few and many; Arabic six forms.
        let ru = Words::new(Language::Ru);
        assert_ne!(
            ru.t1("count-objects", "count", 2),
            ru.t1("count-objects", "count", 5)
        );
        let ar = Words::new(Language::Ar);
        assert_ne!(
            ar.t1("count-objects", "count", 2),
            ar.t1("count-objects", "count", 11)
        );
        assert_eq!(
            Words::new(Language::En).t1("count-objects", "count", 1),
            "1 object"
        );
    }
}
