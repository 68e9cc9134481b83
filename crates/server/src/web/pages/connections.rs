//! How a member connects to the center, for its administrators: the identities it authors as,
//! its webhooks, and (on the feeds page) the feeds pulled on its behalf. The domain decides who
//! may do what, as for the API.

use super::*;

use crate::views::accounts::IdentitiesView;
use crate::views::exchange::{NewWebhookView, WebhookView};
use domain::feeds::FeedDraft;
use domain::subscriptions::EventFilter;

#[derive(Template)]
#[template(path = "web/connections.html")]
pub(super) struct Connections {
    ctx: Ctx,
    member: String,
    /// Members to pick from (the center's administrators only).
    members: Vec<MemberView>,
    identities: IdentitiesView,
    webhooks: Vec<WebhookView>,
    /// A webhook just made, with its signing secret shown once.
    new_webhook: Option<NewWebhookView>,
    done: Option<String>,
    errors: FieldErrors,
    typed: BTreeMap<&'static str, String>,
    /// The webhook form's `once` value (`crate::web::once`).
    once: String,
}

#[derive(Deserialize)]
pub(super) struct ConnectionsParam {
    member: Option<String>,
    done: Option<String>,
}

#[derive(Default)]
struct Shown {
    new_webhook: Option<NewWebhookView>,
    done: Option<String>,
    errors: FieldErrors,
    typed: BTreeMap<&'static str, String>,
}

async fn connections_page(
    state: &State,
    s: &Session,
    member: Option<String>,
    shown: Shown,
) -> Result<Connections, WebError> {
    let c = &state.center;
    let by = Authority::Administrator(&s.actor);
    by.check_administers()?;
    let center = s.actor.has_role(domain::Role::Administrator);
    let member = match member.filter(|_| center) {
        Some(m) => m,
        None => s.actor.member.name.clone(),
    };
    let m = c.member_by_name(&member).await?;
    let names = Names(c.member_names().await?);
    let identities = c.member_identities(by, &member).await?;
    Ok(Connections {
        ctx: s.ctx(&s.words.t("nav-connections")),
        members: if center {
            c.members().await?.iter().map(MemberView::of).collect()
        } else {
            vec![]
        },
        identities: IdentitiesView::of(&m, &identities),
        webhooks: c
            .webhooks(by, Some(&member))
            .await?
            .iter()
            .map(|w| WebhookView::of(w, &names))
            .collect(),
        member,
        new_webhook: shown.new_webhook,
        done: shown.done,
        errors: shown.errors,
        typed: shown.typed,
        once: crate::web::once::new(),
    })
}

fn connections_done(w: &crate::i18n::Words, code: Option<&str>) -> Option<String> {
    let id = match code? {
        "identity" => "done-identity",
        "identity-removed" => "done-identity-removed",
        "webhook-removed" => "done-webhook-removed",
        _ => return None,
    };
    Some(w.t(id))
}

pub(super) async fn connections(
    St(state): St<State>,
    s: Session,
    Query(p): Query<ConnectionsParam>,
) -> Page {
    let shown = Shown {
        done: connections_done(&s.words, p.done.as_deref()),
        ..Shown::default()
    };
    render(connections_page(&state, &s, p.member, shown).await?)
}

fn back(member: &str, done: &str) -> Page {
    let member: String = form_urlencoded::byte_serialize(member.as_bytes()).collect();
    see_other(&format!("/connections?member={member}&done={done}"))
}

#[derive(Deserialize)]
pub(super) struct IdentityForm {
    #[serde(default)]
    member: String,
    #[serde(default)]
    identity: String,
    #[serde(default)]
    name: String,
}

pub(super) async fn register_identity(St(state): St<State>, p: Posted<IdentityForm>) -> Page {
    let s = &p.session;
    let f = &p.form;
    let mut errors = FieldErrors::new();
    let r = state
        .center
        .register_identity(
            Authority::Administrator(&s.actor),
            &f.member,
            &f.identity,
            &f.name,
        )
        .await;
    if form_error(r, &mut errors, "identity.form")?.is_some() {
        return back(&f.member, "identity");
    }
    let typed = typed_values(&[
        ("identity.identity", &f.identity),
        ("identity.name", &f.name),
    ]);
    refused(
        connections_page(
            &state,
            s,
            Some(f.member.clone()),
            Shown {
                errors,
                typed,
                ..Shown::default()
            },
        )
        .await?,
    )
}

#[derive(Deserialize)]
pub(super) struct RemoveIdentityForm {
    #[serde(default)]
    member: String,
    #[serde(default)]
    identity: String,
}

pub(super) async fn unregister_identity(
    St(state): St<State>,
    p: Posted<RemoveIdentityForm>,
) -> Page {
    state
        .center
        .unregister_identity(
            Authority::Administrator(&p.session.actor),
            &p.form.member,
            &p.form.identity,
        )
        .await?;
    back(&p.form.member, "identity-removed")
}

#[derive(Deserialize)]
pub(super) struct WebhookForm {
    #[serde(default)]
    member: String,
    #[serde(default)]
    url: String,
    /// Comma-separated STIX types; everything if empty.
    #[serde(default)]
    types: String,
    /// Notifications only, or new objects only.
    #[serde(default)]
    deliver: String,
    /// See `crate::web::once`.
    #[serde(default)]
    once: String,
}

pub(super) async fn add_webhook(St(state): St<State>, p: Posted<WebhookForm>) -> Page {
    let s = &p.session;
    let f = &p.form;
    let c = &state.center;
    let filter = EventFilter {
        objects: f.deliver != "notifications",
        notifications: f.deliver != "objects",
        types: f
            .types
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect(),
        ..EventFilter::default()
    };
    let mut errors = FieldErrors::new();
    let r = if crate::web::once::first(&f.once) {
        c.add_webhook(
            Authority::Administrator(&s.actor),
            &f.member,
            &f.url,
            filter,
        )
        .await
    } else {
        Err(domain::Error::invalid(crate::web::once::SENT_TWICE))
    };
    let shown = match form_error(r, &mut errors, "webhook.form")? {
        Some((w, secret)) => {
            let names = Names(c.member_names().await?);
            Shown {
                new_webhook: Some(NewWebhookView {
                    webhook: WebhookView::of(&w, &names),
                    secret,
                }),
                ..Shown::default()
            }
        }
        None => Shown {
            errors,
            typed: typed_values(&[
                ("webhook.url", &f.url),
                ("webhook.types", &f.types),
                ("webhook.deliver", &f.deliver),
            ]),
            ..Shown::default()
        },
    };
    let made = shown.new_webhook.is_some();
    let page = connections_page(&state, s, Some(f.member.clone()), shown).await?;
    if made { render(page) } else { refused(page) }
}

#[derive(Deserialize)]
pub(super) struct RemoveWebhookForm {
    #[serde(default)]
    member: String,
}

pub(super) async fn remove_webhook(
    St(state): St<State>,
    Path(id): Path<i64>,
    p: Posted<RemoveWebhookForm>,
) -> Page {
    state
        .center
        .remove_webhook(Authority::Administrator(&p.session.actor), id)
        .await?;
    back(&p.form.member, "webhook-removed")
}

#[derive(Deserialize)]
pub(super) struct FeedForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    api_root: String,
    #[serde(default)]
    collection: String,
    #[serde(default)]
    auth: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    secret: String,
    #[serde(default)]
    member: String,
    #[serde(default)]
    user: String,
    #[serde(default)]
    tlp: String,
    #[serde(default)]
    interval: String,
    #[serde(default)]
    ca: String,
}

/// Registers a feed from the feeds page.
pub(super) async fn add_feed(St(state): St<State>, p: Posted<FeedForm>) -> Page {
    let s = &p.session;
    let f = &p.form;
    let mut errors = FieldErrors::new();
    let interval = match f.interval.trim() {
        "" => None,
        t => match t.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => {
                errors.insert(
                    "feed.interval",
                    "give the interval in seconds, such as 3600".into(),
                );
                None
            }
        },
    };
    let opt = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
    if errors.is_empty() {
        let r = state
            .center
            .add_feed(
                Authority::Administrator(&s.actor),
                FeedDraft {
                    name: f.name.trim().to_string(),
                    api_root: f.api_root.clone(),
                    remote_collection: f.collection.clone(),
                    auth: f.auth.clone(),
                    username: opt(&f.username),
                    secret: opt(&f.secret),
                    member: f.member.clone(),
                    user: f.user.clone(),
                    collection: None,
                    tlp: opt(&f.tlp),
                    release_to: vec![],
                    start: None,
                    interval_secs: interval,
                    ca: opt(&f.ca),
                },
            )
            .await;
        if form_error(r, &mut errors, "feed.form")?.is_some() {
            return see_other("/feeds");
        }
    }
    // What was typed comes back, but the credential: it is typed again.
    let typed = typed_values(&[
        ("feed.name", &f.name),
        ("feed.api_root", &f.api_root),
        ("feed.remote_collection", &f.collection),
        ("feed.auth", &f.auth),
        ("feed.username", &f.username),
        ("feed.member", &f.member),
        ("feed.user", &f.user),
        ("feed.tlp", &f.tlp),
        ("feed.interval", &f.interval),
        ("feed.ca", &f.ca),
    ]);
    refused(feeds_page(&state, s, errors, typed).await?)
}

/// What a typed field held, or nothing.
fn typed_or<'a>(typed: &'a BTreeMap<&'static str, String>, key: &str) -> &'a str {
    typed.get(key).map_or("", String::as_str)
}
