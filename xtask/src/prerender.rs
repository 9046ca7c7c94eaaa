//! Writes every page of the URL contract into `dist/`: each bundle's Trunk output is the template
//! of its pages, Yew's server-side renderer fills the root with the same component the bundle
//! hydrates, and `data-view` (and `data-block`) name the page.

use std::collections::BTreeMap;
use std::path::Path;
use std::rc::Rc;
use yew::LocalServerRenderer as Ssr;
use yitu::data::Report;
use yitu::model::{embed_block, escape};
use yitu::pages::{
    EmbedPage, EmbedPageProps, NotFoundPage, NotFoundPageProps, PresentPage, PresentPageProps, ReportPage,
    ReportPageProps, SharePage, SharePageProps,
};
use yitu::view::{View, BLOCK_ATTRIBUTE, ROOT_ID, VIEW_ATTRIBUTE};

/// The root component of a view's page, rendered: the one its bundle mounts in the browser.
async fn render(view: &View, report: Rc<Report>) -> String {
    match view {
        View::Report => Ssr::<ReportPage>::with_props(ReportPageProps { report }).render().await,
        View::NotFound => {
            Ssr::<NotFoundPage>::with_props(NotFoundPageProps { report })
                .render()
                .await
        }
        View::Embed(block) => {
            Ssr::<EmbedPage>::with_props(EmbedPageProps {
                report,
                block: block.clone(),
            })
            .render()
            .await
        }
        View::Share => Ssr::<SharePage>::with_props(SharePageProps { report }).render().await,
        View::Present | View::Speaker => {
            let speaker = *view == View::Speaker;
            Ssr::<PresentPage>::with_props(PresentPageProps { report, speaker })
                .render()
                .await
        }
    }
}

/// Renders each view of `report` into its bundle's template (by bundle name) and writes its file;
/// the 404 page gets no script and inlined styles.
pub fn write_pages(dist: &Path, report: Report, templates: &BTreeMap<&str, String>) -> Result<(), String> {
    let report = Rc::new(report);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| e.to_string())?;
    for view in View::all(&report) {
        let template = templates
            .get(view.bundle().name())
            .ok_or_else(|| format!("no template for the {} bundle", view.bundle().name()))?;
        let body = runtime.block_on(render(&view, report.clone()));
        let title = match &view {
            View::Report => report.meta.title.to_string(),
            View::NotFound => format!("没有找到这个页面 - {}", report.meta.title),
            View::Present => format!("演示 - {}", report.meta.title),
            View::Speaker => format!("演讲者视图 - {}", report.meta.title),
            View::Share => format!("分享 - {}", report.meta.title),
            View::Embed(id) => match embed_block(&report, id) {
                Some(block) => format!("{} - {}", block.title, report.meta.title),
                None => report.meta.title.to_string(),
            },
        };
        let head = head_tags(&view, &title, &report.review.intro, report.site.public_url.as_deref());
        let mut page = fill(template, &view, &body, &head)?;
        if !view.loads_app() {
            page = standalone(&page, dist)?;
        }
        let mut page = relocate(&page, view.depth());
        if let View::Embed(_) = view {
            page = with_early_sizing(&page)?;
        }
        if view == View::Present {
            page = crate::offline::with_service_worker(dist, &page)?;
            let single = crate::csp::apply(&crate::offline::single_file(dist, &page)?)?;
            let path = dist.join("present-offline.html");
            std::fs::write(&path, single).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        let page = crate::csp::apply(&pin_wasm(&page)?)?;
        let out = dist.join(view.output_path());
        if let Some(folder) = out.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        std::fs::write(&out, page).map_err(|e| format!("{}: {e}", out.display()))?;
        println!("prerendered {} ({view:?})", view.output_path());
    }
    Ok(())
}

/// A page's title, description and Open Graph tags (the report's own title and words). Absolute
/// addresses (`og:url`, the canonical link) only from the configured public URL, and not for the 404
/// page, which has no address of its own: without one they are left out rather than guessed.
pub fn head_tags(view: &View, title: &str, description: &str, public_url: Option<&str>) -> String {
    let (title, description) = (escape(title), escape(description));
    let mut head = format!(
        "<title>{title}</title><meta name=\"description\" content=\"{description}\">\
         <meta property=\"og:type\" content=\"article\"><meta property=\"og:locale\" content=\"zh_CN\">\
         <meta property=\"og:title\" content=\"{title}\"><meta property=\"og:description\" content=\"{description}\">"
    );
    if let Some(base) = public_url.filter(|_| *view != View::NotFound) {
        let folder = view.output_path().trim_end_matches("index.html").to_owned();
        let url = escape(&format!("{base}{folder}"));
        head.push_str(&format!(
            "<meta property=\"og:url\" content=\"{url}\"><link rel=\"canonical\" href=\"{url}\">"
        ));
    }
    head
}

/// The template with the root filled, the view named, and `head` (see `head_tags`) in place of its
/// `<title>`.
pub fn fill(template: &str, view: &View, body: &str, head: &str) -> Result<String, String> {
    let empty_root = format!("<div id=\"{ROOT_ID}\"></div>");
    if !template.contains(&empty_root) {
        return Err(format!("template has no empty `{empty_root}`"));
    }
    let block = view
        .block()
        .map(|id| format!(" {BLOCK_ATTRIBUTE}=\"{}\"", escape(id)))
        .unwrap_or_default();
    let root = format!(
        "<div id=\"{ROOT_ID}\" {VIEW_ATTRIBUTE}=\"{}\"{block}>{body}</div>",
        view.as_attribute()
    );
    let title_start = template.find("<title>").ok_or("template has no <title>")?;
    let title_end = template[title_start..]
        .find("</title>")
        .map(|at| title_start + at + "</title>".len())
        .ok_or("template has no </title>")?;
    let page = format!("{}{head}{}", &template[..title_start], &template[title_end..]);
    Ok(page.replacen(&empty_root, &root, 1))
}

/// An embed page with `assets/embed-early.js` inlined at the end of its head: the block's height
/// goes to the host page before the wasm arrives.
fn with_early_sizing(page: &str) -> Result<String, String> {
    let path = crate::tools::root().join("assets").join("embed-early.js");
    let script = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let at = page.find("</head>").ok_or("page has no </head>")?;
    Ok(format!("{}<script>\n{script}</script>\n{}", &page[..at], &page[at..]))
}

/// The page's head, with Trunk's relative URLs (`./file`) made to climb `depth` folders: links,
/// preloads and the loader script's imports. The body is left as it is (its links are the page's own).
pub fn relocate(page: &str, depth: usize) -> String {
    if depth == 0 {
        return page.to_owned();
    }
    let up = "../".repeat(depth);
    let split = page.find("<body").unwrap_or(page.len());
    let (head, body) = page.split_at(split);
    let head = ["href=\"./", "src=\"./", "from './", "module_or_path: './"]
        .iter()
        .fold(head.to_owned(), |head, prefix| {
            head.replace(prefix, &prefix.replace("./", &up))
        });
    head + body
}

/// A page that works at any depth without the app: scripts and preloads dropped, the
/// stylesheet inlined and the favicon embedded, so no relative URL is left to break.
fn standalone(page: &str, dist: &Path) -> Result<String, String> {
    rewrite_tags(page, |tag, _script| {
        Ok(if tag.starts_with("<script") {
            TagEdit::ReplaceScript(String::new())
        } else if tag.starts_with("<link") {
            TagEdit::Replace(inline_link(tag, dist)?)
        } else {
            TagEdit::Keep
        })
    })
}

/// What `rewrite_tags` does with one tag.
pub enum TagEdit {
    Keep,
    /// The tag becomes this text.
    Replace(String),
    /// The tag and everything up to its `</script>` become this text.
    ReplaceScript(String),
}

/// `page` rewritten tag by tag: `edit` sees each tag, and the element's text up to its
/// `</script>` (for a script, its whole element), and says what becomes of it.
pub fn rewrite_tags(page: &str, mut edit: impl FnMut(&str, &str) -> Result<TagEdit, String>) -> Result<String, String> {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find('>').map_or(rest.len(), |at| at + 1);
        let close = rest.find("</script>").map_or(rest.len(), |at| at + "</script>".len());
        let consumed = match edit(&rest[..end], &rest[..close])? {
            TagEdit::Keep => {
                out.push_str(&rest[..end]);
                end
            }
            TagEdit::Replace(text) => {
                out.push_str(&text);
                end
            }
            TagEdit::ReplaceScript(text) => {
                out.push_str(&text);
                close
            }
        };
        rest = &rest[consumed..];
    }
    out.push_str(rest);
    Ok(out)
}

/// A `<link>` of a page that must stand alone: a stylesheet becomes a `<style>` with its text, the
/// icon a `data:` URL, and any other link (preloads) nothing. Every linked file is at the root of
/// `dist`, whatever the page's depth (`./app.css`, `../app.css`).
pub fn inline_link(tag: &str, dist: &Path) -> Result<String, String> {
    let href = attribute(tag, "href").unwrap_or_default();
    let file = dist.join(href.rsplit('/').next().unwrap_or_default());
    let read = || std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()));
    Ok(match attribute(tag, "rel").unwrap_or_default().as_str() {
        "stylesheet" => format!("<style>{}</style>", read()?),
        "icon" => format!(
            "<link rel=\"icon\" href=\"data:image/svg+xml,{}\">",
            read()?.replace('#', "%23").replace('"', "'")
        ),
        _ => String::new(),
    })
}

/// Trunk's loader fetches the wasm by its URL alone, and Chromium ignores the integrity of its
/// `as="fetch"` preload (crbug.com/981419), so a changed wasm would start. The loader is made to
/// fetch it with the preload's integrity, which `fetch` enforces. Pages without a loader are kept.
pub fn pin_wasm(page: &str) -> Result<String, String> {
    let Some(preload) = page
        .split('<')
        .find(|tag| tag.starts_with("link rel=\"preload\"") && tag.contains("type=\"application/wasm\""))
    else {
        return Ok(page.to_owned());
    };
    let tag = format!("<{preload}");
    let href = attribute(&tag, "href").ok_or("the wasm preload has no href")?;
    let integrity = attribute(&tag, "integrity").ok_or("the wasm preload has no integrity")?;
    let plain = format!("module_or_path: '{href}'");
    if page.matches(&plain).count() != 1 {
        return Err(format!("the loader does not fetch {href} once as `{plain}`"));
    }
    let pinned = format!("module_or_path: fetch('{href}', {{ integrity: '{integrity}' }})");
    Ok(page.replacen(&plain, &pinned, 1))
}

/// The value of `name="…"` in a tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_owned())
}

#[cfg(test)]
mod tests {
    use super::pin_wasm;

    const PAGE: &str = "<head><script type=\"module\">\nimport init from '../a.js';\nconst wasm = await init({ module_or_path: '../a_bg.wasm' });\n</script>\n<link rel=\"preload\" href=\"../a_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-abc\" as=\"fetch\" type=\"application/wasm\"></head>";

    #[test]
    fn the_loader_fetches_the_wasm_with_the_preloads_integrity() {
        let pinned = pin_wasm(PAGE).unwrap_or_default();
        assert!(pinned.contains("init({ module_or_path: fetch('../a_bg.wasm', { integrity: 'sha384-abc' }) })"));
        assert!(!pinned.contains("module_or_path: '../a_bg.wasm'"));
    }

    #[test]
    fn a_page_without_a_loader_is_kept_and_a_changed_loader_is_an_error() {
        assert_eq!(pin_wasm("<head></head>").as_deref(), Ok("<head></head>"));
        let changed = PAGE.replace(
            "module_or_path: '../a_bg.wasm'",
            "module_or_path: new URL('../a_bg.wasm')",
        );
        assert!(pin_wasm(&changed).is_err_and(|e| e.contains("../a_bg.wasm")));
    }
}
