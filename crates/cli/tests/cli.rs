//! The `liaison` binary, run as an operator would.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::zombie_processes
)]

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// An HTTP client; the TLS provider is the one the server uses.
fn http_client() -> reqwest::Client {
    server::install_crypto();
    reqwest::Client::new()
}

fn liaison(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_liaison"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .output()
        .unwrap()
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = liaison(dir, args);
    assert!(
        out.status.success(),
        "liaison {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

struct Server {
    child: Child,
    base: String,
    password: Option<String>,
}

/// Starts `liaison serve` on a free port and waits until it listens.
fn serve(dir: &Path) -> Server {
    serve_on(&["--data-dir", dir.to_str().unwrap()])
}

/// Starts `liaison serve` with these global arguments (a data directory or a database).
fn serve_on(store_args: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(store_args)
        .args(["serve", "--bind", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut password = None;
    loop {
        let line = lines.next().expect("server exited early").unwrap();
        if let Some(p) = line.strip_prefix("One-time password (shown only now): ") {
            password = Some(p.to_string());
        }
        if let Some(rest) = line.strip_prefix("Listening on ") {
            let base = rest.trim_end_matches("/taxii2/").to_string();
            let password = password.map(|p| first_password_change(&base, &p));
            return Server {
                child,
                base,
                password,
            };
        }
    }
}

/// The administrator's first act: the one-time password opens nothing but its own change,
/// which the API takes with it as the current password. Returns the password chosen.
fn first_password_change(base: &str, one_time: &str) -> String {
    let chosen = "quiet harbour lantern seventeen";
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let http = http_client();
        let r = http
            .get(format!("{base}/taxii2/"))
            .basic_auth("admin", Some(one_time))
            .header("accept", "application/taxii+json;version=2.1")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403);
        assert!(r.text().await.unwrap().contains("choose your own first"));
        let r = http
            .post(format!("{base}/api/v1/me/password"))
            .basic_auth("admin", Some(one_time))
            .json(&serde_json::json!({"current_password": one_time, "password": chosen}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 204, "{}", r.text().await.unwrap());
    });
    chosen.to_string()
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn indicator(n: u32) -> String {
    format!(
        r#"{{"type":"indicator","spec_version":"2.1","id":"indicator--{n:08x}-0000-4000-8000-000000000000","created":"2020-01-01T00:00:00.000Z","modified":"2020-01-01T00:00:00.000Z","pattern":"[ipv4-addr:value = '10.0.0.{}']","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z"}}"#,
        n % 250
    )
}

#[test]
fn administration_import_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Commands that need a center say how to make one.
    let out = liaison(d, &["member", "list"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("liaison serve"));
    let server = serve(d);
    assert!(server.password.is_some());
    drop(server);

    ok(
        d,
        &["member", "add", "alpha", "--display-name", "Alpha Agency"],
    );
    ok(d, &["member", "add", "bravo"]);
    let out = liaison(d, &["member", "add", "alpha"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    let members = ok(d, &["member", "list"]);
    assert!(members.contains("alpha\tmember"));
    assert!(members.contains("(secretariat)"));

    let mut child = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .arg("--data-dir")
        .arg(d)
        .args([
            "user",
            "add",
            "ann",
            "--member",
            "alpha",
            "--role",
            "analyst,liaison_officer",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "a long test password").unwrap();
    assert!(child.wait().unwrap().success());
    ok(
        d,
        &[
            "user", "add", "bob", "--member", "bravo", "--role", "analyst",
        ],
    );
    let out = liaison(
        d,
        &["user", "add", "eve", "--member", "bravo", "--role", "spy"],
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown role 'spy'"));
    assert!(
        ok(d, &["user", "list", "--member", "alpha"])
            .contains("ann\talpha\tanalyst,liaison_officer")
    );

    let token = ok(d, &["token", "create", "bob", "--name", "feed"])
        .trim()
        .to_string();
    assert!(token.starts_with("liaison_"));
    assert!(ok(d, &["token", "list", "bob"]).contains("feed"));

    ok(
        d,
        &[
            "collection",
            "add",
            "Alpha and Bravo",
            "--alias",
            "ab",
            "--default-tlp",
            "amber",
        ],
    );
    ok(d, &["collection", "grant", "ab", "bravo", "--read"]);
    assert!(ok(d, &["collection", "list"]).contains("ab\tAlpha and Bravo\tdefault TLP:AMBER"));

    // Import as ann (member alpha): one bundle with a bad object, one bare object.
    let bundle = d.join("bundle.json");
    let bad = indicator(3).replace(r#","valid_from":"2020-01-01T00:00:00Z""#, "");
    std::fs::write(
        &bundle,
        format!(r#"{{"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[{},{},{bad}]}}"#, indicator(1), indicator(2)),
    )
    .unwrap();
    let single = d.join("single.json");
    std::fs::write(&single, indicator(1)).unwrap();
    let out = ok(
        d,
        &[
            "import",
            "--as",
            "ann",
            bundle.to_str().unwrap(),
            single.to_str().unwrap(),
        ],
    );
    assert!(
        out.contains("Imported 4 objects: 2 stored, 1 already stored, 1 refused"),
        "{out}"
    );
    assert!(out.contains("'valid_from' is required"), "{out}");

    // Export what bravo sees: the member identities, the published extension and alpha's
    // GREEN indicators.
    let export = d.join("bravo.json");
    ok(
        d,
        &[
            "export",
            "--member",
            "bravo",
            "-o",
            export.to_str().unwrap(),
        ],
    );
    let b: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&export).unwrap()).unwrap();
    assert_eq!(b["type"], "bundle");
    let objects = b["objects"].as_array().unwrap();
    assert_eq!(
        objects.iter().filter(|o| o["type"] == "indicator").count(),
        2
    );
    // Three member identities, and the identity that publishes the release extension.
    assert_eq!(
        objects.iter().filter(|o| o["type"] == "identity").count(),
        4
    );
    assert_eq!(
        objects
            .iter()
            .filter(|o| o["type"] == "extension-definition")
            .count(),
        1
    );

    // A suspended member's export is empty: it sees nothing.
    ok(
        d,
        &["member", "suspend", "bravo", "--reason", "dues unpaid"],
    );
    ok(
        d,
        &[
            "export",
            "--member",
            "bravo",
            "-o",
            export.to_str().unwrap(),
        ],
    );
    let b: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&export).unwrap()).unwrap();
    assert_eq!(b["objects"].as_array().unwrap().len(), 0);

    // Revoked tokens stop working.
    let id = ok(d, &["token", "list", "bob"])
        .split('\t')
        .next()
        .unwrap()
        .to_string();
    ok(d, &["token", "revoke", &id]);
    assert!(ok(d, &["token", "list", "bob"]).contains("revoked"));

    let help = ok(d, &["import", "--help"]);
    assert!(help.contains("--as"));
}

#[test]
fn configuration_file_and_environment() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("liaison.toml");
    let data = dir.path().join("from-config");
    std::fs::write(
        &cfg,
        format!("data_dir = {:?}\nbind = \"127.0.0.1:0\"\n", data),
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(["--config", cfg.to_str().unwrap(), "serve"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while let Some(Ok(l)) = lines.next() {
        if l.starts_with("Listening on ") {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(data.join("liaison.db").exists());
    // The environment selects the data directory for admin commands too.
    let out = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .env("LIAISON_DATA_DIR", &data)
        .args(["member", "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("secretariat"));
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "colour = \"blue\"\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(["--config", bad.to_str().unwrap(), "member", "list"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("colour"));
}

/// Posts envelopes of 200 indicators from three clients until the server dies; returns the
/// indicators every acknowledged status reported, and every envelope sent.
type Numbers = std::sync::Arc<std::sync::Mutex<Vec<u32>>>;
type Envelopes = std::sync::Arc<std::sync::Mutex<Vec<Vec<u32>>>>;

/// One client posting envelopes of 200 indicators (numbered from `w` million) until 1,000 are
/// sent, `stop` is set, or a request fails (the server killed, say). What a status acknowledged
/// whole goes to `acknowledged`, every envelope sent to `sent`. Returns whether it stopped on a
/// failure.
async fn post_envelopes(
    http: &reqwest::Client,
    url: &str,
    password: &str,
    w: u32,
    acknowledged: &Numbers,
    sent: &Envelopes,
    stop: Option<&std::sync::atomic::AtomicBool>,
) -> bool {
    for batch in 0..1000u32 {
        if stop.is_some_and(|s| s.load(std::sync::atomic::Ordering::Relaxed)) {
            return false;
        }
        let ids: Vec<u32> = (0..200).map(|i| w * 1_000_000 + batch * 200 + i).collect();
        sent.lock().unwrap().push(ids.clone());
        let body = format!(
            "{{\"objects\":[{}]}}",
            ids.iter()
                .map(|n| indicator(*n))
                .collect::<Vec<_>>()
                .join(",")
        );
        let r = http
            .post(url)
            .basic_auth("admin", Some(password))
            .header("Accept", "application/taxii+json;version=2.1")
            .header("Content-Type", "application/taxii+json;version=2.1")
            .body(body)
            .send()
            .await;
        let Ok(r) = r else { return true };
        if r.status() != 202 {
            return true;
        }
        let Ok(st) = r.json::<serde_json::Value>().await else {
            return true;
        };
        if st["success_count"] == 200 {
            acknowledged.lock().unwrap().extend(ids);
        }
    }
    false
}

fn import_until_killed(server: &mut Server, password: &str) -> (Vec<u32>, Vec<Vec<u32>>) {
    let url = format!(
        "{}/taxii2/exchange/collections/shared/objects/",
        server.base
    );
    let rt = tokio::runtime::Runtime::new().unwrap();
    let acknowledged = std::sync::Arc::new(std::sync::Mutex::new(Vec::<u32>::new()));
    let sent = std::sync::Arc::new(std::sync::Mutex::new(Vec::<Vec<u32>>::new()));
    rt.block_on(async {
        let http = http_client();
        let mut tasks = Vec::new();
        for w in 0..3u32 {
            let (http, url, password) = (http.clone(), url.clone(), password.to_string());
            let (acknowledged, sent) = (acknowledged.clone(), sent.clone());
            tasks.push(tokio::spawn(async move {
                post_envelopes(&http, &url, &password, w, &acknowledged, &sent, None).await
            }));
        }
        // Let some envelopes commit, then kill the server without warning.
        while acknowledged.lock().unwrap().len() < 3_000 {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        server.child.kill().unwrap();
        server.child.wait().unwrap();
        for t in tasks {
            let _ = t.await;
        }
    });
    let a = acknowledged.lock().unwrap().clone();
    let s = sent.lock().unwrap().clone();
    (a, s)
}

/// Every indicator number stored, read through a server's manifest.
fn stored_indicators(server: &Server, password: &str) -> std::collections::HashSet<u32> {
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let http = http_client();
        let mut stored = std::collections::HashSet::new();
        let mut next: Option<String> = None;
        loop {
            let mut u = format!(
                "{}/taxii2/exchange/collections/shared/manifest/?match[type]=indicator&limit=10000",
                server.base
            );
            if let Some(n) = &next {
                u.push_str(&format!("&next={n}"));
            }
            let j: serde_json::Value = http
                .get(&u)
                .basic_auth("admin", Some(password))
                .header("Accept", "application/taxii+json;version=2.1")
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            for o in j["objects"].as_array().into_iter().flatten() {
                let id = o["id"].as_str().unwrap();
                stored.insert(u32::from_str_radix(&id[11..19], 16).unwrap());
            }
            if j["more"] != true {
                break;
            }
            next = Some(j["next"].as_str().unwrap().to_string());
        }
        stored
    })
}

fn assert_nothing_lost(
    acknowledged: &[u32],
    sent: &[Vec<u32>],
    stored: &std::collections::HashSet<u32>,
) {
    assert!(acknowledged.len() >= 3_000);
    for n in acknowledged {
        assert!(stored.contains(n), "acknowledged indicator {n} was lost");
    }
    for envelope in sent {
        let present = envelope.iter().filter(|n| stored.contains(n)).count();
        assert!(
            present == 0 || present == envelope.len(),
            "an envelope was half-written: {present} of {}",
            envelope.len()
        );
    }
}

/// SIGKILL in the middle of an import loses nothing a status reported as stored, and leaves no
/// envelope half-written.
#[test]
fn a_killed_server_loses_no_acknowledged_write() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = serve(dir.path());
    let password = server.password.clone().unwrap();
    let (acknowledged, sent) = import_until_killed(&mut server, &password);
    let server = serve(dir.path());
    assert_nothing_lost(&acknowledged, &sent, &stored_indicators(&server, &password));
}

/// Two nodes on one PostgreSQL database: what one acknowledges the other serves at once, and
/// killing one in the middle of an import loses nothing it acknowledged.
/// A bare HTTP receiver for webhooks: answers 200 and keeps the object ids it was sent.
async fn webhook_receiver() -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let got: std::sync::Arc<std::sync::Mutex<Vec<String>>> = Default::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let keep = got.clone();
    tokio::spawn(async move {
        loop {
            let (mut sock, _) = listener.accept().await.unwrap();
            let keep = keep.clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 8192];
                let body = loop {
                    let n = sock.read(&mut chunk).await.unwrap();
                    if n == 0 {
                        return;
                    }
                    buf.extend_from_slice(&chunk[..n]);
                    let text = String::from_utf8_lossy(&buf).to_string();
                    if let Some(end) = text.find("\r\n\r\n") {
                        let len: usize = text[..end]
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse().unwrap())
                            })
                            .unwrap_or(0);
                        if buf.len() >= end + 4 + len {
                            break text[end + 4..end + 4 + len].to_string();
                        }
                    }
                };
                let v: serde_json::Value = serde_json::from_str(&body).unwrap();
                for e in v["events"].as_array().unwrap() {
                    if e["event"] == "object" {
                        keep.lock()
                            .unwrap()
                            .push(e["object_id"].as_str().unwrap().to_string());
                    }
                }
                let _ = sock
                    .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                    .await;
            });
        }
    });
    (url, got)
}

#[test]
fn two_nodes_on_postgres() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let db = match rt.block_on(store::testdb::TestDatabase::create()) {
        Ok(db) => db,
        Err(e) if e.must_fail() => panic!("{e}"),
        Err(e) => {
            eprintln!("skipping: {e}");
            return;
        }
    };
    // Every node is given the center's one deconfliction key.
    let keys = tempfile::tempdir().unwrap();
    let key = keys.path().join("deconfliction.key");
    let store_args = [
        "--database",
        db.url.as_str(),
        "--deconfliction-key",
        key.to_str().unwrap(),
    ];
    let mut a = serve_on(&store_args);
    let password = a.password.clone().unwrap();
    let b = serve_on(&store_args);
    assert!(
        b.password.is_none(),
        "the second node must not create another center"
    );

    // Administration through the CLI reaches the same database.
    let out = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(store_args)
        .args(["member", "add", "alpha"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // A subscriber on B hears of a write made through A (LISTEN/NOTIFY between the nodes).
    let mut events = rt.block_on(async {
        let r = http_client()
            .get(format!("{}/api/v1/events", b.base))
            .basic_auth("admin", Some(&password))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        r
    });
    // Written through A, read through B; B answers for A's status too.
    let st: serde_json::Value = rt.block_on(async {
        http_client()
            .post(format!(
                "{}/taxii2/exchange/collections/shared/objects/",
                a.base
            ))
            .basic_auth("admin", Some(&password))
            .header("Accept", "application/taxii+json;version=2.1")
            .header("Content-Type", "application/taxii+json;version=2.1")
            .body(format!("{{\"objects\":[{}]}}", indicator(4_000_000)))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    assert_eq!(st["success_count"], 1);
    let heard = rt.block_on(async {
        let mut buf = String::new();
        while !buf.contains("\n\n") || !buf.contains("data:") {
            let chunk = tokio::time::timeout(std::time::Duration::from_secs(10), events.chunk())
                .await
                .expect("no event from the other node within 10 s")
                .unwrap()
                .unwrap();
            buf.push_str(std::str::from_utf8(&chunk).unwrap());
        }
        buf
    });
    assert!(heard.contains("event: object"), "{heard}");
    assert!(heard.contains("indicator--003d0900"), "{heard}");
    assert!(stored_indicators(&b, &password).contains(&4_000_000));
    let status = rt.block_on(async {
        http_client()
            .get(format!(
                "{}/taxii2/exchange/status/{}/",
                b.base,
                st["id"].as_str().unwrap()
            ))
            .basic_auth("admin", Some(&password))
            .header("Accept", "application/taxii+json;version=2.1")
            .send()
            .await
            .unwrap()
            .status()
    });
    assert_eq!(status, 200);

    // A webhook for alpha, served by both nodes: each object reaches it once.
    let (hook_url, received) = rt.block_on(webhook_receiver());
    // The receiver is on loopback, which webhooks reach once the administrator allows it.
    let out = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(store_args)
        .args(["network", "allow", "127.0.0.0/8"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Webhooks and feeds may reach 127.0.0.0/8"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A filter that names a level or a kind that does not exist is refused, saying which.
    for (flag, value, says) in [
        ("--tlp", "purple", "'purple' is not a TLP level"),
        ("--kind", "gossip", "'gossip' is not a kind of notification"),
        ("--originator", "nobody", "no member is named 'nobody'"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_liaison"))
            .args(store_args)
            .args(["webhook", "add", "alpha", &hook_url, flag, value])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && err.contains(says), "{flag}: {err}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(store_args)
        .args(["webhook", "add", "alpha", &hook_url])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (n, node) in [(a.base.clone(), 1u32), (b.base.clone(), 2)]
        .iter()
        .flat_map(|(base, k)| (0..3).map(move |i| (k * 10 + i, base.clone())))
    {
        let st: serde_json::Value = rt.block_on(async {
            http_client()
                .post(format!(
                    "{node}/taxii2/exchange/collections/shared/objects/"
                ))
                .basic_auth("admin", Some(&password))
                .header("Accept", "application/taxii+json;version=2.1")
                .header("Content-Type", "application/taxii+json;version=2.1")
                .body(format!("{{\"objects\":[{}]}}", indicator(5_000_000 + n)))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap()
        });
        assert_eq!(st["success_count"], 1);
    }
    let delivered = rt.block_on(async {
        for _ in 0..100 {
            if received.lock().unwrap().len() >= 6 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        // Long enough for a second node to deliver again, if it would.
        tokio::time::sleep(std::time::Duration::from_secs(3)).await;
        received.lock().unwrap().clone()
    });
    let mut ids: Vec<String> = delivered.clone();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 6, "{delivered:?}");
    assert_eq!(
        delivered.len(),
        6,
        "delivered more than once: {delivered:?}"
    );

    let (acknowledged, sent) = import_until_killed(&mut a, &password);
    assert_nothing_lost(&acknowledged, &sent, &stored_indicators(&b, &password));
}

#[test]
fn migrate_moves_a_center_to_postgres() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let db = match rt.block_on(store::testdb::TestDatabase::create()) {
        Ok(db) => db,
        Err(e) if e.must_fail() => panic!("{e}"),
        Err(e) => return eprintln!("skipping: {e}"),
    };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    drop(serve(d));
    ok(d, &["member", "add", "alpha"]);
    let from = format!("sqlite:{}", d.display());
    let out = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(["migrate", "--from", &from, "--to", &db.url])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("Verified"), "{stdout}");
    assert!(stdout.contains("objects"), "{stdout}");
    let members = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(["--database", &db.url, "member", "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&members.stdout).contains("alpha\tmember"));
    // Not twice, and not from a bad source.
    let again = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(["migrate", "--from", &from, "--to", &db.url])
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds a center"));
    let bad = Command::new(env!("CARGO_BIN_EXE_liaison"))
        .args(["migrate", "--from", "mysql:x", "--to", &db.url])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&bad.stderr).contains("sqlite:PATH"));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

/// Runs `audit verify` and returns (succeeded, what it said).
fn verify(dir: &Path, extra: &[&str]) -> (bool, String) {
    let mut args = vec!["audit", "verify"];
    args.extend(extra);
    let out = liaison(dir, &args);
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[test]
fn audit_verify_detects_edits_deletions_and_reordering() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("center");
    drop(serve(&d));
    for m in ["alpha", "bravo", "charlie", "delta"] {
        ok(&d, &["member", "add", m]);
    }
    ok(&d, &["group", "add", "benelux"]);
    ok(&d, &["group", "join", "benelux", "alpha"]);
    ok(&d, &["member", "suspend", "delta", "--reason", "review"]);
    let signed = ok(&d, &["audit", "checkpoint"]);
    assert!(signed.contains("Signed a checkpoint at entry"), "{signed}");
    let kept = dir.path().join("checkpoints.jsonl");
    ok(&d, &["audit", "checkpoints", "-o", kept.to_str().unwrap()]);
    ok(
        &d,
        &["member", "reinstate", "delta", "--reason", "review closed"],
    );
    let log = ok(&d, &["audit", "log"]);
    assert!(log.contains("member.add\talpha"), "{log}");
    assert!(log.contains("group.join\tbenelux"), "{log}");
    assert!(log.contains("member.status\tdelta"), "{log}");
    let entries = log.lines().count() as i64;
    assert!(entries >= 9, "{log}");
    let (good, said) = verify(&d, &["--checkpoints", kept.to_str().unwrap()]);
    assert!(good, "{said}");
    assert!(said.contains("intact"), "{said}");

    // Each kind of tampering, on its own copy of the center's file.
    let tamper = |name: &str, sql: &str| -> String {
        let copy = dir.path().join(name);
        copy_dir(&d, &copy);
        let conn = rusqlite::Connection::open(copy.join("liaison.db")).unwrap();
        conn.execute_batch(sql).unwrap();
        drop(conn);
        let (good, said) = verify(&copy, &["--checkpoints", kept.to_str().unwrap()]);
        assert!(!good, "{name} went unnoticed: {said}");
        said
    };
    let said = tamper(
        "edited",
        "UPDATE audit_log SET subject = 'mallory' WHERE seq = 3",
    );
    assert!(said.contains("entry 3 was altered"), "{said}");
    let said = tamper("deleted", "DELETE FROM audit_log WHERE seq = 4");
    assert!(said.contains("entry 4 is missing"), "{said}");
    // Swap the contents of entries 5 and 6, hashes and all.
    let said = tamper(
        "reordered",
        "UPDATE audit_log SET seq = -5 WHERE seq = 5;
         UPDATE audit_log SET seq = 5 WHERE seq = 6;
         UPDATE audit_log SET seq = 6 WHERE seq = -5;",
    );
    assert!(said.contains("entry 5 does not follow entry 4"), "{said}");
    // Cutting the log short is caught by the checkpoint signed before.
    let said = tamper(
        "truncated",
        &format!("DELETE FROM audit_log WHERE seq >= {}", entries - 2),
    );
    assert!(said.contains("are missing"), "{said}");
    // A log rewritten from entry 3 on, with every hash recomputed and the stored checkpoints
    // removed, is intact as a chain; the checkpoints members kept outside still catch it.
    let copy = dir.path().join("rewritten");
    copy_dir(&d, &copy);
    {
        let conn = rusqlite::Connection::open(copy.join("liaison.db")).unwrap();
        conn.execute("UPDATE audit_log SET subject = 'mallory' WHERE seq = 3", [])
            .unwrap();
        let rows: Vec<domain::audit::AuditEntry> = conn
            .prepare("SELECT seq, at, actor_user, actor_member, actor_name, action, subject, detail FROM audit_log ORDER BY seq")
            .unwrap()
            .query_map([], |r| {
                Ok(domain::audit::AuditEntry {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    actor: domain::audit::AuditActor {
                        user: r.get::<_, Option<i64>>(2)?.map(domain::UserId),
                        member: r.get::<_, Option<i64>>(3)?.map(domain::MemberId),
                        name: r.get(4)?,
                    },
                    action: r.get(5)?,
                    subject: r.get(6)?,
                    detail: r.get(7)?,
                    prev_hash: [0; 32],
                    hash: [0; 32],
                })
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut prev = domain::audit::GENESIS;
        for e in rows {
            let content = domain::audit::NewAuditEntry {
                at: e.at,
                actor: e.actor,
                action: e.action,
                subject: e.subject,
                detail: e.detail,
            };
            let h = domain::audit::entry_hash(&prev, e.seq, &content);
            conn.execute(
                "UPDATE audit_log SET prev_hash = ?1, hash = ?2 WHERE seq = ?3",
                rusqlite::params![prev.as_slice(), h.as_slice(), e.seq],
            )
            .unwrap();
            prev = h;
        }
        conn.execute("UPDATE audit_head SET hash = ?1", [prev.as_slice()])
            .unwrap();
        conn.execute("DELETE FROM audit_checkpoints", []).unwrap();
    }
    let (good, said) = verify(&copy, &[]);
    assert!(
        good,
        "without outside checkpoints the rewrite holds together: {said}"
    );
    let (good, said) = verify(&copy, &["--checkpoints", kept.to_str().unwrap()]);
    assert!(!good, "{said}");
    assert!(
        said.contains("does not match the exported checkpoint"),
        "{said}"
    );

    // A checkpoint whose hash was changed no longer carries a valid signature.
    let mut v: serde_json::Value = serde_json::from_str(
        std::fs::read_to_string(&kept)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    v["hash"] = serde_json::json!("11".repeat(32));
    let bad = dir.path().join("forged.jsonl");
    std::fs::write(&bad, v.to_string()).unwrap();
    let (good, said) = verify(&d, &["--checkpoints", bad.to_str().unwrap()]);
    assert!(!good && said.contains("does not verify"), "{said}");
}

/// The secretariat's commands: an admission, a meeting from convening to its pack, and a
/// statistics report published onto its agenda and exported.
#[test]
fn secretariat_runs_admissions_meetings_and_statistics() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    drop(serve(d));
    for m in ["alpha", "bravo"] {
        ok(d, &["member", "add", m, "--founding"]);
    }
    let applied = ok(
        d,
        &[
            "admission",
            "apply",
            "delta",
            "--display-name",
            "Delta Service",
            "--description",
            "Border police",
            "--contact",
            "liaison@delta.example",
        ],
    );
    assert!(
        applied.contains("delta applied; vote 1 is open"),
        "{applied}"
    );
    assert!(ok(d, &["admission", "list"]).contains("delta\tapplied"));

    let convened = ok(
        d,
        &[
            "meeting",
            "convene",
            "--title",
            "Winter meeting",
            "--starts",
            "2026-12-01T09:00:00Z",
            "--ends",
            "2026-12-01T17:00:00Z",
            "--time-zone",
            "Europe/Brussels",
            "--venue",
            "The Hague",
        ],
    );
    assert!(convened.contains("Convened meeting 1"), "{convened}");
    let bad = liaison(
        d,
        &[
            "meeting", "convene", "--title", "x", "--starts", "soon", "--ends", "later",
        ],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--starts must be a timestamp"));
    ok(
        d,
        &[
            "meeting",
            "agenda",
            "1",
            "--title",
            "Admission of Delta",
            "--application",
            "1",
        ],
    );
    // A joint operation is linked by its number; one that does not exist is refused.
    let none = liaison(
        d,
        &[
            "meeting",
            "agenda",
            "1",
            "--title",
            "Joint work",
            "--joint",
            "99",
        ],
    );
    assert!(!none.status.success());
    assert!(
        String::from_utf8_lossy(&none.stderr).contains("joint operation"),
        "{}",
        String::from_utf8_lossy(&none.stderr)
    );
    ok(
        d,
        &[
            "meeting",
            "attendance",
            "1",
            "alpha",
            "--delegates",
            "Head of delegation",
        ],
    );
    ok(d, &["meeting", "attendance", "1", "bravo", "--absent"]);
    let minutes = d.join("minutes.md");
    std::fs::write(&minutes, "# Minutes\n\nAgreed.").unwrap();
    ok(d, &["meeting", "minutes", "1", minutes.to_str().unwrap()]);
    assert!(ok(d, &["meeting", "decide", "1", "Adopt the priorities"]).contains("adopted"));
    ok(
        d,
        &[
            "meeting",
            "action",
            "1",
            "--title",
            "Circulate the priorities",
            "--assignee",
            "alpha",
            "--due",
            "2026-12-15T00:00:00Z",
        ],
    );
    let published = ok(
        d,
        &[
            "statistics",
            "publish",
            "--title",
            "Since the founding",
            "--meeting",
            "1",
        ],
    );
    assert!(
        published.contains("Published report 1: Since the founding"),
        "{published}"
    );
    let shown = ok(d, &["meeting", "show", "1"]);
    for part in [
        "Winter meeting",
        "1. Admission of Delta",
        "2. Since the founding [{\"kind\":\"report\",\"ref\":1}]",
        "alpha\tpresent\tHead of delegation",
        "bravo\tabsent",
        "Adopt the priorities\tadopted",
        "Circulate the priorities\talpha",
    ] {
        assert!(shown.contains(part), "{part} in {shown}");
    }
    let html = d.join("pack.html");
    let ics = d.join("pack.ics");
    ok(
        d,
        &[
            "meeting",
            "pack",
            "1",
            "--html",
            html.to_str().unwrap(),
            "--ics",
            ics.to_str().unwrap(),
        ],
    );
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .contains("<h1><bdi>Winter meeting</bdi></h1>")
    );
    assert!(
        std::fs::read_to_string(&ics)
            .unwrap()
            .contains("BEGIN:VEVENT")
    );

    assert!(ok(d, &["statistics", "list"]).contains("1\tSince the founding"));
    let json: serde_json::Value =
        serde_json::from_str(&ok(d, &["statistics", "show", "1"])).unwrap();
    assert_eq!(json["scope"]["kind"], "published");
    assert_eq!(
        json["totals"]["meetings"], 0,
        "the meeting has not been held yet"
    );
    let csv = ok(d, &["statistics", "show", "1", "--format", "csv"]);
    assert!(csv.starts_with("scope,member,figure,key,value\n"), "{csv}");
    let out = d.join("report.html");
    ok(
        d,
        &[
            "statistics",
            "show",
            "1",
            "--format",
            "html",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(std::fs::read_to_string(&out).unwrap().contains("<svg"));
    let missing = liaison(d, &["statistics", "show", "9"]);
    assert!(!missing.status.success());
}

/// A running server remembers verified credentials; a token revoked and a member suspended
/// from the console, another process, are refused soon all the same.
#[test]
fn console_changes_reach_a_running_server_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    drop(serve(d));
    ok(d, &["member", "add", "bravo"]);
    ok(
        d,
        &[
            "user", "add", "bob", "--member", "bravo", "--role", "analyst",
        ],
    );
    let token = ok(d, &["token", "create", "bob", "--name", "feed"])
        .trim()
        .to_string();
    let second = ok(d, &["token", "create", "bob", "--name", "second"])
        .trim()
        .to_string();
    let server = serve(d);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let status = |token: &str, path: &str| {
        rt.block_on(async {
            http_client()
                .get(format!("{}{path}", server.base))
                .bearer_auth(token)
                .header("Accept", "application/taxii+json;version=2.1")
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        })
    };
    // The server looks for such changes every 250 ms; two seconds leave room for a loaded
    // machine without letting a server that never looks pass.
    let refused_soon = |token: &str, path: &str, refused: u16| {
        let start = std::time::Instant::now();
        while start.elapsed() < std::time::Duration::from_secs(2) {
            if status(token, path) == refused {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("{path} was still answered 2 s after the console's change");
    };
    let collections = "/taxii2/exchange/collections/shared/";
    // Used, so the server remembers both.
    assert_eq!(status(&token, "/taxii2/"), 200);
    assert_eq!(status(&second, collections), 200);
    let id = ok(d, &["token", "list", "bob"])
        .lines()
        .find(|l| l.contains("\tfeed"))
        .and_then(|l| l.split('\t').next())
        .unwrap()
        .to_string();
    ok(d, &["token", "revoke", &id]);
    refused_soon(&token, "/taxii2/", 401);
    ok(d, &["member", "suspend", "bravo", "--reason", "test"]);
    refused_soon(&second, collections, 404);
}

/// Selectors imported from a CSV file: a bad file names each bad line and field and registers
/// nothing; a good one is registered with a progress bar and the deconflictions it made are
/// printed with whom to call. The key that digests them is a file of the data directory, not
/// in the database, and the database holds no selector's value.
#[test]
fn operation_selectors_import_from_csv() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    drop(serve(d));
    ok(d, &["member", "add", "alpha"]);
    ok(d, &["member", "add", "bravo"]);
    ok(
        d,
        &[
            "user", "add", "ann", "--member", "alpha", "--role", "analyst",
        ],
    );
    ok(
        d,
        &[
            "user",
            "add",
            "bob",
            "--member",
            "bravo",
            "--role",
            "liaison_officer",
        ],
    );
    let key = std::fs::read_to_string(d.join("deconfliction.key")).unwrap();
    assert_eq!(key.trim().len(), 64, "{key}");
    let theirs = ok(
        d,
        &[
            "operation",
            "register",
            "--as",
            "bob",
            "--name",
            "Kelvra watch",
            "--contact",
            "Bravo night desk",
        ],
    );
    let theirs = theirs.trim().to_string();
    let file = d.join("bravo.csv");
    std::fs::write(
        &file,
        "kind,value,reference\nphone,+44 20 7946 0123,courier\n",
    )
    .unwrap();
    ok(
        d,
        &[
            "operation",
            "import",
            "--as",
            "bob",
            "--operation",
            &theirs,
            file.to_str().unwrap(),
        ],
    );

    let op = ok(
        d,
        &[
            "operation",
            "register",
            "--as",
            "ann",
            "--name",
            "Harbour sweep",
            "--contact",
            "Alpha duty desk",
        ],
    );
    let op = op.trim().to_string();
    let file = d.join("alpha.csv");
    std::fs::write(
        &file,
        "kind,value,reference\nphone,020 7946 0123,courier\nfax,1,\niban,\"GB82 WEST 1234 5698 7654 32\",\"account, main\"\n",
    )
    .unwrap();
    let out = liaison(
        d,
        &[
            "operation",
            "import",
            "--as",
            "ann",
            "--operation",
            &op,
            file.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 2, value") && err.contains("international form"),
        "{err}"
    );
    assert!(
        err.contains("line 3, kind") && err.contains("'fax'"),
        "{err}"
    );
    assert!(!err.contains("line 4"), "{err}");
    assert!(err.contains("nothing was registered"), "{err}");
    assert!(
        ok(d, &["operation", "deconflictions", "--as", "ann"])
            .trim()
            .is_empty()
    );

    let mut lines = String::from(
        "kind,value,reference\nphone,0044 (0)20 7946-0123,courier\niban,\"GB82 WEST 1234 5698 7654 32\",\"account, main\"\n",
    );
    for n in 0..2_000 {
        lines.push_str(&format!("plate,AB{n:05}CD,\n"));
    }
    std::fs::write(&file, lines).unwrap();
    let out = ok(
        d,
        &[
            "operation",
            "import",
            "--as",
            "ann",
            "--operation",
            &op,
            file.to_str().unwrap(),
        ],
    );
    assert!(out.contains("Registered 2002 selectors"), "{out}");
    assert!(out.contains("1 met another member's operation"), "{out}");
    assert!(out.contains("bravo - call Bravo night desk"), "{out}");
    assert!(!out.contains("Kelvra"), "{out}");
    let again = ok(
        d,
        &[
            "operation",
            "import",
            "--as",
            "ann",
            "--operation",
            &op,
            file.to_str().unwrap(),
        ],
    );
    assert!(
        again.contains("Registered 0 selectors") && again.contains("2002 were registered already"),
        "{again}"
    );
    let bravo = ok(d, &["operation", "deconflictions", "--as", "bob"]);
    assert!(
        bravo.contains("Kelvra watch") && bravo.contains("call: Alpha duty desk"),
        "{bravo}"
    );
    assert!(!bravo.contains("Harbour"), "{bravo}");

    // The key file is the center's: without it, or with another, nothing runs.
    let key_file = d.join("deconfliction.key");
    let kept = std::fs::read_to_string(&key_file).unwrap();
    std::fs::remove_file(&key_file).unwrap();
    let out = liaison(d, &["operation", "list", "--as", "ann"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("deconfliction key file") && err.contains("is missing"),
        "{err}"
    );
    std::fs::write(&key_file, format!("{}\n", "ab".repeat(32))).unwrap();
    let out = liaison(d, &["operation", "list", "--as", "ann"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not the deconfliction key"), "{err}");
    std::fs::write(&key_file, kept).unwrap();
    assert!(ok(d, &["operation", "list", "--as", "ann"]).contains("Harbour sweep"));

    // What a copy of the database shows: digests, never the values.
    let db = rusqlite::Connection::open(d.join("liaison.db")).unwrap();
    let kinds: i64 = db
        .query_row(
            "SELECT COUNT(*) FROM operation_selectors WHERE kind = 'phone'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kinds, 2);
    drop(db);
    let mut bytes = Vec::new();
    for f in std::fs::read_dir(d).unwrap() {
        let path = f.unwrap().path();
        if path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("liaison.db")
        {
            bytes.extend(std::fs::read(&path).unwrap());
        }
    }
    for value in ["7946", "WEST1234", "GB82"] {
        assert!(
            !bytes.windows(value.len()).any(|w| w == value.as_bytes()),
            "{value} is in the database file"
        );
    }
}

/// `liaison backup` while three clients import: the restore holds every object acknowledged
/// before the backup began, no envelope half-written, the audit chain intact, the same
/// accounts and keys (the old password signs in, page cursors work); the archive's database
/// holds no key. A damaged backup, another format, a wrong passphrase and a non-empty target
/// are refused, each saying why.
#[test]
fn backup_during_ingest_restores_every_acknowledged_object() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let server = serve(&data);
    let password = server.password.clone().unwrap();
    let url = format!(
        "{}/taxii2/exchange/collections/shared/objects/",
        server.base
    );
    let passphrase = "the winter plenary, in The Hague";
    let archive = dir.path().join("center.backup");
    let acknowledged = std::sync::Arc::new(std::sync::Mutex::new(Vec::<u32>::new()));
    let sent = std::sync::Arc::new(std::sync::Mutex::new(Vec::<Vec<u32>>::new()));
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (before, during) = rt.block_on(async {
        let http = http_client();
        let mut tasks = Vec::new();
        for w in 0..3u32 {
            let (http, url, password) = (http.clone(), url.clone(), password.clone());
            let (acknowledged, sent, stop) = (acknowledged.clone(), sent.clone(), stop.clone());
            tasks.push(tokio::spawn(async move {
                post_envelopes(
                    &http,
                    &url,
                    &password,
                    w,
                    &acknowledged,
                    &sent,
                    Some(&*stop),
                )
                .await
            }));
        }
        while acknowledged.lock().unwrap().len() < 3_000 {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        let before = acknowledged.lock().unwrap().clone();
        let (data, archive) = (data.clone(), archive.clone());
        let out = tokio::task::spawn_blocking(move || {
            Command::new(env!("CARGO_BIN_EXE_liaison"))
                .arg("--data-dir")
                .arg(&data)
                .arg("backup")
                .arg(&archive)
                .env("LIAISON_BACKUP_PASSPHRASE", passphrase)
                .output()
                .unwrap()
        })
        .await
        .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let during = acknowledged.lock().unwrap().len() - before.len();
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        for t in tasks {
            assert!(!t.await.unwrap(), "no write failed while the backup ran");
        }
        (before, during)
    });
    println!(
        "{} acknowledged before the backup, {during} while it ran",
        before.len()
    );

    // The archive's database holds no key: the center secret's bytes are nowhere in it.
    let secret: Vec<u8> = rusqlite::Connection::open(data.join("liaison.db"))
        .unwrap()
        .query_row("SELECT secret FROM center", [], |r| r.get(0))
        .unwrap();
    let bytes = std::fs::read(&archive).unwrap();
    assert!(!bytes.windows(32).any(|w| w == secret.as_slice()));
    let original = stored_indicators(&server, &password);
    drop(server);

    let restore = |target: &Path, file: &Path, pass: &str| {
        Command::new(env!("CARGO_BIN_EXE_liaison"))
            .arg("--data-dir")
            .arg(target)
            .arg("restore")
            .arg(file)
            .env("LIAISON_BACKUP_PASSPHRASE", pass)
            .output()
            .unwrap()
    };
    let refused = |out: std::process::Output, says: &str| {
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "expected '{says}' in: {err}");
    };
    let restored = dir.path().join("restored");
    refused(
        restore(&restored, &archive, "another passphrase"),
        "do not open with this passphrase",
    );
    assert!(
        !restored.exists(),
        "a refused restore leaves nothing behind"
    );
    refused(restore(&data, &archive, passphrase), "is not empty");
    let mut damaged = bytes.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0xff;
    let damaged_file = dir.path().join("damaged.backup");
    std::fs::write(&damaged_file, &damaged).unwrap();
    refused(restore(&restored, &damaged_file, passphrase), "damaged");
    std::fs::write(&damaged_file, &bytes[..bytes.len() / 3]).unwrap();
    refused(restore(&restored, &damaged_file, passphrase), "damaged");
    std::fs::write(&damaged_file, b"not a backup at all").unwrap();
    refused(
        restore(&restored, &damaged_file, passphrase),
        "not a Liaison backup",
    );
    // A backup of another format (a later Liaison's), as its manifest says.
    let text = String::from_utf8_lossy(&bytes[512..1024]).into_owned();
    let end = text.find('\0').unwrap_or(text.len());
    let other = text[..end].replace("\"liaison_backup\": 2", "\"liaison_backup\": 9");
    assert_ne!(other, text[..end], "the manifest names its format");
    let mut header = tar::Header::new_gnu();
    header.set_size(other.len() as u64);
    header.set_mode(0o600);
    header.set_cksum();
    let mut b = tar::Builder::new(Vec::new());
    b.append_data(&mut header, "manifest.json", other.as_bytes())
        .unwrap();
    std::fs::write(&damaged_file, b.into_inner().unwrap()).unwrap();
    refused(restore(&restored, &damaged_file, passphrase), "format 9");
    // The archive rebuilt with its parts changed: a database swapped in (its manifest digest
    // recomputed) is refused by the digest sealed with the keys; a manifest naming a path out
    // of the scratch directory is no backup.
    let rebuild = |db_name: &str, alter: bool| {
        let mut parts = std::collections::HashMap::new();
        for e in tar::Archive::new(bytes.as_slice()).entries().unwrap() {
            let mut e = e.unwrap();
            let name = e.path().unwrap().to_string_lossy().into_owned();
            let mut b = Vec::new();
            std::io::Read::read_to_end(&mut e, &mut b).unwrap();
            parts.insert(name, b);
        }
        let mut db = parts["liaison.db"].clone();
        if alter {
            let at = db.len() - 100;
            db[at] ^= 1;
        }
        let mut manifest: serde_json::Value =
            serde_json::from_slice(&parts["manifest.json"]).unwrap();
        use sha2::Digest;
        let sha: String = sha2::Sha256::digest(&db)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        manifest["database"]["sha256"] = sha.into();
        manifest["database"]["file"] = db_name.into();
        let mut b = tar::Builder::new(Vec::new());
        for (name, data) in [
            ("manifest.json", serde_json::to_vec(&manifest).unwrap()),
            (db_name, db),
            ("keys.sealed", parts["keys.sealed"].clone()),
        ] {
            let mut h = tar::Header::new_gnu();
            h.set_size(data.len() as u64);
            h.set_mode(0o600);
            h.set_cksum();
            b.append_data(&mut h, name, data.as_slice()).unwrap();
        }
        std::fs::write(&damaged_file, b.into_inner().unwrap()).unwrap();
    };
    rebuild("liaison.db", true);
    refused(
        restore(&restored, &damaged_file, passphrase),
        "the archive was altered",
    );
    rebuild("elsewhere/escaped.db", false);
    refused(
        restore(&restored, &damaged_file, passphrase),
        "not a Liaison backup",
    );
    assert!(!dir.path().join("elsewhere").exists());
    assert!(
        !restored.exists(),
        "a refused restore leaves nothing behind"
    );

    let out = restore(&restored, &archive, passphrase);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Restored"));
    assert!(restored.join("deconfliction.key").exists());
    let verified = ok(&restored, &["audit", "verify"]);
    assert!(verified.contains("intact"), "{verified}");
    let server = serve(&restored);
    let back = stored_indicators(&server, &password);
    for n in &before {
        assert!(
            back.contains(n),
            "acknowledged indicator {n} is not in the restore"
        );
    }
    assert!(
        back.is_subset(&original),
        "the restore holds only what the center held"
    );
    for envelope in sent.lock().unwrap().iter() {
        let present = envelope.iter().filter(|n| back.contains(n)).count();
        assert!(
            present == 0 || present == envelope.len(),
            "half an envelope restored"
        );
    }
}

/// The same on PostgreSQL: `pg_dump` and `pg_restore` under `liaison backup` and `restore`,
/// the keys sealed apart, the restore into an empty database answering as the original did.
#[test]
fn backup_and_restore_on_postgres() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let (from, to) = match rt.block_on(async {
        Ok::<_, store::testdb::Unavailable>((
            store::testdb::TestDatabase::create().await?,
            store::testdb::TestDatabase::create().await?,
        ))
    }) {
        Ok(dbs) => dbs,
        Err(e) if e.must_fail() => panic!("{e}"),
        Err(e) => return eprintln!("skipping: {e}"),
    };
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("node");
    let server = serve_on(&[
        "--database",
        &from.url,
        "--data-dir",
        keys.to_str().unwrap(),
    ]);
    let password = server.password.clone().unwrap();
    rt.block_on(async {
        let body = format!(
            "{{\"objects\":[{}]}}",
            (0..300).map(indicator).collect::<Vec<_>>().join(",")
        );
        let r = http_client()
            .post(format!(
                "{}/taxii2/exchange/collections/shared/objects/",
                server.base
            ))
            .basic_auth("admin", Some(&password))
            .header("Accept", "application/taxii+json;version=2.1")
            .header("Content-Type", "application/taxii+json;version=2.1")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 202);
    });
    let run = |args: &[&str], data: &Path| {
        Command::new(env!("CARGO_BIN_EXE_liaison"))
            .arg("--data-dir")
            .arg(data)
            .args(args)
            .env("LIAISON_BACKUP_PASSPHRASE", "a passphrase of the operators")
            .output()
            .unwrap()
    };
    let out = run(&["--database", &from.url, "audit", "checkpoint"], &keys);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let archive = dir.path().join("pg.backup");
    let out = run(
        &["--database", &from.url, "backup", archive.to_str().unwrap()],
        &keys,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The dump holds neither the center secret nor the signing key: the data of the tables
    // they are in is left out (the center's other columns are sealed with the keys).
    let dump = dir.path().join("postgres.dump");
    let mut tar = tar::Archive::new(std::fs::File::open(&archive).unwrap());
    let mut entry = tar
        .entries()
        .unwrap()
        .map(Result::unwrap)
        .find(|e| e.path().unwrap().to_str() == Some("postgres.dump"))
        .expect("the dump in the archive");
    std::io::copy(&mut entry, &mut std::fs::File::create(&dump).unwrap()).unwrap();
    let listed = Command::new("pg_restore")
        .arg("--list")
        .arg(&dump)
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(listed.contains("TABLE DATA public objects "), "{listed}");
    assert!(
        !listed.contains("TABLE DATA public center ")
            && !listed.contains("TABLE DATA public center_keys "),
        "{listed}"
    );
    let original = stored_indicators(&server, &password);
    assert_eq!(original.len(), 300);
    drop(server);
    // Not into the database it came from, nor into a data directory.
    let out = run(
        &[
            "--database",
            &from.url,
            "restore",
            archive.to_str().unwrap(),
        ],
        &dir.path().join("elsewhere"),
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds a center"));
    let out = run(
        &["restore", archive.to_str().unwrap()],
        &dir.path().join("sqlite"),
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("backup of a postgres center"));
    let node2 = dir.path().join("node2");
    let out = run(
        &["--database", &to.url, "restore", archive.to_str().unwrap()],
        &node2,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&["--database", &to.url, "audit", "verify"], &node2);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("intact"),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let server = serve_on(&["--database", &to.url, "--data-dir", node2.to_str().unwrap()]);
    assert_eq!(stored_indicators(&server, &password), original);
}

/// An upgrade of a store the earlier release wrote: `fixtures/schema-21/store.db` was made by
/// the Liaison of the commit before operations (schema 21; `make.sh` there says how). `liaison
/// migrate --dry-run` lists what it lacks, `liaison migrate` brings it forward, and the center
/// answers as before: its members and users, their passwords, what each member reads of the
/// imported intelligence (GREEN to all, AMBER to its originator), search across scripts, and
/// the audit chain, which the upgrade extends without breaking.
#[test]
fn a_store_the_earlier_release_wrote_is_brought_forward() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/schema-21/store.db"
        ),
        d.join("liaison.db"),
    )
    .unwrap();
    // That release kept bravo's webhook secret in the clear, as the signing key itself.
    let secret_length = || -> i64 {
        rusqlite::Connection::open(d.join("liaison.db"))
            .unwrap()
            .query_row("SELECT length(secret) FROM webhooks", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(secret_length(), 32);
    let listed = ok(d, &["migrate", "--dry-run"]);
    assert!(
        listed.contains("3 migrations would run") && listed.contains("0022_operations"),
        "{listed}"
    );
    let ran = ok(d, &["migrate"]);
    assert!(ran.contains("Ran 3 migrations"), "{ran}");
    let verified = ok(d, &["audit", "verify"]);
    assert!(verified.contains("intact"), "{verified}");
    let members = ok(d, &["member", "list"]);
    assert!(
        members.contains("alpha\tmember") && members.contains("bravo\tmember"),
        "{members}"
    );
    assert!(
        ok(d, &["user", "list", "--member", "alpha"])
            .contains("ann\talpha\tanalyst,liaison_officer")
    );
    let server = serve(d);
    assert_eq!(
        secret_length(),
        24 + 32 + 16,
        "sealed with the center secret when the server started"
    );
    assert!(ok(d, &["webhook", "list"]).contains("https://hooks.example/bravo"));
    let rt = tokio::runtime::Runtime::new().unwrap();
    // The passwords the earlier release hashed still open the accounts; as the console set
    // them, each user chooses its own first.
    let chosen = "a password of their own choosing";
    for who in ["ann", "bob"] {
        rt.block_on(async {
            let r = http_client()
                .post(format!("{}/api/v1/me/password", server.base))
                .basic_auth(who, Some("a long test password"))
                .json(&serde_json::json!({"current_password": "a long test password", "password": chosen}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 204, "{who}: {}", r.text().await.unwrap());
        });
    }
    let get = |who: &str, path: &str| -> serde_json::Value {
        rt.block_on(async {
            let r = http_client()
                .get(format!("{}{path}", server.base))
                .basic_auth(who, Some(chosen))
                .header("Accept", "application/taxii+json;version=2.1")
                .send()
                .await
                .unwrap();
            let status = r.status();
            let body = r.text().await.unwrap();
            assert_eq!(status, 200, "{who} {path}: {body}");
            serde_json::from_str(&body).unwrap()
        })
    };
    let ids = |v: &serde_json::Value, key: &str| -> std::collections::BTreeSet<String> {
        v[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|o| o["id"].as_str())
            // The bundle's objects (the center's identities and definitions besides).
            .filter(|id| id.contains("--1a2b3c4d-0000-4000-8000-"))
            .map(|id| id[id.len() - 2..].to_string())
            .collect()
    };
    let objects = "/taxii2/exchange/collections/shared/objects/";
    assert_eq!(
        ids(&get("ann", objects), "objects"),
        ["01", "02", "03", "04", "05"].map(String::from).into(),
        "the originator reads all it shared"
    );
    assert_eq!(
        ids(&get("bob", objects), "objects"),
        ["01", "03", "05"].map(String::from).into(),
        "another member reads the GREEN ones only"
    );
    // Search finds across scripts and spellings, within what the reader may see.
    let search = |who: &str, q: &str| {
        let u = reqwest::Url::parse_with_params("http://x/api/v1/search", [("q", q)]).unwrap();
        ids(
            &get(who, &format!("{}?{}", u.path(), u.query().unwrap())),
            "hits",
        )
    };
    assert_eq!(search("bob", "Елкино"), ["03".to_string()].into());
    assert_eq!(search("bob", "الموصل"), ["01".to_string()].into());
    assert_eq!(search("ann", "كركوك"), ["02".to_string()].into());
    assert!(search("bob", "كركوك").is_empty(), "AMBER, kept from bravo");
    drop(server);
    let verified = ok(d, &["audit", "verify"]);
    assert!(verified.contains("intact"), "{verified}");
}

/// An upgrade: a store at the schema of the release before operations (21: the tables of
/// migrations 22 to 24 not there yet) lists what it lacks (`--dry-run`, changing nothing),
/// is brought forward by `liaison migrate` with its data, and a store a newer Liaison wrote is
/// refused by this one, saying what to do.
#[test]
fn migrate_upgrades_an_older_store_and_a_newer_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    drop(serve(d));
    ok(d, &["member", "add", "alpha"]);
    let db = d.join("liaison.db");
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute_batch(
        "DROP TABLE joint_entries; DROP TABLE joint_tasks; DROP TABLE joint_outcomes;
         DROP TABLE joint_links; DROP TABLE joint_participants; DROP TABLE joint_operations;
         DROP TABLE deconflictions; DROP TABLE operation_events; DROP TABLE operation_selectors;
         DROP TABLE operations; PRAGMA user_version = 21;",
    )
    .unwrap();
    drop(c);
    let version = || -> i64 {
        rusqlite::Connection::open(&db)
            .unwrap()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap()
    };
    let listed = ok(d, &["migrate", "--dry-run"]);
    assert!(
        listed.contains("3 migrations would run")
            && listed.contains("0022_operations")
            && listed.contains("0023_joint_operations")
            && listed.contains("0024_lookups_by_member"),
        "{listed}"
    );
    assert_eq!(version(), 21, "a dry run changes nothing");
    let ran = ok(d, &["migrate"]);
    assert!(ran.contains("Ran 3 migrations"), "{ran}");
    assert_eq!(version(), 24);
    assert!(ok(d, &["member", "list"]).contains("alpha\tmember"));
    assert!(ok(d, &["migrate", "--dry-run"]).contains("nothing to run"));
    let out = liaison(d, &["operation", "list", "--as", "admin"]);
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("no such table"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("PRAGMA user_version = 99")
        .unwrap();
    let out = liaison(d, &["member", "list"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("written by a newer Liaison (schema 99")
            && err.contains("restore the backup taken before the upgrade"),
        "{err}"
    );
}

/// docs/configuration.md is what `liaison settings` prints from the code: a setting added,
/// renamed or given another default changes both, or this fails.
#[test]
fn the_configuration_reference_is_generated_from_the_code() {
    let dir = tempfile::tempdir().unwrap();
    let printed = ok(dir.path(), &["settings"]);
    let kept = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/configuration.md"),
    )
    .unwrap();
    assert_eq!(
        printed, kept,
        "docs/configuration.md is stale: run `liaison settings > docs/configuration.md`"
    );
    for setting in [
        "LIAISON_METRICS_TOKEN",
        "LIAISON_BACKUP_PASSPHRASE",
        "`checkpoint_minutes`",
    ] {
        assert!(printed.contains(setting), "{setting}");
    }
}

/// A metrics token short enough to guess is refused before the server starts.
#[test]
fn a_short_metrics_token_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = liaison(dir.path(), &["serve", "--metrics-token", "short"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("shorter than 24 characters"));
}
