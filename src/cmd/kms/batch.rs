//! `--batch` for encrypt, decrypt, sign and verify: JSON Lines in, one JSON line out per
//! input line, in order; exit 0 when all succeed, 1 when some do, 2 when none do.

use std::io::{BufRead, Write};

use serde_json::{json, Value};

use crate::error::{CuError, Status};
use crate::jose::b64;
use crate::kms::KmsError;
use crate::output::Report;

pub struct JsonLines {
    pub lines: Vec<Value>,
}

impl Report for JsonLines {
    fn write_text(&self, out: &mut dyn Write) -> std::io::Result<()> {
        self.write_json(out)
    }

    fn to_json(&self) -> Value {
        Value::Array(self.lines.clone())
    }

    fn status(&self) -> Status {
        let ok = self.lines.iter().filter(|l| l["ok"] == true).count();
        Status::of_batch(ok, self.lines.len())
    }

    fn write_json(&self, out: &mut dyn Write) -> std::io::Result<()> {
        for line in &self.lines {
            serde_json::to_writer(&mut *out, line)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}

pub fn failure(e: &KmsError) -> Value {
    json!({"ok": false, "error": {"reason": e.reason.as_str(), "message": e.message}})
}

/// The lines of a batch input (blank lines skipped).
pub fn read_lines(input: &[u8]) -> Result<Vec<String>, CuError> {
    let mut out = Vec::new();
    for line in input.lines() {
        let line = line.map_err(|e| {
            CuError::usage(
                format!("the batch input is not text: {e}"),
                "send JSON Lines in UTF-8",
            )
        })?;
        if !line.trim().is_empty() {
            out.push(line);
        }
    }
    Ok(out)
}

/// The bytes of one input line: `{"<field>": base64url}`, `{"text": "…"}`.
pub fn bytes_field(line: &str, field: &str) -> Result<Vec<u8>, KmsError> {
    let v: Value = crate::limits::json_from_str(line)
        .map_err(|e| KmsError::malformed(format!("the line is not JSON: {e}")))?;
    if let Some(t) = v.get("text").and_then(Value::as_str) {
        return Ok(t.as_bytes().to_vec());
    }
    let data = v.get(field).and_then(Value::as_str).ok_or_else(|| {
        KmsError::malformed(format!(
            "the line has neither `{field}` (base64url) nor `text`"
        ))
    })?;
    b64::decode(data, field).map_err(|_| KmsError::malformed(format!("`{field}` is not base64url")))
}

/// A token from a line: `{"<field>": "…"}` or the bare token.
pub fn token_field(line: &str, field: &str) -> Result<String, KmsError> {
    let t = line.trim();
    if t.starts_with('{') {
        let v: Value = crate::limits::json_from_str(t)
            .map_err(|e| KmsError::malformed(format!("the line is not JSON: {e}")))?;
        if let Some(s) = v.get(field).and_then(Value::as_str) {
            return Ok(s.to_string());
        }
        if v.get("protected").is_some() {
            // A flattened JSON JWE on one line.
            return Ok(t.to_string());
        }
        return Err(KmsError::malformed(format!("the line has no `{field}`")));
    }
    Ok(t.to_string())
}
