//! Who is calling: HTTP Basic (a password or a token), Bearer tokens, web sessions and client
//! certificates, checked in one place for every interface; and signing in, with a second
//! factor where the user has one.
//!
//! What a credential may do is decided here too, so no interface can forget it: a read token
//! changes nothing, a password chosen by someone else (or a missing second factor the center
//! requires) opens only the user's own account page until it is dealt with, and a user with a
//! second factor never gets in on the password alone. Failures are audited and throttled
//! (`throttle`); a credential verified once is remembered (`access`), so systems that send it
//! with every request pay for the check once.

use std::net::IpAddr;

use serde_json::json;

use crate::access::{TokenUse, Verified};
use crate::audit::model::AuditActor;
use crate::auth::{self, Sealing, TOKEN_PREFIX};
use crate::error::Required;
use crate::service::{Center, SESSION_MICROS};
use crate::store::NewToken;
use crate::throttle::{self, Key};
use crate::{Actor, CertificateKind, Error, Result, Scope, Token, TokenKind, User};

/// How long a verified Basic password is remembered, so TAXII clients that send it on every
/// request do not pay for Argon2 each time.
const PASSWORD_CACHE_MICROS: i64 = 5 * 60 * 1_000_000;
/// Token `last_used_at` is written at most this often.
const TOKEN_TOUCH_MICROS: i64 = 60 * 1_000_000;
/// How long a sign-in waits for its second factor.
pub const PENDING_MICROS: i64 = 5 * 60 * 1_000_000;
/// The center setting that requires a second factor of every person signing in.
pub(crate) const SECOND_FACTOR_REQUIRED: &str = "second_factor_required";

/// A credential as a request carries it.
#[derive(Clone, Copy)]
pub enum Credential<'a> {
    /// HTTP Basic: a user name with a password or one of that user's API tokens.
    Basic {
        username: &'a str,
        password: &'a str,
    },
    /// `Authorization: Bearer`: an API token.
    Bearer(&'a str),
    /// A web session's cookie.
    Session(&'a str),
    /// The chain of a client certificate the TLS handshake proved, the client's own first
    /// (DER).
    Certificate(&'a [Vec<u8>]),
}

/// Never written out, not even to a log.
impl std::fmt::Debug for Credential<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Credential::Basic { .. } => "Basic",
            Credential::Bearer(_) => "Bearer",
            Credential::Session(_) => "Session",
            Credential::Certificate(_) => "Certificate",
        })
    }
}

/// What a request means to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Read only (`GET`, `HEAD`).
    Read,
    /// Change something.
    Write,
    /// Read the caller's own account: what a user who must first change the password or enrol
    /// a second factor may still do.
    Account,
    /// Change the caller's own account (its password, its sessions, its second factor): a
    /// person's act, so only a session or the password itself may do it, never an API token
    /// or a certificate (a stolen token must not become the account).
    AccountChange,
}

impl Purpose {
    fn account(self) -> bool {
        matches!(self, Purpose::Account | Purpose::AccountChange)
    }
}

/// One request's credential, what it means to do, and where it comes from.
#[derive(Debug, Clone, Copy)]
pub struct Attempt<'a> {
    pub credential: Credential<'a>,
    pub purpose: Purpose,
    /// The client's address, for throttling; `None` where there is none (the console).
    pub address: Option<IpAddr>,
}

/// Where a person signs in from: shown with the session so its user recognises it.
#[derive(Debug, Clone, Default)]
pub struct Client {
    pub address: Option<IpAddr>,
    /// The browser, as its `User-Agent` says.
    pub agent: Option<String>,
}

impl Client {
    fn describe(&self) -> Option<String> {
        let agent = self
            .agent
            .as_deref()
            .map(|a| a.chars().take(160).collect::<String>());
        match (agent, self.address) {
            (None, None) => None,
            (Some(a), None) => Some(a),
            (None, Some(ip)) => Some(ip.to_string()),
            (Some(a), Some(ip)) => Some(format!("{a} from {ip}")),
        }
    }
}

/// How a sign-in went on.
#[derive(Debug)]
pub enum SignedIn {
    /// Signed in: the session's token, for the cookie.
    Session { actor: Box<Actor>, token: String },
    /// The password was right and the user has a second factor: the pending sign-in's token,
    /// to give back with the code.
    SecondFactor { pending: String },
}

/// The key a token (or session) is remembered under.
fn token_key(token: &str) -> [u8; 32] {
    auth::sha256(format!("token\0{token}").as_bytes())
}

fn refused_password() -> Error {
    Error::Unauthenticated("wrong user name or password".into())
}

impl Center {
    pub(crate) async fn actor_for_user(&self, user: User) -> Result<Actor> {
        let member = self
            .store
            .member(user.member_id)
            .await?
            .ok_or_else(|| Error::Unauthenticated("unknown account".into()))?;
        if user.disabled {
            return Err(Error::Unauthenticated(
                "this account is disabled; ask your member's administrator".into(),
            ));
        }
        let groups = self.store.member_groups(member.id).await?;
        Ok(Actor {
            user,
            member,
            groups,
        })
    }

    /// Whether the center requires a second factor of everyone who signs in with a password.
    pub async fn second_factor_required(&self) -> Result<bool> {
        Ok(self
            .access
            .setting(self.store(), SECOND_FACTOR_REQUIRED, self.now())
            .await?
            .is_some_and(|v| v == "true"))
    }

    /// The one check of every request's credential, whatever interface it came through.
    pub async fn authenticate(&self, a: Attempt<'_>) -> Result<Actor> {
        let now = self.now();
        // Each kind of credential is remembered under keys of its own (and the kind is kept with
        // it, see `admit`), so that no credential can meet another's remembered verification.
        // Guessed accounts are counted for passwords only: a token cannot be guessed, and its
        // user name must not let anyone make that account wait.
        let (key, account) = match a.credential {
            Credential::Basic { password, .. } if password.starts_with(TOKEN_PREFIX) => {
                (token_key(password), None)
            }
            Credential::Basic { username, password } => (
                auth::sha256(
                    format!("basic\0{}\0{username}\0{password}", username.len()).as_bytes(),
                ),
                Some(username).filter(|u| !u.starts_with(TOKEN_PREFIX)),
            ),
            Credential::Bearer(t) | Credential::Session(t) => (token_key(t), None),
            Credential::Certificate(chain) => {
                let mut text = b"certificate\0".to_vec();
                for der in chain {
                    text.extend((der.len() as u64).to_le_bytes());
                    text.extend(der);
                }
                (auth::sha256(&text), None)
            }
        };
        let keys = throttle::keys(a.address, account);
        let verified = self
            .access
            .credential(key, now, || {
                self.throttled(&keys, a.credential, self.verify(a.credential, now))
            })
            .await?;
        self.admit(&a, &verified, now).await?;
        if let Some(t) = &verified.token
            && self.access.claim_touch(&key, t, now, TOKEN_TOUCH_MICROS)
        {
            self.store.touch_token(t.id, now).await?;
        }
        Ok(verified.actor)
    }

    /// Runs `check` unless these keys are waiting; counts and audits its failure.
    async fn throttled<T>(
        &self,
        keys: &[Key],
        credential: Credential<'_>,
        check: impl std::future::Future<Output = Result<T>>,
    ) -> Result<T> {
        if let Err(wait) = self.throttle.may_try(keys) {
            return Err(Error::TooMany {
                message: format!(
                    "too many failed attempts from here or for this account; try again in {} s",
                    wait.seconds()
                ),
                retry_after: wait.seconds(),
            });
        }
        let r = check.await;
        if let Err(Error::Unauthenticated(why)) = &r {
            let name: String = match credential {
                // A token sent as the user name is a secret: it never reaches the audit log.
                Credential::Basic { username, .. } if username.starts_with(TOKEN_PREFIX) => {
                    "(token as user name)".into()
                }
                Credential::Basic { username, .. } => username.chars().take(64).collect(),
                Credential::Bearer(_) => "(token)".into(),
                Credential::Session(_) => "(session)".into(),
                Credential::Certificate(_) => "(certificate)".into(),
            };
            let address = keys.iter().find_map(|k| match k {
                Key::Address(a) => Some(a.to_string()),
                Key::Account(_) => None,
            });
            let method = format!("{credential:?}").to_lowercase();
            let started = self.throttle.failed(keys);
            self.record(
                AuditActor {
                    user: None,
                    member: None,
                    name: name.clone(),
                },
                "auth.failure",
                &method,
                json!({"reason": why, "address": address}),
            )
            .await?;
            if let Some(wait) = started {
                self.record(
                    AuditActor {
                        user: None,
                        member: None,
                        name,
                    },
                    "auth.throttled",
                    &method,
                    json!({"address": address, "seconds": wait.seconds()}),
                )
                .await?;
            }
        }
        r
    }

    /// Who a credential stands for, as the store says now.
    async fn verify(&self, credential: Credential<'_>, now: i64) -> Result<Verified> {
        match credential {
            Credential::Basic { password, .. } if password.starts_with(TOKEN_PREFIX) => {
                self.token_holder(password, false).await
            }
            Credential::Basic { username, password } => {
                let user = self.password_holder(username, password, now).await?;
                Ok(Verified {
                    actor: self.actor_for_user(user).await?,
                    token: None,
                })
            }
            Credential::Bearer(t) => self.token_holder(t, false).await,
            Credential::Session(t) => self.token_holder(t, true).await,
            Credential::Certificate(chain) => Ok(Verified {
                actor: self.certificate_holder(chain, now).await?,
                token: None,
            }),
        }
    }

    /// The user whose password this is. A password verified earlier against the very hash
    /// stored now needs no Argon2 again (credentials remembered are forgotten whenever anyone's
    /// account changes; this survives that).
    async fn password_holder(&self, username: &str, password: &str, now: i64) -> Result<User> {
        let key =
            auth::sha256(format!("basic\0{}\0{username}\0{password}", username.len()).as_bytes());
        let user = self.store.user_by_name(username).await?;
        let phc = user.as_ref().and_then(|u| u.password_hash.clone());
        let verified_before = match (&user, &phc) {
            (Some(user), Some(phc)) => self
                .password_cache
                .lock()
                .ok()
                .and_then(|c| c.get(&key).cloned())
                .is_some_and(|(uid, cached, at)| {
                    uid == user.id && &cached == phc && now - at < PASSWORD_CACHE_MICROS
                }),
            _ => false,
        };
        let ok = verified_before || {
            let (pw, phc) = (password.to_string(), phc.clone());
            tokio::task::spawn_blocking(move || auth::verify_password(&pw, phc.as_deref()))
                .await
                .map_err(|e| Error::store_cause("password checking stopped", e))?
        };
        match (user, phc) {
            (Some(user), Some(phc)) if ok => {
                if let Ok(mut c) = self.password_cache.lock() {
                    if c.len() > 10_000 {
                        c.clear();
                    }
                    c.insert(key, (user.id, phc, now));
                }
                Ok(user)
            }
            _ => Err(refused_password()),
        }
    }

    /// The holder of a token or session, whatever state the token is in (what it may do is
    /// [`Center::admit`]'s to say, on every use).
    async fn token_holder(&self, token: &str, session: bool) -> Result<Verified> {
        let refused = || {
            Error::Unauthenticated(if session {
                "your session has ended; sign in again".into()
            } else {
                "the token is unknown or revoked".into()
            })
        };
        let t = self
            .store
            .token_by_digest(&auth::token_digest(token))
            .await?
            .ok_or_else(refused)?;
        if t.revoked_at.is_some() {
            return Err(refused());
        }
        let user = self.store.user(t.user_id).await?.ok_or_else(refused)?;
        Ok(Verified {
            actor: self.actor_for_user(user).await?,
            token: Some(TokenUse {
                id: t.id,
                kind: t.kind,
                scope: t.scope,
                created_at: t.created_at,
                expires_at: t.expires_at,
                last_used_at: t.last_used_at,
            }),
        })
    }

    /// What a verified credential may do with this request: checked on every use, remembered
    /// or not.
    async fn admit(&self, a: &Attempt<'_>, v: &Verified, now: i64) -> Result<()> {
        let session = matches!(a.credential, Credential::Session(_));
        let password = matches!(a.credential, Credential::Basic { password, .. } if !password.starts_with(TOKEN_PREFIX));
        let certificate = matches!(a.credential, Credential::Certificate(_));
        // What was verified is what is presented: a token's verification never stands for a
        // password, nor a certificate's for either.
        if v.token.is_some() == (password || certificate) {
            return Err(Error::Unauthenticated("the credential is unknown".into()));
        }
        if a.purpose == Purpose::AccountChange && !(session || password) {
            return Err(Error::Forbidden(
                "an API token or a certificate does not change the account it stands for; sign in as a person to do this".into(),
            ));
        }
        // A token as the Basic password stands only with its own user's name (the token alone
        // is what is remembered, so this is asked on every use).
        if let Credential::Basic { username, .. } = a.credential
            && v.actor.user.username != username
        {
            return Err(refused_password());
        }
        if let Some(t) = &v.token {
            let ended = || {
                Error::Unauthenticated(if session {
                    "your session has ended; sign in again".into()
                } else {
                    "the token is unknown, revoked or expired; make a new one".into()
                })
            };
            let kind = if session {
                TokenKind::Session
            } else {
                TokenKind::Api
            };
            if t.kind != kind
                || t.expires_at.is_some_and(|e| now >= e)
                || (session && now - t.created_at > SESSION_MICROS)
            {
                return Err(ended());
            }
            if t.scope == Scope::Read && a.purpose != Purpose::Read && a.purpose != Purpose::Account
            {
                return Err(Error::Forbidden(
                    "this token may only read; make a token with the write scope for a system that sends or changes anything".into(),
                ));
            }
        }
        let user = &v.actor.user;
        if password && user.second_factor {
            return Err(Error::Unauthenticated(
                "this account signs in with a second factor, so its password alone opens nothing; a system uses an API token (as the Bearer token or the Basic password) instead".into(),
            ));
        }
        if !a.purpose.account() && v.actor.user.must_change_password {
            return Err(Error::Required(Required::PasswordChange));
        }
        if !a.purpose.account()
            && (session || password)
            && !user.second_factor
            && self.second_factor_required().await?
        {
            return Err(Error::Required(Required::SecondFactor));
        }
        Ok(())
    }

    /// The user a client certificate stands for: one pinned by its fingerprint, or one
    /// registered with an authority that issued it for client authentication and whose chain
    /// checks out today.
    async fn certificate_holder(&self, chain: &[Vec<u8>], now: i64) -> Result<Actor> {
        let refused = || {
            Error::Unauthenticated(
                "this client certificate is not registered to any user, or its registration was revoked".into(),
            )
        };
        let Some(leaf) = chain.first() else {
            return Err(refused());
        };
        let fingerprint = crate::audit::hex(&auth::sha256(leaf));
        let registered = self.store.certificates(None).await?;
        let pinned = registered.iter().find(|(c, _)| {
            c.kind == CertificateKind::Certificate
                && c.revoked_at.is_none()
                && c.fingerprint == fingerprint
        });
        let holder = match pinned {
            Some((c, _)) => Some(c.user_id),
            None => crate::certificates::issuers(&registered, chain, now)
                .next()
                .map(|c| c.user_id),
        };
        let user = match holder {
            Some(id) => self.store.user(id).await?.ok_or_else(refused)?,
            None => return Err(refused()),
        };
        self.actor_for_user(user).await
    }

    // ---- signing in -----------------------------------------------------------------------

    /// A web sign-in with a password: the session, or (for a user with a second factor) a
    /// pending sign-in that [`Center::sign_in_code`] completes. Failures are audited and
    /// throttled as for Basic.
    pub async fn sign_in(
        &self,
        username: &str,
        password: &str,
        client: &Client,
    ) -> Result<SignedIn> {
        let now = self.now();
        let user = self.sign_in_password(username, password, client).await?;
        if user.second_factor {
            let pending = self
                .new_token_for(
                    &user,
                    TokenKind::Pending,
                    "sign-in",
                    client,
                    Some(now + PENDING_MICROS),
                )
                .await?;
            return Ok(SignedIn::SecondFactor { pending });
        }
        let actor = self.actor_for_user(user).await?;
        let token = self.open_session(&actor, client, "password").await?;
        Ok(SignedIn::Session {
            actor: Box::new(actor),
            token,
        })
    }

    /// The user whose password this is, checked as a sign-in is (throttled, failures audited).
    pub(crate) async fn sign_in_password(
        &self,
        username: &str,
        password: &str,
        client: &Client,
    ) -> Result<User> {
        let now = self.now();
        let keys = throttle::keys(client.address, Some(username));
        let credential = Credential::Basic { username, password };
        self.throttled(&keys, credential, async {
            let user = self.password_holder(username, password, now).await?;
            if user.disabled {
                return Err(Error::Unauthenticated(
                    "this account is disabled; ask your member's administrator".into(),
                ));
            }
            Ok(user)
        })
        .await
    }

    /// Completes a sign-in with the code of the user's authenticator app, or one of the
    /// recovery codes. Each code is taken once.
    pub async fn sign_in_code(
        &self,
        pending: &str,
        code: &str,
        client: &Client,
    ) -> Result<(Actor, String)> {
        let now = self.now();
        let expired = || Error::Unauthenticated("the sign-in took too long; sign in again".into());
        let t = self
            .store
            .token_by_digest(&auth::token_digest(pending))
            .await?
            .filter(|t| t.kind == TokenKind::Pending && t.live(now))
            .ok_or_else(expired)?;
        let user = self.store.user(t.user_id).await?.ok_or_else(expired)?;
        let how = self.checked_code(&user, code, client).await?;
        self.store.revoke_token(t.id, now).await?;
        let actor = self.actor_for_user(user).await?;
        let token = self.open_session(&actor, client, how).await?;
        Ok((actor, token))
    }

    /// A code of the user's second factor, checked as a sign-in is (throttled per account and
    /// address, failures audited); says which kind of code it was.
    pub(crate) async fn checked_code(
        &self,
        user: &User,
        code: &str,
        client: &Client,
    ) -> Result<&'static str> {
        let now = self.now();
        let keys = throttle::keys(client.address, Some(&user.username));
        let credential = Credential::Basic {
            username: &user.username,
            password: "",
        };
        self.throttled(&keys, credential, async {
            self.check_second_factor(user, code, now).await
        })
        .await
    }

    /// Takes a code (or a recovery code) of the user's second factor once; says which it was.
    pub(crate) async fn check_second_factor(
        &self,
        user: &User,
        code: &str,
        now: i64,
    ) -> Result<&'static str> {
        let wrong = || Error::Unauthenticated("the code is wrong or was used already".into());
        let Some(secret) = self
            .store
            .second_factor(user.id)
            .await?
            .and_then(|f| f.secret)
        else {
            return Err(wrong());
        };
        let secret = auth::open(Sealing::SecondFactor, &self.secret, &secret)?;
        if let Some(step) = auth::check_code(&secret, code, now) {
            return if self.store.take_second_factor_step(user.id, step).await? {
                Ok("code")
            } else {
                Err(Error::Unauthenticated(
                    "this code was used already; wait for the next one".into(),
                ))
            };
        }
        if self
            .store
            .use_recovery_code(user.id, auth::recovery_digest(code), now)
            .await?
        {
            return Ok("recovery code");
        }
        Err(wrong())
    }

    async fn open_session(&self, actor: &Actor, client: &Client, how: &str) -> Result<String> {
        let token = self
            .new_token_for(
                &actor.user,
                TokenKind::Session,
                crate::service::SESSION_TOKEN,
                client,
                None,
            )
            .await?;
        self.record(
            AuditActor::of(actor),
            "session.sign_in",
            &actor.user.username,
            json!({"with": how, "client": client.describe()}),
        )
        .await?;
        Ok(token)
    }

    async fn new_token_for(
        &self,
        user: &User,
        kind: TokenKind,
        name: &str,
        client: &Client,
        expires_at: Option<i64>,
    ) -> Result<String> {
        let (text, digest) = auth::new_token(self.random())?;
        self.store
            .insert_token(NewToken {
                user_id: user.id,
                name: name.into(),
                digest,
                created_at: self.now(),
                kind,
                scope: Scope::Write,
                expires_at,
                client: client.describe(),
            })
            .await?;
        Ok(text)
    }

    /// Ends a web session; an unknown or ended session is already signed out.
    pub async fn sign_out(&self, token: &str) -> Result<()> {
        if let Some(t) = self.session_token(token).await? {
            self.store.revoke_token(t.id, self.now()).await?;
        }
        Ok(())
    }

    /// The live session a cookie carries, if any (to tell "this session" in a list).
    pub async fn session_token(&self, token: &str) -> Result<Option<Token>> {
        let now = self.now();
        Ok(self
            .store
            .token_by_digest(&auth::token_digest(token))
            .await?
            .filter(|t| t.kind == TokenKind::Session && t.live(now)))
    }
}
