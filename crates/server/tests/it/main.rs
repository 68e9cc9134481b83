//! HTTP integration tests: a real server on a loopback port, driven by an HTTP client.

mod helpers;
mod taxii;
