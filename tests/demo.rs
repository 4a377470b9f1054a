//! `cu demo`: from nothing to verified servers in one command, and an honest exit code when
//! a piece is broken.

use std::process::Command;

use serde_json::Value;

fn demo(args: &[&str]) -> (Option<i32>, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cu"))
        .env("NO_COLOR", "1")
        .env_remove("CI")
        .args(["--output", "json", "demo"])
        .args(args)
        .output()
        .unwrap();
    let doc = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code(),
        doc,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn demo_all_check_ephemeral_passes_every_step() {
    let (code, doc, stderr) = demo(&["all", "--check", "--ephemeral", "--port-offset", "31000"]);
    assert_eq!(code, Some(0), "{doc:#}\n{stderr}");
    assert_eq!(doc["success"], true);
    let total = doc["total_steps"].as_u64().unwrap();
    assert!(total >= 10);
    assert_eq!(doc["passed"].as_u64().unwrap(), total);
    assert_eq!(doc["failed"], 0);
    assert_eq!(doc["errors"], serde_json::json!([]));
    for step in doc["steps"].as_array().unwrap() {
        assert_eq!(step["status"], "passed", "{step}");
    }
    assert!(doc["urls"]["kms_api"]
        .as_str()
        .unwrap()
        .starts_with("https://127.0.0.1:"));
    assert!(doc["urls"]["identity"]
        .as_str()
        .unwrap()
        .starts_with("https://127.0.0.1:"));
    assert!(doc["duration_ms"].as_u64().unwrap() > 0);
    assert!(stderr.is_empty(), "JSON mode keeps stderr quiet: {stderr}");
}

#[test]
fn a_broken_client_secret_fails_its_step_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("demo");
    let data = data.to_str().unwrap();
    let (code, doc, _) = demo(&[
        "all",
        "--check",
        "--data-dir",
        data,
        "--port-offset",
        "32000",
    ]);
    assert_eq!(code, Some(0), "{doc:#}");
    // Break one piece of the seeded data: the OAuth client's secret.
    std::fs::write(
        dir.path().join("demo/demo-service.secret"),
        "not-the-secret\n",
    )
    .unwrap();
    let (code, doc, _) = demo(&[
        "all",
        "--check",
        "--data-dir",
        data,
        "--port-offset",
        "32000",
    ]);
    assert_eq!(code, Some(1), "{doc:#}");
    assert_eq!(doc["success"], false);
    let failed: Vec<&str> = doc["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["step"].as_str().unwrap())
        .collect();
    assert!(
        failed.contains(&"get an access token (client credentials)"),
        "{failed:?}"
    );
    assert!(
        doc["errors"][0]["cause"]
            .as_str()
            .unwrap()
            .contains("client authentication failed"),
        "{doc:#}"
    );
    // Everything that does not need the token still passed.
    let passed: Vec<&str> = doc["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["status"] == "passed")
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(
        passed.contains(&"sign and verify") && passed.contains(&"issue and batch-verify passports"),
        "{passed:?}"
    );
}

#[test]
fn demo_kms_alone() {
    let (code, doc, _) = demo(&["kms", "--check", "--ephemeral", "--port-offset", "33000"]);
    assert_eq!(code, Some(0), "{doc:#}");
    assert!(doc["urls"]["identity"].is_null());
}

#[test]
fn demo_identity_alone() {
    let (code, doc, _) = demo(&[
        "identity",
        "--check",
        "--ephemeral",
        "--port-offset",
        "34000",
    ]);
    assert_eq!(code, Some(0), "{doc:#}");
    assert!(doc["urls"]["kms_api"].is_null());
    let names: Vec<&str> = doc["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"get an access token (client credentials)"),
        "{names:?}"
    );
}
