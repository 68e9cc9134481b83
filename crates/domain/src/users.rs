//! People's accounts, run by themselves and by their member's administrators: users and their
//! roles, invitation and reset links, API tokens, sessions, passwords and second factors.
//!
//! Two administrator scopes: the center's administrators run every member's accounts; a
//! member administrator runs its own member's and learns nothing of another's (a user of
//! another member is "not found", as one that does not exist).

use serde_json::json;

use crate::audit::model::AuditActor;
use crate::auth::{self, Sealing};
use crate::credentials::{Client, SECOND_FACTOR_REQUIRED};
use crate::language::{Calendar, Language};
use crate::service::{Authority, Center, check_name};
use crate::store::{LanguageOf, NewToken, NewUser, TokenSweep, UserChange};
use crate::{Actor, Error, Member, Result, Role, Scope, Token, TokenKind, User};

/// How long a link that sets a password (an invitation or a reset) may be used.
pub const LINK_MICROS: i64 = 7 * 86_400 * 1_000_000;
/// A reset link is for today: someone who lost their password is waiting for it.
pub const RESET_MICROS: i64 = 86_400 * 1_000_000;

/// A password given with a new account at the console.
#[derive(Debug, Clone, Copy)]
pub enum InitialPassword<'a> {
    /// Chosen for the user, who must choose another before anything else.
    Temporary(&'a str),
    /// Typed by the user or for a system that keeps it (`liaison user add --permanent`).
    Kept(&'a str),
}

/// A new account, as an administrator describes it.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub member: String,
    pub username: String,
    /// What people see; the user name if empty.
    pub display_name: String,
    pub roles: Vec<Role>,
}

/// A token as its user (or administrator) asks for it.
#[derive(Debug, Clone)]
pub struct TokenDraft {
    /// How the token is told apart when one client must be revoked.
    pub name: String,
    pub scope: Scope,
    /// Refused from then on; never if `None`.
    pub expires_at: Option<i64>,
}

/// A second factor being enrolled: what the authenticator app is given.
#[derive(Debug, Clone)]
pub struct Enrolment {
    /// The secret, base 32, for typing in.
    pub secret: String,
    /// The `otpauth://` URL a QR code carries.
    pub url: String,
}

/// An account's own view of itself.
#[derive(Debug, Clone)]
pub struct AccountState {
    pub user: User,
    pub sessions: Vec<Token>,
    pub tokens: Vec<Token>,
    pub recovery_codes_left: i64,
    pub second_factor_required: bool,
}

impl Authority<'_> {
    /// The roles this authority may give: a member administrator gives its own member's roles,
    /// never the center's (secretariat, administrator).
    fn may_give(&self, member: &Member, roles: &[Role]) -> Result<()> {
        let center_wide = roles
            .iter()
            .any(|r| matches!(r, Role::Administrator | Role::Secretariat));
        if center_wide && self.scope().is_some() {
            return Err(Error::field(
                "roles",
                "center-role",
                "only the center's administrators give the administrator and secretariat roles",
            ));
        }
        if roles.contains(&Role::Secretariat) && !member.is_secretariat {
            return Err(Error::field(
                "roles",
                "secretariat-only",
                "the secretariat role belongs to users of the center's secretariat",
            ));
        }
        if roles.is_empty() {
            return Err(Error::field(
                "roles",
                "required",
                "give the user at least one role: analyst, liaison_officer, delegate, member_administrator (or, for the center, secretariat, administrator)",
            ));
        }
        Ok(())
    }

    /// Whether this is the user acting on its own account.
    fn is(&self, user: &User) -> bool {
        matches!(self, Authority::Administrator(a) if a.user.id == user.id)
    }
}

impl Center {
    /// A user this authority runs the account of; any other is "not found", so user names of
    /// other members cannot be tried. Those who run no accounts at all are told so first.
    pub async fn user_for(&self, by: Authority<'_>, username: &str) -> Result<User> {
        if let Authority::Administrator(a) = by
            && !a.has_role(Role::Administrator)
            && !a.has_role(Role::MemberAdministrator)
            && a.user.username != username
        {
            return Err(Error::Forbidden(
                "this needs the member administrator role; ask your member's administrator".into(),
            ));
        }
        let u = self
            .store()
            .user_by_name(username)
            .await?
            .filter(|u| by.is(u) || by.manages(u.member_id))
            .ok_or(Error::NotFound("user"))?;
        // A member administrator does not run an account that holds a center role: it would
        // make itself the center's administrator (a token, a reset link, a certificate).
        if by.scope().is_some()
            && !by.is(&u)
            && u.roles
                .iter()
                .any(|r| matches!(r, Role::Administrator | Role::Secretariat))
        {
            return Err(Error::Forbidden(
                "this account holds a role of the center's; only the center's administrators run it".into(),
            ));
        }
        Ok(u)
    }

    /// Adds a user. Only the console gives a password ([`InitialPassword`]); people are given
    /// an invitation link instead ([`Center::invite_user`]).
    pub async fn add_user(
        &self,
        by: Authority<'_>,
        member: &str,
        username: &str,
        roles: Vec<Role>,
        password: Option<InitialPassword<'_>>,
    ) -> Result<User> {
        let m = self.member_by_name(member).await?;
        by.check_member(m.id)?;
        // As invitations are: an applicant's people have nothing to open until it is admitted.
        if !m.takes_new_users() {
            return Err(Error::invalid(format!(
                "'{member}' is an applicant: its people get accounts once the members admit it"
            )));
        }
        if password.is_some() && !matches!(by, Authority::Console) {
            return Err(Error::Forbidden(
                "only the console sets a password for someone; give the user an invitation link instead".into(),
            ));
        }
        check_name("user", username).map_err(|e| match e {
            Error::Invalid(i) => Error::field("username", "bad-name", i.message),
            e => e,
        })?;
        by.may_give(&m, &roles)?;
        if self.store().user_by_name(username).await?.is_some() {
            return Err(Error::Conflict(format!(
                "a user named '{username}' already exists"
            )));
        }
        let (password_hash, must_change) = match password {
            Some(InitialPassword::Temporary(p)) => (Some(self.hash(p).await?), true),
            Some(InitialPassword::Kept(p)) => (Some(self.hash(p).await?), false),
            None => (None, false),
        };
        let u = self
            .store()
            .insert_user(NewUser {
                member_id: m.id,
                username: username.into(),
                display_name: username.into(),
                roles,
                password_hash,
                created_at: self.now(),
                must_change_password: must_change,
            })
            .await?;
        self.record(
            AuditActor::authority(&by),
            "user.add",
            username,
            json!({"member": m.name, "roles": u.roles}),
        )
        .await?;
        Ok(u)
    }

    /// Hashes a password someone chose, once it passes [`auth::check_password`].
    pub(crate) async fn hash(&self, password: &str) -> Result<String> {
        auth::check_password(password, &[&self.info.name])?;
        let p = password.to_string();
        tokio::task::spawn_blocking(move || auth::hash_password(&p))
            .await
            .map_err(|e| Error::store_cause("password hashing stopped", e))?
    }

    /// Adds a user without a password and returns the link's token (shown once) with which
    /// the user sets one: an invitation valid for [`LINK_MICROS`].
    pub async fn invite_user(&self, by: Authority<'_>, a: NewAccount) -> Result<(User, String)> {
        let mut u = self
            .add_user(by, &a.member, &a.username, a.roles, None)
            .await?;
        let display = a.display_name.trim();
        if !display.is_empty() && display != u.username {
            self.store()
                .update_user(
                    u.id,
                    UserChange {
                        display_name: Some(display.to_string()),
                        ..UserChange::default()
                    },
                )
                .await?;
            u.display_name = display.to_string();
        }
        let token = self.password_link(&u, LINK_MICROS).await?;
        Ok((u, token))
    }

    /// A new link to set the user's password; the links made before it are void (one sent
    /// again because the first went astray must not leave the first usable).
    async fn password_link(&self, u: &User, valid: i64) -> Result<String> {
        let (text, digest) = auth::new_token(self.random())?;
        let now = self.now();
        self.store().void_invitations(u.id, now).await?;
        self.store()
            .insert_invitation(u.id, digest, now, now + valid)
            .await?;
        Ok(text)
    }

    /// A single-use link, valid for [`RESET_MICROS`], with which the user sets a new password.
    /// The old one works until then; using the link ends the user's sessions.
    pub async fn reset_password(&self, by: Authority<'_>, username: &str) -> Result<String> {
        let u = self.user_for(by, username).await?;
        if by.is(&u) {
            return Err(Error::Forbidden(
                "change your own password on your account page (the current one is asked); a reset link is for someone else's".into(),
            ));
        }
        let token = self.password_link(&u, RESET_MICROS).await?;
        self.record(
            AuditActor::authority(&by),
            "user.reset",
            username,
            json!({"member": u.member_id.0}),
        )
        .await?;
        Ok(token)
    }

    /// The users of one member (`Some`), or of every member for the center's administrators.
    pub async fn users(&self, by: Authority<'_>, member: Option<&str>) -> Result<Vec<User>> {
        let member = match (member, by.scope()) {
            (Some(name), _) => Some(self.member_by_name(name).await?.id),
            (None, own) => own,
        };
        match member {
            Some(m) => by.check_member(m)?,
            None => by.check()?,
        }
        self.store().users(member).await
    }

    pub async fn users_of(&self, member: &Member) -> Result<Vec<User>> {
        self.store().users(Some(member.id)).await
    }

    /// Changes a user's name, roles, or whether it may sign in. Nobody disables themselves or
    /// takes away their own administrator role (a center left with no administrator is run
    /// from the console only).
    pub async fn update_user(
        &self,
        by: Authority<'_>,
        username: &str,
        change: UserChange,
    ) -> Result<User> {
        let u = self.user_for(by, username).await?;
        by.check_member(u.member_id)?;
        let m = self
            .store()
            .member(u.member_id)
            .await?
            .ok_or(Error::NotFound("user"))?;
        if let Some(roles) = &change.roles {
            by.may_give(&m, roles)?;
            // Roles this authority may not give, it may not take away either.
            if by.scope().is_some()
                && u.roles
                    .iter()
                    .any(|r| matches!(r, Role::Administrator | Role::Secretariat))
            {
                return Err(Error::field(
                    "roles",
                    "center-role",
                    "this user holds a role of the center's; only the center's administrators change its roles",
                ));
            }
            if by.is(&u)
                && [Role::Administrator, Role::MemberAdministrator]
                    .iter()
                    .any(|r| u.has_role(*r) && !roles.contains(r))
            {
                return Err(Error::field(
                    "roles",
                    "own-role",
                    "you may not take away your own administrator role; ask another administrator",
                ));
            }
        }
        if change.disabled == Some(true) && by.is(&u) {
            return Err(Error::field(
                "disabled",
                "own-account",
                "you may not disable your own account",
            ));
        }
        if let Some(name) = &change.display_name
            && (name.trim().is_empty() || name.chars().count() > 200)
        {
            return Err(Error::field(
                "display_name",
                "required",
                "a display name has 1 to 200 characters",
            ));
        }
        let change = UserChange {
            display_name: change.display_name.map(|n| n.trim().to_string()),
            ..change
        };
        self.store().update_user(u.id, change.clone()).await?;
        if change.disabled == Some(true) {
            self.end_sessions(&u, None).await?;
            self.store().void_invitations(u.id, self.now()).await?;
        }
        self.record(
            AuditActor::authority(&by),
            "user.update",
            username,
            json!({"display_name": change.display_name, "roles": change.roles, "disabled": change.disabled}),
        )
        .await?;
        self.store()
            .user(u.id)
            .await?
            .ok_or(Error::NotFound("user"))
    }

    async fn end_sessions(&self, u: &User, except: Option<i64>) -> Result<u64> {
        let now = self.now();
        let mut n = 0;
        for kind in [TokenKind::Session, TokenKind::Pending] {
            n += self
                .store()
                .revoke_tokens(
                    TokenSweep {
                        user: u.id,
                        kind: Some(kind),
                        except,
                    },
                    now,
                )
                .await?;
        }
        Ok(n)
    }

    /// Sets a password at the console (`liaison user password`).
    pub async fn set_password(
        &self,
        by: Authority<'_>,
        username: &str,
        password: InitialPassword<'_>,
    ) -> Result<()> {
        if !matches!(by, Authority::Console) {
            return Err(Error::Forbidden(
                "only the console sets a password for someone; send the user a reset link instead"
                    .into(),
            ));
        }
        let u = self.user_by_name(username).await?;
        let (p, must_change) = match password {
            InitialPassword::Temporary(p) => (p, true),
            InitialPassword::Kept(p) => (p, false),
        };
        let hash = self.hash(p).await?;
        self.store()
            .set_password(u.id, &hash, must_change, self.now())
            .await?;
        self.end_sessions(&u, None).await?;
        self.record(
            AuditActor::authority(&by),
            "user.password",
            username,
            json!({"temporary": must_change}),
        )
        .await
    }

    /// The actor for a user named on the local console (`liaison import --as`).
    pub async fn console_actor(&self, username: &str) -> Result<Actor> {
        let user = self.user_by_name(username).await?;
        self.actor_for_user(user).await
    }

    pub async fn user_by_name(&self, username: &str) -> Result<User> {
        self.store()
            .user_by_name(username)
            .await?
            .ok_or(Error::NotFound("user"))
    }

    // ---- tokens ---------------------------------------------------------------------------

    /// Makes an API token for a user: its own, or one its administrator runs. The text is
    /// returned once and never stored.
    pub async fn create_token(
        &self,
        by: Authority<'_>,
        username: &str,
        d: TokenDraft,
    ) -> Result<(Token, String)> {
        let user = self.user_for(by, username).await?;
        let mut refused = crate::error::Refusals::new();
        let name = d.name.trim();
        refused.check(
            !name.is_empty() && name.chars().count() <= 100,
            "name",
            "required",
            "give the token a name of up to 100 characters, such as the TAXII client that will use it",
        );
        let now = self.now();
        refused.check(
            d.expires_at.is_none_or(|e| e > now),
            "expires",
            "in-the-past",
            "a token expires in the future, or never",
        );
        refused.done()?;
        let (text, digest) = auth::new_token(self.random())?;
        let t = self
            .store()
            .insert_token(NewToken {
                user_id: user.id,
                name: name.into(),
                digest,
                created_at: now,
                kind: TokenKind::Api,
                scope: d.scope,
                expires_at: d.expires_at,
                client: None,
            })
            .await?;
        self.record(
            AuditActor::authority(&by),
            "token.create",
            username,
            json!({"token": t.id, "name": name, "scope": d.scope.as_str(), "expires_at": d.expires_at}),
        )
        .await?;
        Ok((t, text))
    }

    /// A user's API tokens, revoked and expired ones included, for the user and its
    /// administrators.
    pub async fn tokens(&self, by: Authority<'_>, username: &str) -> Result<Vec<Token>> {
        let user = self.user_for(by, username).await?;
        let mut all = self.store().tokens(user.id).await?;
        all.retain(|t| t.kind == TokenKind::Api);
        Ok(all)
    }

    /// Revokes an API token of the caller's, or of a user the caller runs; any other is "not
    /// found".
    pub async fn revoke_token(&self, by: Authority<'_>, token_id: i64) -> Result<Token> {
        let t = self
            .store()
            .token(token_id)
            .await?
            .filter(|t| t.kind == TokenKind::Api);
        let owner = match &t {
            Some(t) => self.store().user(t.user_id).await?,
            None => None,
        };
        let (Some(t), Some(owner)) = (t, owner) else {
            return Err(Error::NotFound("token"));
        };
        if !(by.is(&owner) || by.manages(owner.member_id)) {
            return Err(Error::NotFound("token"));
        }
        if !self.store().revoke_token(t.id, self.now()).await? {
            return Err(Error::Conflict("this token was revoked already".into()));
        }
        self.record(
            AuditActor::authority(&by),
            "token.revoke",
            &owner.username,
            json!({"token": t.id, "name": t.name}),
        )
        .await?;
        Ok(t)
    }

    // ---- the user's own account -----------------------------------------------------------

    /// What a user sees of its own account: its live sessions, tokens and second factor.
    pub async fn account(&self, actor: &Actor) -> Result<AccountState> {
        let now = self.now();
        let all = self.store().tokens(actor.user.id).await?;
        let (sessions, tokens): (Vec<Token>, Vec<Token>) = all
            .into_iter()
            .filter(|t| t.kind != TokenKind::Pending)
            .partition(|t| t.kind == TokenKind::Session);
        let sessions = sessions
            .into_iter()
            .filter(|t| t.live(now) && now - t.created_at <= crate::service::SESSION_MICROS)
            .collect();
        let user = self
            .store()
            .user(actor.user.id)
            .await?
            .ok_or(Error::NotFound("user"))?;
        Ok(AccountState {
            recovery_codes_left: if user.second_factor {
                self.store().recovery_codes_left(user.id).await?
            } else {
                0
            },
            user,
            sessions,
            tokens,
            second_factor_required: self.second_factor_required().await?,
        })
    }

    /// Sets the language the user reads the center in, as a form or the API sends it (a tag,
    /// or nothing to follow the member's default, then the browser's languages).
    pub async fn choose_language(&self, actor: &Actor, language: &str) -> Result<()> {
        let language = Language::choice("language", language)?;
        self.store()
            .set_language(LanguageOf::User(actor.user.id), language)
            .await?;
        self.record(
            AuditActor::of(actor),
            "user.language",
            &actor.user.username,
            json!({"language": language.map(Language::tag)}),
        )
        .await
    }

    /// The calendar and time zone the user reads dates in, chosen for themselves.
    pub async fn choose_reading(
        &self,
        actor: &Actor,
        calendar: &str,
        time_zone: &str,
    ) -> Result<()> {
        let mut refused = crate::error::Refusals::new();
        let calendar = refused
            .take(Calendar::choice("calendar", calendar))?
            .flatten();
        let time_zone = refused
            .take(crate::language::time_zone_choice("time_zone", time_zone))?
            .flatten();
        refused.done()?;
        self.store()
            .set_reading(actor.user.id, calendar, time_zone.clone())
            .await?;
        self.record(
            AuditActor::of(actor),
            "user.reading",
            &actor.user.username,
            json!({"calendar": calendar.map(Calendar::as_str), "time_zone": time_zone}),
        )
        .await
    }

    /// Sets the language a member's people read the center in unless they choose another: its
    /// member administrators or the center's administrators decide.
    pub async fn set_member_language(
        &self,
        by: Authority<'_>,
        member: &str,
        language: &str,
    ) -> Result<Member> {
        let language = Language::choice("language", language)?;
        by.check_administers()?;
        let m = self
            .store()
            .member_by_name(member)
            .await?
            .ok_or(Error::NotFound("member"))?;
        by.check_member(m.id)?;
        self.store()
            .set_language(LanguageOf::Member(m.id), language)
            .await?;
        self.record(
            AuditActor::authority(&by),
            "member.language",
            &m.name,
            json!({"language": language.map(Language::tag)}),
        )
        .await?;
        Ok(Member { language, ..m })
    }

    /// Ends one of the user's own sessions.
    pub async fn end_session(&self, actor: &Actor, id: i64) -> Result<()> {
        let t = self
            .store()
            .token(id)
            .await?
            .filter(|t| t.user_id == actor.user.id && t.kind == TokenKind::Session)
            .ok_or(Error::NotFound("session"))?;
        self.store().revoke_token(t.id, self.now()).await?;
        self.record(
            AuditActor::of(actor),
            "session.end",
            &actor.user.username,
            json!({"session": id}),
        )
        .await
    }

    /// Ends every session of the user's but `keep` (the one it acts from).
    pub async fn end_other_sessions(&self, actor: &Actor, keep: Option<i64>) -> Result<u64> {
        let n = self.end_sessions(&actor.user, keep).await?;
        self.record(
            AuditActor::of(actor),
            "session.end_others",
            &actor.user.username,
            json!({"ended": n}),
        )
        .await?;
        Ok(n)
    }

    /// Changes the user's own password: the current one is required (checked and throttled
    /// like a sign-in), the new one must be unguessable, and every other session ends.
    pub async fn change_password(
        &self,
        actor: &Actor,
        current: &str,
        new: &str,
        keep: Option<i64>,
        client: &Client,
    ) -> Result<()> {
        let u = &actor.user;
        let verified = self.sign_in_password(&u.username, current, client).await;
        let mut refused = crate::error::Refusals::new();
        match verified {
            Ok(_) => {}
            Err(Error::Unauthenticated(_)) => refused.check(
                false,
                "current_password",
                "wrong",
                "this is not your current password",
            ),
            Err(e) => return Err(e),
        }
        if current == new {
            refused.check(
                false,
                "password",
                "unchanged",
                "choose a password other than the current one",
            );
        } else if let Err(e) = auth::check_password(
            new,
            &[
                &u.username,
                &u.display_name,
                &actor.member.name,
                &actor.member.display_name,
                &self.info.name,
            ],
        ) {
            refused.take(Err::<(), _>(e))?;
        }
        refused.done()?;
        let hash = self.hash(new).await?;
        self.store()
            .set_password(u.id, &hash, false, self.now())
            .await?;
        self.end_sessions(u, keep).await?;
        self.record(
            AuditActor::of(actor),
            "user.password",
            &u.username,
            json!({"ended_other_sessions": true}),
        )
        .await
    }

    // ---- second factor --------------------------------------------------------------------

    /// A code of the user's own second factor, asked before the user changes it: checked as a
    /// sign-in is (throttled, failures audited), and a wrong one refused under the form's
    /// `code` field.
    async fn own_code(&self, user: &User, code: Option<&str>, client: &Client) -> Result<()> {
        match self
            .checked_code(user, code.unwrap_or_default(), client)
            .await
        {
            Ok(_) => Ok(()),
            Err(Error::Unauthenticated(why)) => Err(Error::field("code", "wrong", why)),
            Err(e) => Err(e),
        }
    }

    /// Starts enrolling a second factor (a new one replaces the old once confirmed). A user who
    /// has one gives a code of it first: whoever holds only the session must not replace it.
    pub async fn begin_second_factor(
        &self,
        actor: &Actor,
        code: Option<&str>,
        client: &Client,
    ) -> Result<Enrolment> {
        let user = self
            .store()
            .user(actor.user.id)
            .await?
            .ok_or(Error::NotFound("user"))?;
        if user.second_factor {
            self.own_code(&user, code, client).await?;
        }
        let secret = auth::new_second_factor_secret(self.random())?;
        let sealed = auth::seal(
            Sealing::SecondFactor,
            &self.secret,
            crate::random::bytes(self.random())?,
            &secret,
        )?;
        self.store()
            .set_second_factor_pending(actor.user.id, sealed)
            .await?;
        let (secret, url) =
            auth::second_factor_enrolment(&secret, &actor.user.username, &self.info.name)?;
        Ok(Enrolment { secret, url })
    }

    /// The secret being enrolled, opened (to show its QR code again after a wrong code).
    pub async fn pending_second_factor(&self, actor: &Actor) -> Result<Option<Enrolment>> {
        let Some(pending) = self
            .store()
            .second_factor(actor.user.id)
            .await?
            .and_then(|f| f.pending)
        else {
            return Ok(None);
        };
        let secret = auth::open(Sealing::SecondFactor, &self.secret, &pending)?;
        let (secret, url) =
            auth::second_factor_enrolment(&secret, &actor.user.username, &self.info.name)?;
        Ok(Some(Enrolment { secret, url }))
    }

    /// Confirms the second factor being enrolled with its first code; returns the recovery
    /// codes, shown once.
    pub async fn confirm_second_factor(&self, actor: &Actor, code: &str) -> Result<Vec<String>> {
        let wrong = || {
            Error::field(
                "code",
                "wrong",
                "this code does not match; check the app's clock and type the code it shows now",
            )
        };
        let pending = self
            .store()
            .second_factor(actor.user.id)
            .await?
            .and_then(|f| f.pending)
            .ok_or_else(|| {
                Error::field(
                    "code",
                    "not-started",
                    "start again: set up the authenticator app first",
                )
            })?;
        let secret = auth::open(Sealing::SecondFactor, &self.secret, &pending)?;
        let now = self.now();
        let step = auth::check_code(&secret, code, now).ok_or_else(wrong)?;
        let mut codes = Vec::with_capacity(auth::RECOVERY_CODES);
        for _ in 0..auth::RECOVERY_CODES {
            codes.push(auth::new_recovery_code(self.random())?);
        }
        let digests = codes.iter().map(|c| auth::recovery_digest(c)).collect();
        if !self
            .store()
            .enable_second_factor(actor.user.id, step, digests, now)
            .await?
        {
            return Err(wrong());
        }
        self.record(
            AuditActor::of(actor),
            "user.second_factor",
            &actor.user.username,
            json!({"enabled": true}),
        )
        .await?;
        Ok(codes)
    }

    /// Removes a second factor: the user's own (with a code of it), or, for a user who lost
    /// the device and the recovery codes, by an administrator who runs the account.
    pub async fn remove_second_factor(
        &self,
        by: Authority<'_>,
        username: &str,
        code: Option<&str>,
        client: &Client,
    ) -> Result<()> {
        let u = self.user_for(by, username).await?;
        if by.is(&u) {
            self.own_code(&u, code, client).await?;
        } else {
            by.check_member(u.member_id)?;
        }
        self.store().remove_second_factor(u.id).await?;
        self.record(
            AuditActor::authority(&by),
            "user.second_factor",
            username,
            json!({"enabled": false}),
        )
        .await
    }

    /// Requires (or stops requiring) a second factor of everyone who signs in with a password.
    pub async fn require_second_factor(&self, by: Authority<'_>, required: bool) -> Result<()> {
        by.check()?;
        self.store()
            .set_setting(
                SECOND_FACTOR_REQUIRED,
                if required { "true" } else { "false" },
            )
            .await?;
        self.record(
            AuditActor::authority(&by),
            "center.second_factor",
            &self.info.name,
            json!({"required": required}),
        )
        .await
    }
}
