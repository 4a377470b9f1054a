//! Reading inputs (a path or `-` for stdin) and writing output files (secrets with mode 0600).

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::error::{CuError, CuResult};

/// The largest input cu reads from one file or stdin: inputs are keys, tokens and payloads.
const MAX_INPUT_BYTES: u64 = 256 << 20;

pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Refuse two inputs that both want stdin: the second would read nothing.
pub fn one_stdin(paths: &[Option<&Path>]) -> CuResult<()> {
    let count = paths.iter().flatten().filter(|p| is_stdin(p)).count();
    if count > 1 {
        return Err(CuError::usage(
            "more than one input reads standard input (`-`)",
            "give all but one of them as files",
        ));
    }
    Ok(())
}

pub fn read_input(path: &Path) -> CuResult<Zeroizing<Vec<u8>>> {
    let mut buf = Zeroizing::new(Vec::new());
    let result = if is_stdin(path) {
        std::io::stdin()
            .lock()
            .take(MAX_INPUT_BYTES)
            .read_to_end(&mut buf)
    } else {
        fs::File::open(path).and_then(|f| f.take(MAX_INPUT_BYTES).read_to_end(&mut buf))
    };
    result.map_err(|source| CuError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(buf)
}

/// A password or secret from a file: one trailing newline is dropped (as `echo` adds one).
pub fn read_secret(path: &Path) -> CuResult<Zeroizing<Vec<u8>>> {
    let mut bytes = read_input(path)?;
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    }
    if bytes.is_empty() {
        return Err(CuError::usage(
            format!("the secret in {} is empty", path.display()),
            "put the password or secret in the file",
        ));
    }
    Ok(bytes)
}

pub fn read_text(path: &Path) -> CuResult<String> {
    let bytes = read_input(path)?;
    String::from_utf8(bytes.to_vec()).map_err(|_| {
        CuError::usage(
            format!("{} is not UTF-8 text", display(path)),
            "tokens and keys are text; check the file",
        )
    })
}

pub fn display(path: &Path) -> String {
    if is_stdin(path) {
        "standard input".into()
    } else {
        path.display().to_string()
    }
}

/// Write a file whole or not at all: a temporary file in the same directory, then a rename.
/// Secret files are created with mode 0600 from the start; existing files need `force`.
pub fn write_file(path: &Path, bytes: &[u8], secret: bool, force: bool) -> CuResult<()> {
    let err = |source: std::io::Error| CuError::Write {
        path: path.to_path_buf(),
        source,
    };
    if !force && path.exists() {
        return Err(err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "the file exists (use --force to replace it)",
        )));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut suffix = [0u8; 6];
    getrandom::fill(&mut suffix).map_err(|e| err(std::io::Error::other(e.to_string())))?;
    let tmp = dir.join(format!(
        ".{name}.{}.tmp",
        suffix
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    ));
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(if secret { 0o600 } else { 0o644 });
    }
    let result = (|| {
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        if !force && path.exists() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "the file exists (use --force to replace it)",
            ));
        }
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(err)
}

/// `NAME=VALUE` pairs; VALUE is parsed as JSON when it is valid JSON, else taken as a string.
pub fn parse_pairs(pairs: &[String], what: &str) -> CuResult<Map<String, Value>> {
    let mut map = Map::new();
    for pair in pairs {
        let Some((name, value)) = pair.split_once('=') else {
            return Err(CuError::usage(
                format!("{what} `{pair}` has no `=`"),
                format!("write {what}s as NAME=VALUE, e.g. role=admin or n=3"),
            ));
        };
        if name.is_empty() {
            return Err(CuError::usage(
                format!("{what} `{pair}` has an empty name"),
                "write NAME=VALUE",
            ));
        }
        let value =
            serde_json::from_str(value).unwrap_or_else(|_| Value::String(value.to_string()));
        map.insert(name.to_string(), value);
    }
    Ok(map)
}
