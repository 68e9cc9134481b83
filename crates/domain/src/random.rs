//! Randomness reaches the domain as a parameter, like time, so that tests can fix it and the
//! source of every secret, token and id is one named thing.

use crate::{Error, Result};

/// A source of unpredictable bytes: secrets, tokens, passwords and ids come from it.
pub trait Randomness: Send + Sync + 'static {
    fn fill(&self, buf: &mut [u8]) -> Result<()>;
}

/// The operating system's generator.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemRandomness;

impl Randomness for SystemRandomness {
    fn fill(&self, buf: &mut [u8]) -> Result<()> {
        getrandom::fill(buf)
            .map_err(|e| Error::store(format!("no randomness available from the system: {e}")))
    }
}

/// `N` random bytes.
pub fn bytes<const N: usize>(r: &dyn Randomness) -> Result<[u8; N]> {
    let mut b = [0u8; N];
    r.fill(&mut b)?;
    Ok(b)
}

/// A random (version 4) UUID.
pub fn uuid(r: &dyn Randomness) -> Result<uuid::Uuid> {
    Ok(uuid::Builder::from_random_bytes(bytes::<16>(r)?).into_uuid())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    struct Fixed;
    impl Randomness for Fixed {
        fn fill(&self, buf: &mut [u8]) -> Result<()> {
            buf.fill(7);
            Ok(())
        }
    }

    #[test]
    fn ids_are_version_4_and_follow_the_source() {
        let id = uuid(&Fixed).unwrap();
        assert_eq!(id.get_version_num(), 4);
        assert_eq!(id, uuid(&Fixed).unwrap());
        assert_ne!(
            uuid(&SystemRandomness).unwrap(),
            uuid(&SystemRandomness).unwrap()
        );
    }
}
