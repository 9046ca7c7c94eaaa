//! `cargo xtask serve --report FILE`: the whole site built from FILE and served, rebuilt each time
//! FILE is saved. A save with problems is not built: its problems are printed (in Chinese, with
//! line and column) and the last good build stays served.

use crate::{dist, process, report_file, tools};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A file's last saved state, to notice the next save.
pub struct Saved {
    path: PathBuf,
    last: Option<(SystemTime, u64)>,
}

impl Saved {
    pub fn new(path: &Path) -> Saved {
        let mut saved = Saved {
            path: path.to_owned(),
            last: None,
        };
        saved.last = saved.now();
        saved
    }

    fn now(&self) -> Option<(SystemTime, u64)> {
        let meta = std::fs::metadata(&self.path).ok()?;
        Some((meta.modified().ok()?, meta.len()))
    }

    /// Whether the file was saved (or removed, or created) since the last call.
    pub fn changed(&mut self) -> bool {
        let now = self.now();
        let changed = now != self.last;
        self.last = now;
        changed
    }
}

/// What a save led to.
#[derive(Debug, PartialEq, Eq)]
pub enum Rebuild {
    Built,
    /// The file has problems (listed); nothing was built.
    Refused(Vec<String>),
    /// It checked, but the build failed.
    Failed(String),
}

/// Checks `report` and, only when it has no problem, runs `build`.
pub fn rebuild_if_valid(report: &Path, build: impl FnOnce() -> Result<(), String>) -> Rebuild {
    let (_, problems) = report_file::check(report);
    if !problems.is_empty() {
        return Rebuild::Refused(problems);
    }
    match build() {
        Ok(()) => Rebuild::Built,
        Err(error) => Rebuild::Failed(error),
    }
}

/// Where `serve --report` serves from: its own folder, so this year's `dist/` is left as it is.
pub fn serve_folder() -> PathBuf {
    tools::root().join("target").join("serve-report")
}

/// Where each build is made before it replaces the served one: the server never sees a folder
/// half-built (a build starts by emptying its folder).
fn build_folder() -> PathBuf {
    tools::root().join("target").join("serve-report-next")
}

/// Puts the finished build `built` in the place of `served`: two renames (the old one aside, the new
/// one in), so the served folder is missing only between them, never partly written.
pub fn publish(built: &Path, served: &Path) -> Result<(), String> {
    let fail = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    let old = served.with_extension("old");
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(|e| fail(&old, e))?;
    }
    if served.exists() {
        std::fs::rename(served, &old).map_err(|e| fail(served, e))?;
    }
    if let Err(error) = std::fs::rename(built, served) {
        // The last good build goes back, so it is still served as the message says.
        if old.exists() {
            let _ = std::fs::rename(&old, served);
        }
        return Err(fail(built, error));
    }
    if old.exists() {
        std::fs::remove_dir_all(&old).map_err(|e| fail(&old, e))?;
    }
    Ok(())
}

/// Builds the site from the options' report into [`build_folder`] and publishes it to [`serve_folder`].
fn build_and_publish(env: &tools::ToolEnv, options: &dist::Options) -> Result<PathBuf, String> {
    let built = dist::build(env, options)?;
    let served = serve_folder();
    publish(&built, &served)?;
    Ok(served)
}

/// Builds the site from `report` into [`serve_folder`], serves it on `port`, and rebuilds on every
/// save until the server stops (with the xtask: the server exits when its standard input closes).
pub fn serve_report(report: &Path, port: u16) -> Result<(), String> {
    let env = tools::ensure_build_tools()?;
    let options = dist::Options {
        report: Some(report.to_owned()),
        out: Some(build_folder()),
        ..dist::Options::default()
    };
    let out = build_and_publish(&env, &options)?;
    let mut command = env.command("node");
    command
        .arg("serve-site.mjs")
        .arg(&out)
        .arg(port.to_string())
        .arg("--exit-with-stdin")
        .current_dir(tools::e2e_dir());
    let mut server = process::spawn_tied(&mut command)?;
    let mut saved = Saved::new(report);
    println!("正在监视 {}：保存后自动检查并重新构建", report.display());
    loop {
        if let Some(status) = server.child.try_wait().map_err(|e| e.to_string())? {
            return process::finished("serve-site.mjs", status);
        }
        std::thread::sleep(Duration::from_millis(500));
        if !saved.changed() {
            continue;
        }
        match rebuild_if_valid(report, || build_and_publish(&env, &options).map(|_| ())) {
            Rebuild::Built => println!("已按 {} 重新构建，刷新浏览器即可看到", report.display()),
            Rebuild::Refused(problems) => {
                println!(
                    "{} 有 {} 个问题，未重新构建（仍在提供上一次的构建）：",
                    report.display(),
                    problems.len()
                );
                for problem in problems {
                    println!("{problem}");
                }
            }
            Rebuild::Failed(error) => println!("重新构建失败（仍在提供上一次的构建）：{error}"),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = tools::root().join("target").join("watch-test");
        std::fs::create_dir_all(&dir).unwrap();
        dir.join(name)
    }

    #[test]
    fn a_save_is_noticed_once() {
        let path = scratch("saved.toml");
        std::fs::write(&path, "a").unwrap();
        let mut saved = Saved::new(&path);
        assert!(!saved.changed(), "nothing saved yet");
        std::fs::write(&path, "ab").unwrap();
        assert!(saved.changed(), "a save that changes the size");
        assert!(!saved.changed(), "noticed once");
        std::fs::remove_file(&path).unwrap();
        assert!(saved.changed(), "removed");
    }

    #[test]
    fn a_build_replaces_the_served_folder_whole() {
        let served = scratch("served");
        let built = scratch("built");
        for dir in [&served, &built] {
            let _ = std::fs::remove_dir_all(dir);
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(served.join("index.html"), "old").unwrap();
        std::fs::write(served.join("stale.js"), "old").unwrap();
        std::fs::write(built.join("index.html"), "new").unwrap();
        publish(&built, &served).unwrap();
        assert_eq!(std::fs::read_to_string(served.join("index.html")).unwrap(), "new");
        assert!(!served.join("stale.js").exists(), "nothing of the old build is left");
        assert!(
            !built.exists() && !served.with_extension("old").exists(),
            "no leftovers"
        );
        // The first build: nothing served yet.
        std::fs::remove_dir_all(&served).unwrap();
        std::fs::create_dir_all(&built).unwrap();
        std::fs::write(built.join("index.html"), "first").unwrap();
        publish(&built, &served).unwrap();
        assert_eq!(std::fs::read_to_string(served.join("index.html")).unwrap(), "first");
    }

    #[test]
    fn a_file_with_problems_is_not_built_and_a_good_one_is() {
        let good = tools::root()
            .join("tests")
            .join("fixtures")
            .join("synthetic-report.toml");
        let mut built = false;
        assert_eq!(
            rebuild_if_valid(&good, || {
                built = true;
                Ok(())
            }),
            Rebuild::Built
        );
        assert!(built);
        let bad = scratch("bad.toml");
        let text = std::fs::read_to_string(&good)
            .unwrap()
            .replacen("value = 7,", "value = 7.5,", 1);
        std::fs::write(&bad, text).unwrap();
        let mut built = false;
        match rebuild_if_valid(&bad, || {
            built = true;
            Ok(())
        }) {
            Rebuild::Refused(problems) => {
                assert_eq!(problems.len(), 1, "{problems:?}");
                assert!(problems[0].contains("小数请加引号"), "{problems:?}");
            }
            other => panic!("{other:?}"),
        }
        assert!(!built, "nothing built from a file with problems");
    }
}
