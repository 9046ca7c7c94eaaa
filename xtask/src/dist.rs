//! `cargo xtask dist`: release builds with Trunk (offline), one per wasm bundle, merged into one
//! folder; then every page prerendered.

use crate::prerender;
use crate::process;
use crate::report_file;
use crate::stylesheets;
use crate::tools::{self, ToolEnv};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use yitu::data::loader;
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
    let folder_name = out
        .file_name()
        .map_or("dist".into(), |n| n.to_string_lossy().into_owned());
    let staging = root.join("target").join("bundles").join(folder_name);
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
        templates.insert(bundle.name(), crate::glue::minify_inline_scripts(env, &html)?);
    }
    merge(&staging, bundles, &out)?;
    let integrity = write_loader(&out, report.site.public_url.as_deref())?;
    let page_data = yitu::data::PageData::for_report(report);
    // The pages' snippet names the loader just written (same code, same inputs).
    if *page_data.loader.integrity != integrity {
        return Err(format!("the loader's integrity {integrity} differs from the snippet's"));
    }
    if !options.without_plotters {
        let site = page_data.report.site.clone();
        let mut pages = prerender::render_pages(&out, page_data, &templates)?;
        for page in &mut pages {
            if page.view != yitu::view::View::Report {
                page.html = crate::html::drop_report_only(&page.html)?;
            }
        }
        write_offline_deck(&out, &mut pages)?;
        for page in pages {
            write_page(&out, page)?;
        }
        let prefix = crate::nginx::prefix_of(site.public_url.as_deref());
        write_file(
            &out.join("nginx.conf"),
            &nginx_config(&out, &prefix, NGINX_ROOT, &site)?,
        )?;
        print_deck(env, &out)?;
    }
    println!("dist: {}", out.display());
    Ok(out)
}

/// The deck offline: its pages (the deck and its speaker view, among `pages`, which every page but
/// the report has already left its report-only scripts) get their offline version, the worker is
/// written, and the deck as one file.
fn write_offline_deck(out: &Path, pages: &mut [prerender::Page]) -> Result<(), String> {
    let find = |view| {
        pages
            .iter()
            .position(|p| p.view == view)
            .ok_or(format!("no {view:?} page"))
    };
    let (deck, speaker) = (find(yitu::view::View::Present)?, find(yitu::view::View::Speaker)?);
    let offline = crate::offline::offline_files(&pages[deck].html, &pages[speaker].html)?;
    write_file(&out.join("present").join("sw.js"), &offline.service_worker)?;
    let single = crate::csp::apply(&crate::offline::single_file(out, &offline.deck_page)?)?;
    write_file(&out.join("present-offline.html"), &single)?;
    pages[deck].html = offline.deck_page;
    pages[speaker].html = offline.speaker_page;
    Ok(())
}

/// The steps after rendering and the deck's offline version, for one page: every page's loader
/// fetches the wasm with its integrity, the report's only once the reader acts
/// (`html::wait_for_reader`) and with its stylesheets inline (`html::inline_stylesheets`: its
/// first paint waits for no other file); every page gets its policy for its own inline scripts;
/// then it is written to its place.
fn write_page(out: &Path, page: prerender::Page) -> Result<(), String> {
    let mut html = crate::html::pin_wasm(&page.html)?;
    if page.view == yitu::view::View::Report {
        html = crate::html::wait_for_reader(&html)?;
        html = crate::html::inline_stylesheets(&html, out)?;
    }
    let html = crate::csp::apply(&html)?;
    write_file(&out.join(page.view.output_path()), &html)?;
    println!("prerendered {} ({:?})", page.view.output_path(), page.view);
    Ok(())
}

/// `present.pdf`: the deck printed by headless Chromium from the single-file deck (its print
/// stylesheet puts one slide on each 16:9 page), for organisers who ask for a PDF copy.
fn print_deck(env: &ToolEnv, out: &Path) -> Result<(), String> {
    tools::ensure_print_tools()?;
    let script = tools::e2e_dir().join("print-deck.mjs");
    process::run(env.command("node").arg(&script).arg(out).arg(out.join("present.pdf")))
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Where `dist/nginx.conf` expects the site's files (Debian's web root; edit `root` if yours differs).
pub const NGINX_ROOT: &str = "/var/www/html";

/// The nginx configuration for the site built in `dist`, published under `prefix` from
/// `root` + `prefix`, with the embeds' framing from the data file's `[site]`.
pub fn nginx_config(dist: &Path, prefix: &str, root: &str, site: &yitu::data::schema::Site) -> Result<String, String> {
    crate::nginx::config(&crate::nginx::Site {
        prefix,
        root,
        policy: crate::nginx::site_policy(dist)?,
        embed_ancestors: site
            .embed_frame_ancestors
            .as_ref()
            .map(|list| list.iter().map(ToString::to_string).collect()),
    })
}

/// The embed loader with the report's public address written in: `embed.js` (for snippets already
/// published) and the same bytes as `embed-<hash>.js`, which the 嵌入 dialog's snippet pins by its
/// integrity (the pages carry both names in their data, from the same `yitu::data::loader`).
fn write_loader(out: &Path, public_url: Option<&str>) -> Result<String, String> {
    let script = loader::loader(loader::TEMPLATE, public_url);
    for name in ["embed.js".to_owned(), loader::file_name(script.as_bytes())] {
        write_file(&out.join(name), &script)?;
    }
    Ok(loader::integrity(script.as_bytes()))
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

/// Copies every bundle's files (not its `index.html`, the template) into a fresh `out`.
fn merge(staging: &Path, bundles: &[Bundle], out: &Path) -> Result<(), String> {
    let fail = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    if out.exists() {
        std::fs::remove_dir_all(out).map_err(|e| fail(out, e))?;
    }
    std::fs::create_dir_all(out).map_err(|e| fail(out, e))?;
    for bundle in bundles {
        let dir = staging.join(bundle.name());
        for entry in std::fs::read_dir(&dir).map_err(|e| fail(&dir, e))?.flatten() {
            let name = entry.file_name();
            if name.to_string_lossy() == "index.html" {
                continue; // the template; prerendering writes the pages
            }
            std::fs::copy(entry.path(), out.join(&name)).map_err(|e| fail(&entry.path(), e))?;
        }
    }
    Ok(())
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
