//! RFC 8785 JSON Canonicalization Scheme: the one byte sequence for a JSON value that any
//! language can reproduce, so a signature over it can be checked anywhere.
//!
//! Object members are sorted by the UTF-16 code units of their names; numbers are IEEE-754
//! doubles written as ECMAScript's `Number.prototype.toString`; strings escape only what
//! JSON requires (quote, backslash, control characters); no whitespace.

use serde_json::Value;

/// Why a value has no canonical form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotCanonicalizable(pub String);

impl std::fmt::Display for NotCanonicalizable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// 2^53: every integer up to this magnitude is an exact double.
const MAX_EXACT: u64 = 1 << 53;

/// The canonical UTF-8 bytes of `value`.
pub fn canonicalize(value: &Value) -> Result<Vec<u8>, NotCanonicalizable> {
    let mut out = String::new();
    write_value(value, &mut out)?;
    Ok(out.into_bytes())
}

pub(crate) fn write_value(value: &Value, out: &mut String) -> Result<(), NotCanonicalizable> {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                return write_integer(i, out);
            }
            // I-JSON: every number is an IEEE-754 double, integers beyond 2^53 included.
            let v = n
                .as_f64()
                .ok_or_else(|| NotCanonicalizable(format!("number {n} is not a double")))?;
            out.push_str(&number(v)?);
        }
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out)?;
            }
            out.push(']');
        }
        Value::Object(map) => write_object(map, out)?,
    }
    Ok(())
}

/// An integer as RFC 8785 writes it: as itself when a double holds it exactly, otherwise as
/// the double it becomes.
pub(crate) fn write_integer(i: i64, out: &mut String) -> Result<(), NotCanonicalizable> {
    if i.unsigned_abs() <= MAX_EXACT {
        use std::fmt::Write;
        let _ = write!(out, "{i}");
    } else {
        out.push_str(&number(i as f64)?);
    }
    Ok(())
}

pub(crate) fn write_object(
    map: &serde_json::Map<String, Value>,
    out: &mut String,
) -> Result<(), NotCanonicalizable> {
    let mut members: Vec<(&String, &Value)> = map.iter().collect();
    members.sort_by(|a, b| {
        // Byte order is UTF-16 order for ASCII names, which is nearly all of them.
        if a.0.is_ascii() && b.0.is_ascii() {
            a.0.as_bytes().cmp(b.0.as_bytes())
        } else {
            a.0.encode_utf16().cmp(b.0.encode_utf16())
        }
    });
    out.push('{');
    for (i, (name, item)) in members.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_string(name, out);
        out.push(':');
        write_value(item, out)?;
    }
    out.push('}');
    Ok(())
}

pub(crate) fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{08}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{0c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Among the shortest digit strings that read back as `v`, ECMAScript takes the one closest
/// to `v`'s exact value (ties to even); Rust's shortest form need not be that one
/// (RFC 8785 Appendix B, 1424953923781206.2). Neighbours of the last digit are compared
/// against 38 exact significant digits of `v`.
fn closest(v: f64, digits: &str, exp: i32) -> String {
    let k = digits.len();
    let Ok(c) = digits.parse::<u64>() else {
        return digits.to_string();
    };
    let exact = format!("{v:.37e}");
    let Some((m, e)) = exact.split_once('e') else {
        return digits.to_string();
    };
    let (Ok(exact_digits), Ok(exact_exp)) = (m.replace('.', "").parse::<u128>(), e.parse::<i32>())
    else {
        return digits.to_string();
    };
    if exact_exp != exp || k > 17 {
        return digits.to_string();
    }
    let scale = 10u128.pow((37 - (k - 1)) as u32);
    let mut best = (c, (c as u128 * scale).abs_diff(exact_digits));
    for cand in [c.wrapping_sub(1), c + 1] {
        let text = cand.to_string();
        if cand == 0 || text.len() != k {
            continue;
        }
        let back: Option<f64> = format!("{cand}e{}", exp - (k as i32 - 1)).parse().ok();
        if back != Some(v) {
            continue;
        }
        let dist = (cand as u128 * scale).abs_diff(exact_digits);
        if dist < best.1 || (dist == best.1 && cand % 2 == 0) {
            best = (cand, dist);
        }
    }
    best.0.to_string()
}

/// ECMAScript's Number.prototype.toString for a finite double (ECMA-262 §7.1.12.1): the
/// shortest digits that round-trip (Rust's `{:e}` gives them), placed by the exponent.
pub fn number(v: f64) -> Result<String, NotCanonicalizable> {
    if !v.is_finite() {
        return Err(NotCanonicalizable(format!("{v} has no JSON form")));
    }
    if v == 0.0 {
        return Ok("0".to_string());
    }
    if v < 0.0 {
        return Ok(format!("-{}", number(-v)?));
    }
    if v.fract() == 0.0 && v <= MAX_EXACT as f64 {
        return Ok((v as u64).to_string());
    }
    let sci = format!("{v:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let shortest: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits = closest(v, &shortest, exp);
    let k = digits.len() as i32;
    let n = exp + 1;
    Ok(if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let sign = if e < 0 { '-' } else { '+' };
        if k == 1 {
            format!("{digits}e{sign}{}", e.abs())
        } else {
            format!("{}.{}e{sign}{}", &digits[..1], &digits[1..], e.abs())
        }
    })
}
