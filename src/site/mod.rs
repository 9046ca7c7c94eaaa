//! The whole site from a report: every page rendered (the same components the bundles hydrate,
//! through Yew's server-side renderer), each with its data block, its wasm pinned, its policy; the
//! deck's offline files; the embed loader; `nginx.conf`; and the code files as the build made them.
//! One function, `render`, for `cargo xtask dist` on the host and, built with the `publish` feature,
//! in the browser: pure, it reads nothing but its inputs (no file system, no clock).
//!
//! Its inputs are what does not depend on the report: the build (`Build`: each bundle's Trunk
//! template and the code files beside them), which `dist` makes once; and the report's `PageData`.

mod csp;
pub mod html;
pub mod nginx;
mod offline;
mod prerender;

use crate::data::{loader, PageData};
use crate::view::View;
use std::collections::BTreeMap;

pub use csp::policy;

/// Where `nginx.conf` expects the site's files (Debian's web root; edit `root` if yours differs).
pub const NGINX_ROOT: &str = "/var/www/html";

/// The site's code files as one build made them, by name (the wasm, the glue, the stylesheets, the
/// icon, all at the site's root).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CodeFiles(pub BTreeMap<String, Vec<u8>>);

impl CodeFiles {
    /// A file's bytes, or an error naming it.
    pub fn bytes(&self, name: &str) -> Result<&[u8], String> {
        self.0
            .get(name)
            .map(Vec::as_slice)
            .ok_or_else(|| format!("the build has no file {name}"))
    }

    /// A text file's text.
    pub fn text(&self, name: &str) -> Result<String, String> {
        Ok(String::from_utf8_lossy(self.bytes(name)?).into_owned())
    }
}

/// What `render` needs besides the report: each bundle's template (its Trunk `index.html`, by the
/// bundle's name) and the code files.
#[derive(Debug, Clone, Default)]
pub struct Build {
    pub templates: BTreeMap<String, String>,
    pub files: CodeFiles,
}

/// A file of the site: its path from the site's root (`index.html`, `embed/area-1/index.html`) and
/// its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl SiteFile {
    fn text(path: &str, text: String) -> SiteFile {
        SiteFile {
            path: path.to_owned(),
            bytes: text.into_bytes(),
        }
    }
}

/// Every file of the site for `page_data`'s report, sorted by path: the code files, the embed
/// loader (`embed.js` and its pinned copy), every page, the deck's worker and single file, and
/// `nginx.conf` (everything `cargo xtask dist` writes but `present.pdf`, which needs a browser's
/// print).
pub async fn render(page_data: PageData, build: &Build) -> Result<Vec<SiteFile>, String> {
    let mut site: BTreeMap<String, Vec<u8>> = build.files.0.clone();
    let public_url = page_data.report.site.public_url.clone();
    let script = loader::loader(loader::TEMPLATE, public_url.as_deref());
    if *page_data.loader.integrity != loader::integrity(script.as_bytes()) {
        return Err("the page data's loader is not the loader written for its report".to_owned());
    }
    for name in ["embed.js".to_owned(), loader::file_name(script.as_bytes())] {
        site.insert(name, script.clone().into_bytes());
    }
    let ancestors = page_data.report.site.embed_frame_ancestors.clone();
    let mut pages = prerender::render_pages(&build.files, page_data, &build.templates).await?;
    for page in &mut pages {
        if page.view != View::Report {
            page.html = html::drop_report_only(&page.html)?;
        }
    }
    for file in offline_deck(&build.files, &mut pages)? {
        site.insert(file.path, file.bytes);
    }
    for page in pages {
        let file = finished_page(&build.files, page)?;
        site.insert(file.path, file.bytes);
    }
    let html = site
        .iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .collect::<Vec<_>>();
    let config = nginx::config(&nginx::Site {
        prefix: &nginx::prefix_of(public_url.as_deref()),
        root: NGINX_ROOT,
        policy: nginx::site_policy(html.iter().map(String::as_str)),
        embed_ancestors: ancestors.map(|list| list.iter().map(ToString::to_string).collect()),
    })?;
    site.insert("nginx.conf".to_owned(), config.into_bytes());
    Ok(site.into_iter().map(|(path, bytes)| SiteFile { path, bytes }).collect())
}

/// The deck offline: its pages (among `pages`, which every page but the report has already left
/// its report-only scripts) get their offline version; the worker and the deck as one file.
fn offline_deck(files: &CodeFiles, pages: &mut [prerender::Page]) -> Result<[SiteFile; 2], String> {
    let find = |view| {
        pages
            .iter()
            .position(|p| p.view == view)
            .ok_or(format!("no {view:?} page"))
    };
    let (deck, speaker) = (find(View::Present)?, find(View::Speaker)?);
    let offline = offline::offline_files(&pages[deck].html, &pages[speaker].html)?;
    let single = csp::apply(&offline::single_file(files, &offline.deck_page)?)?;
    pages[deck].html = offline.deck_page;
    pages[speaker].html = offline.speaker_page;
    Ok([
        SiteFile::text("present/sw.js", offline.service_worker),
        SiteFile::text("present-offline.html", single),
    ])
}

/// The steps after rendering and the deck's offline version, for one page: every page's loader
/// fetches the wasm with its integrity, the report's only once the reader acts
/// (`html::wait_for_reader`) and with its stylesheets inline (`html::inline_stylesheets`: its
/// first paint waits for no other file); every page gets its policy for its own inline scripts.
fn finished_page(files: &CodeFiles, page: prerender::Page) -> Result<SiteFile, String> {
    let mut html = html::pin_wasm(&page.html)?;
    if page.view == View::Report {
        html = html::wait_for_reader(&html)?;
        html = html::inline_stylesheets(&html, files)?;
    }
    Ok(SiteFile::text(&page.view.output_path(), csp::apply(&html)?))
}
