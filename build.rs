//! Reads the report file (`assets/report.toml`, or the file named by `YITU_REPORT`), validates it
//! and embeds it as compact bincode, so a broken file fails the build and the wasm needs no TOML parser.

#[path = "src/data"]
mod data {
    pub mod schema;
    pub mod validate;
}

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=YITU_REPORT");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let path = match std::env::var_os("YITU_REPORT") {
        Some(p) => manifest.join(PathBuf::from(p)),
        None => manifest.join("assets/report.toml"),
    };
    println!("cargo:rerun-if-changed={}", path.display());
    if let Err(message) = embed(&path) {
        eprintln!("error: {}: {message}", path.display());
        std::process::exit(1);
    }
}

fn embed(path: &std::path::Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let report: data::schema::Report = toml::from_str(&text).map_err(|e| e.to_string())?;
    let problems = data::validate::validate(&report);
    if !problems.is_empty() {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(format!("{} problem(s):\n{}", problems.len(), lines.join("\n")));
    }
    let bytes = bincode::serde::encode_to_vec(&report, bincode::config::standard()).map_err(|e| e.to_string())?;
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("report.bin");
    std::fs::write(out, bytes).map_err(|e| e.to_string())
}
