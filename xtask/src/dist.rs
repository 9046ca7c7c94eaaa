//! `cargo xtask dist`: release build with Trunk (offline), then every page prerendered.

use crate::prerender;
use crate::process;
use crate::tools::{self, ToolEnv};
use std::path::PathBuf;

/// Builds `dist/` and returns its path.
pub fn run() -> Result<PathBuf, String> {
    let env = tools::ensure_build_tools()?;
    build(&env)
}

/// Builds `dist/` with tools already ensured.
pub fn build(env: &ToolEnv) -> Result<PathBuf, String> {
    let root = tools::root();
    process::run(env.command("cargo").args(["fetch", "--locked"]).current_dir(&root))?;
    process::run(
        env.command("trunk")
            .args(["build", "--release", "--offline"])
            .current_dir(&root),
    )?;
    let dist = root.join("dist");
    prerender::write_pages(&dist)?;
    println!("dist: {}", dist.display());
    Ok(dist)
}
