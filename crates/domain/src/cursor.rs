//! Page cursors (TAXII `next`): opaque, signed, and bound to the query and the caller that
//! received them, because the client sends them back and must not be trusted with them.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::{Error, Result, UserId};

fn mac(secret: &[u8; 32], after: i64, user: UserId, query: &str) -> [u8; 16] {
    let mut h = blake3::Hasher::new_keyed(secret);
    h.update(&after.to_le_bytes());
    h.update(&user.0.to_le_bytes());
    h.update(query.as_bytes());
    let full = h.finalize();
    let mut out = [0u8; 16];
    out.copy_from_slice(full.as_bytes().get(..16).unwrap_or(&[0; 16]));
    out
}

/// Makes a cursor that continues after `after` (a `date_added`).
pub fn encode(secret: &[u8; 32], after: i64, user: UserId, query: &str) -> String {
    let mut b = Vec::with_capacity(24);
    b.extend_from_slice(&after.to_le_bytes());
    b.extend_from_slice(&mac(secret, after, user, query));
    URL_SAFE_NO_PAD.encode(b)
}

/// Reads a cursor back; refuses one made for another query or another caller.
pub fn decode(secret: &[u8; 32], token: &str, user: UserId, query: &str) -> Result<i64> {
    let bad = || {
        Error::invalid(
            "the 'next' value does not belong to this query or this user; repeat the request with the same filters, or start again without 'next'",
        )
    };
    let b = URL_SAFE_NO_PAD.decode(token).map_err(|_| bad())?;
    let (head, tag) = b.split_at_checked(8).ok_or_else(bad)?;
    let after = i64::from_le_bytes(head.try_into().map_err(|_| bad())?);
    if tag != mac(secret, after, user, query) {
        return Err(bad());
    }
    Ok(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bound_to_query_and_user() {
        let k = [7u8; 32];
        let c = encode(&k, 42, UserId(1), "type=indicator");
        assert_eq!(decode(&k, &c, UserId(1), "type=indicator").unwrap(), 42);
        assert!(decode(&k, &c, UserId(2), "type=indicator").is_err());
        assert!(decode(&k, &c, UserId(1), "type=malware").is_err());
        assert!(decode(&k, "garbage!", UserId(1), "type=indicator").is_err());
    }
}
