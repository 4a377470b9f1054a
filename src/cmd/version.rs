//! `cu version`: cu's version and, with `--verbose`, what it is built from — the versions of
//! the C libraries linked into the binary, whose security updates reach cu only when it is
//! rebuilt (README, "Build").

use serde_json::json;

use crate::output::{Report, Simple};

pub fn report(verbose: bool) -> Box<dyn Report> {
    let cu = env!("CARGO_PKG_VERSION");
    if !verbose {
        return Simple::boxed(format!("cu {cu}\n"), json!({ "cu": cu }));
    }
    // OpenSSL's own answer at run time (the library actually linked, static or shared).
    let openssl = openssl::version::version();
    let aws_lc = std::str::from_utf8(aws_lc_sys::AWSLC_VERSION_NUMBER_STRING)
        .unwrap_or("")
        .trim_end_matches('\0');
    let sqlite = rusqlite::version();
    let target = format!("{}-{}", std::env::consts::ARCH, std::env::consts::OS);
    let text =
        format!("cu {cu}\nopenssl {openssl}\naws-lc {aws_lc}\nsqlite {sqlite}\ntarget {target}\n");
    Simple::boxed(
        text,
        json!({
            "cu": cu,
            "openssl": openssl,
            "aws_lc": aws_lc,
            "sqlite": sqlite,
            "target": target,
        }),
    )
}
