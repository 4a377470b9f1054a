//! Generated documentation: shell completions, man pages and the command catalogue
//! (`cu commands`), rendered from the clap definitions. `tests/generated.rs` keeps the committed copies in `completions/` and `man/`
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

/// Every reason code of a domain, by the command group that produces them.
fn domain_reasons(group: &str) -> Vec<&'static str> {
    let server = || crate::server::Reason::ALL.iter().map(|r| r.as_str());
    match group {
        "jose" => crate::jose::Reason::ALL
            .iter()
            .map(|r| r.as_str())
            .collect(),
        "pki" => crate::pki::Reason::ALL.iter().map(|r| r.as_str()).collect(),
        // kms and passport: local, or through a server in client mode.
        "kms" => crate::kms::Reason::ALL
            .iter()
            .map(|r| r.as_str())
            .chain(server())
            .collect(),
        "passport" => crate::passport::Reason::ALL
            .iter()
            .map(|r| r.as_str())
            .chain(server())
            .collect(),
        "identity" => crate::identity::Reason::ALL
            .iter()
            .map(|r| r.as_str())
            .chain(server())
            .collect(),
        _ => Vec::new(),
    }
}

/// The error codes any command can give besides its domain's reasons (`error.code` in JSON).
const COMMON_ERRORS: [&str; 5] = [
    "cu::usage",
    "cu::io::read",
    "cu::io::write",
    "cu::io::stdout",
    "cu::io::too_large",
];

/// The machine-readable contract of the command line (`cu commands --output json`): every
/// command with its summary, arguments and flags, exit codes, reason codes and examples.
/// One document, its shape stable (new fields may be added, none removed or renamed).
pub fn catalogue() -> serde_json::Value {
    let root = crate::cli::whole_tree();
    let global: Vec<serde_json::Value> = root
        .get_arguments()
        .filter(|a| a.is_global_set() && !a.is_hide_set())
        .map(flag)
        .collect();
    let globals: Vec<&str> = root
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().as_str())
        .collect();
    let mut commands = Vec::new();
    walk(&root, &globals, &mut Vec::new(), &mut commands);
    serde_json::json!({
        "cu": env!("CARGO_PKG_VERSION"),
        "exit_codes": [
            { "code": crate::error::EXIT_SUCCESS, "meaning": "success" },
            { "code": crate::error::EXIT_PARTIAL, "meaning": "partial: some items of a batch (or steps of a demo) failed while others succeeded" },
            { "code": crate::error::EXIT_FAILURE, "meaning": "failure: bad input, usage error, failed verification, I/O error" },
        ],
        "common_errors": COMMON_ERRORS,
        "global_flags": global,
        "commands": commands,
    })
}

/// Every command under `cmd`, depth first; `globals` are the root's global flags (listed
/// once, not with each command; a group's own global flags are listed with its commands).
fn walk(
    cmd: &clap::Command,
    globals: &[&str],
    path: &mut Vec<String>,
    out: &mut Vec<serde_json::Value>,
) {
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" || sub.is_hide_set() {
            continue;
        }
        path.push(sub.get_name().to_string());
        out.push(entry(sub, globals, path));
        walk(sub, globals, path, out);
        path.pop();
    }
}

fn text(s: Option<&clap::builder::StyledStr>) -> Option<String> {
    s.map(|s| s.to_string())
}

fn entry(cmd: &clap::Command, globals: &[&str], path: &[String]) -> serde_json::Value {
    let leaf = !cmd.has_subcommands();
    let own = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !globals.contains(&a.get_id().as_str()))
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"));
    let (positional, flags): (Vec<&clap::Arg>, Vec<&clap::Arg>) =
        own.partition(|a| a.is_positional());
    let after = text(cmd.get_after_long_help().or(cmd.get_after_help())).unwrap_or_default();
    let batch = cmd.get_arguments().any(|a| a.get_id() == "batch");
    let mut exit_codes = vec![crate::error::EXIT_SUCCESS];
    if batch || path.first().is_some_and(|g| g == "demo") {
        exit_codes.push(crate::error::EXIT_PARTIAL);
    }
    exit_codes.push(crate::error::EXIT_FAILURE);
    let stated = stated_reasons(&after);
    let reasons: Vec<String> = match &stated {
        Some(list) => list.clone(),
        None => domain_reasons(&path[0])
            .into_iter()
            .map(String::from)
            .collect(),
    };
    serde_json::json!({
        "command": format!("cu {}", path.join(" ")),
        "path": path,
        "summary": text(cmd.get_about()),
        "description": text(cmd.get_long_about()),
        "leaf": leaf,
        "subcommands": cmd.get_subcommands().filter(|s| s.get_name() != "help").map(|s| s.get_name()).collect::<Vec<_>>(),
        "arguments": positional.into_iter().map(flag).collect::<Vec<_>>(),
        "flags": flags.into_iter().map(flag).collect::<Vec<_>>(),
        "exit_codes": if leaf { serde_json::json!(exit_codes) } else { serde_json::Value::Null },
        // The reasons its help names, or else every reason of its domain (those it can give).
        "reason_codes": if leaf { serde_json::json!(reasons) } else { serde_json::Value::Null },
        "reason_codes_source": if !leaf { serde_json::Value::Null } else if stated.is_some() { "help".into() } else { "domain".into() },
        "examples": examples(&after),
    })
}

/// The kind of value an argument takes, from its action, possible values, hint and parser.
fn kind(arg: &clap::Arg) -> &'static str {
    use clap::builder::ValueParser;
    match arg.get_action() {
        clap::ArgAction::SetTrue | clap::ArgAction::SetFalse => return "boolean",
        clap::ArgAction::Count => return "count",
        _ => {}
    }
    if !arg.get_possible_values().is_empty() {
        return "enum";
    }
    match arg.get_value_hint() {
        clap::ValueHint::FilePath | clap::ValueHint::DirPath | clap::ValueHint::AnyPath => {
            return "path";
        }
        clap::ValueHint::Url => return "url",
        _ => {}
    }
    let id = arg.get_value_parser().type_id();
    let integers = [
        ValueParser::from(clap::value_parser!(u8)).type_id(),
        ValueParser::from(clap::value_parser!(u16)).type_id(),
        ValueParser::from(clap::value_parser!(u32)).type_id(),
        ValueParser::from(clap::value_parser!(u64)).type_id(),
        ValueParser::from(clap::value_parser!(i64)).type_id(),
        ValueParser::from(clap::value_parser!(usize)).type_id(),
    ];
    if integers.contains(&id) {
        "integer"
    } else if id == ValueParser::path_buf().type_id() {
        "path"
    } else {
        "string"
    }
}

fn flag(arg: &clap::Arg) -> serde_json::Value {
    let repeatable = matches!(
        arg.get_action(),
        clap::ArgAction::Append | clap::ArgAction::Count
    ) || arg.get_num_args().is_some_and(|n| n.max_values() > 1);
    let takes_value = arg.get_action().takes_values();
    serde_json::json!({
        "name": arg.get_id().as_str(),
        "long": arg.get_long().map(|l| format!("--{l}")),
        "short": arg.get_short().map(|s| format!("-{s}")),
        "aliases": arg.get_visible_aliases().unwrap_or_default().into_iter().map(|a| format!("--{a}")).collect::<Vec<_>>(),
        "type": kind(arg),
        "value_name": if takes_value { arg.get_value_names().and_then(|v| v.first()).map(|v| v.to_string()) } else { None },
        "possible_values": arg.get_possible_values().iter().filter(|p| !p.is_hide_set()).map(|p| p.get_name().to_string()).collect::<Vec<_>>(),
        "default": arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect::<Vec<_>>(),
        "env": arg.get_env().map(|e| e.to_string_lossy().into_owned()),
        "required": arg.is_required_set(),
        "repeatable": repeatable,
        "help": text(arg.get_help()),
    })
}

/// The command lines under "Examples:" (or "Example:") in a help text.
fn examples(after: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in after.lines() {
        let t = line.trim();
        if t == "Examples:" || t == "Example:" {
            inside = true;
            continue;
        }
        if inside {
            if t.is_empty() || !line.starts_with(' ') {
                inside = false;
                continue;
            }
            out.push(t.to_string());
        }
    }
    out
}

/// The reason codes a help text names ("Reason codes: a, b." or "Reasons (exit 2): a, b").
fn stated_reasons(after: &str) -> Option<Vec<String>> {
    let start = after
        .find("Reason codes:")
        .map(|i| i + "Reason codes:".len())
        .or_else(|| {
            after
                .find("Reasons (exit 2):")
                .map(|i| i + "Reasons (exit 2):".len())
        })?;
    let rest = &after[start..];
    // The list runs to the first full stop or blank line.
    let end = rest
        .find(". ")
        .into_iter()
        .chain(rest.find(".\n"))
        .chain(rest.find("\n\n"))
        .min()
        .unwrap_or(rest.len());
    let list: Vec<String> = rest[..end]
        .split([',', '\n'])
        .map(|s| s.trim().trim_end_matches('.').to_string())
        .filter(|s| !s.is_empty())
        .collect();
    (!list.is_empty()).then_some(list)
}

#[cfg(test)]
mod tests {
    /// The variants of `pub enum Reason` in a domain's source, in order.
    fn variants(src: &str) -> Vec<String> {
        let start = src.find("pub enum Reason {").expect("a Reason enum");
        let body = &src[start..];
        let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
        body.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("//") && !l.starts_with('#'))
            .map(|l| l.trim_end_matches(',').to_string())
            .collect()
    }

    /// `Reason::ALL` of every domain names every variant (the catalogue's reason codes come
    /// from it), in declaration order.
    #[test]
    fn every_domain_lists_all_its_reasons() {
        macro_rules! listed {
            ($($domain:ident),*) => {$(
                let all: Vec<String> = crate::$domain::Reason::ALL
                    .iter()
                    .map(|r| format!("{r:?}"))
                    .collect();
                assert_eq!(all, variants(include_str!(concat!(stringify!($domain), "/mod.rs"))));
            )*};
        }
        listed!(jose, pki, kms, server, identity);
        let mut passport: Vec<String> = crate::passport::Reason::ALL
            .iter()
            .map(|r| format!("{r:?}"))
            .collect();
        let mut declared = variants(include_str!("passport/mod.rs"));
        passport.sort();
        declared.sort();
        assert_eq!(passport, declared);
    }

    #[test]
    fn examples_and_reasons_are_read_from_help_texts() {
        let after = "Reason codes: expired, bad_audience,\nmalformed. Size first.\n\nExamples:\n  cu a --b\n  cu c | cu d\n\nMore text";
        assert_eq!(
            super::stated_reasons(after).unwrap(),
            ["expired", "bad_audience", "malformed"]
        );
        assert_eq!(super::examples(after), ["cu a --b", "cu c | cu d"]);
        assert_eq!(super::stated_reasons("no list here"), None);
    }
}
