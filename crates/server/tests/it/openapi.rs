use serde_json::Value;

use crate::helpers::*;

/// The OpenAPI document describes the REST API, and every operation in it is routed and
/// answered by its handler (a route it names but the server lacks would be a bare 404 or 405).
#[tokio::test]
async fn every_documented_endpoint_is_served() {
    let app = spawn_app().await;
    let r = app
        .send(
            reqwest::Method::GET,
            &format!("{}/api/v1/openapi.json", app.base),
            &Cred::None,
            None,
            None,
        )
        .await;
    assert_eq!(r.status, 200);
    let doc = r.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"), "{doc}");
    assert!(doc["components"]["securitySchemes"]["basic"].is_object());
    let admin = Cred::Basic("admin".into(), app.admin_password.clone());
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            operations += 1;
            assert!(op["responses"].is_object(), "{method} {path}");
            // Every answer but an empty one says what its body is, and a refusal is a problem.
            for (status, response) in op["responses"].as_object().unwrap() {
                if status == "204" {
                    continue;
                }
                let content = response["content"].as_object();
                let schemas: Vec<&Value> = content
                    .map(|c| c.values().map(|m| &m["schema"]).collect())
                    .unwrap_or_default();
                assert!(
                    !schemas.is_empty() && schemas.iter().all(|s| s.is_object()),
                    "{method} {path} {status} has no response schema: {response}"
                );
            }
            assert_eq!(
                op["responses"]["default"]["content"]["application/problem+json"]["schema"]["$ref"],
                "#/components/schemas/ProblemBody",
                "{method} {path}"
            );
            let url = path
                .replace("{id}", "1")
                .replace("{name}", "alpha")
                .replace("{decision}", "approve")
                .replace("{status}", "done");
            let m = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let body = matches!(method.as_str(), "post" | "put")
                .then(|| ("application/json", "{}".to_string()));
            let got = if path == "/api/v1/events" {
                // A stream: only its opening is checked.
                let resp = app
                    .http
                    .get(format!("{}{url}", app.base))
                    .basic_auth("admin", Some(&app.admin_password))
                    .send()
                    .await
                    .unwrap();
                (
                    resp.status().as_u16(),
                    resp.headers()
                        .get("content-type")
                        .map(|v| v.to_str().unwrap().to_string()),
                )
            } else {
                let r = app
                    .send(m, &format!("{}{url}", app.base), &admin, None, body)
                    .await;
                (r.status, r.header("content-type"))
            };
            assert_ne!(got.0, 405, "{method} {path} is not routed");
            if got.0 == 404 {
                assert_eq!(
                    got.1.as_deref(),
                    Some("application/problem+json"),
                    "{method} {path} is not routed"
                );
            }
        }
    }
    assert!(operations >= 34, "{operations} operations documented");
    let tags: Vec<&Value> = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|i| i.as_object().unwrap().values())
        .map(|op| &op["tags"][0])
        .collect();
    assert!(tags.iter().all(|t| t.is_string()));
}
