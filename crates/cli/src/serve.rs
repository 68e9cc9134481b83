//! Running the server: `liaison serve`.

use super::*;

pub(crate) async fn serve(s: Settings) -> Result<()> {
    // /metrics waits in no queue: a short token could be guessed at the listener's pace.
    if s.metrics_token
        .as_ref()
        .is_some_and(|t| t.chars().count() < 24)
    {
        bail!(
            "the metrics token is shorter than 24 characters; give a long random one (such as the output of `openssl rand -hex 24`)"
        );
    }
    let store = open_store(&s).await?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    if let Some(admin) = Center::initialize(
        store.clone(),
        clock.clone(),
        Arc::new(domain::SystemRandomness),
        &s.name,
    )
    .await?
    {
        println!("Created the center '{}' in {}", s.name, location(&s));
        println!("Administrator: {}", admin.username);
        println!("One-time password (shown only now): {}", admin.password);
    }
    let mut center = Center::open(store, clock, Arc::new(domain::SystemRandomness)).await?;
    take_deconfliction_key(&mut center, &s).await?;
    let sealed = center.seal_plain_webhook_secrets().await?;
    if sealed > 0 {
        println!("Sealed {sealed} webhook secret(s) kept from before secrets were sealed");
    }
    let state = server::AppState::new(
        center,
        server::ServerConfig {
            max_content_length: s.max_content_length,
            title: s.name.clone(),
            secure_cookies: s.secure_cookies || s.tls_cert.is_some(),
            metrics_token: s.metrics_token.clone(),
            ..server::ServerConfig::default()
        },
    );
    if let Some(bind) = &s.metrics_bind {
        let listener = tokio::net::TcpListener::bind(bind)
            .await
            .with_context(|| format!("cannot listen on {bind} for /metrics"))?;
        println!("Metrics on http://{}/metrics", listener.local_addr()?);
        let alone = server::metrics::serve_alone(listener, state.clone());
        tokio::spawn(async move {
            if let Err(e) = alone.await {
                tracing::error!(error = %e, "the metrics listener stopped");
            }
        });
    }
    server::install_crypto();
    let _jobs = server::jobs::start(
        &state,
        format!("node-{}", uuid::Uuid::new_v4()),
        server::jobs::Schedule {
            checkpoints: (s.checkpoint_minutes > 0)
                .then(|| std::time::Duration::from_secs(s.checkpoint_minutes * 60)),
            ..server::jobs::Schedule::default()
        },
    );
    let shutdown = async {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        {
            let mut term =
                match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                    Ok(t) => t,
                    Err(_) => {
                        let _ = ctrl_c.await;
                        return;
                    }
                };
            tokio::select! { _ = ctrl_c => {}, _ = term.recv() => {} }
        }
        #[cfg(not(unix))]
        {
            let _ = ctrl_c.await;
        }
    };
    match (&s.tls_cert, &s.tls_key) {
        (Some(cert), Some(key)) => {
            for (what, f) in [("certificate", cert), ("private key", key)] {
                if !f.is_file() {
                    bail!(
                        "the TLS {what} file {} does not exist; give PEM files to --tls-cert and --tls-key",
                        f.display()
                    );
                }
            }
            let addr: SocketAddr = s.bind.parse().with_context(|| {
                format!(
                    "--bind '{}' is not an address such as 127.0.0.1:8443",
                    s.bind
                )
            })?;
            let handle = server::TlsHandle::new();
            let h2 = handle.clone();
            tokio::spawn(async move {
                shutdown.await;
                h2.graceful_shutdown(Some(std::time::Duration::from_secs(10)));
            });
            let running = tokio::spawn({
                let (cert, key, handle) = (cert.clone(), key.clone(), handle.clone());
                async move { server::serve_tls(addr, &cert, &key, state, handle).await }
            });
            match handle.listening().await {
                Some(bound) => println!("Listening on https://{bound}/taxii2/"),
                None => {
                    // The server stopped before listening: report why.
                    running.await??;
                    bail!("the HTTPS server did not start");
                }
            }
            running.await??;
        }
        _ => {
            let listener = tokio::net::TcpListener::bind(&s.bind)
                .await
                .with_context(|| format!("cannot listen on {}", s.bind))?;
            println!("Listening on http://{}/taxii2/", listener.local_addr()?);
            server::serve(listener, state, shutdown).await?;
        }
    }
    Ok(())
}
