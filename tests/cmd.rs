//! Command snapshots: every leaf command, successes and failures with their exit codes.
//! Refresh with: TRYCMD=overwrite cargo test --test cmd

#[test]
fn cli_snapshots() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .case("tests/cmd/*.toml");
}
