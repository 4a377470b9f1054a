//! Every fuzz target's seeds (fuzz/seeds/TARGET) and every input a fuzzer once failed on
//! (fuzz/regressions/TARGET, one file per finding, named after what it broke) through the
//! same code the fuzzers run (`cu::fuzz`), on the stable toolchain: a regression of a fixed
//! crash fails here, in every test run, without libFuzzer.

use std::path::{Path, PathBuf};

fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn seeds_and_past_findings_pass_through_every_target() {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut failures = Vec::new();
    let mut count = 0;
    for (name, target) in cu::fuzz::TARGETS {
        assert!(
            fuzz.join(format!("fuzz_targets/{name}.rs")).exists(),
            "cu::fuzz::TARGETS names {name}, which has no fuzz/fuzz_targets/{name}.rs"
        );
        let seeds = inputs(&fuzz.join("seeds").join(name));
        assert!(!seeds.is_empty(), "fuzz/seeds/{name} is empty");
        for file in seeds
            .into_iter()
            .chain(inputs(&fuzz.join("regressions").join(name)))
        {
            let data = std::fs::read(&file).unwrap();
            count += 1;
            // Also every prefix of a seed: truncated input is the commonest bad input.
            for end in [data.len(), data.len() / 2, data.len().saturating_sub(1)] {
                let slice = &data[..end];
                if std::panic::catch_unwind(|| target(slice)).is_err() {
                    failures.push(format!("{name}: {} (first {end} bytes)", file.display()));
                }
            }
        }
    }
    for entry in std::fs::read_dir(fuzz.join("fuzz_targets")).unwrap() {
        let name = entry
            .unwrap()
            .path()
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(
            cu::fuzz::TARGETS.iter().any(|(n, _)| *n == name),
            "fuzz/fuzz_targets/{name}.rs is not in cu::fuzz::TARGETS"
        );
    }
    assert!(failures.is_empty(), "panicked: {failures:#?}");
    assert!(count > 50, "only {count} inputs");
}
