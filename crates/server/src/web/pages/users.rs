//! Running a member's accounts: its users (invited, given roles, disabled, sent a reset link),
//! their API tokens and client certificates. Member administrators see their own member's;
//! the center's administrators pick a member.

use super::table::{Column, Filter, ListQuery, Pages, order, passes, text_key};
use super::*;

use std::collections::HashMap as Map;

use crate::views::accounts::{CertificateView, PasswordLinkView, TokenView, UserView};
use domain::certificates::CertificateDraft;
use domain::language::Language;
use domain::store::UserChange;
use domain::users::NewAccount;

/// The roles a form offers, in the order people read them, in the reader's language, as the
/// domain lets them be given (`may_give`): a member administrator gives no role of the
/// center's (`center` false), and the secretariat role goes to the secretariat's people only.
fn role_choices(w: &crate::i18n::Words, center: bool, secretariat: bool) -> Vec<Labelled> {
    use domain::Role::*;
    [
        Analyst,
        LiaisonOfficer,
        Delegate,
        MemberAdministrator,
        Secretariat,
        Administrator,
    ]
    .iter()
    .filter(|r| match r {
        Secretariat => center && secretariat,
        Administrator => center,
        _ => true,
    })
    .map(|r| Labelled {
        value: r.as_str(),
        label: w.word("role", r.as_str()),
    })
    .collect()
}

#[derive(Template)]
#[template(path = "web/users.html")]
pub(super) struct UsersPage {
    ctx: Ctx,
    /// The member whose users these are.
    member: String,
    /// Members to pick from (the center's administrators only).
    members: Vec<MemberView>,
    /// As sorted and filtered, one page of them.
    users: Vec<UserView>,
    columns: Vec<Column>,
    filters: Vec<Filter>,
    pages: Pages,
    /// The whole list again, when filters narrow it.
    clear: Option<String>,
    roles: Vec<Labelled>,
    /// An invitation just made.
    link: Option<PasswordLinkView>,
    base: String,
    errors: FieldErrors,
    typed: BTreeMap<&'static str, String>,
    /// The language the member's people read the pages in unless they choose another.
    member_language: Option<&'static str>,
    languages: [Language; 5],
    /// What was just done.
    done: Option<String>,
    /// The member takes new users (it is no applicant): the invitation form is offered.
    may_invite: bool,
}

#[derive(Deserialize)]
pub(super) struct MemberParam {
    done: Option<String>,
    /// Whose users (`member`, the center's administrators only), sorted, filtered and paged.
    #[serde(flatten)]
    list: ListQuery,
}

/// Where a user's account stands, as the list says it and filters by it.
fn account_state(u: &UserView) -> &'static str {
    if u.disabled {
        "disabled"
    } else if !u.has_password {
        "invited"
    } else if u.must_change_password {
        "must-choose"
    } else {
        "active"
    }
}

/// Where links to this center start, as the browser reached it.
fn base_url(state: &State, headers: &axum::http::HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("localhost");
    let scheme = if state.config.secure_cookies {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}")
}

#[allow(clippy::too_many_arguments)]
async fn users_page(
    state: &State,
    s: &Session,
    list: &ListQuery,
    member: Option<String>,
    link: Option<PasswordLinkView>,
    base: String,
    errors: FieldErrors,
    typed: BTreeMap<&'static str, String>,
) -> Result<UsersPage, WebError> {
    let c = &state.center;
    let by = Authority::Administrator(&s.actor);
    by.check_administers()?;
    let center = s.actor.has_role(domain::Role::Administrator);
    let member = match member.filter(|_| center) {
        Some(m) => m,
        None => s.actor.member.name.clone(),
    };
    let names = Names(c.member_names().await?);
    let all = c.members().await?;
    let shown = all.iter().find(|m| m.name == member);
    let member_language = shown.and_then(|m| m.language).map(|l| l.tag());
    // The center's own roles are given to the secretariat's people only; an applicant's people
    // are invited once it is admitted.
    let secretariat = shown.is_some_and(|m| m.is_secretariat);
    let may_invite = shown.is_some_and(|m| m.takes_new_users());
    let w = &s.words;
    // The member is the list's own, chosen apart from its filters (and only by the center's
    // administrators): links keep it, the filters carry it unseen.
    let q = ListQuery {
        member: if center {
            member.clone()
        } else {
            String::new()
        },
        ..list.clone()
    };
    let mut users: Vec<UserView> = c
        .users(by, Some(&member))
        .await?
        .iter()
        .map(|u| UserView::of(u, &names))
        .filter(|u| {
            passes(&q.status, account_state(u))
                && (q.role.is_empty() || u.roles.contains(&q.role.as_str()))
        })
        .collect();
    let sorted_by = q.sorted_by(&["username", "name", "roles", "status"], "username");
    let descending = q.descending(false);
    match sorted_by {
        "name" => order(&mut users, descending, |u| text_key(&u.display_name)),
        "status" => order(&mut users, descending, account_state),
        "roles" => order(&mut users, descending, |u| u.roles.join(",")),
        _ => order(&mut users, descending, |u| u.username.clone()),
    }
    let path = "/users";
    let (users, pages) = q.page_of(path, w, users);
    let columns = q.columns(
        path,
        &[
            ("username", w.t("user-name")),
            ("name", w.t("col-name")),
            ("roles", w.t("roles")),
            ("status", w.t("token-state")),
        ],
        sorted_by,
        descending,
    );
    let filters = vec![
        Filter {
            name: "role",
            label: w.t("roles"),
            chosen: q.role.clone(),
            choices: role_choices(w, center, secretariat)
                .into_iter()
                .map(|r| (r.value.to_string(), r.label))
                .collect(),
        },
        Filter {
            name: "status",
            label: w.t("token-state"),
            chosen: q.status.clone(),
            choices: [
                ("active", "user-active"),
                ("invited", "user-invited-state"),
                ("must-choose", "user-must-choose"),
                ("disabled", "user-disabled"),
            ]
            .iter()
            .map(|(v, id)| (v.to_string(), w.t(id)))
            .collect(),
        },
    ];
    Ok(UsersPage {
        ctx: s.ctx(&s.words.t("nav-users")),
        members: if center {
            all.iter().map(MemberView::of).collect()
        } else {
            vec![]
        },
        member,
        users,
        columns,
        clear: q.cleared(path, &["status", "role"]),
        // The member whose users these are rides along with the filters, unseen.
        filters: filters
            .into_iter()
            .chain(center.then(|| Filter {
                name: "member",
                label: String::new(),
                chosen: q.member.clone(),
                choices: vec![],
            }))
            .chain(q.kept())
            .collect(),
        pages,
        roles: role_choices(&s.words, center, secretariat),
        may_invite,
        link,
        base,
        errors,
        typed,
        member_language,
        languages: Language::ALL,
        done: None,
    })
}

pub(super) async fn users(
    St(state): St<State>,
    s: Session,
    headers: axum::http::HeaderMap,
    Query(p): Query<MemberParam>,
) -> Page {
    let base = base_url(&state, &headers);
    let page = users_page(
        &state,
        &s,
        &p.list,
        Some(p.list.member.clone()).filter(|m| !m.is_empty()),
        None,
        base,
        FieldErrors::new(),
        BTreeMap::new(),
    )
    .await?;
    let done = match p.done.as_deref() {
        Some("language") => Some(match page.member_language.and_then(Language::from_tag) {
            Some(l) => s.words.t2(
                "member-language-saved",
                "member",
                page.member.clone(),
                "language",
                l.endonym(),
            ),
            None => s
                .words
                .t1("member-language-cleared", "member", page.member.clone()),
        }),
        _ => None,
    };
    render(UsersPage { done, ..page })
}

#[derive(Deserialize)]
pub(super) struct MemberLanguageForm {
    #[serde(default)]
    member: String,
    /// A language tag, or empty for each browser's.
    #[serde(default)]
    language: String,
}

/// The language a member's people read the pages in unless they choose another.
pub(super) async fn set_member_language(
    St(state): St<State>,
    headers: axum::http::HeaderMap,
    p: Posted<MemberLanguageForm>,
) -> Page {
    let s = &p.session;
    let f = &p.form;
    let mut errors = FieldErrors::new();
    let set = state
        .center
        .set_member_language(Authority::Administrator(&s.actor), &f.member, &f.language)
        .await;
    if form_error(set, &mut errors, "language.form")?.is_some() {
        let member: String = form_urlencoded::byte_serialize(f.member.as_bytes()).collect();
        return see_other(&format!("/users?member={member}&done=language"));
    }
    let base = base_url(&state, &headers);
    refused(
        users_page(
            &state,
            s,
            &ListQuery::default(),
            Some(f.member.clone()),
            None,
            base,
            errors,
            BTreeMap::new(),
        )
        .await?,
    )
}

#[derive(Deserialize)]
pub(super) struct InviteForm {
    #[serde(default)]
    member: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    roles: Vec<String>,
}

/// Roles as ticked; an unknown one is refused under `roles`.
fn roles_of(ticked: &[String]) -> domain::Result<Vec<domain::Role>> {
    ticked
        .iter()
        .map(|r| {
            domain::Role::parse(r).ok_or_else(|| {
                domain::Error::field("roles", "bad-choice", format!("'{r}' is not a role"))
            })
        })
        .collect()
}

pub(super) async fn invite(
    St(state): St<State>,
    headers: axum::http::HeaderMap,
    p: Posted<InviteForm>,
) -> Page {
    let s = &p.session;
    let f = &p.form;
    let base = base_url(&state, &headers);
    let mut errors = FieldErrors::new();
    let invited = match form_error(roles_of(&f.roles), &mut errors, "invite.form")? {
        Some(roles) => form_error(
            state
                .center
                .invite_user(
                    Authority::Administrator(&s.actor),
                    NewAccount {
                        member: f.member.clone(),
                        username: f.username.trim().to_string(),
                        display_name: f.display_name.clone(),
                        roles,
                    },
                )
                .await,
            &mut errors,
            "invite.form",
        )?,
        None => None,
    };
    match invited {
        Some((u, token)) => {
            let link = PasswordLinkView::of(
                &u.username,
                &token,
                state.center.now() + domain::users::LINK_MICROS,
            );
            render(
                users_page(
                    &state,
                    s,
                    &ListQuery::default(),
                    Some(f.member.clone()),
                    Some(link),
                    base,
                    errors,
                    BTreeMap::new(),
                )
                .await?,
            )
        }
        None => {
            let typed = typed_values(&[
                ("invite.username", &f.username),
                ("invite.display_name", &f.display_name),
                ("invite.roles", &f.roles.join(",")),
            ]);
            refused(
                users_page(
                    &state,
                    s,
                    &ListQuery::default(),
                    Some(f.member.clone()),
                    None,
                    base,
                    errors,
                    typed,
                )
                .await?,
            )
        }
    }
}

#[derive(Template)]
#[template(path = "web/user.html")]
pub(super) struct UserPage {
    ctx: Ctx,
    user: UserView,
    roles: Vec<Labelled>,
    tokens: Vec<TokenView>,
    certificates: Vec<CertificateView>,
    /// The account is the viewer's own.
    own: bool,
    done: Option<String>,
    link: Option<PasswordLinkView>,
    new_token: Option<(TokenView, String)>,
    base: String,
    errors: FieldErrors,
    typed: BTreeMap<&'static str, String>,
    /// The token form's `once` value (`crate::web::once`).
    once: String,
}

/// What the user page shows beside the account itself.
#[derive(Default)]
struct Shown {
    done: Option<String>,
    link: Option<PasswordLinkView>,
    new_token: Option<(TokenView, String)>,
    errors: FieldErrors,
    typed: BTreeMap<&'static str, String>,
}

async fn user_page(
    state: &State,
    s: &Session,
    username: &str,
    base: String,
    shown: Shown,
) -> Result<UserPage, WebError> {
    let c = &state.center;
    let by = Authority::Administrator(&s.actor);
    by.check_administers()?;
    let u = c.user_for(by, username).await?;
    let names = Names(c.member_names().await?);
    let now = c.now();
    let member = names.of(&u.member_id);
    let users: Map<domain::UserId, String> = [(u.id, u.username.clone())].into_iter().collect();
    let certificates = c
        .certificates(by, Some(&member))
        .await?
        .iter()
        .filter(|x| x.user_id == u.id)
        .map(|x| CertificateView::of(x, &users, &names))
        .collect();
    Ok(UserPage {
        ctx: s.ctx(&s.words.t1("user-title", "user", u.username.clone())),
        roles: role_choices(
            &s.words,
            s.actor.has_role(domain::Role::Administrator),
            c.members()
                .await?
                .iter()
                .any(|m| m.id == u.member_id && m.is_secretariat),
        ),
        tokens: c
            .tokens(by, username)
            .await?
            .iter()
            .map(|t| TokenView::of(t, now))
            .collect(),
        certificates,
        own: u.id == s.actor.user.id,
        user: UserView::of(&u, &names),
        done: shown.done,
        link: shown.link,
        new_token: shown.new_token,
        base,
        errors: shown.errors,
        typed: shown.typed,
        once: crate::web::once::new(),
    })
}

#[derive(Deserialize)]
pub(super) struct UserDone {
    done: Option<String>,
}

fn user_done(w: &crate::i18n::Words, code: Option<&str>) -> Option<String> {
    let id = match code? {
        "saved" => "done-user-saved",
        "disabled" => "done-user-disabled",
        "enabled" => "done-user-enabled",
        "revoked" => "done-revoked",
        "certificate" => "done-certificate",
        "certificate-revoked" => "done-certificate-revoked",
        "second-factor-off" => "done-user-second-factor-off",
        _ => return None,
    };
    Some(w.t(id))
}

pub(super) async fn user(
    St(state): St<State>,
    s: Session,
    headers: axum::http::HeaderMap,
    Path(name): Path<String>,
    Query(p): Query<UserDone>,
) -> Page {
    let base = base_url(&state, &headers);
    let shown = Shown {
        done: user_done(&s.words, p.done.as_deref()),
        ..Shown::default()
    };
    render(user_page(&state, &s, &name, base, shown).await?)
}

fn back_to(name: &str, done: &str) -> Page {
    let name: String = form_urlencoded::byte_serialize(name.as_bytes()).collect();
    see_other(&format!("/users/{name}?done={done}"))
}

#[derive(Deserialize)]
pub(super) struct EditForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    roles: Vec<String>,
}

pub(super) async fn edit_user(
    St(state): St<State>,
    headers: axum::http::HeaderMap,
    Path(name): Path<String>,
    p: Posted<EditForm>,
) -> Page {
    let s = &p.session;
    let mut errors = FieldErrors::new();
    let saved = match form_error(roles_of(&p.form.roles), &mut errors, "edit.form")? {
        Some(roles) => form_error(
            state
                .center
                .update_user(
                    Authority::Administrator(&s.actor),
                    &name,
                    UserChange {
                        display_name: Some(p.form.display_name.clone()),
                        roles: Some(roles),
                        disabled: None,
                    },
                )
                .await,
            &mut errors,
            "edit.form",
        )?,
        None => None,
    };
    if saved.is_some() {
        return back_to(&name, "saved");
    }
    let typed = typed_values(&[
        ("edit.display_name", &p.form.display_name),
        ("edit.roles", &p.form.roles.join(",")),
    ]);
    let base = base_url(&state, &headers);
    refused(
        user_page(
            &state,
            s,
            &name,
            base,
            Shown {
                errors,
                typed,
                ..Shown::default()
            },
        )
        .await?,
    )
}

async fn set_disabled(state: &State, s: &Session, name: &str, disabled: bool) -> Page {
    let mut errors = FieldErrors::new();
    let r = state
        .center
        .update_user(
            Authority::Administrator(&s.actor),
            name,
            UserChange {
                disabled: Some(disabled),
                ..UserChange::default()
            },
        )
        .await;
    if form_error(r, &mut errors, "state.form")?.is_some() {
        return back_to(name, if disabled { "disabled" } else { "enabled" });
    }
    refused(
        user_page(
            state,
            s,
            name,
            String::new(),
            Shown {
                errors,
                ..Shown::default()
            },
        )
        .await?,
    )
}

pub(super) async fn disable_user(
    St(state): St<State>,
    Path(name): Path<String>,
    p: Posted<Confirmed>,
) -> Page {
    if !p.form.given() {
        // Asked only of whoever may disable that user: anyone else is refused here, not
        // after confirming.
        let u = state
            .center
            .user_for(Authority::Administrator(&p.session.actor), &name)
            .await?;
        let w = &p.session.words;
        return confirm_step(
            &p.session,
            w.bdi1("user-disable-consequence", "user", &u.display_name),
            w.bdi1("user-disable-confirm", "user", &u.display_name),
            &format!("/users/{}/disable", u.username),
            &format!("/users/{}", u.username),
            vec![],
        );
    }
    set_disabled(&state, &p.session, &name, true).await
}

pub(super) async fn enable_user(
    St(state): St<State>,
    Path(name): Path<String>,
    p: Posted<Empty>,
) -> Page {
    set_disabled(&state, &p.session, &name, false).await
}

/// A reset link, shown once to pass on.
pub(super) async fn reset_user(
    St(state): St<State>,
    headers: axum::http::HeaderMap,
    Path(name): Path<String>,
    p: Posted<Empty>,
) -> Page {
    let s = &p.session;
    let token = state
        .center
        .reset_password(Authority::Administrator(&s.actor), &name)
        .await?;
    let link = PasswordLinkView::of(
        &name,
        &token,
        state.center.now() + domain::users::RESET_MICROS,
    );
    let base = base_url(&state, &headers);
    render(
        user_page(
            &state,
            s,
            &name,
            base,
            Shown {
                link: Some(link),
                ..Shown::default()
            },
        )
        .await?,
    )
}

pub(super) async fn remove_user_second_factor(
    St(state): St<State>,
    Path(name): Path<String>,
    p: Posted<Empty>,
) -> Page {
    state
        .center
        .remove_second_factor(
            Authority::Administrator(&p.session.actor),
            &name,
            None,
            &p.session.client,
        )
        .await?;
    back_to(&name, "second-factor-off")
}

pub(super) async fn new_user_token(
    St(state): St<State>,
    headers: axum::http::HeaderMap,
    Path(name): Path<String>,
    p: Posted<account::TokenForm>,
) -> Page {
    let s = &p.session;
    let c = &state.center;
    let mut errors = FieldErrors::new();
    let made = if !crate::web::once::first(&p.form.once) {
        errors.insert("token.form", crate::web::once::SENT_TWICE.into());
        None
    } else {
        match form_error(account::token_draft(&p.form), &mut errors, "token.form")? {
            Some(d) => form_error(
                c.create_token(Authority::Administrator(&s.actor), &name, d)
                    .await,
                &mut errors,
                "token.form",
            )?,
            None => None,
        }
    };
    let base = base_url(&state, &headers);
    let shown = match made {
        Some((t, text)) => Shown {
            new_token: Some((TokenView::of(&t, c.now()), text)),
            ..Shown::default()
        },
        None => Shown {
            errors,
            ..Shown::default()
        },
    };
    let ok = shown.new_token.is_some();
    let page = user_page(&state, s, &name, base, shown).await?;
    if ok { render(page) } else { refused(page) }
}

pub(super) async fn revoke_user_token(
    St(state): St<State>,
    Path((name, id)): Path<(String, i64)>,
    p: Posted<Confirmed>,
) -> Page {
    if !p.form.given() {
        return confirm_revoke(
            &state,
            &p.session,
            (&name, id),
            &format!("/users/{name}/tokens/{id}/revoke"),
            &format!("/users/{name}"),
        )
        .await;
    }
    state
        .center
        .revoke_token(Authority::Administrator(&p.session.actor), id)
        .await?;
    back_to(&name, "revoked")
}

#[derive(Deserialize)]
pub(super) struct CertificateForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    pem: String,
}

pub(super) async fn register_certificate(
    St(state): St<State>,
    headers: axum::http::HeaderMap,
    Path(name): Path<String>,
    p: Posted<CertificateForm>,
) -> Page {
    let s = &p.session;
    let f = &p.form;
    let mut errors = FieldErrors::new();
    let kind = domain::CertificateKind::parse(f.kind.trim())
        .unwrap_or(domain::CertificateKind::Certificate);
    let r = state
        .center
        .register_certificate(
            Authority::Administrator(&s.actor),
            &name,
            CertificateDraft {
                name: f.name.clone(),
                pem: f.pem.clone(),
                kind,
            },
        )
        .await;
    if form_error(r, &mut errors, "certificate.form")?.is_some() {
        return back_to(&name, "certificate");
    }
    let typed = typed_values(&[
        ("certificate.name", &f.name),
        ("certificate.kind", &f.kind),
        ("certificate.pem", &f.pem),
    ]);
    let base = base_url(&state, &headers);
    refused(
        user_page(
            &state,
            s,
            &name,
            base,
            Shown {
                errors,
                typed,
                ..Shown::default()
            },
        )
        .await?,
    )
}

pub(super) async fn revoke_certificate(
    St(state): St<State>,
    Path((name, id)): Path<(String, i64)>,
    p: Posted<Confirmed>,
) -> Page {
    if !p.form.given() {
        let by = Authority::Administrator(&p.session.actor);
        let user = state.center.user_for(by, &name).await?;
        let certificate = state
            .center
            .certificates(by, None)
            .await?
            .into_iter()
            .find(|c| c.id == id && c.user_id == user.id)
            .ok_or(domain::Error::NotFound("certificate"))?;
        let w = &p.session.words;
        return confirm_step(
            &p.session,
            w.bdi1("certificate-revoke-consequence", "name", &certificate.name),
            w.html("certificate-revoke-confirm", &[]),
            &format!("/users/{}/certificates/{id}/revoke", user.username),
            &format!("/users/{}", user.username),
            vec![],
        );
    }
    state
        .center
        .revoke_certificate(Authority::Administrator(&p.session.actor), id)
        .await?;
    back_to(&name, "certificate-revoked")
}

/// No roles held (a user not made yet).
const NONE: &[&str] = &[];

/// Whether a role is ticked: in a refused form as typed, else as the user holds it.
fn ticked(typed: &BTreeMap<&'static str, String>, key: &str, held: &[&str], role: &str) -> bool {
    match typed.get(key) {
        Some(t) => t.split(',').any(|r| r == role),
        None => held.contains(&role),
    }
}

/// What a typed field held, or `otherwise`.
fn typed_or<'a>(
    typed: &'a BTreeMap<&'static str, String>,
    key: &str,
    otherwise: &'a str,
) -> &'a str {
    typed.get(key).map_or(otherwise, String::as_str)
}

/// The confirmation step before a token is revoked, by its user or an administrator, naming
/// the token; asked only of whoever may revoke it (`user`'s token `id`).
pub(super) async fn confirm_revoke(
    state: &State,
    s: &Session,
    (user, id): (&str, i64),
    action: &str,
    back: &str,
) -> Page {
    let token = state
        .center
        .tokens(Authority::Administrator(&s.actor), user)
        .await?
        .into_iter()
        .find(|t| t.id == id)
        .ok_or(domain::Error::NotFound("token"))?;
    confirm_step(
        s,
        s.words
            .bdi1("token-revoke-consequence", "name", &token.name),
        s.words.html("token-revoke-confirm", &[]),
        action,
        back,
        vec![],
    )
}
