//! Messages fed to a hash in pieces, so detached and raw signatures take input of any size.

use std::io;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// A message read in pieces. Each `feed` hands every byte to `sink`, from the start; Ed25519
/// signing and checks against several keys call it more than once.
pub trait Message {
    fn feed(&mut self, sink: &mut dyn FnMut(&[u8])) -> io::Result<()>;
}

/// Feed every piece of `message` to an OpenSSL signer, verifier or hasher (`update`), which
/// stops taking pieces at its first error. The outer error: the message could not be read;
/// the inner one: OpenSSL refused a piece.
pub fn feed_openssl(
    message: &mut dyn Message,
    mut update: impl FnMut(&[u8]) -> Result<(), openssl::error::ErrorStack>,
) -> io::Result<Result<(), openssl::error::ErrorStack>> {
    let mut failed = None;
    message.feed(&mut |piece| {
        if failed.is_none() {
            failed = update(piece).err();
        }
    })?;
    Ok(failed.map_or(Ok(()), Err))
}

/// A message already in memory.
pub struct Bytes<'a>(pub &'a [u8]);

impl Message for Bytes<'_> {
    fn feed(&mut self, sink: &mut dyn FnMut(&[u8])) -> io::Result<()> {
        sink(self.0);
        Ok(())
    }
}

/// A JWS signing input, `PREFIX` then the message as base64url (or as it is, for an RFC 7797
/// unencoded payload), without building it in memory.
pub struct SigningInput<'a> {
    pub prefix: &'a [u8],
    pub message: &'a mut dyn Message,
    pub encode: bool,
}

impl Message for SigningInput<'_> {
    fn feed(&mut self, sink: &mut dyn FnMut(&[u8])) -> io::Result<()> {
        sink(self.prefix);
        if !self.encode {
            return self.message.feed(sink);
        }
        // Base64 of whole 3-byte groups concatenates; only the last group is encoded short.
        let mut pending: Vec<u8> = Vec::with_capacity(3);
        let mut text = String::new();
        self.message.feed(&mut |mut piece: &[u8]| {
            if !pending.is_empty() {
                let take = (3 - pending.len()).min(piece.len());
                pending.extend_from_slice(&piece[..take]);
                piece = &piece[take..];
                if pending.len() < 3 {
                    return;
                }
                text.clear();
                URL_SAFE_NO_PAD.encode_string(&pending, &mut text);
                sink(text.as_bytes());
                pending.clear();
            }
            let whole = piece.len() / 3 * 3;
            if whole > 0 {
                text.clear();
                URL_SAFE_NO_PAD.encode_string(&piece[..whole], &mut text);
                sink(text.as_bytes());
            }
            pending.extend_from_slice(&piece[whole..]);
        })?;
        if !pending.is_empty() {
            text.clear();
            URL_SAFE_NO_PAD.encode_string(&pending, &mut text);
            sink(text.as_bytes());
        }
        Ok(())
    }
}

/// Every byte of a message, for tests and small inputs.
pub fn collect(message: &mut dyn Message) -> io::Result<Vec<u8>> {
    let mut all = Vec::new();
    message.feed(&mut |piece| all.extend_from_slice(piece))?;
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A message that arrives in pieces of a given size.
    struct Pieces<'a>(&'a [u8], usize);

    impl Message for Pieces<'_> {
        fn feed(&mut self, sink: &mut dyn FnMut(&[u8])) -> io::Result<()> {
            for chunk in self.0.chunks(self.1) {
                sink(chunk);
            }
            Ok(())
        }
    }

    #[test]
    fn streamed_base64_equals_the_whole() {
        let data: Vec<u8> = (0..200u8).collect();
        for len in [0, 1, 2, 3, 4, 5, 100, 200] {
            for piece in [1, 2, 3, 4, 7, 64] {
                let mut message = Pieces(&data[..len], piece);
                let mut input = SigningInput {
                    prefix: b"h.",
                    message: &mut message,
                    encode: true,
                };
                let got = collect(&mut input).unwrap();
                let want = format!("h.{}", crate::jose::b64::encode(&data[..len]));
                assert_eq!(got, want.as_bytes(), "len {len} piece {piece}");
            }
        }
    }
}
