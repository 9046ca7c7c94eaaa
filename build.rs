//! Reads the report file (`assets/report.toml`, or the file named by `YITU_REPORT`), validates it
//! and writes it out as Rust code (`$OUT_DIR/report_data.rs`) that builds the same `Report`: a broken
//! file fails the build, and the wasm carries neither a TOML parser nor a deserializer. Also writes
//! the section icons (`$OUT_DIR/icons.rs`) from the Tabler SVG files in `assets/icons/`: every name,
//! and the outlines of the icons the report uses (of all of them on the host, which prerenders any
//! report file).

// The data types and their validation, shared with the app (not every method is needed here).
#[allow(dead_code)]
#[path = "src/data"]
mod data {
    pub mod schema;
    pub mod validate;
}

#[path = "build/loader.rs"]
mod loader;

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
    let icons_dir = manifest.join("assets/icons");
    println!("cargo:rerun-if-changed={}", icons_dir.display());
    let loader_template = manifest.join("assets/embed.js");
    println!("cargo:rerun-if-changed={}", loader_template.display());
    if let Err(message) = generate(&path, &icons_dir).and_then(|report| write_loader(&report, &loader_template)) {
        eprintln!("error: {}: {message}", path.display());
        std::process::exit(1);
    }
}

/// The names the snippet pins the embed loader by, for the report's public address.
fn write_loader(report: &Report, template: &std::path::Path) -> Result<(), String> {
    let template = std::fs::read_to_string(template).map_err(|e| format!("{}: {e}", template.display()))?;
    let script = loader::loader(&template, report.site.public_url.as_deref());
    let code = format!(
        "/// The embed loader's content-hashed file name (see build/loader.rs).\npub const LOADER_FILE: &str = {:?};\n/// Its Subresource Integrity value.\npub const LOADER_INTEGRITY: &str = {:?};\n",
        loader::file_name(script.as_bytes()),
        loader::integrity(script.as_bytes())
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    std::fs::write(out.join("loader.rs"), code).map_err(|e| e.to_string())
}

fn generate(path: &std::path::Path, icons_dir: &std::path::Path) -> Result<Report, String> {
    let icons = read_icons(icons_dir)?;
    let names: Vec<&str> = icons.iter().map(|(name, _)| name.as_str()).collect();
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let report: Report = toml::from_str(&text).map_err(|e| e.to_string())?;
    let problems = data::validate::validate_with_icons(&report, &names);
    if !problems.is_empty() {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(format!("{} problem(s):\n{}", problems.len(), lines.join("\n")));
    }
    let mut code = String::from("/// The report, as validated by build.rs.\npub fn report() -> Report {\n    ");
    report.write_rust(&mut code);
    code.push_str("\n}\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    std::fs::write(out.join("report_data.rs"), code).map_err(|e| e.to_string())?;
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let proposals = report.proposals.iter().map(|p| &*p.icon);
    let used: Vec<&str> = report
        .review
        .areas
        .iter()
        .map(|a| &*a.icon)
        .chain([&*report.tasks.icon])
        .chain(proposals)
        .collect();
    std::fs::write(
        out.join("icons.rs"),
        icons_code(&icons, |name| !wasm || used.contains(&name)),
    )
    .map_err(|e| e.to_string())?;
    Ok(report)
}

/// Every icon in `dir` (`<name>.svg`, Tabler's outline format), sorted by name, with its outline
/// as one SVG path: the file's `<path d>`s joined (Tabler's invisible 24×24 frame left out).
fn read_icons(dir: &std::path::Path) -> Result<Vec<(String, String)>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut icons = Vec::new();
    for entry in entries {
        let file = entry.map_err(|e| e.to_string())?.path();
        let Some(name) = file
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".svg"))
        else {
            continue;
        };
        let svg = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        icons.push((
            name.to_owned(),
            icon_outline(&svg).map_err(|e| format!("{}: {e}", file.display()))?,
        ));
    }
    icons.sort();
    Ok(icons)
}

fn icon_outline(svg: &str) -> Result<String, String> {
    let mut outline = Vec::new();
    for element in svg.split('<').skip(1) {
        let tag = element.split([' ', '>', '\n', '/']).next().unwrap_or_default();
        match tag {
            "svg" | "" => {}
            "path" if element.contains("stroke=\"none\"") => {}
            "path" => {
                let d = element
                    .split_once("d=\"")
                    .and_then(|(_, rest)| rest.split_once('"'))
                    .map(|(d, _)| d)
                    .ok_or("a path without d")?;
                // Joined paths stay put only when each starts with an absolute move.
                if !d.starts_with('M') {
                    return Err(format!("a path that does not start with M: {d}"));
                }
                outline.push(d.to_owned());
            }
            other => {
                return Err(format!(
                    "<{other}> is not supported (only Tabler's path-only outline icons)"
                ))
            }
        }
    }
    if outline.is_empty() {
        return Err("no path".to_owned());
    }
    Ok(outline.join(""))
}

fn icons_code(icons: &[(String, String)], include: impl Fn(&str) -> bool) -> String {
    let mut code =
        String::from("/// Every icon's name (the files in `assets/icons/`), sorted.\npub const NAMES: &[&str] = &[");
    for (name, _) in icons {
        code.push_str(&format!("{name:?}, "));
    }
    code.push_str("];\n\n/// An icon's outline as one SVG path on a 24×24 grid (the icons this build includes).\n");
    code.push_str("pub fn outline(name: &str) -> Option<&'static str> {\n    match name {\n");
    for (name, outline) in icons.iter().filter(|(name, _)| include(name)) {
        code.push_str(&format!("        {name:?} => Some({outline:?}),\n"));
    }
    code.push_str("        _ => None,\n    }\n}\n");
    code
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

impl WriteRust for data::schema::FigureValue {
    fn write_rust(&self, out: &mut String) {
        out.push_str(&format!("FigureValue::written({:?})", self.as_str()));
    }
}

impl WriteRust for u16 {
    fn write_rust(&self, out: &mut String) {
        out.push_str(&format!("{self}u16"));
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
    Site { public_url, embed_frame_ancestors, talk_minutes, organizer, icp_record, police_record, site_code }
    Meta { banner, title, sources, key_figures }
    Review { id, heading, intro, results_heading, areas }
    Area { id, heading, icon, highlights, groups }
    Group { heading, items }
    Item { text, figures }
    Figure { id, value, unit, label, approximate }
    Tasks { id, heading, icon, highlights, requirements_label, requirements, items }
    Proposals { id, heading, icon, highlights, measures_heading, summary, groups, outlook }
    Outlook { heading, items }
}
