//! `cu pki inspect`.

use serde_json::json;

use super::{in_file, now};
use crate::cli::pki::InspectArgs;
use crate::cmd::io;
use crate::error::CuResult;
use crate::output::{Ctx, Report, Simple};
use crate::pki::inspect;

pub fn run(args: InspectArgs, ctx: &Ctx) -> CuResult<Box<dyn Report>> {
    let bytes = io::read_input(&args.file)?;
    let objects = inspect::inspect(&bytes, &io::display(&args.file), now(ctx))
        .map_err(|e| in_file(e, &args.file))?;
    let text = inspect::to_text(&objects);
    Ok(Simple::boxed(
        text,
        json!({"file": io::display(&args.file), "objects": objects}),
    ))
}
