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

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

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
        let mut m = Map::new();
        m.insert("seq".into(), Value::from(self.seq + 1));
        m.insert("ts".into(), Value::from(ts));
        m.insert("prev".into(), Value::from(self.head.as_str()));
        m.insert("type".into(), Value::from(kind));
        for (k, v) in fields {
            if !matches!(k.as_str(), "seq" | "ts" | "prev" | "type") && !v.is_null() {
                m.insert(k, v);
            }
        }
        let mut line = Value::Object(m).to_string().into_bytes();
        if line.len() > MAX_LINE {
            // A record too large to be read back would break the trail for every reader:
            // its fields give way to their size.
            let mut small = Map::new();
            small.insert("seq".into(), Value::from(self.seq + 1));
            small.insert("ts".into(), Value::from(ts));
            small.insert("prev".into(), Value::from(self.head.as_str()));
            small.insert("type".into(), Value::from(kind));
            small.insert("oversized_bytes".into(), Value::from(line.len()));
            line = Value::Object(small).to_string().into_bytes();
        }
        self.seq += 1;
        self.head = line_hash(&line);
        line
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
