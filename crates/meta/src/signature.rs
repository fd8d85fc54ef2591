//! `X-Hub-Signature-256`: HMAC-SHA256 of the raw request body keyed with
//! the app secret, as `sha256=<hex>`. The body is checked byte for byte as
//! received (re-serialising the JSON would change it), and the comparison
//! is constant-time. The verify handshake of a subscription answers
//! `hub.challenge` when `hub.mode` is `subscribe` and `hub.verify_token`
//! matches.

use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("no X-Hub-Signature-256 header")]
    Missing,
    #[error("the signature header is not `sha256=<64 hex digits>`")]
    Malformed,
    #[error("the signature does not match the body")]
    Mismatch,
}

/// `sha256=<hex>` of `body` under `secret` (what Meta sends).
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    // HMAC accepts keys of any length, so this cannot fail.
    match <HmacSha256 as Mac>::new_from_slice(secret) {
        Ok(mut mac) => {
            mac.update(body);
            format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
        }
        Err(_) => String::new(),
    }
}

/// The digest `header` announces, when it is `sha256=<64 hex digits>`.
fn announced(header: Option<&str>) -> Result<Vec<u8>, SignatureError> {
    let header = header.ok_or(SignatureError::Missing)?.trim();
    let hex_part = header
        .strip_prefix("sha256=")
        .ok_or(SignatureError::Malformed)?;
    let expected = hex::decode(hex_part).map_err(|_| SignatureError::Malformed)?;
    if expected.len() != 32 {
        return Err(SignatureError::Malformed);
    }
    Ok(expected)
}

/// Whether `header` could be a signature at all: a request without one is
/// refused before its body is kept in memory.
pub fn check_header(header: Option<&str>) -> Result<(), SignatureError> {
    announced(header).map(|_| ())
}

/// Checks `header` (the value of X-Hub-Signature-256) against `body`.
pub fn verify(secret: &[u8], body: &[u8], header: Option<&str>) -> Result<(), SignatureError> {
    let expected = announced(header)?;
    let Ok(mut mac) = <HmacSha256 as Mac>::new_from_slice(secret) else {
        return Err(SignatureError::Mismatch);
    };
    mac.update(body);
    // `verify_slice` compares in constant time.
    mac.verify_slice(&expected)
        .map_err(|_| SignatureError::Mismatch)
}

/// SHA-256 of `body` in hex: a delivery's name when it is kept on disk.
pub fn digest(body: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(Sha256::digest(body))
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HandshakeError {
    #[error("hub.mode is not `subscribe`")]
    NotSubscribe,
    #[error("hub.verify_token does not match")]
    WrongToken,
    #[error("no hub.challenge")]
    NoChallenge,
}

/// The answer to the verify handshake (`GET /webhooks/meta?hub.mode=…`):
/// the challenge to echo, or why not.
pub fn handshake<'q>(
    query: impl IntoIterator<Item = (&'q str, &'q str)>,
    verify_token: &str,
) -> Result<String, HandshakeError> {
    let (mut mode, mut token, mut challenge) = (None, None, None);
    for (k, v) in query {
        match k {
            "hub.mode" => mode = Some(v),
            "hub.verify_token" => token = Some(v),
            "hub.challenge" => challenge = Some(v),
            _ => {}
        }
    }
    if mode != Some("subscribe") {
        return Err(HandshakeError::NotSubscribe);
    }
    // Not secret-dependent timing worth guarding: the token is compared
    // whole, but keep it constant-time anyway.
    let given = token.unwrap_or("").as_bytes();
    let wanted = verify_token.as_bytes();
    let same = given.len() == wanted.len()
        && given
            .iter()
            .zip(wanted)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    if !same || wanted.is_empty() {
        return Err(HandshakeError::WrongToken);
    }
    challenge
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .ok_or(HandshakeError::NoChallenge)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const SECRET: &[u8] = b"switchboard-test-secret";

    #[test]
    fn a_known_body_has_its_known_signature() {
        // Computed independently:
        //   printf '%s' '{"object":"page","entry":[]}' |
        //     openssl dgst -sha256 -hmac switchboard-test-secret
        let body = br#"{"object":"page","entry":[]}"#;
        let known = "sha256=713b19c9e4ba3bf4958216244a0045c608e07610ed3a8cfacfe48ca8c1e1426d";
        assert_eq!(sign(SECRET, body), known);
        assert_eq!(verify(SECRET, body, Some(known)), Ok(()));
        assert_eq!(
            verify(
                SECRET,
                body,
                Some(&known.to_uppercase().replace("SHA256=", "sha256="))
            ),
            Ok(()),
            "hex digits in either case"
        );
    }

    #[test]
    fn crlf_and_lf_bodies_have_different_signatures() {
        let lf = b"{\n  \"object\": \"page\"\n}";
        let crlf = b"{\r\n  \"object\": \"page\"\r\n}";
        assert_ne!(sign(SECRET, lf), sign(SECRET, crlf));
        assert_eq!(
            verify(SECRET, crlf, Some(&sign(SECRET, lf))),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn a_missing_malformed_or_wrong_signature_is_refused() {
        let body = b"{}";
        assert_eq!(verify(SECRET, body, None), Err(SignatureError::Missing));
        assert_eq!(
            verify(SECRET, body, Some("sha1=abc")),
            Err(SignatureError::Malformed)
        );
        assert_eq!(
            verify(SECRET, body, Some("sha256=zz")),
            Err(SignatureError::Malformed)
        );
        let other = sign(b"another secret", body);
        assert_eq!(
            verify(SECRET, body, Some(&other)),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn the_handshake_echoes_the_challenge_only_for_the_right_token() {
        let q = |mode, token| {
            vec![
                ("hub.mode", mode),
                ("hub.verify_token", token),
                ("hub.challenge", "1158201444"),
            ]
        };
        assert_eq!(
            handshake(q("subscribe", "tok"), "tok"),
            Ok("1158201444".to_string())
        );
        assert_eq!(
            handshake(q("subscribe", "nope"), "tok"),
            Err(HandshakeError::WrongToken)
        );
        assert_eq!(
            handshake(q("unsubscribe", "tok"), "tok"),
            Err(HandshakeError::NotSubscribe)
        );
        assert_eq!(
            handshake(
                vec![("hub.mode", "subscribe"), ("hub.verify_token", "tok")],
                "tok"
            ),
            Err(HandshakeError::NoChallenge)
        );
        assert_eq!(
            handshake(q("subscribe", ""), ""),
            Err(HandshakeError::WrongToken),
            "an empty configured token accepts nothing"
        );
    }
}
