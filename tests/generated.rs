//! The committed completions and man pages must match the clap definitions.
//! Refresh them with: CU_BLESS=1 cargo test --test generated

use std::path::Path;

#[test]
fn completions_and_man_pages_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var_os("CU_BLESS").is_some();
    let mut stale = Vec::new();
    for (path, contents) in cu::docs::generated_files() {
        let full = root.join(&path);
        if bless {
            std::fs::create_dir_all(full.parent().unwrap()).unwrap();
            std::fs::write(&full, &contents).unwrap();
        } else if std::fs::read(&full).ok().as_deref() != Some(&contents[..]) {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nrefresh them with: CU_BLESS=1 cargo test --test generated"
    );
}

#[test]
fn man_page_documents_exit_codes() {
    let files = cu::docs::generated_files();
    let (_, page) = files
        .iter()
        .find(|(p, _)| p == "man/cu.1")
        .expect("man/cu.1");
    let text = String::from_utf8_lossy(page);
    assert!(
        text.contains("Exit codes"),
        "cu.1 lacks the exit-code table"
    );
    assert!(text.contains("partial"));
}
