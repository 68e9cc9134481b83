//! HTTP integration tests: a real server on a loopback port, driven by an HTTP client.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::zombie_processes
)]

mod abuse;
mod access;
mod accounts;
mod audit;
mod events;
mod exchange;
mod feeds;
mod governance;
mod helpers;
mod intake;
mod intelligence;
mod joint;
mod languages;
mod node;
mod openapi;
mod operations;
mod presidency;
mod releases;
mod rfis;
mod statistics;
mod taxii;
mod web;
mod webhooks;
