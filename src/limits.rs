//! Limits on what cu reads: file sizes per kind of file, and JSON/YAML nesting depth.
//!
//! Sizes are checked while reading (at most `limit + 1` bytes are ever read), so `/dev/zero`
//! is refused at once. Nesting is checked by one linear pass in constant memory before any
//! parser sees the text: parsers take time quadratic in the depth (libyaml at depth 40,000
//! spends seconds) before their own recursion limits fire. Pure functions apart from
//! [`read_file`]; nothing here prints or exits.

use std::io::{self, Read};
use std::path::Path;

use zeroize::Zeroizing;

/// The deepest nesting accepted in any JSON or YAML cu parses. cu's own documents need at
/// most 6 levels; JWT claims and JWKS a handful more.
pub const MAX_DEPTH: usize = 64;

const MIB: u64 = 1 << 20;

/// File size limits, one per kind of file cu reads whole:
///
/// | kind | limit | what it holds |
/// | --- | --- | --- |
/// | config | 1 MiB | `kms.yaml`, `identity.yaml` |
/// | realm | 4 MiB | principals with PBKDF2 hashes (~200 bytes each: 20,000 of them) |
/// | spec | 1 MiB | `pki ca create --spec` (at most 8 levels) |
/// | manifest | 1 MiB | a CA directory's `ca.json` |
/// | certificate | 1 MiB | a PEM/DER certificate or a chain (a certificate is 0.5–2 KiB) |
/// | CA bundle | 4 MiB | trusted roots (Debian's whole `ca-certificates.crt` is ~220 KiB) |
/// | key | 1 MiB | a private key (RSA-16384 PEM is ~12 KiB) |
/// | key set | 16 MiB | a JWK or JWKS given to `cu jose` (`--key`, `--jwks`) |
/// | secret | 1 MiB | a password, passphrase, unseal key or client secret file |
/// | audit trail | 256 MiB | one file of a server's audit trail (rotated at 64 MiB by default) |
///
/// Inputs that are not files of a kind (payloads, tokens, batches) have their own limits
/// in `cmd::io` (held in memory) and `--max-size` (tokens).
pub const CONFIG_MAX: u64 = MIB;
pub const REALM_MAX: u64 = 4 * MIB;
pub const SPEC_MAX: u64 = MIB;
pub const MANIFEST_MAX: u64 = MIB;
pub const CERTIFICATE_MAX: u64 = MIB;
pub const CA_BUNDLE_MAX: u64 = 4 * MIB;
pub const KEY_MAX: u64 = MIB;
pub const KEY_SET_MAX: u64 = 16 * MIB;
pub const SECRET_MAX: u64 = MIB;
pub const AUDIT_TRAIL_MAX: u64 = 256 * MIB;

/// What a file is, which sets its size limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Config,
    Realm,
    Spec,
    Manifest,
    Certificate,
    CaBundle,
    Key,
    Secret,
    AuditTrail,
}

impl FileKind {
    pub const fn limit(self) -> u64 {
        match self {
            FileKind::Config => CONFIG_MAX,
            FileKind::Realm => REALM_MAX,
            FileKind::Spec => SPEC_MAX,
            FileKind::Manifest => MANIFEST_MAX,
            FileKind::Certificate => CERTIFICATE_MAX,
            FileKind::CaBundle => CA_BUNDLE_MAX,
            FileKind::Key => KEY_MAX,
            FileKind::Secret => SECRET_MAX,
            FileKind::AuditTrail => AUDIT_TRAIL_MAX,
        }
    }

    pub const fn describe(self) -> &'static str {
        match self {
            FileKind::Config => "config file",
            FileKind::Realm => "realm file",
            FileKind::Spec => "CA spec",
            FileKind::Manifest => "CA manifest",
            FileKind::Certificate => "certificate file",
            FileKind::CaBundle => "CA bundle",
            FileKind::Key => "key file",
            FileKind::Secret => "secret file",
            FileKind::AuditTrail => "audit trail file",
        }
    }
}

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    Io(io::Error),
    TooLarge(FileKind),
    NotText(FileKind),
}

impl ReadError {
    /// What went wrong, naming the file (and the limit when it was too large).
    pub fn message(&self, path: &Path) -> String {
        match self {
            ReadError::Io(e) => format!("cannot read {}: {e}", path.display()),
            ReadError::TooLarge(kind) => format!(
                "{} is larger than {}, the limit for a {}; it was not read further",
                path.display(),
                human(kind.limit()),
                kind.describe()
            ),
            ReadError::NotText(kind) => {
                format!(
                    "{} is not UTF-8 text (a {})",
                    path.display(),
                    kind.describe()
                )
            }
        }
    }

    /// What to do next.
    pub fn help(&self) -> String {
        match self {
            ReadError::Io(_) => "check that the file exists and is readable".into(),
            ReadError::TooLarge(kind) => format!(
                "check that the path names the {} you meant (not a device, log or archive)",
                kind.describe()
            ),
            ReadError::NotText(kind) => {
                format!("a {} is UTF-8 text; check the file", kind.describe())
            }
        }
    }
}

/// `1 MiB`, `4 MiB`, or a byte count.
pub fn human(bytes: u64) -> String {
    if bytes >= MIB && bytes % MIB == 0 {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= 1024 && bytes % 1024 == 0 {
        format!("{} KiB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

/// Everything `reader` holds, or `None` when it holds more than `kind`'s limit (then at most
/// `limit + 1` bytes were read).
pub fn read_limited(reader: impl Read, kind: FileKind) -> io::Result<Option<Zeroizing<Vec<u8>>>> {
    read_limited_into(reader, kind, 0)
}

fn read_limited_into(
    reader: impl Read,
    kind: FileKind,
    size_hint: u64,
) -> io::Result<Option<Zeroizing<Vec<u8>>>> {
    // Only keys and secrets are wiped when refused: zeroizing the 4 MiB of a refused
    // `/dev/zero` realm costs more than the rest of the run in a debug build.
    let wipe = matches!(kind, FileKind::Key | FileKind::Secret);
    read_at_most(reader, kind.limit(), size_hint, wipe)
}

/// The one bounded read every input goes through: everything `reader` holds, or `None` when
/// it holds more than `limit` bytes (then at most `limit + 1` were read). `size_hint` (a
/// regular file's length) sizes the buffer once, so a secret is not left behind in freed,
/// reallocated buffers; a refused buffer is wiped when `wipe_refused`.
pub fn read_at_most(
    reader: impl Read,
    limit: u64,
    size_hint: u64,
    wipe_refused: bool,
) -> io::Result<Option<Zeroizing<Vec<u8>>>> {
    let capacity = size_hint.min(limit).saturating_add(1);
    let mut buf = Vec::with_capacity(usize::try_from(capacity).unwrap_or(0));
    let read = reader.take(limit.saturating_add(1)).read_to_end(&mut buf);
    if read.is_ok() && buf.len() as u64 <= limit {
        return Ok(Some(Zeroizing::new(buf)));
    }
    if wipe_refused {
        drop(Zeroizing::new(buf));
    }
    read.map(|_| None)
}

/// The whole file at `path`, refused (without reading further) when larger than its kind's
/// limit.
pub fn read_file(path: &Path, kind: FileKind) -> Result<Zeroizing<Vec<u8>>, ReadError> {
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let hint = file
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map_or(0, |m| m.len());
    read_limited_into(file, kind, hint)
        .map_err(ReadError::Io)?
        .ok_or(ReadError::TooLarge(kind))
}

/// [`read_file`] for text files.
pub fn read_text_file(path: &Path, kind: FileKind) -> Result<Zeroizing<String>, ReadError> {
    let mut bytes = read_file(path, kind)?;
    match String::from_utf8(std::mem::take(&mut *bytes)) {
        Ok(s) => Ok(Zeroizing::new(s)),
        Err(e) => {
            drop(Zeroizing::new(e.into_bytes()));
            Err(ReadError::NotText(kind))
        }
    }
}

/// A document nested deeper than the limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooDeep {
    pub limit: usize,
    /// The line (from 1) where the nesting passed the limit.
    pub line: usize,
}

impl std::fmt::Display for TooDeep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "nested more than {} levels deep (the limit was passed at line {}); it was not parsed",
            self.limit, self.line
        )
    }
}

impl std::error::Error for TooDeep {}

/// Help for a [`TooDeep`] error.
pub const TOO_DEEP_HELP: &str =
    "cu's inputs need only a few levels of nesting; check that this is the document you meant";

/// Refuse JSON nested deeper than `max` arrays and objects. Brackets inside strings do not
/// count; the text is not otherwise validated (the parser does that afterwards).
pub fn check_json_depth(bytes: &[u8], max: usize) -> Result<(), TooDeep> {
    let mut depth = 0usize;
    let mut line = 1;
    let mut in_string = false;
    let mut escaped = false;
    for &b in bytes {
        if b == b'\n' {
            line += 1;
        }
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Err(TooDeep { limit: max, line });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// [`check_json_depth`] with [`MAX_DEPTH`].
pub fn json_depth(bytes: &[u8]) -> Result<(), TooDeep> {
    check_json_depth(bytes, MAX_DEPTH)
}

/// Why JSON was not parsed: too deep (checked first, in linear time), or not valid.
#[derive(Debug)]
pub enum JsonError {
    TooDeep(TooDeep),
    Syntax(serde_json::Error),
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JsonError::TooDeep(e) => e.fmt(f),
            JsonError::Syntax(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for JsonError {}

/// `serde_json::from_slice`, refusing nesting deeper than [`MAX_DEPTH`] first.
pub fn json_from_slice<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, JsonError> {
    json_depth(bytes).map_err(JsonError::TooDeep)?;
    serde_json::from_slice(bytes).map_err(JsonError::Syntax)
}

/// `serde_json::from_str`, refusing nesting deeper than [`MAX_DEPTH`] first.
pub fn json_from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    json_from_slice(text.as_bytes())
}

/// Why YAML was not parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YamlError {
    TooDeep(TooDeep),
    /// A YAML alias (`*name`) at this line.
    Alias(usize),
}

impl std::fmt::Display for YamlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            YamlError::TooDeep(e) => e.fmt(f),
            YamlError::Alias(line) => write!(
                f,
                "a YAML alias (`*name`) at line {line}: cu's config, realm and spec files do not \
                 allow aliases (each would copy its anchor again, so a small file could expand \
                 to gigabytes); it was not parsed"
            ),
        }
    }
}

impl std::error::Error for YamlError {}

impl YamlError {
    pub fn help(&self) -> &'static str {
        match self {
            YamlError::TooDeep(_) => TOO_DEEP_HELP,
            YamlError::Alias(_) => "write the aliased value out in full where it is used",
        }
    }
}

/// Check one of cu's own YAML files before parsing: nesting at most [`MAX_DEPTH`] and no
/// aliases. libyaml takes time quadratic in the depth, and serde_norway's alias limit (100
/// replays per event) still lets a 600 KB file of aliases to one large anchor run for minutes.
pub fn check_yaml(text: &str) -> Result<(), YamlError> {
    let scanner = scan_yaml(text, MAX_DEPTH).map_err(YamlError::TooDeep)?;
    match scanner.first_alias {
        Some(line) => Err(YamlError::Alias(line)),
        None => Ok(()),
    }
}

/// Refuse YAML nested deeper than `max` collections: flow collections (`[`, `{`) outside
/// quoted scalars, plain scalars, block scalars and comments, plus block collections by
/// indentation, including compact forms (`- - - x`, `- key: v`, `? key`). Aliases are not
/// expanded. The count errs on the high side: a legal but pathological document may be
/// refused; a deep one is not accepted. As a second line of defence, brackets are also
/// counted raw (ignoring quoting, never below zero) against `4 × max`, so a quoting rule this
/// scanner might get wrong cannot hide thousands of levels.
pub fn check_yaml_depth(text: &str, max: usize) -> Result<(), TooDeep> {
    scan_yaml(text, max).map(|_| ())
}

fn scan_yaml(text: &str, max: usize) -> Result<YamlScanner, TooDeep> {
    let mut scanner = YamlScanner {
        max,
        flow: Vec::new(),
        pairs: 0,
        flow_pair: Vec::new(),
        stack: Vec::new(),
        quote: None,
        block_scalar: None,
        plain_continues: None,
        mode: Mode::BlockStart,
        node_col: 0,
        props_col: None,
        node_flow_peak: 0,
        raw: 0,
        line: 0,
        first_alias: None,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        scanner.line(line.as_bytes(), i + 1)?;
    }
    Ok(scanner)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quote {
    Single,
    Double,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    Map,
    Seq,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Where a block node may start: after indentation or after `- `, `? `, `: `.
    BlockStart,
    /// Where a node may start: after `[`, `{`, `,`, or a value indicator.
    Node,
    /// After a complete node (scalar, alias, closed flow collection).
    AfterNode,
    /// Inside a plain scalar.
    Plain,
}

struct BlockScalar {
    /// Content lines are indented at least this much (or blank).
    min: usize,
    /// Whether `min` is final (explicit indicator, or detected from the first content line).
    fixed: bool,
}

struct YamlScanner {
    max: usize,
    /// Open flow collections: `true` for a sequence.
    flow: Vec<bool>,
    /// Flow sequences whose current entry is a `key: value` pair (a one-pair mapping).
    pairs: usize,
    /// Per open flow collection: whether its current entry is such a pair.
    flow_pair: Vec<bool>,
    /// Open block collections: (column, kind). Never longer than `max + 1`.
    stack: Vec<(usize, Block)>,
    quote: Option<Quote>,
    block_scalar: Option<BlockScalar>,
    /// A block plain scalar ran to the end of the previous line; lines indented more than
    /// this column continue it.
    plain_continues: Option<isize>,
    mode: Mode,
    /// Where the current node started (a key's column when a `:` follows).
    node_col: usize,
    /// Where the anchor or tag before the coming node started.
    props_col: Option<usize>,
    /// The deepest flow nesting inside the current block-context node, which counts again
    /// when the node turns out to be a key (`[a]: b` nests `[a]` inside the mapping).
    node_flow_peak: usize,
    /// Brackets counted without regard to quoting.
    raw: usize,
    /// The line being scanned, and where the first alias was.
    line: usize,
    first_alias: Option<usize>,
}

fn is_blank(b: Option<&u8>) -> bool {
    matches!(b, None | Some(b' ') | Some(b'\t'))
}

fn is_flow_indicator(b: u8) -> bool {
    matches!(b, b',' | b'[' | b']' | b'{' | b'}')
}

impl YamlScanner {
    fn too_deep(&self, line: usize) -> TooDeep {
        TooDeep {
            limit: self.max,
            line,
        }
    }

    fn top_col(&self) -> isize {
        self.stack.last().map_or(-1, |&(c, _)| c as isize)
    }

    /// A block collection entry (`- `, `? `, or a key) at `col`.
    fn enter_block(
        &mut self,
        col: usize,
        kind: Block,
        is_key: bool,
        line: usize,
    ) -> Result<(), TooDeep> {
        while let Some(&(c, k)) = self.stack.last() {
            if c > col || (c == col && is_key && k == Block::Seq) {
                self.stack.pop();
            } else {
                break;
            }
        }
        if self.stack.last() != Some(&(col, kind)) {
            self.stack.push((col, kind));
            self.check(line)?;
        }
        Ok(())
    }

    fn check(&self, line: usize) -> Result<(), TooDeep> {
        if self.stack.len() + self.flow.len() + self.pairs > self.max {
            return Err(self.too_deep(line));
        }
        Ok(())
    }

    fn open_flow(&mut self, c: u8, line: usize) -> Result<(), TooDeep> {
        if self.flow.is_empty() {
            self.node_flow_peak = 0;
        }
        self.flow.push(c == b'[');
        self.node_flow_peak = self.node_flow_peak.max(self.flow.len() + self.pairs);
        self.flow_pair.push(false);
        self.check(line)
    }

    fn close_flow(&mut self) {
        self.flow.pop();
        if self.flow_pair.pop() == Some(true) {
            self.pairs -= 1;
        }
    }

    fn end_flow_entry(&mut self) {
        if let Some(p) = self.flow_pair.last_mut() {
            if *p {
                *p = false;
                self.pairs -= 1;
            }
        }
    }

    /// A `key: value` or `? key` entry: inside a flow sequence it is a mapping of its own.
    fn flow_pair(&mut self, line: usize) -> Result<(), TooDeep> {
        if let (Some(true), Some(p)) = (self.flow.last(), self.flow_pair.last_mut()) {
            if !*p {
                *p = true;
                self.pairs += 1;
                self.node_flow_peak = self.node_flow_peak.max(self.flow.len() + self.pairs);
                return self.check(line);
            }
        }
        Ok(())
    }

    fn line(&mut self, line: &[u8], number: usize) -> Result<(), TooDeep> {
        self.line = number;
        for &b in line {
            match b {
                b'[' | b'{' => {
                    self.raw += 1;
                    if self.raw > 4 * self.max {
                        return Err(self.too_deep(number));
                    }
                }
                b']' | b'}' => self.raw = self.raw.saturating_sub(1),
                _ => {}
            }
        }
        let indent = line.iter().take_while(|&&b| b == b' ').count();
        let blank = line[indent..].iter().all(|&b| b == b' ' || b == b'\t');
        if let Some(bs) = &mut self.block_scalar {
            if blank {
                return Ok(());
            }
            if indent >= bs.min {
                if !bs.fixed {
                    bs.min = indent;
                    bs.fixed = true;
                }
                return Ok(());
            }
            self.block_scalar = None;
        }
        let mut i = 0;
        if self.quote.is_none() && self.flow.is_empty() {
            if blank {
                return Ok(());
            }
            if line[indent] == b'#' {
                self.plain_continues = None;
                return Ok(());
            }
            if let Some(parent) = self.plain_continues.take() {
                if indent as isize > parent {
                    self.plain_continues = Some(parent);
                    return Ok(());
                }
            }
            let marker = |m: &[u8]| line.starts_with(m) && is_blank(line.get(3));
            if indent == 0 && (marker(b"---") || marker(b"...")) {
                self.stack.clear();
                i = 3;
            } else if indent == 0 && line[0] == b'%' {
                return Ok(());
            } else {
                i = indent;
            }
            self.mode = Mode::BlockStart;
            self.props_col = None;
            self.node_flow_peak = 0;
        }
        self.scan(line, i, number)?;
        self.plain_continues = None;
        if self.quote.is_none() && self.flow.is_empty() && self.mode == Mode::Plain {
            self.plain_continues = Some(self.top_col());
        }
        Ok(())
    }

    /// Scan one line from `i`, mirroring libyaml's scanner: at a token start the character
    /// decides the token; plain scalars end where libyaml ends them.
    fn scan(&mut self, line: &[u8], mut i: usize, number: usize) -> Result<(), TooDeep> {
        let n = line.len();
        while i < n {
            let c = line[i];
            if let Some(q) = self.quote {
                match (q, c) {
                    (Quote::Double, b'\\') => i += 1,
                    (Quote::Double, b'"') => {
                        self.quote = None;
                        self.mode = Mode::AfterNode;
                    }
                    (Quote::Single, b'\'') => {
                        if line.get(i + 1) == Some(&b'\'') {
                            i += 1;
                        } else {
                            self.quote = None;
                            self.mode = Mode::AfterNode;
                        }
                    }
                    _ => {}
                }
                i += 1;
                continue;
            }
            let next = line.get(i + 1);
            let in_flow = !self.flow.is_empty();
            if self.mode == Mode::Plain {
                if c == b'#' && (i == 0 || matches!(line[i - 1], b' ' | b'\t')) {
                    return Ok(());
                }
                if in_flow && is_flow_indicator(c) {
                    self.mode = Mode::AfterNode;
                    continue;
                }
                if c == b':' && is_blank(next) {
                    self.value_indicator(in_flow, true, number)?;
                }
                i += 1;
                continue;
            }
            // A token start.
            let after_node = self.mode == Mode::AfterNode;
            match c {
                b' ' | b'\t' => {}
                b'#' => return Ok(()),
                b'[' | b'{' => {
                    if !after_node {
                        self.start_node(i);
                    }
                    self.open_flow(c, number)?;
                    self.mode = Mode::Node;
                }
                b']' | b'}' => {
                    self.close_flow();
                    self.mode = Mode::AfterNode;
                }
                b',' => {
                    self.end_flow_entry();
                    self.mode = Mode::Node;
                }
                b'-' if is_blank(next) => {
                    if !in_flow {
                        self.props_col = None;
                        self.enter_block(i, Block::Seq, false, number)?;
                    }
                    self.mode = Mode::BlockStart;
                }
                b'?' if in_flow || is_blank(next) => {
                    if in_flow {
                        self.flow_pair(number)?;
                    } else {
                        self.props_col = None;
                        self.enter_block(i, Block::Map, false, number)?;
                    }
                    self.mode = Mode::BlockStart;
                }
                b':' if in_flow || is_blank(next) => {
                    if !after_node {
                        // An empty key's value, or a complex key's (`? `).
                        self.start_node(i);
                    }
                    self.value_indicator(in_flow, after_node, number)?;
                }
                b'&' | b'!' | b'*' => {
                    if c == b'*' {
                        self.start_node(i);
                        self.first_alias.get_or_insert(self.line);
                    } else if self.props_col.is_none() {
                        self.props_col = Some(i);
                    }
                    // libyaml: anchor names are [0-9A-Za-z_-]; a tag runs to a blank or a
                    // flow indicator, a verbatim tag `!<…>` to its `>`.
                    if c != b'!' {
                        while i + 1 < n
                            && (line[i + 1].is_ascii_alphanumeric()
                                || matches!(line[i + 1], b'-' | b'_'))
                        {
                            i += 1;
                        }
                    } else if next == Some(&b'<') {
                        while i + 1 < n && line[i] != b'>' {
                            i += 1;
                        }
                    } else {
                        while i + 1 < n
                            && !matches!(line[i + 1], b' ' | b'\t')
                            && !is_flow_indicator(line[i + 1])
                        {
                            i += 1;
                        }
                    }
                    self.mode = if c == b'*' {
                        Mode::AfterNode
                    } else {
                        Mode::Node
                    };
                }
                b'|' | b'>' if !in_flow => {
                    let explicit = line[i + 1..]
                        .iter()
                        .take_while(|b| !matches!(b, b' ' | b'\t' | b'#'))
                        .find(|b| b.is_ascii_digit())
                        .map(|b| (b - b'0') as usize);
                    let parent = self.top_col();
                    self.block_scalar = Some(match explicit {
                        Some(m) => BlockScalar {
                            min: parent.max(0) as usize + m,
                            fixed: true,
                        },
                        None => BlockScalar {
                            min: (parent + 1).max(1) as usize,
                            fixed: false,
                        },
                    });
                    self.mode = Mode::AfterNode;
                    return Ok(());
                }
                b'"' | b'\'' => {
                    self.start_node(i);
                    self.quote = Some(if c == b'"' {
                        Quote::Double
                    } else {
                        Quote::Single
                    });
                }
                _ => {
                    self.start_node(i);
                    self.mode = Mode::Plain;
                }
            }
            i += 1;
        }
        Ok(())
    }

    /// A node starts at column `i` (or at its anchor or tag); only block-context nodes can
    /// become block mapping keys.
    fn start_node(&mut self, i: usize) {
        let col = self.props_col.take().unwrap_or(i);
        if self.flow.is_empty() {
            self.node_col = col;
        }
    }

    /// A `:` value indicator. In block context the node before it (at `node_col`) is a key.
    fn value_indicator(
        &mut self,
        in_flow: bool,
        after_key: bool,
        line: usize,
    ) -> Result<(), TooDeep> {
        if in_flow {
            self.flow_pair(line)?;
        } else {
            self.enter_block(self.node_col, Block::Map, after_key, line)?;
            if after_key && self.stack.len() + self.node_flow_peak > self.max {
                return Err(self.too_deep(line));
            }
        }
        self.mode = Mode::Node;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deep_json(depth: usize) -> String {
        "[".repeat(depth) + &"]".repeat(depth)
    }

    #[test]
    fn json_depth_counts_brackets_outside_strings() {
        assert!(check_json_depth(deep_json(64).as_bytes(), 64).is_ok());
        assert_eq!(
            check_json_depth(deep_json(65).as_bytes(), 64),
            Err(TooDeep { limit: 64, line: 1 })
        );
        let quoted = format!("{{\"a\": \"{}\\\"{}\"}}", "[".repeat(100), "{".repeat(100));
        assert!(check_json_depth(quoted.as_bytes(), 64).is_ok());
        let lines = "{\"a\":\n".repeat(70);
        assert_eq!(check_json_depth(lines.as_bytes(), 64).unwrap_err().line, 65);
    }

    #[test]
    fn yaml_flow_and_block_nesting_are_counted() {
        assert!(check_yaml_depth(&deep_json(64), 64).is_ok());
        assert!(check_yaml_depth(&deep_json(65), 64).is_err());
        let block: String = (0..70).map(|i| format!("{}a:\n", " ".repeat(i))).collect();
        assert_eq!(check_yaml_depth(&block, 64).unwrap_err().line, 65);
        let compact = "- ".repeat(70) + "x\n";
        assert!(check_yaml_depth(&compact, 64).is_err());
        let alternating: String = (0..40)
            .map(|i| format!("{}k:\n{}-\n", " ".repeat(2 * i), " ".repeat(2 * i)))
            .collect();
        assert!(check_yaml_depth(&alternating, 64).is_err());
        let mixed = "a:\n  - b: [".to_string() + &"{c: [".repeat(40);
        assert!(check_yaml_depth(&mixed, 64).is_err());
    }

    #[test]
    fn yaml_brackets_in_scalars_and_comments_do_not_count() {
        let opens = "[".repeat(200);
        for doc in [
            format!("a: \"{opens}\"\n"),
            format!("a: '{opens}'\n"),
            format!("a: x{opens}\n"),
            format!("a: 1 # {opens}\n"),
            format!("a: |\n  {opens}\nb: 1\n"),
            format!("a: >-\n    {opens}\n    more\nb: 1\n"),
        ] {
            let raw_ok = check_yaml_depth(&doc, 64);
            // Raw counting caps these at 4 × 64 brackets.
            assert!(raw_ok.is_ok(), "{doc}: {raw_ok:?}");
        }
        let closes = "]".repeat(100);
        let hidden = format!("a: \"{closes}\"\nb: {}\n", "[".repeat(65));
        assert!(check_yaml_depth(&hidden, 64).is_err());
        let apostrophe = format!("a: don't\nb: {}\n", "[".repeat(65));
        assert!(check_yaml_depth(&apostrophe, 64).is_err());
        let in_flow = format!("[a 'b, {} # '\n", "[".repeat(65));
        assert!(check_yaml_depth(&in_flow, 64).is_err());
        let continued = format!("k: x\n  'y\nz: {} # '\n", "[".repeat(65));
        assert!(check_yaml_depth(&continued, 64).is_err());
    }

    #[test]
    fn cu_documents_pass() {
        let realm = "demo: true\nprincipals:\n  - name: alice\n    kind: user\n    tenant: acme\n    password: \"p'w\"\n    scopes: [\"kms:*\", 'kms:encrypt']\n";
        assert!(check_yaml(realm).is_ok());
        let spec = "key_type: ec-p384\nlevels:\n  - name: root\n    subject: {CN: Corp Root, O: Corp, C: US}\n    validity: 20y\n  - name: issuing\n    subject: {CN: Corp Issuing, O: Corp}\n    name_constraints: {permitted_dns: [corp.test], permitted_ip: [10.0.0.0/8]}\n";
        assert!(check_yaml(spec).is_ok());
    }

    /// The depth of a parsed value: what the scan must never under-count.
    fn value_depth(v: &serde_norway::Value) -> usize {
        match v {
            serde_norway::Value::Sequence(s) => 1 + s.iter().map(value_depth).max().unwrap_or(0),
            serde_norway::Value::Mapping(m) => {
                1 + m
                    .iter()
                    .map(|(k, v)| value_depth(k).max(value_depth(v)))
                    .max()
                    .unwrap_or(0)
            }
            serde_norway::Value::Tagged(t) => value_depth(&t.value),
            _ => 0,
        }
    }

    /// Random documents built from YAML's tricky tokens: whenever libyaml accepts one, the
    /// scan's depth (the smallest limit it accepts) is at least the parsed depth.
    #[test]
    fn yaml_scan_never_undercounts_what_libyaml_parses() {
        const TOKENS: &[&str] = &[
            "[", "]", "{", "}", ",", ": ", ":", "- ", "? ", "'", "\"", "#", " #", "a", "b c", "\n",
            "\n  ", "\n    ", "\n- ", "\n  - ", "|\n", ">\n", "&x ", "*x", "!t ", "\\", "''",
            "k: ", "  ", "---\n", "x'y", "\"q\"", "'s'", "\t", "-", "?", "...\n", "|2\n", "{a: ",
            "\n  k: ", "\n      ", "\n? ", "\n: ", "- - ", "[a, ", "\"\\\"", "%Y\n",
        ];
        let mut seed = std::env::var("CU_YAML_FUZZ_SEED")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(0x2545_f491_4f6c_dd1du64);
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let rounds: usize = std::env::var("CU_YAML_FUZZ_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(60_000);
        let mut parsed = 0;
        for _ in 0..rounds {
            let len = 1 + next() % 32;
            let doc: String = (0..len)
                .map(|_| TOKENS[(next() % TOKENS.len() as u64) as usize])
                .collect();
            let Ok(value) = serde_norway::from_str::<serde_norway::Value>(&doc) else {
                continue;
            };
            parsed += 1;
            let depth = value_depth(&value);
            if depth > 0 {
                assert!(
                    check_yaml_depth(&doc, depth - 1).is_err(),
                    "accepted at limit {} a document of depth {depth}: {doc:?}",
                    depth - 1
                );
            }
        }
        assert!(parsed > 1_000, "only {parsed} documents parsed");
    }

    #[test]
    fn yaml_aliases_are_refused_anchors_and_stars_in_scalars_are_not() {
        assert_eq!(
            check_yaml("a: &x [1]\nb:\n  - *x\n"),
            Err(YamlError::Alias(3))
        );
        assert_eq!(check_yaml("a: &x [1]\nb: 'a *x' # *x\nc: a*b\n"), Ok(()));
    }

    #[test]
    fn reads_stop_after_the_limit() {
        let zero = std::io::repeat(0);
        assert!(read_limited(zero, FileKind::Secret).unwrap().is_none());
        let limit = SECRET_MAX as usize;
        let exact = read_limited(&vec![1u8; limit][..], FileKind::Secret)
            .unwrap()
            .unwrap();
        assert_eq!(exact.len(), limit);
        let over = vec![1u8; limit + 1];
        assert!(read_limited(&over[..], FileKind::Secret).unwrap().is_none());
        assert_eq!(human(4 << 20), "4 MiB");
    }
}
