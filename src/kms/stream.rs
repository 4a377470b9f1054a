//! Chunked AES-256-GCM for inputs of any size in constant memory: a STREAM construction
//! (Hoang, Reyhanitabar, Rogaway, Vizár 2015, as in age). A fresh file key, wrapped with
//! AES-KW under the content key, encrypts 64 KiB chunks; each chunk's nonce is an 11-byte
//! counter and a final-chunk flag, and every chunk authenticates a hash of the header. So a
//! reordered, dropped, truncated or extended stream, or a changed header, fails to decrypt.
//!
//! Layout: `cu-kms-stream/1\n`, one JSON header line `{"kid","alg":"A256KW",
//! "enc":"A256GCM-STREAM","chunk":65536,"ek"}`, then the chunks (ciphertext ‖ 16-byte tag).

use std::io::{Read, Write};

use openssl::cipher::Cipher;
use openssl::cipher_ctx::CipherCtx;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::store::Store;
use super::{crypto, kid, parse_kid, KeyType, KmsError, KmsResult, Reason};
use crate::jose::b64;

pub const MAGIC: &[u8] = b"cu-kms-stream/1\n";
pub const CHUNK: usize = 64 * 1024;
const TAG: usize = 16;
const MAX_HEADER: usize = 4096;

fn nonce(counter: u64, last: bool) -> [u8; 12] {
    let mut n = [0u8; 12];
    n[3..11].copy_from_slice(&counter.to_be_bytes());
    n[11] = u8::from(last);
    n
}

/// Totals of a finished stream.
pub struct StreamReport {
    pub kid: String,
    pub plaintext_bytes: u64,
    pub chunks: u64,
}

/// A failed read or write of the stream: a full disk is `disk_full`, anything else `io_error`.
fn io_err(e: std::io::Error) -> KmsError {
    KmsError::io("stream I/O".to_string(), &e)
}

/// Fill `buf` as far as the reader allows; returns how many bytes were read.
fn read_full(reader: &mut dyn Read, buf: &mut [u8]) -> KmsResult<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io_err(e)),
        }
    }
    Ok(filled)
}

/// AES-256-GCM (OpenSSL) with the key schedule set up once and a new nonce per chunk. For
/// bulk data OpenSSL's GCM measured faster here than aws-lc's (2.5 vs 1.7 GiB/s in memory),
/// and its start-up cost does not matter.
struct Gcm {
    ctx: CipherCtx,
    mode: Mode,
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Encrypt,
    Decrypt,
}

impl Gcm {
    fn new(key: &[u8], mode: Mode) -> KmsResult<Gcm> {
        let fail = |e: openssl::error::ErrorStack| {
            KmsError::new(Reason::Internal, format!("AES-GCM: {e}"))
        };
        let mut ctx = CipherCtx::new().map_err(fail)?;
        let cipher = Cipher::aes_256_gcm();
        match mode {
            Mode::Encrypt => ctx.encrypt_init(Some(cipher), Some(key), None),
            Mode::Decrypt => ctx.decrypt_init(Some(cipher), Some(key), None),
        }
        .map_err(fail)?;
        Ok(Gcm { ctx, mode })
    }

    fn start(&mut self, nonce: &[u8; 12]) -> Result<(), openssl::error::ErrorStack> {
        match self.mode {
            Mode::Encrypt => self.ctx.encrypt_init(None, None, Some(nonce)),
            Mode::Decrypt => self.ctx.decrypt_init(None, None, Some(nonce)),
        }
    }

    fn seal(
        &mut self,
        nonce: &[u8; 12],
        aad: &[u8],
        input: &[u8],
        out: &mut Vec<u8>,
    ) -> KmsResult<()> {
        let fail = |e: openssl::error::ErrorStack| {
            KmsError::new(Reason::Internal, format!("AES-GCM: {e}"))
        };
        self.start(nonce).map_err(fail)?;
        self.ctx.cipher_update(aad, None).map_err(fail)?;
        out.resize(input.len() + 16, 0);
        let n = self.ctx.cipher_update(input, Some(out)).map_err(fail)?;
        let m = self.ctx.cipher_final(&mut out[n..]).map_err(fail)?;
        out.truncate(n + m);
        let mut tag = [0u8; TAG];
        self.ctx.tag(&mut tag).map_err(fail)?;
        out.extend_from_slice(&tag);
        Ok(())
    }

    fn open(&mut self, nonce: &[u8; 12], aad: &[u8], input: &[u8], out: &mut Vec<u8>) -> bool {
        if input.len() < TAG {
            return false;
        }
        let (ct, tag) = input.split_at(input.len() - TAG);
        let result = (|| -> Result<usize, openssl::error::ErrorStack> {
            self.start(nonce)?;
            self.ctx.cipher_update(aad, None)?;
            out.resize(ct.len() + 16, 0);
            let n = self.ctx.cipher_update(ct, Some(out))?;
            self.ctx.set_tag(tag)?;
            let m = self.ctx.cipher_final(&mut out[n..])?;
            Ok(n + m)
        })();
        match result {
            Ok(len) => {
                out.truncate(len);
                true
            }
            Err(_) => {
                out.clear();
                false
            }
        }
    }
}

pub fn encrypt(
    store: &mut Store,
    name: &str,
    reader: &mut dyn Read,
    writer: &mut dyn Write,
) -> KmsResult<StreamReport> {
    let (_, version, key) = store.material(name, None, &[KeyType::Aes256Gcm], "encrypt")?;
    let file_key = crypto::random(32)?;
    let ek = crypto::key_wrap(&key, &file_key)?;
    let id = kid(name, version);
    let header_line = json!({"kid": id, "alg": "A256KW", "enc": "A256GCM-STREAM", "chunk": CHUNK, "ek": b64::encode(&ek)}).to_string();
    let mut header = MAGIC.to_vec();
    header.extend_from_slice(header_line.as_bytes());
    header.push(b'\n');
    let aad = Sha256::digest(&header);
    writer.write_all(&header).map_err(io_err)?;

    let mut gcm = Gcm::new(&file_key, Mode::Encrypt)?;
    // Two buffers: a chunk is sealed only once we know whether another follows it.
    let mut current = Zeroizing::new(vec![0u8; CHUNK]);
    let mut next = Zeroizing::new(vec![0u8; CHUNK]);
    let mut out = Vec::with_capacity(CHUNK + 64);
    let mut len = read_full(reader, &mut current)?;
    let mut counter: u64 = 0;
    let mut total: u64 = 0;
    loop {
        let next_len = if len == CHUNK {
            read_full(reader, &mut next)?
        } else {
            0
        };
        let last = next_len == 0;
        gcm.seal(&nonce(counter, last), &aad, &current[..len], &mut out)?;
        writer.write_all(&out).map_err(io_err)?;
        total += len as u64;
        counter += 1;
        if last {
            break;
        }
        std::mem::swap(&mut current, &mut next);
        len = next_len;
    }
    writer.flush().map_err(io_err)?;
    Ok(StreamReport {
        kid: id,
        plaintext_bytes: total,
        chunks: counter,
    })
}

fn read_header(reader: &mut dyn Read) -> KmsResult<(Vec<u8>, Value)> {
    let bad = |m: &str| KmsError::malformed(format!("not a cu kms stream: {m}"));
    let mut magic = [0u8; 16];
    if read_full(reader, &mut magic)? != MAGIC.len() || magic[..] != *MAGIC {
        return Err(
            bad("the magic line is missing").with_help("decrypt compact JWEs without --stream")
        );
    }
    let mut header = MAGIC.to_vec();
    let mut byte = [0u8; 1];
    loop {
        if read_full(reader, &mut byte)? == 0 {
            return Err(bad("the header line is cut off"));
        }
        header.push(byte[0]);
        if byte[0] == b'\n' {
            break;
        }
        if header.len() > MAX_HEADER {
            return Err(bad("the header line is too long"));
        }
    }
    let value: Value = crate::limits::json_from_slice(&header[MAGIC.len()..])
        .map_err(|_| bad("the header is not JSON"))?;
    if value["alg"] != "A256KW" || value["enc"] != "A256GCM-STREAM" || value["chunk"] != CHUNK {
        return Err(bad("unsupported alg, enc or chunk size"));
    }
    Ok((header, value))
}

pub fn decrypt(
    store: &mut Store,
    reader: &mut dyn Read,
    writer: &mut dyn Write,
) -> KmsResult<StreamReport> {
    let (header, value) = read_header(reader)?;
    let kid_text = value["kid"]
        .as_str()
        .ok_or_else(|| KmsError::malformed("the stream header names no kid"))?;
    let (name, version) = parse_kid(kid_text)?;
    let (_, version, key) =
        store.material(&name, Some(version), &[KeyType::Aes256Gcm], "decrypt")?;
    let ek = value["ek"]
        .as_str()
        .and_then(|e| b64::decode(e, "ek").ok())
        .ok_or_else(|| KmsError::malformed("the stream header's ek is not base64url"))?;
    let failed = |m: String| KmsError::new(Reason::DecryptFailed, m);
    let file_key = crypto::key_unwrap(&key, &ek).ok_or_else(|| {
        failed(format!(
            "the stream's key does not unwrap under {}",
            kid(&name, version)
        ))
    })?;
    let aad = Sha256::digest(&header);
    let mut gcm = Gcm::new(&file_key, Mode::Decrypt)?;
    let block = CHUNK + TAG;
    let mut current = vec![0u8; block];
    let mut next = vec![0u8; block];
    let mut out = Zeroizing::new(Vec::with_capacity(CHUNK + 64));
    let mut len = read_full(reader, &mut current)?;
    let mut counter: u64 = 0;
    let mut total: u64 = 0;
    loop {
        let next_len = if len == block {
            read_full(reader, &mut next)?
        } else {
            0
        };
        let last = next_len == 0;
        if !gcm.open(&nonce(counter, last), &aad, &current[..len], &mut out) {
            return Err(failed(if last {
                format!("chunk {counter} does not authenticate as the final chunk: the stream is truncated or altered")
            } else {
                format!(
                    "chunk {counter} does not authenticate: the stream was altered or reordered"
                )
            }));
        }
        writer.write_all(&out).map_err(io_err)?;
        total += out.len() as u64;
        counter += 1;
        if last {
            break;
        }
        std::mem::swap(&mut current, &mut next);
        len = next_len;
    }
    writer.flush().map_err(io_err)?;
    Ok(StreamReport {
        kid: kid(&name, version),
        plaintext_bytes: total,
        chunks: counter,
    })
}
