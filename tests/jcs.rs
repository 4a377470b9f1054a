//! RFC 8785 canonicalization against the RFC's Appendix B numbers and the reference test
//! data (testdata/jcs/README.md names the sources).

use cu::passport::jcs;

fn testdata(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/testdata/jcs/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn appendix_b_numbers() {
    let csv = testdata("rfc8785_appendix_b.csv");
    let mut checked = 0;
    for line in csv.lines().skip(1) {
        let mut cols = line.split(',');
        let (hex, expected) = (cols.next().unwrap(), cols.next().unwrap());
        let v = f64::from_bits(u64::from_str_radix(hex, 16).unwrap());
        match expected {
            "NaN" | "Infinity" => assert!(jcs::number(v).is_err(), "{hex} must be refused"),
            _ => assert_eq!(jcs::number(v).unwrap(), expected, "{hex}"),
        }
        checked += 1;
    }
    assert_eq!(checked, 26);
}

#[test]
fn reference_documents() {
    for name in ["values", "structures", "weird", "unicode", "french"] {
        let input: serde_json::Value =
            serde_json::from_str(&testdata(&format!("{name}.input.json"))).unwrap();
        let expected = testdata(&format!("{name}.output.json"));
        let got = String::from_utf8(jcs::canonicalize(&input).unwrap()).unwrap();
        assert_eq!(got, expected, "{name}");
        // Canonical output is a fixed point.
        let again: serde_json::Value = serde_json::from_str(&got).unwrap();
        assert_eq!(
            jcs::canonicalize(&again).unwrap(),
            got.as_bytes(),
            "{name} is not stable"
        );
    }
}

#[test]
fn integers_beyond_2_pow_53_are_doubles_and_minus_zero_is_zero() {
    let value = serde_json::json!([9007199254740993u64, -0.0, {"b": 1, "a": [true]}]);
    let out = String::from_utf8(jcs::canonicalize(&value).unwrap()).unwrap();
    assert_eq!(out, r#"[9007199254740992,0,{"a":[true],"b":1}]"#);
}
