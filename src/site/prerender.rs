//! Renders every page of the URL contract: each bundle's Trunk output is the template of its pages,
//! Yew's server-side renderer fills the root with the same component the bundle hydrates, and
//! `data-view` (and `data-block`) name the page.

use super::{html, CodeFiles};
use crate::charts::CardShape;
use crate::components::{
    page_parts, section_parts, PartKind, PrerenderedParts, ReportPart, ReportPartProps, SlideSource,
};
use crate::data::{PageData, DATA_ELEMENT_ID};
use crate::model::{escape, Model};
use crate::pages::{
    EmbedPage, EmbedPageProps, NotFoundPage, NotFoundPageProps, PresentPage, PresentPageProps, ReportPage,
    ReportPageProps, SharePage, SharePageProps,
};
use crate::view::{View, BLOCK_ATTRIBUTE, ROOT_ID, VIEW_ATTRIBUTE};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::{AttrValue, LocalServerRenderer as Ssr};

/// The root of a view's page as the server renders it: the component its bundle mounts in the
/// browser (and, for the report, the parts it starts afterwards, carried where they stand).
pub async fn render_view(view: &View, model: Model) -> String {
    match view {
        View::Report => {
            // The parts first, each on its own (the browser starts each as an app of its own):
            // each section's content, then the body carrying them, the top bar and the overview;
            // the page carries the top bar, the overview and the body.
            let mut sections = Vec::new();
            for part in section_parts(&model) {
                if let PartKind::Section(section) = &part.kind {
                    let id = section.section.clone();
                    sections.push((id, render_part(part).await));
                }
            }
            let [top_bar, overview, body] = page_parts(&model, PrerenderedParts(sections.into()));
            Ssr::<ReportPage>::with_props(ReportPageProps {
                model,
                top_bar: render_part(top_bar).await,
                overview: render_part(overview).await,
                body: render_part(body).await,
            })
            .render()
            .await
        }
        View::NotFound => {
            Ssr::<NotFoundPage>::with_props(NotFoundPageProps { model })
                .render()
                .await
        }
        View::Embed(block) => {
            Ssr::<EmbedPage>::with_props(EmbedPageProps {
                model,
                block: block.clone(),
            })
            .render()
            .await
        }
        View::Share => Ssr::<SharePage>::with_props(SharePageProps { model }).render().await,
        View::Present | View::Speaker => {
            let speaker = *view == View::Speaker;
            Ssr::<PresentPage>::with_props(PresentPageProps::new(model, speaker, SlideSource::Built))
                .render()
                .await
        }
    }
}

/// A part of the report page as the server renders it on its own.
async fn render_part(part: ReportPartProps) -> AttrValue {
    AttrValue::from(Ssr::<ReportPart>::with_props(part).render().await)
}

/// A page of the site, rendered into its template: `html` is its text before the steps `dist`
/// applies to every page (the deck's offline files, the wasm's integrity, the policy).
pub struct Page {
    pub view: View,
    pub html: String,
}

/// Renders each view of the report into its bundle's template (by bundle name), each page that runs
/// the app with the data it starts from (`with_data`); the 404 page gets no script and inlined
/// styles, embed pages their early sizing script. Returns the model it rendered them from, too.
pub async fn render_pages(
    files: &CodeFiles,
    page_data: PageData,
    templates: &BTreeMap<String, String>,
) -> Result<(Model, Vec<Page>), String> {
    let data_block = page_data.encode();
    let model = Model::new(Rc::new(page_data.install()));
    let report = model.report();
    let mut pages = Vec::new();
    for view in View::all(&model) {
        let template = templates
            .get(view.bundle().name())
            .ok_or_else(|| format!("no template for the {} bundle", view.bundle().name()))?;
        let body = render_view(&view, model.clone()).await;
        let title = page_title(&view, &model);
        let head = head_tags(&view, &title, &report.review.intro, report.site.public_url.as_deref());
        let mut html = fill(template, &view, &body, &head)?;
        if view.loads_app() {
            html = with_data(&html, &data_block)?;
        } else {
            html = standalone(&html, files)?;
        }
        let mut html = relocate(&html, view.depth());
        if let View::Embed(_) = view {
            html = with_early_sizing(&html)?;
        }
        pages.push(Page { view, html });
    }
    Ok((model, pages))
}

/// A page's `<title>`: the report's title, after what the page shows.
fn page_title(view: &View, model: &Model) -> String {
    let report = model.report();
    match view {
        View::Report => report.meta.title.to_string(),
        View::NotFound => format!("没有找到这个页面 - {}", report.meta.title),
        View::Present => format!("演示 - {}", report.meta.title),
        View::Speaker => format!("演讲者视图 - {}", report.meta.title),
        View::Share => format!("分享 - {}", report.meta.title),
        View::Embed(id) => match model.block(id) {
            Some(block) => format!("{} - {}", block.title, report.meta.title),
            None => report.meta.title.to_string(),
        },
    }
}

/// A page's title, description and the tags a link's preview is made from: Open Graph's (which
/// Weibo also reads), QQ's `itemprop` name and description (on the Open Graph tags), and, only with
/// the configured public URL, the absolute addresses: `og:url` and the canonical link, the share
/// cards (`og:image` the wide one with its size, QQ's `itemprop="image"` the square) and Weibo's
/// `weibo:webpage:*`. Without a public URL they are left out rather than guessed (a crawler cannot
/// use a relative address), and the 404 page, which has no address of its own, never has them.
pub fn head_tags(view: &View, title: &str, description: &str, public_url: Option<&str>) -> String {
    let (title, description) = (escape(title), escape(description));
    let mut head = format!(
        "<title>{title}</title><meta name=\"description\" content=\"{description}\">\
         <meta property=\"og:type\" content=\"article\"><meta property=\"og:locale\" content=\"zh_CN\">\
         <meta property=\"og:title\" itemprop=\"name\" content=\"{title}\">\
         <meta property=\"og:description\" itemprop=\"description\" content=\"{description}\">"
    );
    if let Some(base) = public_url.filter(|_| *view != View::NotFound) {
        let folder = view.output_path().trim_end_matches("index.html").to_owned();
        let url = escape(&format!("{base}{folder}"));
        let card = |shape: CardShape| escape(&format!("{base}{}", shape.file_name()));
        let (wide, square) = (card(CardShape::Wide), card(CardShape::Square));
        let (width, height) = CardShape::Wide.size();
        head.push_str(&format!(
            "<meta property=\"og:url\" content=\"{url}\"><link rel=\"canonical\" href=\"{url}\">\
             <meta property=\"og:image\" content=\"{wide}\"><meta property=\"og:image:width\" content=\"{width}\">\
             <meta property=\"og:image:height\" content=\"{height}\"><meta property=\"og:image:alt\" content=\"{title}\">\
             <meta itemprop=\"image\" content=\"{square}\"><meta name=\"weibo:type\" content=\"webpage\">\
             <meta name=\"weibo:webpage:title\" content=\"{title}\"><meta name=\"weibo:webpage:description\" content=\"{description}\">\
             <meta name=\"weibo:webpage:image\" content=\"{square}\"><meta name=\"weibo:webpage:url\" content=\"{url}\">"
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

/// A page with its data block (`data::PageData`'s compact text, which has no `<`) at the end of its
/// body: read by the wasm as it starts, after the text the reader sees first.
fn with_data(page: &str, data_block: &str) -> Result<String, String> {
    let end = page.rfind("</body>").ok_or("the page has no </body>")?;
    Ok(format!(
        "{}<script type=\"application/json\" id=\"{DATA_ELEMENT_ID}\">{data_block}</script>{}",
        &page[..end],
        &page[end..]
    ))
}

/// An embed page with `assets/embed-early.js` inlined at the end of its head: the block's height
/// goes to the host page before the wasm arrives.
fn with_early_sizing(page: &str) -> Result<String, String> {
    let script = include_str!("../../assets/embed-early.js");
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

/// The page of `view` as a reader with JavaScript sees it before the app starts, for the office's
/// preview: the same components rendered into the same template as `render_pages`, with no script
/// (the preview shows, it does not run; the page is marked as its early script marks it, and its
/// `<noscript>` notice left out) and the styles inlined, so it needs no other file.
pub async fn preview(
    model: &Model,
    view: &View,
    templates: &BTreeMap<String, String>,
    files: &CodeFiles,
) -> Result<String, String> {
    let template = templates
        .get(view.bundle().name())
        .ok_or_else(|| format!("no template for the {} bundle", view.bundle().name()))?;
    let body = render_view(view, model.clone()).await;
    let report = model.report();
    let head = head_tags(
        view,
        &page_title(view, model),
        &report.review.intro,
        report.site.public_url.as_deref(),
    );
    let page = standalone(&fill(template, view, &body, &head)?, files)?;
    Ok(without_noscript(&page.replacen("<html ", "<html data-js=\"\" ", 1)))
}

/// `page` without its `<noscript>` elements.
fn without_noscript(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find("<noscript>") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("</noscript>")
            .map_or("", |end| &rest[start + end + "</noscript>".len()..]);
    }
    out.push_str(rest);
    out
}

/// A page that works at any depth without the app: scripts and preloads dropped, the
/// stylesheet inlined and the favicon embedded, so no relative URL is left to break (the images
/// loaded only to print, 码上看报告's codes, are files of the site: dropped too).
fn standalone(page: &str, files: &CodeFiles) -> Result<String, String> {
    html::rewrite_tags(page, |tag, _script| {
        Ok(if tag.starts_with("<script") {
            html::TagEdit::ReplaceScript(String::new())
        } else if tag.starts_with("<img") && tag.contains("loading=\"lazy\"") {
            html::TagEdit::Replace(String::new())
        } else if tag.starts_with("<link") {
            html::TagEdit::Replace(html::inline_link(tag, files)?)
        } else {
            html::TagEdit::Keep
        })
    })
}
