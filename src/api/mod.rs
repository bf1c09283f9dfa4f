//! The only code that speaks HTTP: typed requests to Unleash and the decoding of its answers.
//!
//! Nothing here depends on the rest of the crate: a request gets an [`ApiConfig`] and gives typed
//! values or an [`ApiError`]. Hosts see only the models and the errors (they hear of links in
//! them); the requests are the crate's own.

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

pub(crate) use client::{
    acting_names, catalogue_text, create_token, list_tokens, sign_in, update_token, validate_invite,
};
pub use config::BaseUrlProblem;
pub(crate) use config::{ApiConfig, Credentials};
pub use error::{ApiError, ErrorDetail};
pub(crate) use events::{link_history, LinkEvent, LinkEventKind, LinkHistory};
pub use model::{
    CreateTokenRequest, InviteValidity, LoginRequest, PublicSignupToken, TokenList, TokenRole,
    TokenUser, UpdateTokenRequest,
};
pub(crate) use token::ApiToken;
pub use token::TokenProblem;
pub use transport::{ANSWER_LIMIT_BYTES, ANSWER_TIMEOUT};
