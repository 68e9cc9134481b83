//! The STIX 2.1 patterning language (STIX 2.1 section 9).
//!
//! A hand-written lexer and recursive-descent parser: no dependency, and every syntax error names
//! the byte position where it was found, so an analyst can fix the pattern.

use std::fmt;

/// A syntax error in a pattern, with the 0-based byte offset where it was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("pattern syntax error at position {position}: {message}")]
pub struct PatternError {
    pub position: usize,
    pub message: String,
}

/// A literal value in a comparison.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    String(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Binary(String),
    Hex(String),
    Timestamp(String),
}

/// The comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    Eq,
    Neq,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    Like,
    Matches,
    IsSubset,
    IsSuperset,
}

/// One step of an object path after the first property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathStep {
    Property(String),
    Index(i64),
    Any,
}

/// `object-type:property.sub[0]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectPath {
    pub object_type: String,
    pub property: String,
    pub steps: Vec<PathStep>,
}

impl fmt::Display for ObjectPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.object_type, self.property)?;
        for s in &self.steps {
            match s {
                PathStep::Property(p) => write!(f, ".{p}")?,
                PathStep::Index(i) => write!(f, "[{i}]")?,
                PathStep::Any => f.write_str("[*]")?,
            }
        }
        Ok(())
    }
}

/// A comparison expression inside `[...]`.
#[derive(Debug, Clone, PartialEq)]
pub enum Comparison {
    Test {
        path: ObjectPath,
        negated: bool,
        op: Operator,
        /// One value, or several for `IN`.
        values: Vec<Literal>,
    },
    Exists(ObjectPath),
    And(Box<Comparison>, Box<Comparison>),
    Or(Box<Comparison>, Box<Comparison>),
}

/// A qualifier on an observation expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Qualifier {
    Within(f64),
    Repeats(i64),
    StartStop(String, String),
}

/// An observation expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Observation {
    Single(Comparison),
    And(Box<Observation>, Box<Observation>),
    Or(Box<Observation>, Box<Observation>),
    FollowedBy(Box<Observation>, Box<Observation>),
    Qualified(Box<Observation>, Qualifier),
}

/// A parsed pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub root: Observation,
}

impl Pattern {
    /// Every equality test (`=`, and each member of `IN`) that is not negated: the values a
    /// correlation engine can key on.
    pub fn equalities(&self) -> Vec<(&ObjectPath, &Literal)> {
        fn cmp<'a>(c: &'a Comparison, out: &mut Vec<(&'a ObjectPath, &'a Literal)>) {
            match c {
                Comparison::Test {
                    path,
                    negated: false,
                    op: Operator::Eq | Operator::In,
                    values,
                } => out.extend(values.iter().map(|v| (path, v))),
                Comparison::And(a, b) | Comparison::Or(a, b) => {
                    cmp(a, out);
                    cmp(b, out);
                }
                _ => {}
            }
        }
        fn obs<'a>(o: &'a Observation, out: &mut Vec<(&'a ObjectPath, &'a Literal)>) {
            match o {
                Observation::Single(c) => cmp(c, out),
                Observation::And(a, b) | Observation::Or(a, b) | Observation::FollowedBy(a, b) => {
                    obs(a, out);
                    obs(b, out);
                }
                Observation::Qualified(a, _) => obs(a, out),
            }
        }
        let mut out = Vec::new();
        obs(&self.root, &mut out);
        out
    }
}

/// Hash algorithms whose values have a fixed hex form.
const HASH_LENGTHS: &[(&str, usize)] = &[
    ("MD5", 32),
    ("SHA-1", 40),
    ("SHA-224", 56),
    ("SHA-256", 64),
    ("SHA-384", 96),
    ("SHA-512", 128),
    ("SHA3-224", 56),
    ("SHA3-256", 64),
    ("SHA3-384", 96),
    ("SHA3-512", 128),
];

/// Checks that values compared with a known hash (`...hashes.'SHA-256' = '...'`) have that
/// hash's form, as the OASIS pattern validator does.
pub fn check_hashes(p: &Pattern) -> Result<(), String> {
    for (path, lit) in p.equalities() {
        let names = std::iter::once(path.property.as_str()).chain(path.steps.iter().filter_map(
            |s| match s {
                PathStep::Property(p) => Some(p.as_str()),
                _ => None,
            },
        ));
        let mut prev_is_hashes = false;
        let mut algo = None;
        for n in names {
            if prev_is_hashes {
                algo = Some(n);
            }
            prev_is_hashes = n == "hashes";
        }
        let (Some(algo), Literal::String(v)) = (algo, lit) else {
            continue;
        };
        let canon = algo.to_ascii_uppercase().replace('_', "-");
        let canon = match canon.as_str() {
            "SHA1" => "SHA-1".to_string(),
            "SHA256" => "SHA-256".to_string(),
            "SHA512" => "SHA-512".to_string(),
            _ => canon,
        };
        if let Some((name, len)) = HASH_LENGTHS.iter().find(|(n, _)| *n == canon)
            && (v.len() != *len || !v.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return Err(format!(
                "'{v}' is not a valid {name} hash ({len} hexadecimal digits) in {path}"
            ));
        }
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Int(i64),
    Float(f64),
    Bin(String),
    Hex(String),
    Ts(String),
    LBracket,
    RBracket,
    LParen,
    RParen,
    Colon,
    Dot,
    Comma,
    Star,
    Op(Operator),
    End,
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::Ident(s) => format!("'{s}'"),
        Tok::Str(_) => "a string".into(),
        Tok::Int(i) => format!("the number {i}"),
        Tok::Float(f) => format!("the number {f}"),
        Tok::Bin(_) => "a binary literal".into(),
        Tok::Hex(_) => "a hex literal".into(),
        Tok::Ts(_) => "a timestamp literal".into(),
        Tok::LBracket => "'['".into(),
        Tok::RBracket => "']'".into(),
        Tok::LParen => "'('".into(),
        Tok::RParen => "')'".into(),
        Tok::Colon => "':'".into(),
        Tok::Dot => "'.'".into(),
        Tok::Comma => "','".into(),
        Tok::Star => "'*'".into(),
        Tok::Op(_) => "a comparison operator".into(),
        Tok::End => "the end of the pattern".into(),
    }
}

fn lex(src: &str) -> Result<Vec<(Tok, usize)>, PatternError> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let err = |position: usize, message: String| PatternError { position, message };
    while i < b.len() {
        let c = b.get(i).copied().unwrap_or(0);
        let start = i;
        match c {
            b' ' | b'\t' | b'\r' | b'\n' => {
                i += 1;
                continue;
            }
            b'[' => out.push((Tok::LBracket, start)),
            b']' => out.push((Tok::RBracket, start)),
            b'(' => out.push((Tok::LParen, start)),
            b')' => out.push((Tok::RParen, start)),
            b':' => out.push((Tok::Colon, start)),
            b',' => out.push((Tok::Comma, start)),
            b'*' => out.push((Tok::Star, start)),
            b'=' => out.push((Tok::Op(Operator::Eq), start)),
            b'!' | b'<' | b'>' => {
                let next = b.get(i + 1).copied();
                let (op, len) = match (c, next) {
                    (b'!', Some(b'=')) => (Operator::Neq, 2),
                    (b'<', Some(b'=')) => (Operator::Le, 2),
                    (b'>', Some(b'=')) => (Operator::Ge, 2),
                    (b'<', Some(b'>')) => (Operator::Neq, 2),
                    (b'<', _) => (Operator::Lt, 1),
                    (b'>', _) => (Operator::Gt, 1),
                    _ => return Err(err(start, "'!' must be followed by '='".into())),
                };
                out.push((Tok::Op(op), start));
                i += len;
                continue;
            }
            b'\'' => {
                let (s, end) = string_body(src, i + 1)?;
                out.push((Tok::Str(s), start));
                i = end;
                continue;
            }
            b'.' if b.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                let (t, end) = number(src, i)?;
                out.push((t, start));
                i = end;
                continue;
            }
            b'.' => out.push((Tok::Dot, start)),
            b'-' | b'+' | b'0'..=b'9' => {
                let (t, end) = number(src, i)?;
                out.push((t, start));
                i = end;
                continue;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                // Typed literals: t'..', b'..', h'..'.
                if matches!(c, b't' | b'b' | b'h') && b.get(i + 1) == Some(&b'\'') {
                    let (s, end) = string_body(src, i + 2)?;
                    let tok = match c {
                        b't' => {
                            crate::Timestamp::parse(&s).map_err(|e| {
                                err(start, format!("invalid timestamp literal: {}", e.reason))
                            })?;
                            Tok::Ts(s)
                        }
                        b'b' => {
                            let ok = !s.is_empty()
                                && s.len() % 4 == 0
                                && s.bytes().all(|b| {
                                    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')
                                });
                            if !ok {
                                return Err(err(start, "invalid base64 binary literal".into()));
                            }
                            Tok::Bin(s)
                        }
                        _ => {
                            if s.len() % 2 != 0 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
                                return Err(err(
                                    start,
                                    "a hex literal needs an even number of hex digits".into(),
                                ));
                            }
                            Tok::Hex(s)
                        }
                    };
                    out.push((tok, start));
                    i = end;
                    continue;
                }
                let mut j = i;
                while b
                    .get(j)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-')
                {
                    j += 1;
                }
                let word = src.get(i..j).unwrap_or_default().to_string();
                let op = match word.to_ascii_uppercase().as_str() {
                    "LIKE" => Some(Operator::Like),
                    "MATCHES" => Some(Operator::Matches),
                    "ISSUBSET" => Some(Operator::IsSubset),
                    "ISSUPERSET" => Some(Operator::IsSuperset),
                    "IN" => Some(Operator::In),
                    _ => None,
                };
                out.push((op.map_or(Tok::Ident(word), Tok::Op), start));
                i = j;
                continue;
            }
            _ => {
                let ch = src.get(i..).and_then(|s| s.chars().next()).unwrap_or('?');
                return Err(err(start, format!("unexpected character '{ch}'")));
            }
        }
        i += 1;
    }
    out.push((Tok::End, b.len()));
    Ok(out)
}

/// Reads a quoted string body starting after the opening quote; returns it and the index after
/// the closing quote.
fn string_body(src: &str, from: usize) -> Result<(String, usize), PatternError> {
    let b = src.as_bytes();
    let mut s = Vec::new();
    let mut i = from;
    loop {
        match b.get(i) {
            None => {
                return Err(PatternError {
                    position: from.saturating_sub(1),
                    message: "unterminated string: a closing ' is missing".into(),
                });
            }
            Some(b'\\') => match b.get(i + 1) {
                Some(c @ (b'\'' | b'\\')) => {
                    s.push(*c);
                    i += 2;
                }
                _ => {
                    return Err(PatternError {
                        position: i,
                        message: "only \\' and \\\\ may be escaped in a string".into(),
                    });
                }
            },
            Some(b'\'') => break,
            Some(c) => {
                s.push(*c);
                i += 1;
            }
        }
    }
    Ok((String::from_utf8_lossy(&s).into_owned(), i + 1))
}

fn number(src: &str, from: usize) -> Result<(Tok, usize), PatternError> {
    let b = src.as_bytes();
    let mut i = from;
    if matches!(b.get(i), Some(b'-' | b'+')) {
        i += 1;
    }
    let int_start = i;
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    let int_len = i - int_start;
    let mut is_float = false;
    if b.get(i) == Some(&b'.') {
        is_float = true;
        i += 1;
        let f = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == f {
            return Err(PatternError {
                position: from,
                message: "a decimal point must be followed by digits".into(),
            });
        }
    } else if int_len == 0 {
        return Err(PatternError {
            position: from,
            message: "expected a number after the sign".into(),
        });
    }
    if b.get(i)
        .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
    {
        return Err(PatternError {
            position: i,
            message: "a number may not run into a word".into(),
        });
    }
    let text = src.get(from..i).unwrap_or_default();
    let bad = || PatternError {
        position: from,
        message: format!("'{text}' is not a valid number"),
    };
    if is_float {
        text.parse::<f64>()
            .map(|f| (Tok::Float(f), i))
            .map_err(|_| bad())
    } else {
        let digits = text.trim_start_matches(['-', '+']);
        if digits.len() > 1 && digits.starts_with('0') {
            return Err(PatternError {
                position: from,
                message: "integers may not have leading zeros".into(),
            });
        }
        text.parse::<i64>()
            .map(|v| (Tok::Int(v), i))
            .map_err(|_| bad())
    }
}

struct Parser {
    toks: Vec<(Tok, usize)>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> &Tok {
        self.toks.get(self.pos).map_or(&Tok::End, |t| &t.0)
    }
    fn at(&self) -> usize {
        self.toks.get(self.pos).map_or(0, |t| t.1)
    }
    fn bump(&mut self) -> Tok {
        let t = self.peek().clone();
        self.pos += 1;
        t
    }
    fn fail<T>(&self, expected: &str) -> Result<T, PatternError> {
        Err(PatternError {
            position: self.at(),
            message: format!("expected {expected}, found {}", describe(self.peek())),
        })
    }
    fn keyword(&self, kw: &str) -> bool {
        matches!(self.peek(), Tok::Ident(w) if w.eq_ignore_ascii_case(kw))
    }
    fn expect(&mut self, t: &Tok, what: &str) -> Result<(), PatternError> {
        if self.peek() == t {
            self.pos += 1;
            Ok(())
        } else {
            self.fail(what)
        }
    }

    fn followed_by(&mut self) -> Result<Observation, PatternError> {
        let mut left = self.obs_or()?;
        while self.keyword("FOLLOWEDBY") {
            self.pos += 1;
            let right = self.obs_or()?;
            left = Observation::FollowedBy(Box::new(left), Box::new(right));
        }
        Ok(left)
    }
    fn obs_or(&mut self) -> Result<Observation, PatternError> {
        let mut left = self.obs_and()?;
        while self.keyword("OR") {
            self.pos += 1;
            let right = self.obs_and()?;
            left = Observation::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }
    fn obs_and(&mut self) -> Result<Observation, PatternError> {
        let mut left = self.observation()?;
        while self.keyword("AND") {
            self.pos += 1;
            let right = self.observation()?;
            left = Observation::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }
    fn observation(&mut self) -> Result<Observation, PatternError> {
        let mut obs = match self.peek() {
            Tok::LBracket => {
                self.pos += 1;
                let c = self.cmp_or()?;
                self.expect(&Tok::RBracket, "']' to close the observation")?;
                Observation::Single(c)
            }
            Tok::LParen => {
                self.pos += 1;
                let o = self.followed_by()?;
                self.expect(&Tok::RParen, "')'")?;
                o
            }
            _ => return self.fail("'[' to start an observation expression"),
        };
        loop {
            let q = if self.keyword("WITHIN") {
                self.pos += 1;
                let v = match self.bump() {
                    Tok::Int(i) if i > 0 => i as f64,
                    Tok::Float(f) if f > 0.0 => f,
                    _ => {
                        self.pos -= 1;
                        return self.fail("a positive number of seconds after WITHIN");
                    }
                };
                if !self.keyword("SECONDS") {
                    return self.fail("SECONDS");
                }
                self.pos += 1;
                Qualifier::Within(v)
            } else if self.keyword("REPEATS") {
                self.pos += 1;
                let Tok::Int(n @ 1..) = self.peek().clone() else {
                    return self.fail("a positive integer after REPEATS");
                };
                self.pos += 1;
                if !self.keyword("TIMES") {
                    return self.fail("TIMES");
                }
                self.pos += 1;
                Qualifier::Repeats(n)
            } else if self.keyword("START") {
                self.pos += 1;
                let Tok::Ts(a) = self.peek().clone() else {
                    return self.fail("a timestamp literal t'...' after START");
                };
                self.pos += 1;
                if !self.keyword("STOP") {
                    return self.fail("STOP");
                }
                self.pos += 1;
                let Tok::Ts(b) = self.peek().clone() else {
                    return self.fail("a timestamp literal t'...' after STOP");
                };
                self.pos += 1;
                Qualifier::StartStop(a, b)
            } else {
                break;
            };
            obs = Observation::Qualified(Box::new(obs), q);
        }
        Ok(obs)
    }

    fn cmp_or(&mut self) -> Result<Comparison, PatternError> {
        let mut left = self.cmp_and()?;
        while self.keyword("OR") {
            self.pos += 1;
            let right = self.cmp_and()?;
            left = Comparison::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }
    fn cmp_and(&mut self) -> Result<Comparison, PatternError> {
        let mut left = self.prop_test()?;
        while self.keyword("AND") {
            self.pos += 1;
            let right = self.prop_test()?;
            left = Comparison::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }
    fn prop_test(&mut self) -> Result<Comparison, PatternError> {
        if self.peek() == &Tok::LParen {
            self.pos += 1;
            let c = self.cmp_or()?;
            self.expect(&Tok::RParen, "')'")?;
            return Ok(c);
        }
        if self.keyword("EXISTS") {
            self.pos += 1;
            return Ok(Comparison::Exists(self.object_path()?));
        }
        let path = self.object_path()?;
        let negated = if self.keyword("NOT") {
            self.pos += 1;
            true
        } else {
            false
        };
        let Tok::Op(op) = self.peek().clone() else {
            return self.fail("a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET)");
        };
        let op_at = self.at();
        self.pos += 1;
        let values = match op {
            Operator::In => self.set_literal()?,
            Operator::Like | Operator::Matches | Operator::IsSubset | Operator::IsSuperset => {
                let Tok::Str(s) = self.peek().clone() else {
                    return self.fail("a quoted string");
                };
                self.pos += 1;
                vec![Literal::String(s)]
            }
            Operator::Eq | Operator::Neq => vec![self.literal(true)?],
            Operator::Lt | Operator::Le | Operator::Gt | Operator::Ge => {
                vec![self.literal(false)?]
            }
        };
        let _ = op_at;
        Ok(Comparison::Test {
            path,
            negated,
            op,
            values,
        })
    }
    fn set_literal(&mut self) -> Result<Vec<Literal>, PatternError> {
        self.expect(&Tok::LParen, "'(' to start the set after IN")?;
        let mut v = Vec::new();
        if self.peek() == &Tok::RParen {
            self.pos += 1;
            return Ok(v);
        }
        loop {
            v.push(self.literal(true)?);
            match self.peek() {
                Tok::Comma => self.pos += 1,
                Tok::RParen => {
                    self.pos += 1;
                    return Ok(v);
                }
                _ => return self.fail("',' or ')' in the set"),
            }
        }
    }
    fn literal(&mut self, allow_bool: bool) -> Result<Literal, PatternError> {
        let lit = match self.peek().clone() {
            Tok::Str(s) => Literal::String(s),
            Tok::Int(i) => Literal::Int(i),
            Tok::Float(f) => Literal::Float(f),
            Tok::Bin(s) => Literal::Binary(s),
            Tok::Hex(s) => Literal::Hex(s),
            Tok::Ts(s) => Literal::Timestamp(s),
            Tok::Ident(w) if allow_bool && w.eq_ignore_ascii_case("true") => Literal::Bool(true),
            Tok::Ident(w) if allow_bool && w.eq_ignore_ascii_case("false") => Literal::Bool(false),
            _ => return self.fail("a literal value"),
        };
        self.pos += 1;
        Ok(lit)
    }
    fn object_path(&mut self) -> Result<ObjectPath, PatternError> {
        let Tok::Ident(object_type) = self.peek().clone() else {
            return self.fail("an object path such as ipv4-addr:value");
        };
        if !object_type
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            || object_type.len() < 3
        {
            return self.fail("a lowercase STIX object type");
        }
        self.pos += 1;
        self.expect(&Tok::Colon, "':' after the object type")?;
        let property = self.path_name()?;
        let mut steps = Vec::new();
        loop {
            match self.peek() {
                Tok::Dot => {
                    self.pos += 1;
                    steps.push(PathStep::Property(self.path_name()?));
                }
                Tok::LBracket => {
                    self.pos += 1;
                    match self.bump() {
                        Tok::Int(i) => steps.push(PathStep::Index(i)),
                        Tok::Star => steps.push(PathStep::Any),
                        _ => {
                            self.pos -= 1;
                            return self.fail("an index or '*'");
                        }
                    }
                    self.expect(&Tok::RBracket, "']' to close the index")?;
                }
                _ => break,
            }
        }
        Ok(ObjectPath {
            object_type,
            property,
            steps,
        })
    }
    fn path_name(&mut self) -> Result<String, PatternError> {
        match self.peek().clone() {
            Tok::Ident(w) if !w.contains('-') => {
                self.pos += 1;
                Ok(w)
            }
            Tok::Str(s) => {
                self.pos += 1;
                Ok(s)
            }
            _ => self.fail("a property name (quote names that contain '-')"),
        }
    }
}

/// Parses a STIX pattern.
pub fn parse(src: &str) -> Result<Pattern, PatternError> {
    let toks = lex(src)?;
    let mut p = Parser { toks, pos: 0 };
    let root = p.followed_by()?;
    if p.peek() != &Tok::End {
        return p.fail("AND, OR, FOLLOWEDBY, a qualifier or the end of the pattern");
    }
    Ok(Pattern { root })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_grammar() {
        for ok in [
            "[ipv4-addr:value = '198.51.100.1/32']",
            "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
            "[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f'] AND [file:size > 100]",
            "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name LIKE 'pdf%']",
            "([a-b:c = 1] OR [x-y:z != -2.5]) FOLLOWEDBY [file:name NOT IN ('a', 'b')] WITHIN 300 SECONDS",
            "[network-traffic:dst_port IN (80, 443)] REPEATS 5 TIMES",
            "[file:created > t'2016-01-01T00:00:00Z'] START t'2016-01-01T00:00:00Z' STOP t'2016-02-01T00:00:00Z'",
            "[windows-registry-key:key = 'HKEY\\\\x' OR EXISTS windows-registry-key:values[0].name]",
            "[artifact:payload_bin = b'dGVzdA==' AND artifact:hashes.'SHA-1' = h'00ff']",
            "[x-custom:ok = true]",
            "[ipv4-addr:value ISSUBSET '198.51.100.0/24']",
        ] {
            parse(ok).unwrap_or_else(|e| panic!("{ok}: {e}"));
        }
    }

    #[test]
    fn refuses_with_positions() {
        let cases = [
            ("[ipv4-addr:value = '1.2.3.4'", 28),
            ("ipv4-addr:value = '1.2.3.4']", 0),
            ("[ipv4-addr:value == '1.2.3.4']", 18),
            ("[ipv4-addr:value = '1.2.3.4] AND", 19),
            ("[ipv4-addr:value = '1.2.3.4'] AND", 33),
            ("[ipv4-addr:value = '1'] WITHIN -5 SECONDS", 31),
            ("[IPV4:value = '1']", 1),
            ("[a-b:c = t'2016-13-01T00:00:00Z']", 9),
            ("[a-b:c = h'abc']", 9),
            ("[a-b:c.'d = 'e']", 14),
            ("[a-b:c = 01]", 9),
        ];
        for (bad, pos) in cases {
            let e = parse(bad).expect_err(bad);
            assert_eq!(e.position, pos, "{bad}: {e}");
        }
    }

    #[test]
    fn checks_hash_values() {
        let ok = parse("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f' OR file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f']").unwrap();
        assert!(check_hashes(&ok).is_ok());
        let bad = parse("[file:hashes.'SHA-256' = 'aa']").unwrap();
        assert!(
            check_hashes(&bad)
                .unwrap_err()
                .contains("not a valid SHA-256 hash")
        );
        let ssdeep = parse("[file:hashes.SSDEEP = '3:abc:def']").unwrap();
        assert!(check_hashes(&ssdeep).is_ok());
    }

    #[test]
    fn extracts_equalities() {
        let p = parse("[ipv4-addr:value = '1.2.3.4' OR domain-name:value IN ('a.example', 'b.example')] AND [file:size > 3]").unwrap();
        let eq: Vec<String> = p
            .equalities()
            .iter()
            .map(|(path, lit)| format!("{path}={lit:?}"))
            .collect();
        assert_eq!(eq.len(), 3);
        assert!(eq[0].starts_with("ipv4-addr:value="));
    }
}
