//! `cargo xtask dist`: release builds with Trunk (offline), one per wasm bundle, merged into one
//! folder; then every page prerendered.

use crate::process;
use crate::report_file;
use crate::stylesheets;
use crate::tools::{self, ToolEnv};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use yitu::view::Bundle;

/// What to build: which report file (the default is `assets/report.toml`) into which folder.
#[derive(Default)]
pub struct Options {
    pub report: Option<PathBuf>,
    pub out: Option<PathBuf>,
    /// Builds only the report's wasm, without plotters, and skips prerendering: only for measuring
    /// plotters' bytes.
    pub without_plotters: bool,
}

/// Builds and returns the output folder (`dist/` unless told otherwise).
pub fn run(options: &Options) -> Result<PathBuf, String> {
    let env = tools::ensure_build_tools()?;
    build(&env, options)
}

/// Builds with tools already ensured. The wasm is the same for every report file: each page
/// carries its report (`yitu::data::PageData`), prerendered from the same data.
pub fn build(env: &ToolEnv, options: &Options) -> Result<PathBuf, String> {
    let root = tools::root();
    let out = options.out.clone().unwrap_or_else(|| root.join("dist"));
    let report = match &options.report {
        Some(path) => report_file::load(&absolute(path))?,
        None => report_file::load(&root.join("assets").join("report.toml"))?,
    };
    process::run(env.command("cargo").args(["fetch", "--locked"]).current_dir(&root))?;
    let staging = staging_of(&out);
    let bundles: &[Bundle] = if options.without_plotters {
        &[Bundle::Report]
    } else {
        &Bundle::ALL
    };
    let mut templates = BTreeMap::new();
    for &bundle in bundles {
        let dir = staging.join(bundle.name());
        let template = template_for(&root, &staging, bundle)?;
        let mut trunk = env.command("trunk");
        trunk
            .args(["build", "--release", "--offline", "--dist"])
            .arg(&dir)
            .arg(&template)
            .current_dir(&root);
        if options.without_plotters {
            trunk.arg("--no-default-features");
        }
        trunk.env("RUSTFLAGS", short_panic_paths(&root));
        process::run(&mut trunk)?;
        let built = dir.join("index.html");
        let html = std::fs::read_to_string(&built).map_err(|e| format!("{}: {e}", built.display()))?;
        let html = stylesheets::minify_bundle(&dir, &html)?;
        let html = crate::glue::minify_bundle(env, &dir, &html)?;
        templates.insert(
            bundle.name().to_owned(),
            crate::glue::minify_inline_scripts(env, &html)?,
        );
    }
    let build = yitu::site::Build {
        templates,
        files: code_files(&staging, bundles)?,
    };
    // Kept for the browser tests, which render the site from the same build (`tests/site.rs`).
    for (name, template) in &build.templates {
        write_file(
            &staging.join("templates").join(format!("{name}.html")),
            template.as_bytes(),
        )?;
    }
    fresh_folder(&out)?;
    if options.without_plotters {
        // Only the report's code, for measuring its bytes.
        for (name, bytes) in &build.files.0 {
            write_file(&out.join(name), bytes)?;
        }
    } else {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| e.to_string())?;
        let model = yitu::model::Model::new(std::rc::Rc::new(report.clone()));
        let page_data = yitu::data::PageData::for_report(report);
        for file in runtime.block_on(yitu::site::render(page_data, &build))? {
            write_file(&out.join(&file.path), &file.bytes)?;
            if file.path.ends_with(".html") {
                println!("rendered {}", file.path);
            }
        }
        print_deck(env, &out)?;
        draw_share_cards(env, &model, &staging, &out)?;
        let editor = editor_page(env, &root, &staging, &build)?;
        write_file(&out.join(EDITOR_PAGE), editor.as_bytes())?;
        println!("rendered {EDITOR_PAGE}");
    }
    println!("dist: {}", out.display());
    Ok(out)
}

/// The office's editor's file in `dist/`, beside the site and not part of it.
pub const EDITOR_PAGE: &str = "editor.html";

/// The office's editor (`editor.html`): its own bundle, built with the publisher's tools
/// (`assets/editor/index.html` names the `publish` feature), as one file carrying the site's build.
fn editor_page(env: &ToolEnv, root: &Path, staging: &Path, build: &yitu::site::Build) -> Result<String, String> {
    let dir = staging.join("editor");
    let template = root.join("assets").join("editor").join("index.html");
    let mut trunk = env.command("trunk");
    trunk
        .args(["build", "--release", "--offline", "--dist"])
        .arg(&dir)
        .arg(&template)
        .current_dir(root);
    trunk.env("RUSTFLAGS", short_panic_paths(root));
    process::run(&mut trunk)?;
    let built = dir.join("index.html");
    let html = std::fs::read_to_string(&built).map_err(|e| format!("{}: {e}", built.display()))?;
    yitu::site::editor_page(&html, &files_in(&dir)?, build)
}

/// `present.pdf`: the deck printed by headless Chromium from the single-file deck (its print
/// stylesheet puts one slide on each 16:9 page), for organisers who ask for a PDF copy.
fn print_deck(env: &ToolEnv, out: &Path) -> Result<(), String> {
    tools::ensure_print_tools()?;
    let script = tools::e2e_dir().join("print-deck.mjs");
    process::run(env.command("node").arg(&script).arg(out).arg(out.join("present.pdf")))
}

/// Whether the site's file at `relative` is drawn by a browser after `site::render` (which is pure
/// and draws nothing): `present.pdf` and the share cards. The editor draws the cards with the
/// reader's browser; `dist` with the tests' Chromium.
pub fn drawn_by_browser(relative: &str) -> bool {
    relative == "present.pdf"
        || yitu::charts::CardShape::ALL
            .iter()
            .any(|shape| shape.file_name() == relative)
}

/// The share cards (`charts::share_card`, wide and square) as PNGs at the site's root, drawn by
/// headless Chromium from their SVGs, written under `staging` first.
fn draw_share_cards(env: &ToolEnv, model: &yitu::model::Model, staging: &Path, out: &Path) -> Result<(), String> {
    let folder = staging.join("share-cards");
    fresh_folder(&folder)?;
    for shape in yitu::charts::CardShape::ALL {
        let svg = yitu::charts::share_card(model, shape).svg;
        write_file(&folder.join(shape.file_name().replace(".png", ".svg")), svg.as_bytes())?;
    }
    let script = tools::e2e_dir().join("share-card.mjs");
    process::run(env.command("node").arg(&script).arg(&folder).arg(out))
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// The nginx configuration for the site built in `dist`, published under `prefix` from
/// `root` + `prefix`, with the embeds' framing from the data file's `[site]`: the policy allows
/// every page's inline scripts, read from the folder's HTML files (`site::render` writes the same
/// for the site it renders).
pub fn nginx_config(dist: &Path, prefix: &str, root: &str, site: &yitu::data::schema::Site) -> Result<String, String> {
    let pages = files_under(dist)?
        .iter()
        .filter(|path| path.extension().is_some_and(|e| e == "html"))
        // The office's editor is not part of the site (nor served by it).
        .filter(|path| !path.ends_with(EDITOR_PAGE))
        .map(|page| std::fs::read_to_string(page).map_err(|e| format!("{}: {e}", page.display())))
        .collect::<Result<Vec<_>, _>>()?;
    yitu::site::nginx::config(&yitu::site::nginx::Site {
        prefix,
        root,
        policy: yitu::site::nginx::site_policy(pages.iter().map(String::as_str)),
        embed_ancestors: site
            .embed_frame_ancestors
            .as_ref()
            .map(|list| list.iter().map(ToString::to_string).collect()),
    })
}

/// Every file under `folder`, its subfolders' too, sorted.
pub fn files_under(folder: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            found.extend(files_under(&path)?);
        } else {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// The failure notice's words in `index.html` (the report's page), replaced on the other pages.
const REPORT_NOTICE: &str = "页面的互动功能暂时无法使用，报告全文仍可阅读，点击各部分标题即可展开；也可刷新页面重试。";

/// The Trunk template of a bundle: the repository's `index.html` for the report; for the others,
/// a copy in the staging folder that names their binary and reaches the assets from there.
fn template_for(root: &Path, staging: &Path, bundle: Bundle) -> Result<PathBuf, String> {
    let index = root.join("index.html");
    if bundle == Bundle::Report {
        return Ok(index);
    }
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let rust_link = format!("<link data-trunk rel=\"rust\" data-bin=\"{}\"", Bundle::Report.bin());
    if !html.contains(&rust_link) {
        return Err(format!("index.html has no `{rust_link}`"));
    }
    // The deck has its own stylesheet instead of 长辈模式's (its type follows the screen).
    let html = match bundle {
        Bundle::Present => html.replace("assets/styles/reading.css", "assets/styles/present.css"),
        // The share page adds its own styles after the others.
        Bundle::Share => html.replace(
            "href=\"assets/styles/reading.css\">",
            "href=\"assets/styles/reading.css\"><link data-trunk rel=\"css\" href=\"assets/styles/share.css\">",
        ),
        _ => html,
    };
    if bundle == Bundle::Share && !html.contains("share.css") {
        return Err("index.html's reading.css link changed: the share page's styles could not be added".to_owned());
    }
    // The failure notice in the page's own terms (the report's speaks of its sections).
    let notice = match bundle {
        Bundle::Present => "演示的互动功能暂时无法使用，可滚动或用翻页键逐页浏览；也可刷新页面重试。",
        Bundle::Embed => "互动功能暂时无法使用，以下内容仍可阅读；也可刷新页面重试。",
        Bundle::Share => "页面的互动功能暂时无法使用，分享的内容仍可阅读；也可刷新页面重试。",
        Bundle::Report => REPORT_NOTICE,
    };
    if !html.contains(REPORT_NOTICE) {
        return Err(format!("index.html's notice is no longer “{REPORT_NOTICE}”"));
    }
    let html = html.replace(REPORT_NOTICE, notice);
    // staging/<folder>/ is three levels below the root: target/bundles/<out>/.
    let html = html
        .replace(
            &rust_link,
            &format!(
                "<link data-trunk rel=\"rust\" href=\"../../../Cargo.toml\" data-bin=\"{}\"",
                bundle.bin()
            ),
        )
        .replace("href=\"assets/", "href=\"../../../assets/");
    std::fs::create_dir_all(staging).map_err(|e| format!("{}: {e}", staging.display()))?;
    let path = staging.join(format!("{}.html", bundle.name()));
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// Where the bundles for the output folder `out` are built (and their templates kept).
pub fn staging_of(out: &Path) -> PathBuf {
    let folder_name = out
        .file_name()
        .map_or("dist".into(), |n| n.to_string_lossy().into_owned());
    tools::root().join("target").join("bundles").join(folder_name)
}

/// Every bundle's files but its `index.html` (the template), by name: the build's code files.
pub fn code_files(staging: &Path, bundles: &[Bundle]) -> Result<yitu::site::CodeFiles, String> {
    let mut files = BTreeMap::new();
    for bundle in bundles {
        files.extend(files_in(&staging.join(bundle.name()))?.0);
    }
    Ok(yitu::site::CodeFiles(files))
}

/// The files a Trunk build wrote beside its page (its `index.html`), by name.
fn files_in(dir: &Path) -> Result<yitu::site::CodeFiles, String> {
    let fail = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).map_err(|e| fail(dir, e))?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == "index.html" || !entry.path().is_file() {
            continue;
        }
        files.insert(name, std::fs::read(entry.path()).map_err(|e| fail(&entry.path(), e))?);
    }
    Ok(yitu::site::CodeFiles(files))
}

/// `out` emptied (or made).
fn fresh_folder(out: &Path) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("{}: {e}", out.display());
    if out.exists() {
        std::fs::remove_dir_all(out).map_err(fail)?;
    }
    std::fs::create_dir_all(out).map_err(fail)
}

/// Rust flags that shorten the source paths panic messages carry (crates.io sources to `/c`, this
/// repository to `/y`): 1.8 KiB less brotli-compressed wasm, nothing else changes.
fn short_panic_paths(root: &Path) -> String {
    let sources = tools::cargo_home().join("registry").join("src");
    let registries = std::fs::read_dir(&sources)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path());
    registries
        .map(|path| format!("--remap-path-prefix={}=/c", path.display()))
        .chain(std::iter::once(format!("--remap-path-prefix={}=/y", root.display())))
        .collect::<Vec<_>>()
        .join(" ")
}

fn absolute(path: &Path) -> PathBuf {
    std::env::current_dir()
        .map(|cwd| cwd.join(path))
        .unwrap_or_else(|_| path.to_path_buf())
}
