//! `cargo xtask dist`: release build with Trunk (offline), then every page prerendered.

use crate::prerender;
use crate::process;
use crate::report_file;
use crate::tools::{self, ToolEnv};
use std::path::{Path, PathBuf};

/// What to build: which report file (the default is `assets/report.toml`) into which folder.
#[derive(Default)]
pub struct Options {
    pub report: Option<PathBuf>,
    pub out: Option<PathBuf>,
    /// Builds the wasm without plotters and skips prerendering: only for measuring plotters' bytes.
    pub without_plotters: bool,
}

/// Builds and returns the output folder (`dist/` unless told otherwise).
pub fn run(options: &Options) -> Result<PathBuf, String> {
    let env = tools::ensure_build_tools()?;
    build(&env, options)
}

/// Builds with tools already ensured. The wasm and the prerendered HTML come from the same file.
pub fn build(env: &ToolEnv, options: &Options) -> Result<PathBuf, String> {
    let root = tools::root();
    let out = options.out.clone().unwrap_or_else(|| root.join("dist"));
    let report = match &options.report {
        Some(path) => report_file::load(&absolute(path))?,
        None => yitu::data::embedded(),
    };
    process::run(env.command("cargo").args(["fetch", "--locked"]).current_dir(&root))?;
    let mut trunk = env.command("trunk");
    trunk
        .args(["build", "--release", "--offline", "--dist"])
        .arg(&out)
        .current_dir(&root);
    match &options.report {
        Some(path) => trunk.env("YITU_REPORT", absolute(path)),
        None => trunk.env_remove("YITU_REPORT"),
    };
    if options.without_plotters {
        trunk.arg("--no-default-features");
        process::run(&mut trunk)?;
        return Ok(out);
    }
    process::run(&mut trunk)?;
    prerender::write_pages(&out, report)?;
    println!("dist: {}", out.display());
    Ok(out)
}

fn absolute(path: &Path) -> PathBuf {
    std::env::current_dir()
        .map(|cwd| cwd.join(path))
        .unwrap_or_else(|_| path.to_path_buf())
}
