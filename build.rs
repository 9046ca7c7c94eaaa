//! Writes the section icons (`$OUT_DIR/icons.rs`) from the Tabler SVG files in `assets/icons/`:
//! every name (what validation accepts) and, on the host, every icon's outline. The report is not
//! read here: a page carries its report, and the outlines of the icons it names, as data
//! (`data::PageData`), so one build serves any report file.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let icons_dir = manifest.join("assets/icons");
    println!("cargo:rerun-if-changed={}", icons_dir.display());
    if let Err(message) = generate(&icons_dir) {
        eprintln!("error: {}: {message}", icons_dir.display());
        std::process::exit(1);
    }
}

fn generate(icons_dir: &std::path::Path) -> Result<(), String> {
    let icons = read_icons(icons_dir)?;
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    // The publisher's tools (the office's editor) render any report, so they carry every icon too.
    let publish = std::env::var_os("CARGO_FEATURE_PUBLISH").is_some();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    std::fs::write(out.join("icons.rs"), icons_code(&icons, |_| !wasm || publish)).map_err(|e| e.to_string())
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
    code.push_str("];\n\n/// Each icon's outline as one SVG path on a 24×24 grid, by name: every icon on the host and with\n/// the publisher's tools, which render any report; none in the readers' bundles, where a page carries\n/// the outlines of its report's icons.\n");
    code.push_str("pub const OUTLINES: &[(&str, &str)] = &[\n");
    for (name, outline) in icons.iter().filter(|(name, _)| include(name)) {
        code.push_str(&format!("    ({name:?}, {outline:?}),\n"));
    }
    code.push_str("];\n");
    code
}
