//! Administration of the center: the second factor policy, collections, sharing groups,
//! correlation keys, export, and the audit log (accounts are on the users pages).

use super::*;

#[derive(Template)]
#[template(path = "web/admin.html")]
pub(super) struct Admin {
    ctx: Ctx,
    /// A second factor is required of everyone who signs in with a password.
    second_factor_required: bool,
    done: Option<String>,
    collections: Vec<CollectionView>,
    groups: Vec<SharingGroupView>,
    keys: Vec<KeyCountView>,
}

pub(super) async fn admin_page(
    state: &State,
    s: &Session,
    done: Option<String>,
) -> Result<Admin, WebError> {
    let c = &state.center;
    let a = &s.actor;
    let by = || Authority::Administrator(a);
    let names = Names(c.member_names().await?);
    Ok(Admin {
        ctx: s.ctx(&s.words.t("admin-title")),
        second_factor_required: c.second_factor_required().await?,
        done,
        collections: c
            .all_collections()
            .await?
            .iter()
            .map(CollectionView::of)
            .collect(),
        groups: c
            .sharing_groups(by())
            .await?
            .iter()
            .map(|g| SharingGroupView::of(g, &names))
            .collect(),
        keys: NoisyKeysView::of(0, &c.noisy_keys(by()).await?).keys,
    })
}

/// Administration pages follow the domain's administrator rule.
pub(super) fn check_admin(s: &Session) -> Result<(), WebError> {
    Ok(Authority::Administrator(&s.actor).check()?)
}

pub(super) async fn admin(St(state): St<State>, s: Session) -> Page {
    check_admin(&s)?;
    render(admin_page(&state, &s, None).await?)
}

#[derive(Deserialize)]
pub(super) struct SecondFactorForm {
    #[serde(default)]
    required: String,
    /// The tick box that says the user means it.
    #[serde(flatten)]
    confirmed: Confirmed,
}

/// Requires a second factor of everyone who signs in with a password, or stops requiring it.
pub(super) async fn require_second_factor(
    St(state): St<State>,
    p: Posted<SecondFactorForm>,
) -> Page {
    check_admin(&p.session)?;
    let required = p.form.required == "yes";
    if !p.form.confirmed.given() {
        let w = &p.session.words;
        // The administrator is one of "everyone": without a second factor of its own, it is
        // told that it will set one up first.
        let (consequence, button) = if required && p.session.actor.user.second_factor {
            (
                "admin-second-factor-require-consequence",
                "admin-second-factor-require",
            )
        } else if required {
            (
                "admin-second-factor-require-you",
                "admin-second-factor-require",
            )
        } else {
            (
                "admin-second-factor-stop-consequence",
                "admin-second-factor-stop",
            )
        };
        return confirm_step(
            &p.session,
            w.html(consequence, &[]),
            w.html(button, &[]),
            "/admin/second-factor",
            "/admin",
            vec![("required".into(), p.form.required.clone())],
        );
    }
    state
        .center
        .require_second_factor(Authority::Administrator(&p.session.actor), required)
        .await?;
    let done = p.session.words.t(if required {
        "admin-second-factor-now-required"
    } else {
        "admin-second-factor-no-longer"
    });
    render(admin_page(&state, &p.session, Some(done)).await?)
}

/// Everything the administrator's member may see, as one STIX bundle streamed page by page
/// (the page's script shows how much has arrived).
pub(super) async fn export(St(state): St<State>, s: Session) -> Page {
    check_admin(&s)?;
    // Refused before anything is streamed, not halfway.
    state
        .center
        .export_page(Authority::Administrator(&s.actor), &s.actor.member, None, 1)
        .await?;
    let head = format!(
        "{{\"type\":\"bundle\",\"id\":\"bundle--{}\",\"objects\":[",
        uuid::Uuid::new_v4()
    );
    struct Cursor {
        state: State,
        actor: domain::Actor,
        after: Option<i64>,
        first: bool,
        done: bool,
    }
    let start = Cursor {
        state: state.clone(),
        actor: s.actor,
        after: None,
        first: true,
        done: false,
    };
    let pages = futures_util::stream::unfold(start, |mut c| async move {
        if c.done {
            return None;
        }
        let page = c
            .state
            .center
            .export_page(
                Authority::Administrator(&c.actor),
                &c.actor.member,
                c.after,
                1_000,
            )
            .await;
        let mut chunk = String::new();
        match page {
            Ok(p) => {
                for o in &p.objects {
                    if let Some(body) = &o.body {
                        if !c.first {
                            chunk.push(',');
                        }
                        chunk.push_str(body);
                        c.first = false;
                    }
                }
                c.after = p.objects.last().map(|o| o.date_added).or(c.after);
                if !p.more {
                    chunk.push_str("]}");
                    c.done = true;
                }
                Some((Ok::<_, std::io::Error>(chunk), c))
            }
            // The bundle is left unterminated, so a partial download cannot pass for whole.
            Err(e) => Some((
                Err(std::io::Error::other(e.to_string())),
                Cursor { done: true, ..c },
            )),
        }
    });
    let body =
        futures_util::stream::once(async move { Ok::<_, std::io::Error>(head) }).chain(pages);
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/stix+json;version=2.1".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"liaison-export.json\"".to_string(),
            ),
        ],
        axum::body::Body::from_stream(body),
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "web/audit.html")]
pub(super) struct AuditPage {
    ctx: Ctx,
    params: AuditParams,
    /// Every member, by short name and display name, to narrow the log to one.
    members: Vec<(String, String)>,
    /// Newest first.
    entries: Vec<AuditEntryView>,
    /// The way back to the newest entries, and on to older ones, with the same filters.
    newest: Option<String>,
    older: Option<String>,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
pub(super) struct AuditParams {
    #[serde(default)]
    action: String,
    #[serde(default)]
    member: String,
    /// Dates on the reader's clock; the first included, the second not.
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    /// The page after this entry, read leniently: what is no number is the newest page.
    #[serde(default)]
    before: String,
}

impl AuditParams {
    /// This listing's address with `before` set (or not), filters kept.
    fn href(&self, before: Option<i64>) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("action", &self.action),
            ("member", &self.member),
            ("from", &self.from),
            ("to", &self.to),
        ] {
            if !v.trim().is_empty() {
                q.append_pair(k, v.trim());
            }
        }
        if let Some(b) = before {
            q.append_pair("before", &b.to_string());
        }
        let q = q.finish();
        if q.is_empty() {
            "/audit".into()
        } else {
            format!("/audit?{q}")
        }
    }
}

/// Entries on a page of the audit log.
const AUDIT_PAGE: usize = 100;

pub(super) async fn audit(St(state): St<State>, s: Session, Query(p): Query<AuditParams>) -> Page {
    check_admin(&s)?;
    let c = &state.center;
    let all = c.members().await?;
    let names = Names(c.member_names().await?);
    let mut errors = FieldErrors::new();
    let zone = s.words.reading.zone.name();
    let mut time = |field: &'static str, text: &str| {
        form_error(
            domain::input::optional_time_in(field, text, zone),
            &mut errors,
            field,
        )
        .map(Option::flatten)
    };
    let (since, until) = (time("from", &p.from)?, time("to", &p.to)?);
    if let (Some(f), Some(t)) = (since, until)
        && f > t
    {
        errors.insert("to", s.words.t("audit-dates-reversed"));
    }
    let member = match p.member.trim() {
        "" => None,
        m => match all.iter().find(|x| x.name == m) {
            Some(x) => Some(x.id),
            None => {
                errors.insert("member", s.words.t("audit-no-such-member"));
                None
            }
        },
    };
    let before = p.before.trim().parse::<i64>().ok();
    let mut entries = if errors.is_empty() {
        c.audit_log(
            Authority::Administrator(&s.actor),
            domain::audit::AuditQuery {
                // One more than a page, to know whether older entries follow.
                limit: AUDIT_PAGE + 1,
                before_seq: before,
                member,
                since,
                until,
                action: (!p.action.trim().is_empty()).then(|| p.action.trim().to_string()),
                newest_first: true,
                without_detail: true,
                ..domain::audit::AuditQuery::default()
            },
        )
        .await?
    } else {
        vec![]
    };
    let more = entries.len() > AUDIT_PAGE;
    entries.truncate(AUDIT_PAGE);
    let older = more
        .then(|| entries.last().map(|e| p.href(Some(e.seq))))
        .flatten();
    let newest = before.map(|_| p.href(None));
    let page = AuditPage {
        ctx: s.ctx(&s.words.t("audit-title")),
        members: all
            .iter()
            .map(|m| (m.name.clone(), m.display_name.clone()))
            .collect(),
        entries: entries
            .iter()
            .map(|e| AuditEntryView::of(e, &names))
            .collect(),
        newest,
        older,
        params: p,
        errors,
    };
    if page.errors.is_empty() {
        render(page)
    } else {
        refused(page)
    }
}
