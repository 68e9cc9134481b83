//! Client certificates (mutual TLS) a member's systems authenticate with: a certificate pinned
//! by its fingerprint, or a certificate authority of the member's whose certificates all stand
//! for one user. Registered, listed and revoked by the member's administrators (and the
//! center's), audited; a revoked registration stops working on every node within a second, as a
//! revoked token does.
//!
//! The TLS handshake proves the client holds the certificate's key; whether the certificate
//! stands for anyone is decided here ([`issued_by`], and `credentials`).

use rustls_pki_types::{CertificateDer, UnixTime, pem::PemObject};
use serde_json::json;

use crate::audit::model::AuditActor;
use crate::auth;
use crate::service::{Authority, Center};
use crate::store::NewCertificate;
use crate::{CertificateKind, ClientCertificate, Error, Result};

/// A registration as an administrator asks for it.
#[derive(Debug, Clone)]
pub struct CertificateDraft {
    /// What people call it ("Arland TAXII gateway").
    pub name: String,
    /// One certificate, PEM.
    pub pem: String,
    pub kind: CertificateKind,
}

/// The one certificate a PEM text holds, as DER; `field` names the input refused.
pub fn one_certificate(pem: &str, field: &'static str) -> Result<Vec<u8>> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(pem.as_bytes())
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| {
            Error::field(
                field,
                "bad-pem",
                format!("this is not a PEM certificate ({e}); give the text from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----"),
            )
        })?;
    match certs.as_slice() {
        [one] => Ok(one.as_ref().to_vec()),
        [] => Err(Error::field(
            field,
            "bad-pem",
            "no certificate found; give the text from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----",
        )),
        _ => Err(Error::field(
            field,
            "several-certificates",
            "give one certificate; register each separately",
        )),
    }
}

/// Whether `chain` (the client's certificate first, then any intermediates it sent) was issued
/// for client authentication under the authority `ca` and is valid at `now_micros`.
pub fn issued_by(chain: &[Vec<u8>], ca: &[u8], now_micros: i64) -> bool {
    let Some((leaf, intermediates)) = chain.split_first() else {
        return false;
    };
    let ca = CertificateDer::from(ca);
    let Ok(anchor) = webpki::anchor_from_trusted_cert(&ca) else {
        return false;
    };
    let leaf = CertificateDer::from(leaf.as_slice());
    let Ok(end) = webpki::EndEntityCert::try_from(&leaf) else {
        return false;
    };
    let intermediates: Vec<CertificateDer<'_>> = intermediates
        .iter()
        .map(|c| CertificateDer::from(c.as_slice()))
        .collect();
    let Ok(secs) = u64::try_from(now_micros / 1_000_000) else {
        return false;
    };
    end.verify_for_usage(
        webpki::ALL_VERIFICATION_ALGS,
        &[anchor],
        &intermediates,
        UnixTime::since_unix_epoch(std::time::Duration::from_secs(secs)),
        webpki::KeyUsage::client_auth(),
        None,
        None,
    )
    .is_ok()
}

/// The live authorities among `registered` that issued `chain`: a certificate one of them
/// issued stands for that authority's user, and for no other member's.
pub(crate) fn issuers<'a>(
    registered: &'a [(ClientCertificate, Vec<u8>)],
    chain: &'a [Vec<u8>],
    now_micros: i64,
) -> impl Iterator<Item = &'a ClientCertificate> + 'a {
    registered
        .iter()
        .filter(|(c, _)| c.kind == CertificateKind::Authority && c.revoked_at.is_none())
        .filter(move |(_, ca)| issued_by(chain, ca, now_micros))
        .map(|(c, _)| c)
}

impl Center {
    /// Registers a client certificate (or an authority) for a user the caller runs.
    pub async fn register_certificate(
        &self,
        by: Authority<'_>,
        username: &str,
        d: CertificateDraft,
    ) -> Result<ClientCertificate> {
        let user = self.user_for(by, username).await?;
        by.check_member(user.member_id)?;
        let mut refused = crate::error::Refusals::new();
        let name = d.name.trim();
        refused.check(
            !name.is_empty() && name.chars().count() <= 100,
            "name",
            "required",
            "give the certificate a name of up to 100 characters, such as the system that uses it",
        );
        let der = refused.take(one_certificate(&d.pem, "pem"))?;
        if let Some(der) = &der {
            let c = CertificateDer::from(der.as_slice());
            let usable = match d.kind {
                CertificateKind::Certificate => webpki::EndEntityCert::try_from(&c).is_ok(),
                CertificateKind::Authority => webpki::anchor_from_trusted_cert(&c).is_ok(),
            };
            refused.check(
                usable,
                "pem",
                "bad-certificate",
                "this certificate cannot be read as an X.509 certificate",
            );
        }
        refused.done()?;
        let Some(der) = der else {
            return Err(Error::field("pem", "bad-pem", "no certificate found"));
        };
        // A certificate another member's authority issued is that member's: pinned to a user
        // here, its holder's systems would act as this member's.
        if d.kind == CertificateKind::Certificate {
            let registered = self.store().certificates(None).await?;
            let chain = std::slice::from_ref(&der);
            let foreign =
                issuers(&registered, chain, self.now()).any(|ca| ca.member_id != user.member_id);
            if foreign {
                return Err(Error::field(
                    "pem",
                    "another-members-certificate",
                    "this certificate was issued by another member's registered authority; it cannot stand for a user of this member",
                ));
            }
        }
        let c = self
            .store()
            .insert_certificate(NewCertificate {
                kind: d.kind,
                fingerprint: auth::sha256(&der),
                der,
                name: name.to_string(),
                user_id: user.id,
                created_at: self.now(),
            })
            .await?
            .ok_or_else(|| {
                Error::Conflict(
                    "this certificate is registered already; revoke it first to register it again"
                        .into(),
                )
            })?;
        self.record(
            AuditActor::authority(&by),
            "certificate.register",
            username,
            json!({"certificate": c.id, "kind": c.kind.as_str(), "name": c.name, "sha256": c.fingerprint}),
        )
        .await?;
        Ok(c)
    }

    /// The certificates registered to a member's users (every member's for the center's
    /// administrators when `member` is `None`).
    pub async fn certificates(
        &self,
        by: Authority<'_>,
        member: Option<&str>,
    ) -> Result<Vec<ClientCertificate>> {
        let member = match (member, by.scope()) {
            (Some(name), _) => Some(self.member_by_name(name).await?.id),
            (None, own) => own,
        };
        match member {
            Some(m) => by.check_member(m)?,
            None => by.check()?,
        }
        Ok(self
            .store()
            .certificates(member)
            .await?
            .into_iter()
            .map(|(c, _)| c)
            .collect())
    }

    /// Revokes a registration the caller runs; any other is "not found".
    pub async fn revoke_certificate(&self, by: Authority<'_>, id: i64) -> Result<()> {
        let c = self
            .store()
            .certificates(by.scope())
            .await?
            .into_iter()
            .map(|(c, _)| c)
            .find(|c| c.id == id && by.manages(c.member_id))
            .ok_or(Error::NotFound("certificate"))?;
        if !self.store().revoke_certificate(id, self.now()).await? {
            return Err(Error::Conflict(
                "this certificate was revoked already".into(),
            ));
        }
        self.record(
            AuditActor::authority(&by),
            "certificate.revoke",
            &c.name,
            json!({"certificate": id, "sha256": c.fingerprint}),
        )
        .await
    }
}
