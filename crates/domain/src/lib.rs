//! The center's rules. Every read and write of intelligence goes through [`Center`] with an
//! authenticated [`Actor`]; storage backends implement [`Store`] and never decide anything.

pub mod access;
pub mod accounts;
pub mod audit;
pub mod auth;
pub mod authorship;
pub mod browse;
pub mod certificates;
pub mod clock;
pub mod correlation;
pub mod credentials;
pub mod cursor;
pub mod error;
pub mod exchange;
pub mod feeds;
pub mod governance;
pub mod input;
pub mod intelligence;
pub mod keys;
pub mod language;
pub mod markings;
pub mod meetings;
pub mod model;
pub mod random;
pub mod release;
pub mod rfis;
pub mod search;
pub mod service;
pub mod sharing;
pub mod statistics;
pub mod store;
pub mod submission;
pub mod subscriptions;
pub mod text;
pub mod throttle;
pub mod tracked;
pub mod users;
pub mod votes;
pub mod webhooks;

pub use clock::{Clock, SystemClock};
pub use error::{Error, Result};
pub use model::*;
pub use random::{Randomness, SystemRandomness};
pub use release::{Reader, Releasability, Release, can_see, visibility};
pub use service::Center;
pub use store::*;
