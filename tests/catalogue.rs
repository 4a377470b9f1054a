//! `cu commands`: the command-line contract as data, checked against its schema and against
//! the real binary (every command it names exists, every flag it lists is in the command's
//! help, every reason a help names is one of its domain's codes).

use std::collections::BTreeSet;
use std::process::Command;

use serde_json::Value;

fn cu(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_cu"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "200")
        .output()
        .unwrap()
}

fn catalogue() -> Value {
    let out = cu(&["commands", "--output", "json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON document")
}

/// The flag `long` of command entry `c`.
fn flag<'a>(c: &'a Value, long: &str) -> &'a Value {
    c["flags"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["long"] == long)
        .unwrap_or_else(|| panic!("{}: no {long}", c["command"]))
}

fn leaves(doc: &Value) -> Vec<&Value> {
    doc["commands"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["leaf"] == true)
        .collect()
}

#[test]
fn the_catalogue_matches_its_schema() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/schemas/output/commands.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let doc = catalogue();
    let problems: Vec<String> = validator
        .iter_errors(&doc)
        .take(10)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    // The schema bites: a renamed field is refused.
    let mut broken = doc.clone();
    let first = &mut broken["commands"][0];
    let flags = first["flags"].take();
    first["options"] = flags;
    assert!(!validator.is_valid(&broken));
}

#[test]
fn every_command_it_names_exists_with_the_flags_it_lists() {
    let doc = catalogue();
    let commands = doc["commands"].as_array().unwrap();
    assert!(commands.len() > 80, "only {} commands", commands.len());
    for c in commands {
        let path: Vec<&str> = c["path"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap())
            .collect();
        let mut args = path.clone();
        args.push("--help");
        let out = cu(&args);
        assert_eq!(out.status.code(), Some(0), "cu {path:?} --help");
        let help = String::from_utf8_lossy(&out.stdout);
        for f in c["flags"].as_array().unwrap() {
            let long = f["long"].as_str().unwrap_or_default();
            assert!(
                long.is_empty() || help.contains(long),
                "cu {}: {long} is not in its help",
                path.join(" ")
            );
        }
        assert_eq!(
            c["command"].as_str().unwrap(),
            format!("cu {}", path.join(" "))
        );
    }
    // A few contracts spelled out, as an agent would rely on them.
    let verify = commands
        .iter()
        .find(|c| c["command"] == "cu passport verify")
        .unwrap();
    assert_eq!(verify["exit_codes"], serde_json::json!([0, 1, 2]));
    let batch = flag(verify, "--batch");
    assert_eq!(batch["type"], "boolean");
    let server = flag(verify, "--server");
    assert_eq!(server["env"], "CU_PASSPORT_SERVER");
    let create = commands
        .iter()
        .find(|c| c["command"] == "cu kms key create")
        .unwrap();
    assert_eq!(create["exit_codes"], serde_json::json!([0, 2]));
    let key_type = flag(create, "--type");
    assert_eq!(key_type["required"], true);
    assert_eq!(key_type["type"], "enum");
    assert!(key_type["possible_values"]
        .as_array()
        .unwrap()
        .contains(&Value::from("aes-256-gcm")));
    let globals: BTreeSet<&str> = doc["global_flags"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["long"].as_str())
        .collect();
    for g in ["--output", "--no-color", "--quiet", "--verbose"] {
        assert!(globals.contains(g), "{g} missing from global_flags");
    }
}

#[test]
fn reasons_named_in_help_are_codes_of_their_domain() {
    let doc = catalogue();
    let mut stated = 0;
    for c in leaves(&doc) {
        if c["reason_codes_source"] != "help" {
            continue;
        }
        stated += 1;
        // The domain's whole list, as the catalogue gives it for a command that names none.
        let group = c["path"][0].as_str().unwrap();
        let domain: BTreeSet<String> = leaves(&doc)
            .into_iter()
            .find(|o| o["path"][0] == group && o["reason_codes_source"] == "domain")
            .map(|o| {
                o["reason_codes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r.as_str().unwrap().to_string())
                    .collect()
            })
            .unwrap_or_default();
        for r in c["reason_codes"].as_array().unwrap() {
            let r = r.as_str().unwrap();
            assert!(
                domain.contains(r),
                "{}: its help names `{r}`, which {group} never gives",
                c["command"]
            );
        }
    }
    assert!(
        stated >= 2,
        "the helps of jwt verify and passport verify name their reasons"
    );
}

#[test]
fn text_mode_lists_one_leaf_a_line() {
    let doc = catalogue();
    let out = cu(&["commands"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), leaves(&doc).len());
    assert!(text
        .lines()
        .any(|l| l.starts_with("cu jose jwt verify ") && l.contains("Verify")));
}
