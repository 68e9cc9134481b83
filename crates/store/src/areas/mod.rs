//! Each area's statements and row decoders, written once against [`crate::exec::Conn`] and run
//! by both drivers. The areas match the domain's store traits.

pub mod accounts;
pub mod audit;
pub mod exchange;
pub mod feeds;
pub mod fusion;
pub mod governance;
pub mod joint;
pub mod meetings;
pub mod objects;
pub mod operations;
pub mod rfis;
pub mod statistics;
pub mod webhooks;
