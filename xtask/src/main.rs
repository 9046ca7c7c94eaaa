//! `cargo xtask <task>`: the project's build tasks. Each installs what it needs first.

mod bench;
mod dist;
mod glue;
mod import;
mod process;
mod report_file;
mod stylesheets;
mod test;
mod tools;
mod watch;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <serve | dist | test | bench | check-data | import | look>
  serve [--watch] [--no-build] [--port N] [--report FILE]
                       install what is missing, build dist/ and serve the whole site on
                       http://127.0.0.1:8080/ (or port N; --no-build: dist/ as it is);
                       --report FILE: built from FILE into target/serve-report/, checked and
                       rebuilt each time it is saved;
                       --watch: the report page only, rebuilt on change
  dist [--report FILE] [--out DIR]
                       release build into dist/ (or DIR), every page prerendered, from
                       assets/report.toml (or FILE)
  check-data FILE      list every problem in a report file, with line and column
  report-json [FILE]    the report (default assets/report.toml) as JSON, for the end-to-end tests
  import SOURCE.txt --out FILE.toml
                       a data file from a report's published text: every line in its place, every
                       quantity a figure, each judgement to confirm marked `# 待核对:`
  test                 install what is missing, then run every check and test
  bench                sizes, Lighthouse/TBT, first interactions, latency and memory against a reference page; writes BENCHMARKS.md
  nginx-config [--prefix PATH] [--root DIR] [DIST]
                       print the nginx location block for DIST (default dist/) published under
                       PATH (default /) from DIR + PATH (dist writes the same into dist/nginx.conf)
  look [DIR] [--no-build] [page|long|slides]
                       screenshots to look at (the report's top in three sizes and three themes, the
                       长图 whole, every slide) into DIR (default target/look/)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") if args.len() == 2 && args[1] == "--watch" => serve_watch(),
        Some("serve") => serve_options(&args[1..]).and_then(|options| match options.report {
            Some(report) => watch::serve_report(&report, options.port),
            None => serve(options.build, options.port),
        }),
        Some("dist") => dist_options(&args[1..])
            .and_then(|options| dist::run(&options))
            .map(|_| ()),
        Some("check-data") if args.len() == 2 => check_data(&args[1]),
        Some("import") => import::run(&args[1..]),
        Some("report-json") if args.len() <= 2 => report_json(args.get(1).map(String::as_str)),
        Some("test") => test::run(),
        Some("bench") => bench::run(),
        Some("look") => look(&args[1..]),
        Some("nginx-config") => nginx_config(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn dist_options(args: &[String]) -> Result<dist::Options, String> {
    let mut options = dist::Options::default();
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--report" => options.report = Some(value.into()),
            "--out" => options.out = Some(value.into()),
            _ => return Err(format!("unknown option {flag}\n{USAGE}")),
        }
    }
    Ok(options)
}

/// Prints every problem in a report file; fails when there is any.
fn check_data(path: &str) -> Result<(), String> {
    let (_, problems) = report_file::check(std::path::Path::new(path));
    for problem in &problems {
        println!("{problem}");
    }
    if problems.is_empty() {
        println!("{path}：没有问题");
        Ok(())
    } else {
        Err(format!("{path} 共有 {} 个问题", problems.len()))
    }
}

/// Prints a report file (default `assets/report.toml`) as JSON, validated: the end-to-end tests
/// derive what they expect from the report they run against.
fn report_json(path: Option<&str>) -> Result<(), String> {
    let report = match path {
        Some(path) => report_file::load(std::path::Path::new(path))?,
        None => yitu::data::report_under_test(),
    };
    let json = serde_json::to_string(&with_derived(&report)?).map_err(|e| e.to_string())?;
    // A reader that stops early (`| head`) is not an error.
    let _ = std::io::Write::write_all(&mut std::io::stdout(), json.as_bytes());
    Ok(())
}

/// The report as JSON with what the app derives from it under `derived`, computed by the app's
/// own model (so the end-to-end tests never re-walk the report in JavaScript): every line in
/// source order, every figure with its section, the sections, the embed pages, the slides' titles.
fn with_derived(report: &yitu::data::Report) -> Result<serde_json::Value, String> {
    use serde_json::json;
    use yitu::model::{BlockKind, Model};
    let model = Model::new(std::rc::Rc::new(report.clone()));
    let figures: Vec<_> = model
        .figures()
        .iter()
        .map(|r| {
            let mut figure = serde_json::to_value(&r.figure).unwrap_or_default();
            if let Some(fields) = figure.as_object_mut() {
                fields.insert("sectionId".into(), json!(r.section.as_str()));
                fields.insert("item".into(), json!(&*r.item.text));
            }
            figure
        })
        .collect();
    let embeds: Vec<_> = model
        .blocks()
        .iter()
        .map(|b| {
            let kind = match b.kind {
                BlockKind::KeyFigures => "key-figures",
                BlockKind::Section => "section",
                BlockKind::Chart => "chart",
            };
            let section = match b.kind {
                BlockKind::Section => Some(&*b.id),
                BlockKind::Chart => model.chart(&b.id).map(|v| v.section.as_str()),
                BlockKind::KeyFigures => None,
            };
            json!({ "id": &*b.id, "title": &*b.title, "kind": kind, "anchor": b.anchor, "section": section })
        })
        .collect();
    let sections: Vec<_> = model
        .sections()
        .iter()
        .map(|s| {
            let items: Vec<_> = s
                .items()
                .iter()
                .map(|i| json!({ "text": &*i.text, "figures": i.figures.len() }))
                .collect();
            json!({ "id": s.id.as_str(), "heading": &*s.heading, "items": items })
        })
        .collect();
    let slides: Vec<String> = model.slides().iter().map(|s| s.title.to_string()).collect();
    let mut value = serde_json::to_value(report).map_err(|e| e.to_string())?;
    if let Some(fields) = value.as_object_mut() {
        fields.insert(
            "derived".into(),
            json!({
                "lines": model.source_lines(),
                "figures": figures,
                "sections": sections,
                "embeds": embeds,
                "slides": slides,
            }),
        );
    }
    Ok(value)
}

/// `serve`'s options: whether to build first, the port, and a report file to build from and
/// watch.
struct ServeOptions {
    build: bool,
    port: u16,
    report: Option<std::path::PathBuf>,
}

fn serve_options(args: &[String]) -> Result<ServeOptions, String> {
    let (mut build, mut port, mut report) = (true, 8080, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--no-build" => build = false,
            "--report" => {
                report = Some(
                    args.next()
                        .map(std::path::PathBuf::from)
                        .ok_or(format!("--report needs a file\n{USAGE}"))?,
                )
            }
            "--port" => {
                port = args
                    .next()
                    .and_then(|p| p.parse().ok())
                    .ok_or(format!("--port needs a port number\n{USAGE}"))?
            }
            _ => return Err(format!("unknown option {arg}\n{USAGE}")),
        }
    }
    if report.is_some() && !build {
        return Err(format!(
            "--report builds from the file: it cannot go with --no-build\n{USAGE}"
        ));
    }
    Ok(ServeOptions { build, port, report })
}

/// Builds `dist/` (unless `build` is false) and serves every page of it (the report, share, deck,
/// embeds) as a host would. The server stops with the xtask, however the xtask is stopped: it
/// exits when its standard input, a pipe only this process holds, closes.
fn serve(build: bool, port: u16) -> Result<(), String> {
    let env = tools::ensure_build_tools()?;
    let out = if build {
        dist::build(&env, &dist::Options::default())?
    } else {
        tools::root().join("dist")
    };
    process::run_tied(
        env.command("node")
            .arg("serve-site.mjs")
            .arg(&out)
            .arg(port.to_string())
            .arg("--exit-with-stdin")
            .current_dir(tools::e2e_dir()),
    )
}

/// Prints the nginx configuration for a built site (`dist` writes one for `public_url`'s path).
fn nginx_config(args: &[String]) -> Result<(), String> {
    let (mut prefix, mut root, mut dist) = (
        "/".to_owned(),
        yitu::site::NGINX_ROOT.to_owned(),
        tools::root().join("dist"),
    );
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().cloned().ok_or(format!("{arg} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--prefix" => prefix = value()?,
            "--root" => root = value()?,
            other if !other.starts_with('-') => dist = other.into(),
            _ => return Err(format!("unknown option {arg}\n{USAGE}")),
        }
    }
    let report = yitu::data::report_under_test();
    print!("{}", dist::nginx_config(&dist, &prefix, &root, &report.site)?);
    Ok(())
}

/// Trunk's development server: the report page only (rendered in the browser, not prerendered),
/// rebuilt whenever a file changes.
fn serve_watch() -> Result<(), String> {
    let env = tools::ensure_build_tools()?;
    println!("serving the report page on http://127.0.0.1:8080/ (Ctrl-C stops)");
    process::run(
        env.command("trunk")
            .args(["serve", "--offline"])
            .current_dir(tools::root()),
    )
}

/// Screenshots to look at (`tests/e2e/look.mjs`): the report's top at three sizes in light, dark and
/// high contrast, the 长图 as one picture, every slide at 1920×1080.
fn look(args: &[String]) -> Result<(), String> {
    let env = tools::ensure_test_tools()?;
    let mut out = tools::root().join("target").join("look");
    let mut build = true;
    let mut only = None;
    for arg in args {
        match arg.as_str() {
            "--no-build" => build = false,
            "page" | "long" | "slides" => only = Some(arg.clone()),
            dir if !dir.starts_with('-') => out = dir.into(),
            _ => return Err(format!("unknown option {arg}\n{USAGE}")),
        }
    }
    let dist = if build {
        dist::build(&env, &dist::Options::default())?
    } else {
        tools::root().join("dist")
    };
    let mut command = env.command("node");
    command
        .arg("look.mjs")
        .arg(&dist)
        .arg(&out)
        .current_dir(tools::e2e_dir());
    command.args(only);
    process::run(&mut command)?;
    println!("screenshots in {}", out.display());
    Ok(())
}
