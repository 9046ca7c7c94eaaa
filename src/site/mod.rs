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
pub mod zip;

use crate::data::{loader, PageData};
use crate::view::View;
use std::collections::BTreeMap;
use std::rc::Rc;

pub use csp::policy;
pub use prerender::render_view;

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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Build {
    pub templates: BTreeMap<String, String>,
    pub files: CodeFiles,
}

impl Build {
    /// The build as one text (compact JSON, no `<`), for the office's editor to carry in its page:
    /// the templates as written, the code files in base64.
    pub fn encode(&self) -> String {
        use base64::Engine;
        let engine = base64::engine::general_purpose::STANDARD;
        let templates: Pairs = self
            .templates
            .iter()
            .map(|(name, text)| (Rc::from(name.as_str()), Rc::from(text.as_str())))
            .collect();
        let files: Pairs = self
            .files
            .0
            .iter()
            .map(|(name, bytes)| (Rc::from(name.as_str()), Rc::from(engine.encode(bytes))))
            .collect();
        crate::data::compact::to_string(&(templates, files))
    }

    /// The build from [`Build::encode`]'s text.
    pub fn decode(text: &str) -> Result<Build, String> {
        use base64::Engine;
        let engine = base64::engine::general_purpose::STANDARD;
        let (templates, files): (Pairs, Pairs) = crate::data::compact::from_str(text).map_err(|e| e.to_string())?;
        let mut code = BTreeMap::new();
        for (name, bytes) in files.iter() {
            let bytes = engine.decode(bytes.as_bytes()).map_err(|e| format!("{name}: {e}"))?;
            code.insert(name.to_string(), bytes);
        }
        Ok(Build {
            templates: templates.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            files: CodeFiles(code),
        })
    }

    /// A page of `model`'s report as a reader sees it before the app starts, with no script and
    /// its styles inline: the editor's preview, in the components and template of the site.
    pub async fn preview(&self, model: &crate::model::Model, view: &View) -> Result<String, String> {
        prerender::preview(model, view, &self.templates, &self.files).await
    }

    /// The deck's page as [`Build::preview`] renders it, showing its slide `index` (from 0)
    /// instead of the first.
    pub async fn preview_slide(&self, model: &crate::model::Model, index: usize) -> Result<String, String> {
        let page = self.preview(model, &View::Present).await?;
        let mut n = 0;
        html::rewrite_tags(&page, |tag, _| {
            if !tag.starts_with("<section class=\"slide") {
                return Ok(html::TagEdit::Keep);
            }
            let shown = n == index;
            n += 1;
            let bare = tag.replacen(" hidden", "", 1);
            Ok(html::TagEdit::Replace(if shown {
                bare
            } else {
                bare.replacen("<section", "<section hidden", 1)
            }))
        })
    }
}

/// The id of the block in `editor.html` that carries the site's build (`Build::encode`).
pub const BUILD_ELEMENT_ID: &str = "yitu-build";

/// The office's editor as one file (`editor.html`), from its bundle's Trunk output (`page`, at the
/// site's root, and its code files): stylesheets and icon inlined, its wasm inlined in base64, the
/// site's `build` carried for the preview (`BUILD_ELEMENT_ID`), and its policy. It opens
/// from a disk or an intranet share with no server and no network.
pub fn editor_page(page: &str, editor_files: &CodeFiles, build: &Build) -> Result<String, String> {
    let single = offline::single_file(editor_files, &prerender::relocate(page, 1))?;
    let end = single.rfind("</body>").ok_or("the editor's page has no </body>")?;
    let page = format!(
        "{}<script type=\"application/json\" id=\"{}\">{}</script>{}",
        &single[..end],
        BUILD_ELEMENT_ID,
        build.encode(),
        &single[end..]
    );
    csp::apply(&page)
}

/// Names with their texts, in the build's encoded form.
type Pairs = Rc<[(Rc<str>, Rc<str>)]>;

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
/// `nginx.conf` (everything `cargo xtask dist` writes but what a browser draws: `present.pdf`, and
/// the share cards the page heads name).
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
    let (model, mut pages) = prerender::render_pages(&build.files, page_data, &build.templates).await?;
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
    for (path, svg) in section_codes(&model, public_url.as_deref()) {
        site.insert(path, svg.into_bytes());
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

/// 码上看报告: each section's QR code of its address on the web, by its file's path; none without
/// a public address.
fn section_codes(model: &crate::model::Model, public_url: Option<&str>) -> Vec<(String, String)> {
    let Some(base) = public_url else {
        return Vec::new();
    };
    model
        .sections()
        .iter()
        .filter_map(|section| {
            let id = &section.id;
            let svg = crate::charts::qr_svg(&format!("{base}#{id}"))?;
            Some((crate::model::section_code_file(id), svg))
        })
        .collect()
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
/// fetches the wasm with its integrity; the report's, only once the reader acts, with its glue
/// (`html::wait_for_reader`), and its stylesheets are inline (`html::inline_stylesheets`): its
/// first paint waits for no other file. Every page gets its policy for its own inline scripts.
fn finished_page(files: &CodeFiles, page: prerender::Page) -> Result<SiteFile, String> {
    let mut html = html::pin_wasm(&page.html)?;
    if page.view == View::Report {
        html = html::wait_for_reader(&html)?;
        html = html::inline_stylesheets(&html, files)?;
    }
    Ok(SiteFile::text(&page.view.output_path(), csp::apply(&html)?))
}
