//! `cargo xtask <task>`: the project's build tasks. Each installs what it needs first.

mod bench;
mod dist;
mod prerender;
mod process;
mod test;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <serve | dist | test | bench>
  serve   install what is missing, then serve the app on http://127.0.0.1:8080/
  dist    release build into dist/, every page prerendered
  test    install what is missing, then run every check and test
  bench   sizes, Lighthouse, latency and memory against a reference page; writes BENCHMARKS.md";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("dist") => dist::run().map(|_| ()),
        Some("test") => test::run(),
        Some("bench") => bench::run(),
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

fn serve() -> Result<(), String> {
    let env = tools::ensure_build_tools()?;
    println!("serving on http://127.0.0.1:8080/ (Ctrl-C stops)");
    process::run(
        env.command("trunk")
            .args(["serve", "--offline"])
            .current_dir(tools::root()),
    )
}
