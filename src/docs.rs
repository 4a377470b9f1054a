//! Generated documentation: shell completions and man pages, rendered from the clap
//! definitions. `tests/generated.rs` keeps the committed copies in `completions/` and `man/`
//! up to date.

use clap_complete::Shell;

/// Every generated file, as (path relative to the repository, contents).
pub fn generated_files() -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for (shell, name) in [
        (Shell::Bash, "cu.bash"),
        (Shell::Zsh, "cu.zsh"),
        (Shell::Fish, "cu.fish"),
        (Shell::Elvish, "cu.elv"),
        (Shell::PowerShell, "cu.ps1"),
    ] {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut crate::cli::whole_tree(), "cu", &mut out);
        files.push((format!("completions/{name}"), out));
    }
    man_pages(&crate::cli::whole_tree(), "cu", &mut files);
    files
}

fn man_pages(command: &clap::Command, name: &str, files: &mut Vec<(String, Vec<u8>)>) {
    let page = command.clone().name(name.to_string());
    let mut out = Vec::new();
    if clap_mangen::Man::new(page).render(&mut out).is_ok() {
        files.push((format!("man/{name}.1"), out));
    }
    for sub in command.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        man_pages(sub, &format!("{name}-{}", sub.get_name()), files);
    }
}
