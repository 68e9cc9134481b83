//! The presidency keeps its meetings in the browser as it may through the API: an agenda
//! linked to a vote or the statistics, attendance by name, a decision put to the members'
//! vote; a member without the presidency is offered none of it and is refused.

use domain::service::Authority;

use crate::accounts::{cookie_of, page, post, sign_in_as};
use crate::helpers::*;

#[tokio::test]
async fn the_presidency_keeps_a_meeting_in_its_pages() {
    let app = spawn_app().await;
    let center = &app.state.center;
    center
        .appoint_president(
            Authority::Console,
            "alpha",
            "founding",
            "the founding meeting",
        )
        .await
        .unwrap();
    let ann = cookie_of(&sign_in_as(&app, "ann", PASSWORD).await, "liaison_session");
    let bob = cookie_of(&sign_in_as(&app, "bob", PASSWORD).await, "liaison_session");

    // Ann, an analyst of the member holding the presidency, convenes from the meetings page.
    let r = post(
        &app,
        &ann,
        "/meetings",
        "/meetings",
        &[
            ("title", "Plenary"),
            ("kind", "regular"),
            ("starts", "2099-02-10T09:00:00Z"),
            ("ends", "2099-02-10T17:00:00Z"),
            ("time_zone", "Europe/Brussels"),
            ("venue", "The Hague"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let at = r.headers()["location"].to_str().unwrap().to_string();
    let text = page(&app, &ann, &at).await.text().await.unwrap();
    for form in [
        "/agenda\"",
        "/attendance\"",
        "/minutes\"",
        "/decisions\"",
        "/actions\"",
    ] {
        assert!(
            text.contains(form),
            "the presidency is offered {form}: {text}"
        );
    }
    assert!(text.contains("<option value=\"statistics\">"), "{text}");

    // An agenda item linked to the statistics; a bad link and a title left out say both.
    let r = post(
        &app,
        &ann,
        &format!("{at}/agenda"),
        &at,
        &[("title", ""), ("link", "vote:x")],
    )
    .await;
    assert_eq!(r.status(), 422);
    let refused = r.text().await.unwrap();
    assert!(
        refused.contains("Give the item a title.")
            && refused.contains("Choose what the item is linked to from the list."),
        "{refused}"
    );
    let r = post(
        &app,
        &ann,
        &format!("{at}/agenda"),
        &at,
        &[
            ("title", "Figures since the founding"),
            ("link", "statistics"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    // Attendance by name.
    let r = post(
        &app,
        &ann,
        &format!("{at}/attendance"),
        &at,
        &[
            ("member", "bravo"),
            ("present", "on"),
            ("delegates", "Bea Brandt, Omar al-Haddad"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    // A decision put to the members' vote opens a vote the delegates see.
    let r = post(
        &app,
        &ann,
        &format!("{at}/decisions"),
        &at,
        &[
            ("text", "Open a joint operation on the harbour"),
            ("by", "vote"),
            ("days", "7"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let text = page(&app, &ann, &at).await.text().await.unwrap();
    assert!(
        text.contains("Figures since the founding</span> — <a href=\"/statistics\">"),
        "{text}"
    );
    assert!(
        text.contains("<bdi>bravo</bdi>: present (<bdi>Bea Brandt, Omar al-Haddad</bdi>)"),
        "{text}"
    );
    assert!(
        text.contains("Open a joint operation on the harbour</span> — <a href=\"/governance#vote-"),
        "{text}"
    );
    let ballots = center.ballots().await.unwrap();
    assert!(
        ballots
            .iter()
            .any(|b| b.title == "Open a joint operation on the harbour" && b.closed_at.is_none())
    );
    // The next item may be linked to that vote, by name.
    let text = page(&app, &ann, &at).await.text().await.unwrap();
    assert!(
        text.contains(">Vote: Open a joint operation on the harbour</option>"),
        "{text}"
    );

    // Bravo, without the presidency, reads the meeting and is offered no form; a forged
    // post is refused.
    let text = page(&app, &bob, &at).await.text().await.unwrap();
    assert!(
        !text.contains("/agenda\"") && !text.contains("/decisions\""),
        "{text}"
    );
    assert!(text.contains("Figures since the founding"));
    let r = post(
        &app,
        &bob,
        &format!("{at}/agenda"),
        &at,
        &[("title", "Ours"), ("link", "")],
    )
    .await;
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn the_secretariat_records_an_application_in_its_pages() {
    let app = spawn_app().await;
    let admin = cookie_of(
        &sign_in_as(&app, "admin", &app.admin_password).await,
        "liaison_session",
    );
    let ann = cookie_of(&sign_in_as(&app, "ann", PASSWORD).await, "liaison_session");
    // Ann, an analyst, reads the applications and is offered no form.
    let text = page(&app, &ann, "/applications")
        .await
        .text()
        .await
        .unwrap();
    assert!(!text.contains("action=\"/applications\""), "{text}");
    let text = page(&app, &admin, "/applications")
        .await
        .text()
        .await
        .unwrap();
    assert!(text.contains("action=\"/applications\""), "{text}");
    // The secretariat: a refusal says why and keeps what was typed.
    let r = post(
        &app,
        &admin,
        "/applications",
        "/applications",
        &[
            ("name", "delta"),
            ("display_name", "Delta Directorate"),
            ("description", ""),
            ("contact", ""),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    assert!(
        text.contains("an application needs a description and a contact"),
        "{text}"
    );
    assert!(text.contains("value=\"Delta Directorate\""), "{text}");
    let r = post(
        &app,
        &admin,
        "/applications",
        "/applications",
        &[
            ("name", "delta"),
            ("display_name", "Delta Directorate"),
            ("description", "A border police directorate"),
            ("contact", "liaison@delta.example"),
            ("sponsor", ""),
            ("days", "14"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let to = r.headers()["location"].to_str().unwrap().to_string();
    assert!(to.starts_with("/governance?done=applied#vote-"), "{to}");
    // Everyone reads it, with the vote it opened; a forged post by ann is refused.
    let text = page(&app, &ann, "/governance").await.text().await.unwrap();
    assert!(text.contains("A border police directorate"), "{text}");
    let text = page(&app, &ann, "/applications?status=open")
        .await
        .text()
        .await
        .unwrap();
    assert!(text.contains("A border police directorate"), "{text}");
    let text = page(&app, &ann, "/applications?status=adopted")
        .await
        .text()
        .await
        .unwrap();
    assert!(text.contains("Nothing in the list matches"), "{text}");
    let r = post(
        &app,
        &ann,
        "/applications",
        "/applications",
        &[("name", "echo"), ("description", "x"), ("contact", "y")],
    )
    .await;
    assert_eq!(r.status(), 403);
}
