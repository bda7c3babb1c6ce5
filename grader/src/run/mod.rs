//! Running learner code: child processes ([`process`]), the sandbox every
//! learner process and compile runs in ([`sandbox`]), what is measured from
//! outside a process ([`accounting`]), and the long-lived session that feeds
//! it cases ([`session`]).

pub mod accounting;
pub mod process;
pub mod sandbox;
pub mod session;
