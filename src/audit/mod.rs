//! The audit trail: one JSON record per line, each carrying the SHA-256 of the line before it
//! (`prev`), and every so often a checkpoint whose Ed25519 signature (by a key held in the
//! KMS store) covers the chain up to it. A record deleted, edited, reordered or cut short
//! breaks the chain; a chain rewritten after an edit breaks the next checkpoint's signature.
//!
//! A line is hashed as written (without its newline), so verification needs no
//! canonical form. Records keep their fields in a fixed order: `seq`, `ts`, `prev`, `type`,
//! then what the record says.

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// The `prev` of the first record of a trail.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What a checkpoint's signature covers: this trail, its sequence number and the hash of the
/// record before it, and its time.
pub fn checkpoint_payload(seq: u64, prev: &str, ts: &str) -> String {
    format!("cu-audit-checkpoint:v1:{seq}:{prev}:{ts}")
}

/// The longest record line read back (a longer one is damage, not a record).
pub const MAX_LINE: usize = 64 << 10;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chain {
    /// The sequence number of the last record (0 before the first).
    pub seq: u64,
    /// The hash of the last record's line (`GENESIS` before the first).
    pub head: String,
}

impl Default for Chain {
    fn default() -> Self {
        Chain {
            seq: 0,
            head: GENESIS.to_string(),
        }
    }
}

pub fn line_hash(line: &[u8]) -> String {
    hex(&Sha256::digest(line))
}

use crate::hex::hex;

impl Chain {
    /// Continue after `line`, the last complete record of an existing trail.
    pub fn after(line: &[u8]) -> Result<Chain, String> {
        let v: Value = serde_json::from_slice(line)
            .map_err(|e| format!("the last record is not JSON: {e}"))?;
        let seq = v["seq"]
            .as_u64()
            .ok_or("the last record has no sequence number")?;
        Ok(Chain {
            seq,
            head: line_hash(line),
        })
    }

    /// Continue after `last`, the last record of a trail (None: a trail not begun).
    pub fn continuing(last: Option<&[u8]>) -> Result<Chain, String> {
        last.map_or_else(|| Ok(Chain::default()), Chain::after)
    }

    /// The next record's line (no newline), `fields` after the chain's own; the chain moves on.
    pub fn append(&mut self, kind: &str, ts: &str, fields: Map<String, Value>) -> Vec<u8> {
        self.append_fields(kind, ts, &Fields::from_map(fields))
    }

    /// As [`Chain::append`], with fields serialized beforehand (on the thread that made the
    /// record, so the writer only frames and hashes them).
    pub fn append_fields(&mut self, kind: &str, ts: &str, fields: &Fields) -> Vec<u8> {
        let mut line = self.frame(kind, ts, fields.0.len());
        line.extend_from_slice(&fields.0);
        line.push(b'}');
        if line.len() > MAX_LINE {
            // A record too large to be read back would break the trail for every reader:
            // its fields give way to their size.
            let size = line.len();
            line = self.frame(kind, ts, 32);
            line.extend_from_slice(format!(",\"oversized_bytes\":{size}}}").as_bytes());
        }
        self.seq += 1;
        self.head = line_hash(&line);
        line
    }

    /// `{"seq":…,"ts":…,"prev":…,"type":…` of the next record (what serde_json writes for
    /// those members, compact).
    fn frame(&self, kind: &str, ts: &str, room: usize) -> Vec<u8> {
        let mut line = Vec::with_capacity(112 + ts.len() + kind.len() + room);
        line.extend_from_slice(b"{\"seq\":");
        push_u64(&mut line, self.seq + 1);
        line.extend_from_slice(b",\"ts\":");
        json_str(&mut line, ts);
        line.extend_from_slice(b",\"prev\":");
        json_str(&mut line, &self.head);
        line.extend_from_slice(b",\"type\":");
        json_str(&mut line, kind);
        line
    }
}

/// `s` as a JSON string, as serde_json writes it (which escapes `"`, `\\` and control
/// characters only): a string without those is copied as it is.
pub fn json_str(out: &mut Vec<u8>, s: &str) {
    if !needs_escape(s.as_bytes()) {
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else {
        // Writing a string into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, s);
    }
}

/// Whether `s` holds a byte JSON escapes (below 0x20, `"`, `\\`), eight bytes at a time.
fn needs_escape(s: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // Whether a byte of `x` is below `n` (n ≤ 128), or is zero (n = 1).
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH != 0;
    let mut chunks = s.chunks_exact(8);
    for chunk in &mut chunks {
        let Ok(bytes) = <[u8; 8]>::try_from(chunk) else {
            return true;
        };
        let x = u64::from_ne_bytes(bytes);
        if below(x, 0x20) || below(x ^ (ONES * 0x22), 1) || below(x ^ (ONES * 0x5c), 1) {
            return true;
        }
    }
    chunks
        .remainder()
        .iter()
        .any(|b| *b < 0x20 || *b == b'"' || *b == b'\\')
}

/// `v` in decimal.
fn push_u64(out: &mut Vec<u8>, mut v: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// What a record says after the chain's own members, serialized once as `,"name":value`
/// members. Null values are left out and a name the chain uses (`seq`, `ts`, `prev`,
/// `type`) is ignored; the names given must be distinct (a record is read as a JSON object).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields(Vec<u8>);

impl Fields {
    pub fn with_capacity(bytes: usize) -> Fields {
        Fields(Vec::with_capacity(bytes))
    }

    pub fn from_map(fields: Map<String, Value>) -> Fields {
        let mut f = Fields::with_capacity(fields.len() * 24);
        for (k, v) in &fields {
            f.put(k, v);
        }
        f
    }

    /// Add `name: value` (see the type for what is ignored).
    pub fn put(&mut self, name: &str, value: &Value) {
        if !value.is_null() && self.name(name) {
            // Writing a Value into a Vec cannot fail.
            let _ = serde_json::to_writer(&mut self.0, value);
        }
    }

    /// Add `name` as a string.
    pub fn text(&mut self, name: &str, value: &str) {
        if self.name(name) {
            json_str(&mut self.0, value);
        }
    }

    /// Add `name` as a number.
    pub fn number(&mut self, name: &str, value: u64) {
        if self.name(name) {
            push_u64(&mut self.0, value);
        }
    }

    /// Add `name` as a number with a fraction (as serde_json writes an f64; null when not
    /// finite).
    pub fn float(&mut self, name: &str, value: f64) {
        if self.name(name) {
            // Writing a number into a Vec cannot fail.
            let _ = serde_json::to_writer(&mut self.0, &value);
        }
    }

    /// Add the members of `other` (their names must differ from these).
    pub fn extend(&mut self, other: &Fields) {
        self.0.extend_from_slice(&other.0);
    }

    /// The members as written: `,"name":value` each (empty: none).
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Add `name` as the string `value` displays as.
    pub fn display(&mut self, name: &str, value: &impl std::fmt::Display) {
        if self.name(name) {
            use std::io::Write;
            // A Display of an address or id has nothing to escape, but is escaped anyway.
            let mut text = Vec::with_capacity(48);
            let _ = write!(text, "{value}");
            json_str(&mut self.0, &String::from_utf8_lossy(&text));
        }
    }

    /// Start the member `name` (false: it is not to be added).
    fn name(&mut self, name: &str) -> bool {
        if matches!(name, "seq" | "ts" | "prev" | "type") {
            return false;
        }
        self.0.push(b',');
        json_str(&mut self.0, name);
        self.0.push(b':');
        true
    }

    /// Add `name` as a string when there is one.
    pub fn opt(&mut self, name: &str, value: Option<&str>) {
        if let Some(v) = value {
            self.text(name, v);
        }
    }
}

/// Checks a checkpoint's signature: `Ok(kid)` when `sig` signs `payload`.
pub trait Verifier {
    fn verify(&mut self, sig: &str, payload: &str) -> Result<String, String>;
}

/// A trail that holds.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Intact {
    pub records: u64,
    pub checkpoints: u64,
    pub first_seq: Option<u64>,
    pub last_seq: Option<u64>,
    /// Records after the last checkpoint (not yet covered by a signature).
    pub unsealed: u64,
    /// The key versions that signed its checkpoints.
    pub signed_by: Vec<String>,
}

/// Where a trail breaks.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Broken {
    /// The file and line (1-based) of the first record that does not hold.
    pub file: String,
    pub line: u64,
    pub seq: Option<u64>,
    pub what: String,
}

/// Verify a trail given as its files in order (rotated files first), each as its bytes.
/// `continues`: the first file may start mid-chain (an older file was removed); otherwise the
/// first record must be seq 1 with the genesis `prev`.
pub fn verify(
    files: &[(String, Vec<u8>)],
    verifier: &mut dyn Verifier,
    continues: bool,
) -> Result<Intact, Broken> {
    let mut chain: Option<Chain> = None;
    let mut out = Intact {
        records: 0,
        checkpoints: 0,
        first_seq: None,
        last_seq: None,
        unsealed: 0,
        signed_by: Vec::new(),
    };
    for (name, bytes) in files {
        let mut at = 0usize;
        let mut line_no = 0u64;
        while at < bytes.len() {
            line_no += 1;
            let broken = |seq: Option<u64>, what: String| Broken {
                file: name.clone(),
                line: line_no,
                seq,
                what,
            };
            let Some(end) = bytes[at..].iter().position(|b| *b == b'\n') else {
                return Err(broken(
                    None,
                    format!(
                        "the last record is cut short ({} bytes without an end of line)",
                        bytes.len() - at
                    ),
                ));
            };
            let line = &bytes[at..at + end];
            at += end + 1;
            if line.len() > MAX_LINE {
                return Err(broken(
                    None,
                    format!("a line of {} bytes is no record", line.len()),
                ));
            }
            let v: Value = serde_json::from_slice(line)
                .map_err(|e| broken(None, format!("not a JSON record: {e}")))?;
            let seq = v["seq"].as_u64();
            let (Some(seq), Some(prev)) = (seq, v["prev"].as_str()) else {
                return Err(broken(seq, "the record has no seq or prev".into()));
            };
            match &chain {
                None if !continues && (seq != 1 || prev != GENESIS) => {
                    return Err(broken(
                        Some(seq),
                        format!("the trail starts at record {seq}, not at the first record (records before it are missing)"),
                    ));
                }
                None => {}
                Some(c) if seq != c.seq + 1 => {
                    return Err(broken(
                        Some(seq),
                        if seq <= c.seq {
                            format!(
                                "record {seq} comes after record {} (reordered or repeated)",
                                c.seq
                            )
                        } else {
                            format!("records {} to {} are missing", c.seq + 1, seq - 1)
                        },
                    ));
                }
                Some(c) if prev != c.head => {
                    return Err(broken(
                        Some(seq),
                        format!(
                            "record {} was changed (this record's prev does not match its hash)",
                            c.seq
                        ),
                    ));
                }
                Some(_) => {}
            }
            if v["type"] == "checkpoint" {
                let ts = v["ts"].as_str().unwrap_or_default();
                let Some(sig) = v["sig"].as_str() else {
                    return Err(broken(Some(seq), "a checkpoint without a signature".into()));
                };
                let kid = verifier
                    .verify(sig, &checkpoint_payload(seq, prev, ts))
                    .map_err(|e| {
                        broken(Some(seq), format!("checkpoint {seq} does not verify: {e}"))
                    })?;
                if !out.signed_by.contains(&kid) {
                    out.signed_by.push(kid);
                }
                out.checkpoints += 1;
                out.unsealed = 0;
            } else {
                out.unsealed += 1;
            }
            out.records += 1;
            out.first_seq.get_or_insert(seq);
            out.last_seq = Some(seq);
            chain = Some(Chain {
                seq,
                head: line_hash(line),
            });
        }
    }
    Ok(out)
}

/// Which records `search` keeps (every given condition must hold).
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub key: Option<String>,
    pub principal: Option<String>,
    pub op: Option<String>,
    /// RFC 3339 UTC; records at or after it (timestamps compare as text, all being UTC `Z`).
    pub since: Option<String>,
    pub tenant: Option<String>,
}

impl Filter {
    pub fn keeps(&self, record: &Value) -> bool {
        let is = |field: &str, want: &Option<String>| {
            want.as_ref()
                .is_none_or(|w| record[field].as_str() == Some(w.as_str()))
        };
        is("key", &self.key)
            && is("principal", &self.principal)
            && is("op", &self.op)
            && is("tenant", &self.tenant)
            && self
                .since
                .as_ref()
                .is_none_or(|s| record["ts"].as_str().is_some_and(|ts| ts >= s.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Signs with a "key" that is a prefix: a checkpoint's sig is "good:" + payload.
    struct Toy;
    impl Verifier for Toy {
        fn verify(&mut self, sig: &str, payload: &str) -> Result<String, String> {
            (sig.strip_prefix("good:") == Some(payload))
                .then(|| "toy/v1".to_string())
                .ok_or_else(|| "bad signature".to_string())
        }
    }

    fn trail(n: u64) -> (Vec<Vec<u8>>, Chain) {
        let mut c = Chain::default();
        let mut lines = Vec::new();
        for i in 1..=n {
            if i % 4 == 0 {
                let ts = format!("2026-12-02T00:00:{i:02}.000Z");
                let payload = checkpoint_payload(c.seq + 1, &c.head.clone(), &ts);
                let mut f = Map::new();
                f.insert("sig".into(), json!(format!("good:{payload}")));
                lines.push(c.append("checkpoint", &ts, f));
            } else {
                let mut f = Map::new();
                f.insert("op".into(), json!("encrypt"));
                f.insert("key".into(), json!(format!("k{i}")));
                lines.push(c.append("request", &format!("2026-12-02T00:00:{i:02}.000Z"), f));
            }
        }
        (lines, c)
    }

    fn file(lines: &[Vec<u8>]) -> Vec<(String, Vec<u8>)> {
        let mut b = Vec::new();
        for l in lines {
            b.extend_from_slice(l);
            b.push(b'\n');
        }
        vec![("audit.log".into(), b)]
    }

    #[test]
    fn what_needs_escaping_is_found_wherever_it_is() {
        let special = |b: u8| b < 0x20 || b == b'"' || b == b'\\';
        for b in 0..=255u8 {
            for len in [1, 7, 8, 9, 16, 17] {
                for at in 0..len {
                    let mut s = vec![b'a'; len];
                    s[at] = b;
                    assert_eq!(needs_escape(&s), special(b), "byte {b:#x} at {at} of {len}");
                    // Next to bytes with the high bit set (UTF-8), which nothing escapes.
                    let mut s = vec![0xc3; len];
                    s[at] = b;
                    assert_eq!(needs_escape(&s), special(b), "byte {b:#x} among 0xc3");
                }
            }
        }
        assert!(!needs_escape(b""));
    }

    #[test]
    fn a_line_is_what_serde_json_writes_for_the_record() {
        let mut c = Chain::default();
        let mut f = Fields::default();
        f.text("op", "encrypt \"quoted\" \u{1F511}\n");
        f.number("status", 200);
        f.put("version", &Value::Null);
        f.put("nested", &json!({"a": [1, 2.5, null], "b": "\u{7f}"}));
        f.text("seq", "ignored");
        f.opt("none", None);
        f.display("client", &std::net::IpAddr::from([192, 0, 2, 1]));
        let mut more = Fields::default();
        more.text("plain", "abc ü/<>");
        more.text("escaped", "a\\b\tc\u{1}");
        more.number("zero", 0);
        more.number("max", u64::MAX);
        more.float("ms", 1.25);
        more.float("nan", f64::NAN);
        f.extend(&more);
        let line = c.append_fields("request", "2026-12-03T00:00:00.000Z", &f);
        let mut m = Map::new();
        m.insert("seq".into(), json!(1));
        m.insert("ts".into(), json!("2026-12-03T00:00:00.000Z"));
        m.insert("prev".into(), json!(GENESIS));
        m.insert("type".into(), json!("request"));
        m.insert("op".into(), json!("encrypt \"quoted\" \u{1F511}\n"));
        m.insert("status".into(), json!(200));
        m.insert("nested".into(), json!({"a": [1, 2.5, null], "b": "\u{7f}"}));
        m.insert("client".into(), json!("192.0.2.1"));
        m.insert("plain".into(), json!("abc ü/<>"));
        m.insert("escaped".into(), json!("a\\b\tc\u{1}"));
        m.insert("zero".into(), json!(0));
        m.insert("max".into(), json!(u64::MAX));
        m.insert("ms".into(), json!(1.25));
        m.insert("nan".into(), Value::Null);
        assert_eq!(line, Value::Object(m).to_string().into_bytes());
        assert_eq!(c.head, line_hash(&line));
        assert_eq!(Chain::after(&line).unwrap(), c);

        // Too large to read back: the size stands in for the fields.
        let mut big = Fields::default();
        big.text("blob", &"x".repeat(MAX_LINE));
        let line = c.append_fields("request", "2026-12-03T00:00:00.000Z", &big);
        let v: Value = serde_json::from_slice(&line).unwrap();
        assert_eq!(v["seq"], 2);
        assert!(v["oversized_bytes"].as_u64().unwrap() > MAX_LINE as u64);
        assert!(v.get("blob").is_none());
    }

    #[test]
    fn an_intact_trail() {
        let (lines, chain) = trail(10);
        let ok = verify(&file(&lines), &mut Toy, false).unwrap();
        assert_eq!((ok.records, ok.checkpoints, ok.unsealed), (10, 2, 2));
        assert_eq!(ok.last_seq, Some(10));
        assert_eq!(chain.seq, 10);
        assert_eq!(Chain::after(lines.last().unwrap()).unwrap(), chain);
    }

    #[test]
    fn deleted_edited_reordered_truncated_and_forged_are_caught() {
        let (lines, _) = trail(10);
        let mut deleted = lines.clone();
        deleted.remove(4);
        let e = verify(&file(&deleted), &mut Toy, false).unwrap_err();
        assert!(e.what.contains("missing"), "{e:?}");
        assert_eq!(e.line, 5);

        let mut edited = lines.clone();
        edited[1] = String::from_utf8(edited[1].clone())
            .unwrap()
            .replace("k2", "k9")
            .into_bytes();
        let e = verify(&file(&edited), &mut Toy, false).unwrap_err();
        assert!(e.what.contains("record 2 was changed"), "{e:?}");

        let mut reordered = lines.clone();
        reordered.swap(5, 6);
        let e = verify(&file(&reordered), &mut Toy, false).unwrap_err();
        assert!(
            e.what.contains("missing") || e.what.contains("reordered"),
            "{e:?}"
        );

        let mut bytes = file(&lines);
        let len = bytes[0].1.len();
        bytes[0].1.truncate(len - 10);
        let e = verify(&bytes, &mut Toy, false).unwrap_err();
        assert!(e.what.contains("cut short"), "{e:?}");

        // An edit with the chain recomputed after it: the next checkpoint's signature fails.
        let mut c = Chain::default();
        let mut rewritten = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            let mut v: Map<String, Value> = serde_json::from_slice(l).unwrap();
            let kind = v["type"].as_str().unwrap().to_string();
            let ts = v["ts"].as_str().unwrap().to_string();
            if i == 1 {
                v.insert("key".into(), json!("k9"));
            }
            rewritten.push(c.append(&kind, &ts, v));
        }
        let e = verify(&file(&rewritten), &mut Toy, false).unwrap_err();
        assert!(e.what.contains("checkpoint 4 does not verify"), "{e:?}");

        // Records removed from the start: refused unless the trail is said to continue.
        let tail = lines[3..].to_vec();
        assert!(verify(&file(&tail), &mut Toy, false).is_err());
        assert!(verify(&file(&tail), &mut Toy, true).is_ok());
    }

    #[test]
    fn filters() {
        let r = json!({"ts": "2026-12-02T10:00:00.000Z", "key": "orders", "principal": "app", "op": "encrypt"});
        assert!(Filter::default().keeps(&r));
        let f = Filter {
            key: Some("orders".into()),
            since: Some("2026-12-02T09:00:00Z".into()),
            ..Filter::default()
        };
        assert!(f.keeps(&r));
        let f = Filter {
            op: Some("decrypt".into()),
            ..Filter::default()
        };
        assert!(!f.keeps(&r));
    }
}
