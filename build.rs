//! Reads the report file (`assets/report.toml`, or the file named by `YITU_REPORT`), validates it
//! and writes it out as Rust code (`$OUT_DIR/report_data.rs`) that builds the same `Report`: a broken
//! file fails the build, and the wasm carries neither a TOML parser nor a deserializer.

#[path = "src/data"]
mod data {
    pub mod schema;
    pub mod validate;
}

use data::schema::{
    Area, Chart, ChartKind, Figure, Group, Item, Meta, Outlook, Proposals, Report, Review, Site, Tasks,
};
use std::path::PathBuf;
use std::rc::Rc;

fn main() {
    println!("cargo:rerun-if-env-changed=YITU_REPORT");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let path = match std::env::var_os("YITU_REPORT") {
        Some(p) => manifest.join(PathBuf::from(p)),
        None => manifest.join("assets/report.toml"),
    };
    println!("cargo:rerun-if-changed={}", path.display());
    if let Err(message) = generate(&path) {
        eprintln!("error: {}: {message}", path.display());
        std::process::exit(1);
    }
}

fn generate(path: &std::path::Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let report: Report = toml::from_str(&text).map_err(|e| e.to_string())?;
    let problems = data::validate::validate(&report);
    if !problems.is_empty() {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(format!("{} problem(s):\n{}", problems.len(), lines.join("\n")));
    }
    let mut code = String::from("/// The report, as validated by build.rs.\npub fn report() -> Report {\n    ");
    report.write_rust(&mut code);
    code.push_str("\n}\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("report_data.rs");
    std::fs::write(out, code).map_err(|e| e.to_string())
}

/// Writes a Rust expression that constructs the value.
trait WriteRust {
    fn write_rust(&self, out: &mut String);
}

impl WriteRust for Rc<str> {
    fn write_rust(&self, out: &mut String) {
        out.push_str(&format!("Rc::from({:?})", &**self));
    }
}

impl WriteRust for u32 {
    fn write_rust(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl WriteRust for bool {
    fn write_rust(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl WriteRust for ChartKind {
    fn write_rust(&self, out: &mut String) {
        out.push_str(match self {
            ChartKind::Bars => "ChartKind::Bars",
            ChartKind::Cards => "ChartKind::Cards",
        });
    }
}

impl<T: WriteRust> WriteRust for Option<T> {
    fn write_rust(&self, out: &mut String) {
        match self {
            Some(value) => {
                out.push_str("Some(");
                value.write_rust(out);
                out.push(')');
            }
            None => out.push_str("None"),
        }
    }
}

impl<T: WriteRust> WriteRust for Rc<[T]> {
    fn write_rust(&self, out: &mut String) {
        out.push_str("Rc::from(vec![");
        for value in self.iter() {
            value.write_rust(out);
            out.push_str(", ");
        }
        out.push_str("])");
    }
}

macro_rules! write_struct {
    ($($ty:ident { $($field:ident),* })*) => {$(
        impl WriteRust for $ty {
            fn write_rust(&self, out: &mut String) {
                out.push_str(concat!(stringify!($ty), " { "));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.write_rust(out);
                    out.push_str(", ");
                )*
                out.push('}');
            }
        }
    )*};
}

write_struct! {
    Report { site, meta, review, tasks, proposals, charts }
    Chart { id, kind, title, figures, notes }
    Site { public_url, organizer, icp_record, police_record, site_code }
    Meta { banner, title, sources, key_figures }
    Review { id, heading, intro, results_heading, areas }
    Area { id, heading, groups }
    Group { heading, items }
    Item { text, figures }
    Figure { id, value, unit, label, approximate }
    Tasks { id, heading, requirements_label, requirements, items }
    Proposals { id, heading, measures_heading, summary, groups, outlook }
    Outlook { heading, items }
}
