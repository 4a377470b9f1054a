//! A real OTLP/HTTP receiver for the tests (`tests/interop/otlp_receiver.py`, on PyPI's
//! `opentelemetry-proto`), and the spans it decoded.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

pub struct Receiver {
    pub child: Child,
    pub port: u16,
    pub out: PathBuf,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The receiver, or None (with the reason printed) when python3 or opentelemetry-proto is
/// missing; under CI=true (where .ci/run installs them) that is a failure.
pub fn receiver(dir: &Path) -> Option<Receiver> {
    let ready = Command::new("python3")
        .args([
            "-c",
            "import opentelemetry.proto.collector.trace.v1.trace_service_pb2",
        ])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ready {
        super::missing_peer(
            "python3 with opentelemetry-proto",
            "pip install opentelemetry-proto",
        );
        return None;
    }
    let out = dir.join("spans.jsonl");
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/interop/otlp_receiver.py");
    let mut child = Command::new("python3")
        .arg(script)
        .arg(&out)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = serde_json::from_str::<Value>(&line).unwrap()["port"]
        .as_u64()
        .unwrap() as u16;
    Some(Receiver { child, port, out })
}

pub fn spans(r: &Receiver) -> Vec<Value> {
    std::fs::read_to_string(&r.out)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}
