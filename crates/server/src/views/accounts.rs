//! Users, tokens, sessions, certificates and collections, as their users and administrators
//! see them. No view carries a secret: a token's or link's text is answered once, when made.

use domain::users::AccountState;
use domain::{ClientCertificate, Collection, Member, MemberIdentity, Token, User};
use serde::Serialize;
use utoipa::ToSchema;

use super::{Names, at};

#[derive(Debug, Serialize, ToSchema)]
pub struct UserView {
    pub username: String,
    pub display_name: String,
    /// The member's short name.
    pub member: String,
    /// analyst, liaison_officer, delegate, member_administrator, secretariat, administrator.
    pub roles: Vec<&'static str>,
    pub disabled: bool,
    /// The password was chosen for the user, who must choose another first.
    pub must_change_password: bool,
    /// Signs in with a code besides the password.
    pub second_factor: bool,
    /// Whether a password is set (an invited user has none until the link is used).
    pub has_password: bool,
    /// The language the user chose to read the center in (`fa`); none follows the member's,
    /// then the browser's.
    pub language: Option<&'static str>,
    /// The calendar the user reads dates in (`gregorian`, `persian`, `islamic`); none is the
    /// language's usual one.
    pub calendar: Option<&'static str>,
    /// The IANA time zone the user reads times in; none is UTC.
    pub time_zone: Option<String>,
    pub created: String,
}

impl UserView {
    pub fn of(u: &User, names: &Names) -> Self {
        Self {
            username: u.username.clone(),
            display_name: u.display_name.clone(),
            member: names.of(&u.member_id),
            roles: u.roles.iter().map(|r| r.as_str()).collect(),
            disabled: u.disabled,
            must_change_password: u.must_change_password,
            second_factor: u.second_factor,
            has_password: u.password_hash.is_some(),
            language: u.language.map(|l| l.tag()),
            calendar: u.calendar.map(|c| c.as_str()),
            time_zone: u.time_zone.clone(),
            created: at(u.created_at),
        }
    }
}

/// The users one member (or, for the center's administrators, every member) has.
#[derive(Debug, Serialize, ToSchema)]
pub struct UsersView {
    pub users: Vec<UserView>,
}

/// An API token, never its secret.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenView {
    pub id: i64,
    pub name: String,
    /// read or write.
    pub scope: &'static str,
    pub created: String,
    pub expires: Option<String>,
    pub last_used: Option<String>,
    pub revoked: Option<String>,
    /// Neither revoked nor expired.
    pub live: bool,
}

impl TokenView {
    pub fn of(t: &Token, now: i64) -> Self {
        Self {
            id: t.id,
            name: t.name.clone(),
            scope: t.scope.as_str(),
            created: at(t.created_at),
            expires: t.expires_at.map(at),
            last_used: t.last_used_at.map(at),
            revoked: t.revoked_at.map(at),
            live: t.live(now),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokensView {
    pub tokens: Vec<TokenView>,
}

/// A token just made: its text is shown now and never again.
#[derive(Debug, Serialize, ToSchema)]
pub struct NewTokenView {
    pub token: TokenView,
    /// Use as `Authorization: Bearer …`, or as the password of HTTP Basic with the user's name.
    pub secret: String,
}

/// A web session of the user's.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionView {
    pub id: i64,
    pub opened: String,
    pub last_used: Option<String>,
    /// The browser and address it was opened from.
    pub client: Option<String>,
    /// The session this request came with.
    pub current: bool,
}

impl SessionView {
    pub fn of(t: &Token, current: Option<i64>) -> Self {
        Self {
            id: t.id,
            opened: at(t.created_at),
            last_used: t.last_used_at.map(at),
            client: t.client.as_deref().map(browser),
            current: current == Some(t.id),
        }
    }
}

/// A browser as people recognise it ("Firefox 132 on Windows from 192.0.2.7") from the
/// `User-Agent` a session was opened with; the text as it came when it names nothing known.
fn browser(client: &str) -> String {
    let (agent, from) = client
        .rsplit_once(" from ")
        .map_or((client, None), |(a, f)| (a, Some(f)));
    let version = |name: &str| {
        agent
            .split(name)
            .nth(1)
            .and_then(|rest| rest.strip_prefix('/'))
            .and_then(|v| v.split(['.', ' ']).next())
            .map(str::to_string)
    };
    let name = [
        ("Edg", "Edge"),
        ("Firefox", "Firefox"),
        ("HeadlessChrome", "Chromium (headless)"),
        ("Chrome", "Chrome"),
        ("Version", "Safari"),
    ]
    .into_iter()
    .find_map(|(token, name)| version(token).map(|v| format!("{name} {v}")));
    let os = [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(token, _)| agent.contains(token))
    .map(|(_, os)| os);
    let what = match (name, os) {
        (Some(n), Some(o)) => format!("{n} on {o}"),
        (Some(n), None) => n,
        (None, _) => agent.chars().take(60).collect(),
    };
    match from {
        Some(f) => format!("{what} from {f}"),
        None => what,
    }
}

/// The caller's own account.
#[derive(Debug, Serialize, ToSchema)]
pub struct AccountView {
    pub user: UserView,
    pub sessions: Vec<SessionView>,
    pub tokens: Vec<TokenView>,
    /// Recovery codes of the second factor not used yet.
    pub recovery_codes_left: i64,
    /// The center requires a second factor of everyone who signs in with a password.
    pub second_factor_required: bool,
}

#[cfg(test)]
mod tests {
    #[test]
    fn sessions_name_the_browser_people_know() {
        assert_eq!(
            super::browser(
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36 from 127.0.0.1"
            ),
            "Chromium (headless) 156 on Linux from 127.0.0.1"
        );
        assert_eq!(
            super::browser(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0"
            ),
            "Firefox 132 on Windows"
        );
        assert_eq!(super::browser("curl/8.5.0 from ::1"), "curl/8.5.0 from ::1");
    }
}

impl AccountView {
    pub fn of(a: &AccountState, names: &Names, current: Option<i64>, now: i64) -> Self {
        Self {
            user: UserView::of(&a.user, names),
            sessions: a
                .sessions
                .iter()
                .map(|t| SessionView::of(t, current))
                .collect(),
            tokens: a.tokens.iter().map(|t| TokenView::of(t, now)).collect(),
            recovery_codes_left: a.recovery_codes_left,
            second_factor_required: a.second_factor_required,
        }
    }
}

/// A link that sets a password (an invitation or a reset), shown once to the administrator
/// who made it, to pass on to the user.
#[derive(Debug, Serialize, ToSchema)]
pub struct PasswordLinkView {
    pub username: String,
    /// The path on this center, with the link's secret: `/set-password?token=…`.
    pub path: String,
    pub expires: String,
}

impl PasswordLinkView {
    pub fn of(username: &str, token: &str, expires: i64) -> Self {
        let token: String = form_urlencoded::byte_serialize(token.as_bytes()).collect();
        Self {
            username: username.to_string(),
            path: format!("/set-password?token={token}"),
            expires: at(expires),
        }
    }
}

/// A second factor being enrolled: what the authenticator app is given.
#[derive(Debug, Serialize, ToSchema)]
pub struct EnrolmentView {
    /// The secret in base 32, to type into the app.
    pub secret: String,
    /// The `otpauth://` URL, as a QR code carries it.
    pub url: String,
}

/// The recovery codes of a second factor just enrolled, shown once.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecoveryCodesView {
    pub recovery_codes: Vec<String>,
}

/// A client certificate (or certificate authority) registered to a user.
#[derive(Debug, Serialize, ToSchema)]
pub struct CertificateView {
    pub id: i64,
    /// certificate (pinned) or authority.
    pub kind: &'static str,
    pub name: String,
    /// SHA-256 of the certificate, hex.
    pub sha256: String,
    pub username: String,
    pub member: String,
    pub registered: String,
    pub revoked: Option<String>,
}

impl CertificateView {
    pub fn of(
        c: &ClientCertificate,
        users: &std::collections::HashMap<domain::UserId, String>,
        names: &Names,
    ) -> Self {
        Self {
            id: c.id,
            kind: c.kind.as_str(),
            name: c.name.clone(),
            sha256: c.fingerprint.clone(),
            username: users.get(&c.user_id).cloned().unwrap_or_default(),
            member: names.of(&c.member_id),
            registered: at(c.created_at),
            revoked: c.revoked_at.map(at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CertificatesView {
    pub certificates: Vec<CertificateView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CollectionView {
    pub id: String,
    pub alias: Option<String>,
    pub title: String,
    /// The marking given to objects that carry none.
    pub default_tlp: &'static str,
    pub everyone_reads: bool,
    pub everyone_writes: bool,
}

impl CollectionView {
    pub fn of(c: &Collection) -> Self {
        Self {
            id: c.id.0.to_string(),
            alias: c.alias.clone(),
            title: c.title.clone(),
            default_tlp: c.default_tlp.name(),
            everyone_reads: c.everyone_reads,
            everyone_writes: c.everyone_writes,
        }
    }
}

/// An identity a member authors as besides its own.
#[derive(Debug, Serialize, ToSchema)]
pub struct IdentityView {
    pub identity: String,
    pub name: String,
    pub registered: String,
}

impl IdentityView {
    pub fn of(i: &MemberIdentity) -> Self {
        Self {
            identity: i.identity_id.clone(),
            name: i.name.clone(),
            registered: at(i.created_at),
        }
    }
}

/// The identities only this member may name as the author of what it shares.
#[derive(Debug, Serialize, ToSchema)]
pub struct IdentitiesView {
    pub member: String,
    /// The member's own identity.
    pub own: String,
    pub registered: Vec<IdentityView>,
}

impl IdentitiesView {
    pub fn of(m: &Member, list: &[MemberIdentity]) -> Self {
        Self {
            member: m.name.clone(),
            own: m.identity_id.clone(),
            registered: list.iter().map(IdentityView::of).collect(),
        }
    }
}
