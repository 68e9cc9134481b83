//! Passwords, tokens and secrets.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use crate::random::{self, Randomness};
use crate::{Error, Result};

/// Tokens start with this, so they are recognisable in logs and secret scanners.
pub const TOKEN_PREFIX: &str = "liaison_";

/// A PHC string verified when the user is unknown, so a wrong name costs as much as a wrong
/// password.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0AItJ9uOAFrCvGy1Wf3YQWYRwv8m7Gn8D7tRUJ1Hp1k";

/// Hashes a password with Argon2id.
pub fn hash_password(password: &str) -> Result<String> {
    if password.chars().count() < 12 {
        return Err(Error::field(
            "password",
            "too-short",
            "a password needs at least 12 characters",
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
