//! `cargo xtask bench`: builds `dist/`, exports the figures for the reference page, and runs
//! `tests/bench/bench.mjs` (sizes, Lighthouse of the report, deck and an embed interleaved with the
//! reference's, first interactions on a throttled phone, latency, memory), which writes BENCHMARKS.md. A
//! second build without plotters measures the wasm bytes plotters costs.

use crate::process;
use crate::tools;
use yitu::data;
use yitu::model::Model;

pub fn run() -> Result<(), String> {
    let env = tools::ensure_test_tools()?;
    let bench_dir = tools::root().join("tests").join("bench");
    tools::ensure_node_packages(&env, &bench_dir)?;
    let dist = crate::dist::build(&env, &crate::dist::Options::default())?;
    // The same build without plotters, to measure the wasm bytes plotters costs.
    let without_plotters = crate::dist::build(
        &env,
        &crate::dist::Options {
            out: Some(tools::root().join("target").join("bench").join("dist-without-plotters")),
            without_plotters: true,
            ..crate::dist::Options::default()
        },
    )?;
    let figures_path = tools::root().join("target").join("bench").join("figures.json");
    write_figures(&figures_path)?;
    let mut command = env.command("node");
    command
        .arg("bench.mjs")
        .current_dir(&bench_dir)
        .env("YITU_DIST", dist)
        .env("YITU_DIST_WITHOUT_PLOTTERS", without_plotters)
        .env("YITU_FIGURES", &figures_path);
    process::run(&mut command)
}

/// The report's figures as JSON (`id`, `value`, `unit`, `label`), so the bench types no number itself.
fn write_figures(path: &std::path::Path) -> Result<(), String> {
    let model = Model::new(std::rc::Rc::new(data::report_under_test()));
    let figures: Vec<serde_json::Value> = model
        .figures()
        .iter()
        .map(|f| {
            serde_json::json!({
                "id": &*f.figure.id, "value": f.figure.value, "unit": &*f.figure.unit, "label": &*f.figure.label,
            })
        })
        .collect();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    let text = serde_json::to_string_pretty(&figures).map_err(|e| e.to_string())?;
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}
