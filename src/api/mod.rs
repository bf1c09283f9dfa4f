//! The only code that speaks HTTP: typed requests to Unleash and the decoding of its answers.
//!
//! Nothing here depends on the rest of the crate: a request gets an [`ApiConfig`] and gives typed
//! values or an [`ApiError`].

mod client;
mod config;
pub mod error;
mod events;
mod first_list;
mod json;
pub mod model;
mod token;
mod transport;
mod wire;

pub use client::{create_token, list_tokens, sign_in, update_token, validate_invite};
pub use config::{base_url_problem, ApiConfig, BaseUrlProblem, Credentials};
pub use error::{ApiError, ErrorDetail};
pub use events::{link_history, LinkEvent, LinkEventKind, LinkHistory};
pub use model::{
    CreateTokenRequest, InviteValidity, LoginRequest, PublicSignupToken, TokenList, TokenRole,
    TokenUser, UpdateTokenRequest,
};
pub use token::{ApiToken, TokenProblem};
pub use transport::{ANSWER_LIMIT_BYTES, ANSWER_TIMEOUT};
