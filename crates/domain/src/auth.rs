//! Passwords, tokens, one-time codes and sealed secrets: the primitives accounts are built on.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

use crate::random::{self, Randomness};
use crate::{Error, Result};

/// Tokens start with this, so they are recognisable in logs and secret scanners.
pub const TOKEN_PREFIX: &str = "liaison_";

/// A PHC string verified when the user is unknown, so a wrong name costs as much as a wrong
/// password.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0AItJ9uOAFrCvGy1Wf3YQWYRwv8m7Gn8D7tRUJ1Hp1k";

/// The shortest password taken.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// The longest: Argon2 takes any length, but a megabyte "password" is a way to spend our time.
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Whether a password may be chosen: long enough, and not one that attackers try early. The
/// second is zxcvbn's judgement (its lists of common passwords, names and words, keyboard
/// patterns, dates, and `context`: the user's own name, the member's, the center's), which must
/// reach "safely unguessable" (3 of 4).
pub fn check_password(password: &str, context: &[&str]) -> Result<()> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(Error::field(
            "password",
            "too-short",
            format!(
                "a password needs at least {MIN_PASSWORD_CHARS} characters; a few unrelated words make a good one"
            ),
        ));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(Error::field(
            "password",
            "too-long",
            format!("a password has at most {MAX_PASSWORD_CHARS} characters"),
        ));
    }
    let judged = zxcvbn::zxcvbn(password, context);
    if (judged.score() as u8) < 3 {
        let hint = judged
            .feedback()
            .and_then(|f| f.warning().map(|w| w.to_string()))
            .map(|w| format!(" ({w})"))
            .unwrap_or_default();
        return Err(Error::field(
            "password",
            "too-common",
            format!(
                "this password is among those tried first{hint}; choose another, such as a few unrelated words"
            ),
        ));
    }
    Ok(())
}

/// Hashes a password with Argon2id. It checks the length only: [`check_password`] judges a
/// password people choose, before it gets here.
pub fn hash_password(password: &str) -> Result<String> {
    let chars = password.chars().count();
    if !(MIN_PASSWORD_CHARS..=MAX_PASSWORD_CHARS).contains(&chars) {
        return Err(Error::field(
            "password",
            "too-short",
            format!("a password has {MIN_PASSWORD_CHARS} to {MAX_PASSWORD_CHARS} characters"),
        ));
    }
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| Error::store(format!("password hashing failed: {e}")))
}

/// Checks a password against a PHC string (or the dummy, for unknown users).
pub fn verify_password(password: &str, phc: Option<&str>) -> bool {
    let known = phc.is_some();
    // Beyond the longest password anyone may choose: refused without spending a hash on it.
    if password.len() > 4 * MAX_PASSWORD_CHARS {
        return false;
    }
    let Ok(parsed) = PasswordHash::new(phc.unwrap_or(DUMMY_HASH)) else {
        return false;
    };
    let ok = Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok();
    ok && known
}

/// A new random password for a first administrator.
pub fn random_password(r: &dyn Randomness) -> Result<String> {
    Ok(URL_SAFE_NO_PAD.encode(random::bytes::<18>(r)?))
}

/// A new API token: the text shown once, and the digest kept.
pub fn new_token(r: &dyn Randomness) -> Result<(String, [u8; 32])> {
    let text = format!(
        "{TOKEN_PREFIX}{}",
        URL_SAFE_NO_PAD.encode(random::bytes::<32>(r)?)
    );
    let digest = token_digest(&text);
    Ok((text, digest))
}

pub fn token_digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

// ---- sealed secrets ---------------------------------------------------------------------------

/// What a sealed secret is for: each purpose has a key of its own, derived from the center's
/// secret, so a key that leaks opens nothing else.
#[derive(Debug, Clone, Copy)]
pub enum Sealing {
    FeedCredential,
    SecondFactor,
    WebhookSecret,
}

impl Sealing {
    fn cipher(self, center_secret: &[u8; 32]) -> XChaCha20Poly1305 {
        let context = match self {
            Sealing::FeedCredential => "liaison 2026 feed credentials",
            Sealing::SecondFactor => "liaison 2026 second factors",
            Sealing::WebhookSecret => "liaison 2026 webhook secrets",
        };
        XChaCha20Poly1305::new(&blake3::derive_key(context, center_secret).into())
    }
}

/// Seals a secret for storage: a fresh nonce, then the ciphertext with its tag.
pub fn seal(
    purpose: Sealing,
    center_secret: &[u8; 32],
    nonce: [u8; 24],
    plain: &[u8],
) -> Result<Vec<u8>> {
    let sealed = purpose
        .cipher(center_secret)
        .encrypt(&XNonce::from(nonce), plain)
        .map_err(|_| Error::store("a secret could not be sealed"))?;
    let mut out = nonce.to_vec();
    out.extend(sealed);
    Ok(out)
}

/// Opens a sealed secret; fails if it was not sealed for this purpose with this center's secret.
pub fn open(purpose: Sealing, center_secret: &[u8; 32], sealed: &[u8]) -> Result<Vec<u8>> {
    let broken = || Error::store("a sealed secret is damaged or sealed with another secret");
    if sealed.len() < 24 {
        return Err(broken());
    }
    let (nonce, text) = sealed.split_at(24);
    let nonce: [u8; 24] = nonce.try_into().map_err(|_| broken())?;
    purpose
        .cipher(center_secret)
        .decrypt(&XNonce::from(nonce), text)
        .map_err(|_| broken())
}

/// Seals what only someone who knows `passphrase` may open (a backup's keys): a key derived
/// from it with Argon2id and `salt`, then XChaCha20-Poly1305 with `nonce`. The salt and nonce
/// go first, so that [`open_with_passphrase`] needs the passphrase alone.
pub fn seal_with_passphrase(
    passphrase: &str,
    salt: [u8; 16],
    nonce: [u8; 24],
    plain: &[u8],
) -> Result<Vec<u8>> {
    let sealed = passphrase_cipher(passphrase, &salt)?
        .encrypt(&XNonce::from(nonce), plain)
        .map_err(|_| Error::store("the keys could not be sealed"))?;
    let mut out = salt.to_vec();
    out.extend(nonce);
    out.extend(sealed);
    Ok(out)
}

/// Opens what [`seal_with_passphrase`] sealed; a wrong passphrase and damaged bytes are told
/// apart only as far as the cipher can (it cannot: both fail the tag).
pub fn open_with_passphrase(passphrase: &str, sealed: &[u8]) -> Result<Vec<u8>> {
    let refused = || {
        Error::invalid(
            "the backup's keys do not open with this passphrase (or the file is damaged): give the passphrase the backup was made with",
        )
    };
    if sealed.len() < 40 {
        return Err(refused());
    }
    let (salt, rest) = sealed.split_at(16);
    let (nonce, text) = rest.split_at(24);
    let nonce: [u8; 24] = nonce.try_into().map_err(|_| refused())?;
    passphrase_cipher(passphrase, salt)?
        .decrypt(&XNonce::from(nonce), text)
        .map_err(|_| refused())
}

/// Argon2id's cost for a backup's passphrase: 64 MiB and three passes. A backup leaves the
/// center, and its passphrase is tried offline for as long as anyone likes, so it costs more
/// than a sign-in's hash; it is paid once per backup and restore. A change of these is a new
/// backup format (`liaison backup` writes which it used).
const PASSPHRASE_MEMORY_KIB: u32 = 64 * 1024;
const PASSPHRASE_PASSES: u32 = 3;

fn passphrase_cipher(passphrase: &str, salt: &[u8]) -> Result<XChaCha20Poly1305> {
    let mut key = [0u8; 32];
    let params = argon2::Params::new(PASSPHRASE_MEMORY_KIB, PASSPHRASE_PASSES, 1, Some(32))
        .map_err(|e| Error::store(format!("the passphrase's key parameters are wrong: {e}")))?;
    Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), salt, &mut key)
        .map_err(|e| {
            Error::store(format!(
                "a key could not be derived from the passphrase: {e}"
            ))
        })?;
    Ok(XChaCha20Poly1305::new(&key.into()))
}

// ---- one-time codes (RFC 6238) ---------------------------------------------------------------

/// Seconds a code stands for; every authenticator app uses 30.
pub const CODE_STEP_SECS: i64 = 30;

/// A second-factor secret: 160 bits, as RFC 4226 recommends.
pub fn new_second_factor_secret(r: &dyn Randomness) -> Result<[u8; 20]> {
    random::bytes::<20>(r)
}

fn totp(secret: &[u8], account: &str, issuer: &str) -> Result<totp_rs::Totp> {
    // An account name may not hold a colon in an otpauth URL.
    let clean = |s: &str| s.replace(':', " ");
    totp_rs::Builder::new()
        .with_secret(secret.to_vec())
        .with_account_name(clean(account))
        .with_issuer(Some(clean(issuer)))
        .build()
        .map_err(|e| Error::store(format!("a second-factor secret is unusable: {e}")))
}

/// The secret as people type it into an authenticator app (base 32), and the `otpauth://` URL
/// a QR code carries.
pub fn second_factor_enrolment(
    secret: &[u8],
    account: &str,
    issuer: &str,
) -> Result<(String, String)> {
    let t = totp(secret, account, issuer)?;
    let url = t
        .to_url()
        .map_err(|e| Error::store(format!("no otpauth URL: {e}")))?;
    Ok((totp_rs::Secret::from(secret.to_vec()).to_base32(), url))
}

/// The time step a code is right for at `now_micros` (one step of clock drift either way), or
/// `None`. Spaces in the code are ignored, as apps show codes in two groups.
pub fn check_code(secret: &[u8], code: &str, now_micros: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret, "-", "-").ok()?;
    let secs = u64::try_from(now_micros / 1_000_000).ok()?;
    let step = t.check(&code, secs)?;
    i64::try_from(step).ok()
}

/// The code for `now_micros` (tests, and the page that checks an app is set up).
pub fn code_at(secret: &[u8], now_micros: i64) -> Result<String> {
    let t = totp(secret, "-", "-")?;
    Ok(
        t.generate(u64::try_from(now_micros / 1_000_000).unwrap_or(0))
            .to_string(),
    )
}

/// Recovery codes given at enrolment: each used once instead of a code.
pub const RECOVERY_CODES: usize = 10;

/// A recovery code: ten letters and digits people can read out (no 0/O, 1/l), in two groups.
pub fn new_recovery_code(r: &dyn Randomness) -> Result<String> {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let bytes = random::bytes::<10>(r)?;
    let mut out = String::with_capacity(11);
    for (i, b) in bytes.iter().enumerate() {
        if i == 5 {
            out.push('-');
        }
        if let Some(c) = ALPHABET.get(usize::from(*b) % ALPHABET.len()) {
            out.push(char::from(*c));
        }
    }
    Ok(out)
}

/// The digest a recovery code is kept as: typed with or without its dash, in any case.
pub fn recovery_digest(code: &str) -> [u8; 32] {
    let plain: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    sha256(format!("liaison recovery\0{plain}").as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backups_keys_open_with_their_passphrase_only() {
        let sealed = seal_with_passphrase("the winter plenary", [1; 16], [2; 24], b"keys").unwrap();
        assert!(!sealed.windows(4).any(|w| w == b"keys"));
        assert_eq!(
            open_with_passphrase("the winter plenary", &sealed).unwrap(),
            b"keys"
        );
        assert!(open_with_passphrase("the summer plenary", &sealed).is_err());
        let mut damaged = sealed.clone();
        if let Some(b) = damaged.last_mut() {
            *b ^= 1;
        }
        assert!(open_with_passphrase("the winter plenary", &damaged).is_err());
        assert!(open_with_passphrase("the winter plenary", &sealed[..20]).is_err());
    }

    #[test]
    fn passwords_and_tokens() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(verify_password("correct horse battery", Some(&h)));
        assert!(!verify_password("wrong horse battery", Some(&h)));
        assert!(!verify_password("anything at all", None));
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
        assert!(hash_password("short").is_err());
        let (t, d) = new_token(&crate::SystemRandomness).unwrap();
        assert!(t.starts_with(TOKEN_PREFIX));
        assert_eq!(token_digest(&t), d);
    }

    #[test]
    fn common_and_short_passwords_are_refused_with_their_reason() {
        let code = |p: &str, ctx: &[&str]| match check_password(p, ctx) {
            Err(Error::Invalid(i)) => Some(i.code),
            _ => None,
        };
        assert_eq!(code("short", &[]), Some("too-short"));
        assert_eq!(code("password1234", &[]), Some("too-common"));
        assert_eq!(code("qwertyuiop123", &[]), Some("too-common"));
        // The user's own name does not make a password.
        assert_eq!(
            code("annhathaway2026", &["annhathaway"]),
            Some("too-common")
        );
        assert_eq!(code(&"x".repeat(300), &[]), Some("too-long"));
        assert_eq!(code("violet kestrel orbit lantern", &[]), None);
    }

    #[test]
    fn secrets_are_sealed_per_purpose() {
        let sealed = seal(Sealing::SecondFactor, &[7; 32], [1; 24], b"s3cret").unwrap();
        assert!(!sealed.windows(6).any(|w| w == b"s3cret"));
        assert_eq!(
            open(Sealing::SecondFactor, &[7; 32], &sealed).unwrap(),
            b"s3cret"
        );
        assert!(open(Sealing::FeedCredential, &[7; 32], &sealed).is_err());
        assert!(open(Sealing::SecondFactor, &[8; 32], &sealed).is_err());
    }

    #[test]
    fn codes_follow_rfc_6238() {
        // RFC 6238 appendix B, SHA-1, truncated to six digits.
        let secret = b"12345678901234567890";
        assert_eq!(code_at(secret, 59_000_000).unwrap(), "287082");
        assert_eq!(code_at(secret, 1_111_111_109_000_000).unwrap(), "081804");
        let step = check_code(secret, "081 804", 1_111_111_109_000_000).unwrap();
        assert_eq!(step, 1_111_111_109 / 30);
        // One step of drift either way, not two.
        assert!(check_code(secret, "081804", 1_111_111_109_000_000 + 30_000_000).is_some());
        assert!(check_code(secret, "081804", 1_111_111_109_000_000 + 61_000_000).is_none());
        assert!(check_code(secret, "08180x", 1_111_111_109_000_000).is_none());
        let (b32, url) = second_factor_enrolment(secret, "ann", "Test: center").unwrap();
        assert_eq!(b32, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert!(url.starts_with("otpauth://totp/"), "{url}");
        assert!(
            url.contains("secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
            "{url}"
        );
    }

    #[test]
    fn recovery_codes_are_matched_however_typed() {
        let c = new_recovery_code(&crate::SystemRandomness).unwrap();
        assert_eq!(c.len(), 11);
        assert_eq!(
            recovery_digest(&c),
            recovery_digest(&c.to_uppercase().replace('-', ""))
        );
    }
}
