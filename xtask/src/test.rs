//! `cargo xtask test`: formatting, lints (host and wasm32), host tests, browser tests in headless
//! Chromium, and end-to-end tests against a fresh `dist/`. Every step runs; the last line counts.

use crate::dist;
use crate::process::{self, run_teed};
use crate::tools::{self, ToolEnv};

#[derive(Default)]
struct Tally {
    passed: u32,
    failed: u32,
    failed_steps: Vec<String>,
}

impl Tally {
    /// Records a step that is a check, not a test suite (formatting, lints, the build).
    fn check(&mut self, name: &str, result: Result<(), String>) -> bool {
        if let Err(message) = result {
            eprintln!("xtask test: {name} failed: {message}");
            self.failed_steps.push(name.to_owned());
            return false;
        }
        true
    }

    /// Records a test suite from its output's summary lines.
    fn suite(&mut self, name: &str, result: Result<(bool, String), String>) {
        match result {
            Ok((success, output)) => {
                let (passed, failed) = count(&output);
                self.passed += passed;
                self.failed += failed;
                if !success || (passed == 0 && failed == 0) {
                    self.failed_steps
                        .push(format!("{name} (ran no test or did not finish)"));
                }
                println!("xtask test: {name}: {passed} passed, {failed} failed");
            }
            Err(message) => {
                eprintln!("xtask test: {name} failed: {message}");
                self.failed_steps.push(name.to_owned());
            }
        }
    }
}

/// Sums cargo's `test result: … N passed; M failed` and node's `ℹ pass N` / `ℹ fail M` lines.
fn count(output: &str) -> (u32, u32) {
    let number_before = |line: &str, word: &str| -> u32 {
        line.split(';')
            .find_map(|part| {
                part.trim()
                    .strip_suffix(word)
                    .map(str::trim)
                    .and_then(|n| n.rsplit(' ').next()?.parse().ok())
            })
            .unwrap_or(0)
    };
    let mut passed = 0;
    let mut failed = 0;
    for line in output.lines().map(str::trim) {
        if line.starts_with("test result:") {
            passed += number_before(line, "passed");
            failed += number_before(line, "failed");
        } else if let Some(n) = line.strip_prefix("ℹ pass ") {
            passed += n.trim().parse().unwrap_or(0);
        } else if let Some(n) = line.strip_prefix("ℹ fail ") {
            failed += n.trim().parse().unwrap_or(0);
        }
    }
    (passed, failed)
}

pub fn run() -> Result<(), String> {
    let env = tools::ensure_test_tools()?;
    let root = tools::root();
    let mut tally = Tally::default();
    let cargo = |args: &[&str]| {
        let mut command = env.command("cargo");
        command.args(args).current_dir(&root);
        command
    };
    tally.check(
        "cargo fmt --check",
        process::run(&mut cargo(&["fmt", "--all", "--check"])),
    );
    let clippy_host = [
        "clippy",
        "--workspace",
        "--all-targets",
        "--locked",
        "--",
        "-D",
        "warnings",
    ];
    tally.check("clippy (host)", process::run(&mut cargo(&clippy_host)));
    let clippy_wasm = [
        "clippy",
        "-p",
        "yitu",
        "--all-targets",
        "--target",
        "wasm32-unknown-unknown",
        "--locked",
        "--",
        "-D",
        "warnings",
    ];
    // The browser tests (`tests/browser.rs`) are built with this year's page data.
    let page_data = write_page_data(&root);
    let with_page_data = |mut command: std::process::Command| {
        if let Ok(path) = &page_data {
            command.env("YITU_PAGE_DATA", path);
        }
        command
    };
    tally.check(
        "clippy (wasm32)",
        process::run(&mut with_page_data(cargo(&clippy_wasm))),
    );
    tally.suite("host tests", run_teed(&mut cargo(&["test", "--workspace", "--locked"])));
    // The same host tests on another report (read at run time): only tests/dataset.rs is about
    // this year's.
    let args = host_tests_of_any_report(&root);
    let mut other = cargo(&args.iter().map(String::as_str).collect::<Vec<_>>());
    other.env("YITU_REPORT", root.join(OTHER_REPORTS[0].file));
    tally.suite("host tests against the synthetic report", run_teed(&mut other));
    // The other reports first, so that dist/ ends up holding this year's report.
    let others: Vec<bool> = OTHER_REPORTS
        .iter()
        .map(|other| {
            let options = dist::Options {
                report: Some(root.join(other.file)),
                out: Some(other.dist()),
                ..dist::Options::default()
            };
            tally.check(
                &format!("dist of {}", other.what),
                dist::build(&env, &options).map(|_| ()),
            )
        })
        .collect();
    let built = tally.check(
        "cargo xtask dist",
        dist::build(&env, &dist::Options::default()).map(|_| ()),
    );
    // The browser tests, with the site rendered in the browser from the three builds.
    let mut browser = with_page_data(cargo(&[
        "test",
        "-p",
        "yitu",
        "--target",
        "wasm32-unknown-unknown",
        "--locked",
        "--features",
        "publish",
    ]));
    browser.env("CHROMEDRIVER", "/usr/bin/chromedriver");
    let site_test = write_site_test(&root);
    if tally.check("the browser tests' page data", page_data.map(|_| ()))
        && tally.check(
            "the browser tests' sites",
            site_test.as_ref().map(|_| ()).map_err(Clone::clone),
        )
        && built
        && others.iter().all(|&b| b)
    {
        if let Ok(path) = &site_test {
            browser.env("YITU_SITE_TEST", path);
        }
        tally.suite("browser tests (headless Chromium)", run_teed(&mut browser));
    }
    if built && others.iter().all(|&b| b) {
        tally.suite("one build for every report", one_build(&root));
        tally.suite("end-to-end tests", run_teed(&mut e2e(&env)));
        for other in &OTHER_REPORTS {
            let mut run = e2e(&env);
            run.args(other.suites)
                .env("YITU_DIST", other.dist())
                .env("YITU_REPORT", root.join(other.file))
                .env("YITU_SCREENSHOTS", root.join("target").join(other.screenshots));
            tally.suite(&format!("end-to-end tests against {}", other.what), run_teed(&mut run));
        }
    } else {
        tally.failed_steps.push("end-to-end tests (no dist/)".to_owned());
    }
    for step in &tally.failed_steps {
        println!("xtask test: FAILED: {step}");
    }
    println!("tests: {} passed, {} failed", tally.passed, tally.failed);
    if tally.failed > 0 || !tally.failed_steps.is_empty() {
        return Err("some checks or tests failed".to_owned());
    }
    Ok(())
}

/// This year's report as a page carries it, for the browser tests (`tests/browser.rs`), written
/// under `target/` by the same code `dist` uses.
fn write_page_data(root: &std::path::Path) -> Result<std::path::PathBuf, String> {
    let report = crate::report_file::load(&root.join("assets").join("report.toml"))?;
    let text = yitu::data::PageData::for_report(report).encode();
    let path = root.join("target").join("browser-tests-page-data.txt");
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// For `tests/site.rs`: a Rust file naming the build (this year's templates and code files) and
/// the three sites `dist` wrote (each report's page data, and every file but those a browser draws and
/// the code files, which are the build's), written under `target/`.
fn write_site_test(root: &std::path::Path) -> Result<std::path::PathBuf, String> {
    let dist_folder = root.join("dist");
    let staging = dist::staging_of(&dist_folder);
    let code = dist::code_files(&staging, &yitu::view::Bundle::ALL)?;
    let folder = root.join("target").join("site-test");
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut text = String::from("// Generated by `cargo xtask test` for tests/site.rs.\n");
    text.push_str("pub const TEMPLATES: &[(&str, &str)] = &[\n");
    for bundle in yitu::view::Bundle::ALL {
        let path = staging.join("templates").join(format!("{}.html", bundle.name()));
        text.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            bundle.name(),
            path.display().to_string()
        ));
    }
    text.push_str("];\npub const CODE: &[(&str, &[u8])] = &[\n");
    for name in code.0.keys() {
        let path = staging_file(&staging, name)?;
        text.push_str(&format!(
            "    ({name:?}, include_bytes!({:?})),\n",
            path.display().to_string()
        ));
    }
    text.push_str("];\npub const SITES: &[(&str, &str, &[(&str, &[u8])])] = &[\n");
    let sites = [("this year's report", "assets/report.toml", dist_folder.clone())]
        .into_iter()
        .chain(OTHER_REPORTS.iter().map(|o| (o.what, o.file, o.dist())));
    for (n, (what, file, out)) in sites.enumerate() {
        let report = crate::report_file::load(&root.join(file))?;
        let page_data = folder.join(format!("page-data-{n}.txt"));
        std::fs::write(&page_data, yitu::data::PageData::for_report(report).encode())
            .map_err(|e| format!("{}: {e}", page_data.display()))?;
        text.push_str(&format!(
            "    ({what:?}, include_str!({:?}), &[\n",
            page_data.display().to_string()
        ));
        for path in dist::files_under(&out)? {
            let relative = path
                .strip_prefix(&out)
                .map_err(|e| e.to_string())?
                .display()
                .to_string();
            let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            // `present.pdf` and the share cards are drawn by a browser; the office's editor is beside
            // the site, not in it.
            if dist::drawn_by_browser(&relative)
                || relative == dist::EDITOR_PAGE
                || code.0.get(&relative) == Some(&bytes)
            {
                continue;
            }
            text.push_str(&format!(
                "        ({relative:?}, include_bytes!({:?})),\n",
                path.display().to_string()
            ));
        }
        text.push_str("    ]),\n");
    }
    text.push_str("];\n");
    text.push_str(&checks_code(&folder, &root.join(OTHER_REPORTS[0].file))?);
    let path = folder.join("sites.rs");
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// For `tests/site.rs`: report files with problems (the synthetic report broken in several ways)
/// and what `check-data` says of each on the host, as Rust (`CHECKS`: name, text, problems).
fn checks_code(folder: &std::path::Path, fixture: &std::path::Path) -> Result<String, String> {
    let good = std::fs::read_to_string(fixture).map_err(|e| format!("{}: {e}", fixture.display()))?;
    let variants = [
        ("unknown-field.toml", format!("bogus = 1\n{good}")),
        ("syntax.toml", good.replacen("title = \"", "title = \"unclosed\n", 1)),
        (
            "icon-crlf.toml",
            good.replacen("icon = \"star\"", "icon = \"no-such-icon\"", 1)
                .replace('\n', "\r\n"),
        ),
        ("decimal.toml", good.replacen("value = 7,", "value = 46.8,", 1)),
        ("empty.toml", String::new()),
        (
            "highlights.toml",
            good.replacen(
                "icon = \"star\"",
                "icon = \"star\"\nhighlights = [\"a\", \"b\", \"c\", \"d\"]",
                1,
            ),
        ),
    ];
    let mut code = String::from("pub const CHECKS: &[(&str, &str, &[&str])] = &[\n");
    for (name, text) in variants {
        let problems = yitu::data::check_text(name, &text).1;
        if problems.is_empty() || text == good {
            return Err(format!("{name}: the broken report has no problem to compare"));
        }
        let path = folder.join(name);
        std::fs::write(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
        code.push_str(&format!(
            "    ({name:?}, include_str!({:?}), &{problems:?}),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    Ok(code)
}

/// A code file in the bundle folder that holds it.
fn staging_file(staging: &std::path::Path, name: &str) -> Result<std::path::PathBuf, String> {
    yitu::view::Bundle::ALL
        .iter()
        .map(|bundle| staging.join(bundle.name()).join(name))
        .find(|path| path.is_file())
        .ok_or_else(|| format!("no bundle holds {name}"))
}

/// The three builds (this year's report and the other two) serve the same code: every wasm, glue
/// and stylesheet file is the same in each, by name and bytes. Counted as one test.
fn one_build(root: &std::path::Path) -> Result<(bool, String), String> {
    let this_year = code_files(&root.join("dist"))?;
    let wasm = this_year.iter().filter(|(name, _)| name.ends_with(".wasm")).count();
    let mut report = format!("{} code files in dist/, {wasm} of them wasm\n", this_year.len());
    let mut same = wasm == 4;
    for other in &OTHER_REPORTS {
        let equal = code_files(&other.dist())? == this_year;
        report.push_str(&format!("{}: the same code: {equal}\n", other.what));
        same &= equal;
    }
    let summary = if same {
        "test result: ok. 1 passed; 0 failed"
    } else {
        "test result: FAILED. 0 passed; 1 failed"
    };
    println!("{report}{summary}");
    Ok((same, format!("{report}{summary}")))
}

/// The code files at the top of a build (wasm, the bundles' JS glue, stylesheets), by name, with
/// their bytes, sorted.
fn code_files(dir: &std::path::Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        let code =
            name.ends_with(".wasm") || name.ends_with(".css") || (name.starts_with("yitu") && name.ends_with(".js"));
        if code {
            files.push((
                name,
                std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?,
            ));
        }
    }
    files.sort();
    Ok(files)
}

/// `cargo test` of the app's library and every test file but `dataset.rs` (this year's data against
/// its source text), as arguments.
fn host_tests_of_any_report(root: &std::path::Path) -> Vec<String> {
    let mut args: Vec<String> = ["test", "-p", "yitu", "--locked", "--lib"].map(String::from).to_vec();
    let mut files: Vec<String> = std::fs::read_dir(root.join("tests"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_suffix(".rs").map(String::from))
        .filter(|name| name != "dataset" && name != "browser")
        .collect();
    files.sort();
    for name in files {
        args.extend(["--test".to_owned(), name]);
    }
    args
}

fn e2e(env: &ToolEnv) -> std::process::Command {
    let mut command = env.command("node");
    command
        .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
        .current_dir(tools::e2e_dir());
    command.env("YITU_DIST", tools::root().join("dist"));
    command.env("YITU_DIST_FIXTURE", fixture_dist());
    // `cargo xtask serve` is tested by stopping it: the test runs this very binary.
    if let Ok(xtask) = std::env::current_exe() {
        command.env("YITU_XTASK", xtask);
    }
    command
}

/// A report other than this year's, built into its own folder and browsed again by the end-to-end
/// suites that derive what they expect from the report under test (`YITU_REPORT`, through `cargo
/// xtask report-json`).
struct OtherReport {
    what: &'static str,
    /// The data file, from the repository's root.
    file: &'static str,
    /// The build's folder under `target/`.
    folder: &'static str,
    screenshots: &'static str,
    suites: &'static [&'static str],
}

impl OtherReport {
    fn dist(&self) -> std::path::PathBuf {
        tools::root().join("target").join(self.folder)
    }
}

const OTHER_REPORTS: [OtherReport; 2] = [
    // Four areas, decimals, 万/亿 units, a different number of slides, a public address.
    OtherReport {
        what: "the synthetic report",
        file: "tests/fixtures/synthetic-report.toml",
        folder: "dist-fixture",
        screenshots: "screenshots-synthetic",
        suites: &[
            "report.test.mjs",
            "share.test.mjs",
            "exports.test.mjs",
            "fallbacks.test.mjs",
            "overview.test.mjs",
            "charts.test.mjs",
            "find-print.test.mjs",
            "accessibility.test.mjs",
            "present.test.mjs",
            "presenter.test.mjs",
            "offline.test.mjs",
        ],
    },
    // The same without its report on proposals and without a public address: embedded in news
    // pages from wherever it is served, behind nginx, under hostile URLs.
    OtherReport {
        what: "a report without the proposals part",
        file: "tests/fixtures/no-proposals-report.toml",
        folder: "dist-no-proposals",
        screenshots: "screenshots-no-proposals",
        suites: &[
            "report.test.mjs",
            "overview.test.mjs",
            "share.test.mjs",
            "present.test.mjs",
            "embed.test.mjs",
            "security.test.mjs",
            "nginx.test.mjs",
        ],
    },
];

/// The synthetic report's build (the share and fixture suites of the first pass look at it too).
fn fixture_dist() -> std::path::PathBuf {
    OTHER_REPORTS[0].dist()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::code_files;

    #[test]
    fn code_files_differ_when_a_byte_of_code_does_and_not_for_pages() {
        let dir = std::env::temp_dir().join(format!("yitu-code-files-{}", std::process::id()));
        let (a, b) = (dir.join("a"), dir.join("b"));
        for folder in [&a, &b] {
            std::fs::create_dir_all(folder).unwrap();
            std::fs::write(folder.join("yitu-1_bg.wasm"), b"\0asm").unwrap();
            std::fs::write(folder.join("app-2.css"), "p{}").unwrap();
        }
        std::fs::write(a.join("index.html"), "this year").unwrap();
        std::fs::write(b.join("index.html"), "another report").unwrap();
        assert_eq!(code_files(&a).unwrap(), code_files(&b).unwrap());
        assert_eq!(code_files(&a).unwrap().len(), 2);
        std::fs::write(b.join("yitu-1_bg.wasm"), b"\0asn").unwrap();
        assert_ne!(code_files(&a).unwrap(), code_files(&b).unwrap());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
