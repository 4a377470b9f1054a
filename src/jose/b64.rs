//! Base64url without padding, strict: no padding, no whitespace, canonical trailing bits.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::{JoseError, JoseResult};

pub fn encode(data: impl AsRef<[u8]>) -> String {
    URL_SAFE_NO_PAD.encode(data)
}

pub fn decode(text: impl AsRef<[u8]>, what: &str) -> JoseResult<Vec<u8>> {
    URL_SAFE_NO_PAD
        .decode(text.as_ref())
        .map_err(|e| JoseError::malformed(format!("{what} is not valid base64url: {e}")))
}
