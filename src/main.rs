//! The `cu` binary: parse the command line, run it, turn the outcome into an exit code.

use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cu::main_with_args(std::env::args_os())
}
