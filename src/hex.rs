//! Lower-case hex, as ids, hashes and salts are written.

/// `b` as lower-case hex (two digits a byte).
pub fn hex(b: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = vec![0u8; b.len() * 2];
    for (pair, x) in out.chunks_exact_mut(2).zip(b) {
        pair[0] = DIGITS[usize::from(x >> 4)];
        pair[1] = DIGITS[usize::from(x & 0xf)];
    }
    // Only ASCII digits went in.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn as_format_writes_it() {
        let all: Vec<u8> = (0..=255).collect();
        let expected: String = all.iter().map(|x| format!("{x:02x}")).collect();
        assert_eq!(super::hex(&all), expected);
        assert_eq!(super::hex(&[]), "");
    }
}
