//! Installing what the tasks need, idempotently: each tool is checked by its `--version` and
//! installed only when missing or different, into places that persist between runs
//! (`~/.cargo/bin`, `tests/e2e/node_modules`, Debian packages).

use crate::process::{output, run};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

const TRUNK_VERSION: &str = "0.21.14";
const WASM_OPT_VERSION: &str = "version_132";
/// Chromium and CJK fonts for the browser tests; nginx to test the server configuration `dist` writes;
/// poppler's `pdftoppm` to render the deck's PDF to pictures.
const DEBIAN_PACKAGES: [&str; 5] = [
    "chromium",
    "chromium-driver",
    "fonts-noto-cjk",
    "nginx",
    "poppler-utils",
];

/// The workspace root (the app crate's folder).
pub fn root() -> PathBuf {
    let xtask = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    xtask.parent().map(Path::to_path_buf).unwrap_or(xtask)
}

/// The folder of the end-to-end tests and their npm packages.
pub fn e2e_dir() -> PathBuf {
    root().join("tests").join("e2e")
}

/// A `PATH` with the installed tools first, for every command the tasks run.
pub struct ToolEnv {
    path: OsString,
}

impl ToolEnv {
    fn new() -> Self {
        let mut dirs = vec![cargo_home().join("bin"), e2e_dir().join("node_modules").join(".bin")];
        dirs.extend(
            std::env::var_os("PATH")
                .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
                .unwrap_or_default(),
        );
        let path = std::env::join_paths(dirs).unwrap_or_default();
        ToolEnv { path }
    }

    /// A command that finds the installed tools on its `PATH`.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.env("PATH", &self.path);
        command
    }

    fn version(&self, program: &str) -> Option<String> {
        output(self.command(program).arg("--version"))
    }
}

pub fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
}

/// Everything `serve` and `dist` need: the wasm target, Trunk, wasm-bindgen, wasm-opt.
pub fn ensure_build_tools() -> Result<ToolEnv, String> {
    let env = ToolEnv::new();
    ensure_wasm_target(&env)?;
    ensure_cargo_tool(
        &env,
        "trunk",
        &format!("trunk {TRUNK_VERSION}"),
        &["--locked", "trunk", "--version", TRUNK_VERSION],
    )?;
    let bindgen = wasm_bindgen_version()?;
    // Without --locked: wasm-bindgen-cli's own lockfile names a crate version the registry here lacks.
    ensure_cargo_tool(
        &env,
        "wasm-bindgen",
        &format!("wasm-bindgen {bindgen}"),
        &["wasm-bindgen-cli", "--version", &bindgen],
    )?;
    ensure_node_packages(&env, &e2e_dir())?;
    match env.version("wasm-opt") {
        Some(v) if v.contains(WASM_OPT_VERSION) => Ok(env),
        other => Err(format!(
            "wasm-opt {WASM_OPT_VERSION} expected from tests/e2e/package.json, found {other:?}"
        )),
    }
}

/// Chromium and the CJK fonts, which print the deck to `present.pdf`.
pub fn ensure_print_tools() -> Result<(), String> {
    ensure_debian_packages(&["chromium", "fonts-noto-cjk"])
}

/// Build tools plus headless Chromium, its driver and CJK fonts for the browser tests.
pub fn ensure_test_tools() -> Result<ToolEnv, String> {
    let env = ensure_build_tools()?;
    ensure_debian_packages(&DEBIAN_PACKAGES)?;
    Ok(env)
}

fn ensure_wasm_target(env: &ToolEnv) -> Result<(), String> {
    let installed = output(env.command("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|t| t.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(env.command("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn ensure_cargo_tool(env: &ToolEnv, program: &str, wanted: &str, install: &[&str]) -> Result<(), String> {
    if env.version(program).is_some_and(|v| v.trim() == wanted) {
        return Ok(());
    }
    println!("installing {wanted} (one-time; Trunk takes about 10 minutes on 2 cores)");
    run(env.command("cargo").arg("install").args(install))?;
    match env.version(program) {
        Some(v) if v.trim() == wanted => Ok(()),
        other => Err(format!(
            "after installing, `{program} --version` gives {other:?}, expected {wanted}"
        )),
    }
}

/// The `wasm-bindgen` version in Cargo.lock, which the CLI must match exactly.
pub fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.trim().strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock names no wasm-bindgen".to_owned())
}

/// `npm ci` in `dir` unless its `node_modules` was installed from the same lockfile.
pub fn ensure_node_packages(env: &ToolEnv, dir: &Path) -> Result<(), String> {
    let lock_path = dir.join("package-lock.json");
    let lock = std::fs::read(&lock_path).map_err(|e| format!("{}: {e}", lock_path.display()))?;
    let stamp = dir.join("node_modules").join(".yitu-installed-lock");
    if std::fs::read(&stamp).is_ok_and(|installed| installed == lock) {
        return Ok(());
    }
    if env.version("npm").is_none() {
        return Err("npm is missing: install Node.js 20 and npm (Debian: apt-get install nodejs npm)".to_owned());
    }
    run(env
        .command("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(dir))?;
    std::fs::write(&stamp, lock).map_err(|e| e.to_string())
}

/// Whether dpkg's status of a package (`want ok state`) says it is installed: a package dpkg
/// knows of but never installed reads `unknown ok not-installed`.
fn is_installed_status(status: &str) -> bool {
    status.split_whitespace().last() == Some("installed")
}

fn ensure_debian_packages(packages: &[&str]) -> Result<(), String> {
    let installed = |p: &&str| {
        output(Command::new("dpkg-query").args(["-W", "-f=${Status}", p])).is_some_and(|s| is_installed_status(&s))
    };
    let missing: Vec<&str> = packages.iter().filter(|p| !installed(p)).copied().collect();
    if missing.is_empty() {
        return Ok(());
    }
    let is_root = output(Command::new("id").arg("-u")).as_deref() == Some("0");
    if !is_root || output(Command::new("apt-get").arg("--version")).is_none() {
        return Err(format!(
            "missing Debian packages: {}; install them with `sudo apt-get install {}`",
            missing.join(" "),
            missing.join(" ")
        ));
    }
    run(Command::new("apt-get")
        .arg("update")
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "--no-install-recommends"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_installed_package_reads_as_installed() {
        assert!(is_installed_status("install ok installed"));
        assert!(!is_installed_status("unknown ok not-installed"));
        assert!(!is_installed_status("deinstall ok config-files"));
        assert!(!is_installed_status("install ok half-installed"));
        assert!(!is_installed_status(""));
    }
}
