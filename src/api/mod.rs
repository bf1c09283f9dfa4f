//! The only code that speaks HTTP: typed requests to Unleash and the decoding of its answers.

mod client;
pub mod error;
mod first_list;
pub mod model;

pub use client::{
    create_token, list_tokens, sign_in, update_token, validate_invite, ANSWER_TIMEOUT,
};
pub use error::{ApiError, ErrorDetail, ErrorKind};
pub use model::{
    CreateTokenRequest, CreatedToken, InviteValidity, LoginRequest, PublicSignupToken, TokenList,
    TokenRole, TokenUser, UpdateTokenRequest,
};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod decoding_properties;
