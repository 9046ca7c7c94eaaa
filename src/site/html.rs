//! The HTML tag walkers every step of the site's rendering rewrites (`rewrite_tags`) or reads
//! (`tags`) pages with, and the pure page edits built on them. The pages are the build's own
//! output, so a tag is `<` up to the next `>`.

use super::CodeFiles;

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

/// The value of `name="…"` in a tag.
pub fn attribute(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_owned())
}

/// Each tag of `page`, with its element's text up to the next `</script>` (for a script, its whole
/// element), for reading: a script's body is stepped over, since a `<` inside a script is no tag.
pub fn tags(page: &str) -> impl Iterator<Item = (&str, &str)> + '_ {
    let mut rest = page;
    std::iter::from_fn(move || {
        rest = &rest[rest.find('<')?..];
        let end = rest.find('>').map_or(rest.len(), |at| at + 1);
        let close = rest.find("</script>").map_or(rest.len(), |at| at + "</script>".len());
        let (tag, element) = (&rest[..end], &rest[..close]);
        rest = &rest[if tag.starts_with("<script") { close } else { end }..];
        Some((tag, element))
    })
}

/// The text of every inline `<script>` that runs (one without `src`, and not a data block such as
/// the page's `application/json` data) in `page`.
pub fn inline_scripts(page: &str) -> Vec<String> {
    tags(page)
        .filter(|(tag, _)| tag.starts_with("<script") && attribute(tag, "src").is_none())
        .filter(|(tag, _)| attribute(tag, "type").is_none_or(|kind| kind == "module" || kind.contains("javascript")))
        .map(|(tag, element)| {
            let text = element.strip_prefix(tag).unwrap_or_default();
            text.strip_suffix("</script>").unwrap_or(text).to_owned()
        })
        .collect()
}

/// The files a page's `<link>` and `<script>` tags name one folder up (`../name`), by name.
pub fn files_above(page: &str) -> Vec<String> {
    let mut files: Vec<String> = tags(page)
        .filter(|(tag, _)| tag.starts_with("<link") || tag.starts_with("<script"))
        .filter_map(|(tag, _)| attribute(tag, "href").or_else(|| attribute(tag, "src")))
        .filter_map(|named| named.strip_prefix("../").map(str::to_owned))
        .filter(|name| name.contains('.') && !name.contains('/'))
        .collect();
    files.sort();
    files.dedup();
    files
}

/// A `<link>` of a page that must stand alone: a stylesheet becomes a `<style>` with its text, the
/// icon a `data:` URL, and any other link (preloads) nothing. Every linked file is at the root of
/// the site, whatever the page's depth (`./app.css`, `../app.css`).
pub fn inline_link(tag: &str, files: &CodeFiles) -> Result<String, String> {
    let href = attribute(tag, "href").unwrap_or_default();
    let read = || files.text(href.rsplit('/').next().unwrap_or_default());
    Ok(match attribute(tag, "rel").unwrap_or_default().as_str() {
        "stylesheet" => format!("<style>{}</style>", read()?),
        "icon" => format!(
            "<link rel=\"icon\" href=\"data:image/svg+xml,{}\">",
            read()?.replace('#', "%23").replace('"', "'")
        ),
        _ => String::new(),
    })
}

/// `page` with its stylesheets (`<link rel="stylesheet">`) inlined as `<style>`, in their place and
/// order: the report page paints its first screen from its own HTML, without waiting for a round
/// trip per stylesheet (the policy's `style-src` allows inline styles).
pub fn inline_stylesheets(page: &str, files: &CodeFiles) -> Result<String, String> {
    rewrite_tags(page, |tag, _| {
        Ok(
            if tag.starts_with("<link") && attribute(tag, "rel").as_deref() == Some("stylesheet") {
                TagEdit::Replace(inline_link(tag, files)?)
            } else {
                TagEdit::Keep
            },
        )
    })
}

/// Trunk's `<link rel="preload" … type="application/wasm">` of a page's wasm.
fn is_wasm_preload(tag: &str) -> bool {
    tag.starts_with("<link rel=\"preload\"") && tag.contains("type=\"application/wasm\"")
}

/// Trunk's loader fetches the wasm by its URL alone, and Chromium ignores the integrity of its
/// `as="fetch"` preload (crbug.com/981419), so a changed wasm would start. The loader is made to
/// fetch it with the preload's integrity, which `fetch` enforces. Pages without a loader are kept.
pub fn pin_wasm(page: &str) -> Result<String, String> {
    let Some((tag, _)) = tags(page).find(|(tag, _)| is_wasm_preload(tag)) else {
        return Ok(page.to_owned());
    };
    let href = attribute(tag, "href").ok_or("the wasm preload has no href")?;
    let integrity = attribute(tag, "integrity").ok_or("the wasm preload has no integrity")?;
    let plain = format!("module_or_path: '{href}'");
    if page.matches(&plain).count() != 1 {
        return Err(format!("the loader does not fetch {href} once as `{plain}`"));
    }
    let pinned = format!("module_or_path: fetch('{href}', {{ integrity: '{integrity}' }})");
    Ok(page.replacen(&plain, &pinned, 1))
}

/// The report's loader made to wait for the reader (`window.yituReader`, kept by the page's first
/// script: the first touch, click, key, focus, wheel, scroll or change of address), and at once for
/// a deep link (an address with a fragment opens its section). Then it fetches, side by side and
/// each with its integrity, the wasm and the JS glue (`window.yituPreload`; the page no longer
/// imports nor preloads it). A reader who only reads fetches the HTML alone (its data block, which
/// repeats the page's text, costs little there: 1.7 KiB brotli against 5.1 as a file of its own).
/// Run after `pin_wasm`: its fetches go through the page's `window.yituFetch`, which fetches again
/// at the reader's next act if the network failed.
pub fn wait_for_reader(page: &str) -> Result<String, String> {
    for defined in ["window.yituFetch", "window.yituPreload"] {
        if !page.contains(&format!("{defined} = ")) && !page.contains(&format!("{defined}=")) {
            return Err(format!(
                "the page does not define {defined} (index.html's first scripts)"
            ));
        }
    }
    let (glue_tag, _) = tags(page)
        .find(|(tag, _)| tag.starts_with("<link rel=\"modulepreload\""))
        .ok_or("the page has no module preload of its glue")?;
    let glue = attribute(glue_tag, "href").ok_or("the glue's preload has no href")?;
    let glue_integrity = attribute(glue_tag, "integrity").ok_or("the glue's preload has no integrity")?;
    let import = format!("import init, * as bindings from '{glue}';\n");
    let start = "const wasm = await init({ module_or_path: fetch('";
    if page.matches(&import).count() != 1 || page.matches(start).count() != 1 {
        return Err(format!(
            "the loader does not import {glue} and start the wasm with its integrity once (run pin_wasm first)"
        ));
    }
    let at = page.find(start).unwrap_or_default();
    let line_end = page[at..].find('\n').map_or(page.len(), |n| at + n);
    let fetch = page[at..line_end]
        .strip_prefix("const wasm = await init({ module_or_path: ")
        .and_then(|rest| rest.strip_suffix(" });"))
        .and_then(|call| call.strip_prefix("fetch("))
        .ok_or("the loader's start is not on one line")?;
    let loader = format!(
        "if (location.hash.length < 2) await window.yituReader;\n\
         const module = window.yituFetch({fetch};\n\
         const bindings = await import(await window.yituPreload('{glue}', {{ integrity: '{glue_integrity}' }}));\n\
         const init = bindings.default;\n\
         const wasm = await init({{ module_or_path: module }});"
    );
    let page = format!("{}{loader}{}", &page[..at], &page[line_end..]).replacen(&import, "", 1);
    rewrite_tags(&page, |tag, _| {
        Ok(if is_wasm_preload(tag) || tag == glue_tag {
            TagEdit::Replace(String::new())
        } else {
            TagEdit::Keep
        })
    })
}

/// `page` without the scripts only the report needs (`<script data-report-only>`: the wait for the
/// reader's first act and the fetch that retries): every other page starts its wasm at once.
pub fn drop_report_only(page: &str) -> Result<String, String> {
    rewrite_tags(page, |tag, _| {
        Ok(if tag.starts_with("<script") && tag.contains(" data-report-only") {
            TagEdit::ReplaceScript(String::new())
        } else {
            TagEdit::Keep
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walker_keeps_replaces_and_swallows_scripts_whole() {
        let page = "<p a=\"1\">x</p><script>if (a < b) {}</script><br>";
        let same = rewrite_tags(page, |_, _| Ok(TagEdit::Keep));
        assert_eq!(same.as_deref(), Ok(page));
        let edited = rewrite_tags(page, |tag, _| {
            Ok(match tag {
                "<br>" => TagEdit::Replace("<hr>".into()),
                t if t.starts_with("<script") => TagEdit::ReplaceScript("<!--s-->".into()),
                _ => TagEdit::Keep,
            })
        });
        assert_eq!(edited.as_deref(), Ok("<p a=\"1\">x</p><!--s--><hr>"));
        let failed = rewrite_tags(page, |_, _| Err("stop".to_owned()));
        assert_eq!(failed, Err("stop".to_owned()));
    }

    #[test]
    fn attributes_scripts_and_files_above_are_read_from_tags() {
        let tag = "<link rel=\"stylesheet\" href=\"../app-1.css\" integrity=\"sha384-x\">";
        assert_eq!(attribute(tag, "href").as_deref(), Some("../app-1.css"));
        assert_eq!(attribute(tag, "rel").as_deref(), Some("stylesheet"));
        assert_eq!(attribute(tag, "src"), None);
        let page = format!(
            "<head>{tag}<script src=\"../a.js\"></script><script type=\"module\">import x from '../b.js'; '<script>';</script>\
             <link rel=\"icon\" href=\"../favicon-2.svg\"></head><body><a href=\"../share/#1\">x</a><script>one()</script></body>"
        );
        assert_eq!(inline_scripts(&page), ["import x from '../b.js'; '<script>';", "one()"]);
        let with_data = format!("{page}<script type=\"application/json\" id=\"d\">[1]</script>");
        assert_eq!(
            inline_scripts(&with_data),
            inline_scripts(&page),
            "a data block runs nothing"
        );
        assert_eq!(files_above(&page), ["a.js", "app-1.css", "favicon-2.svg"]);
    }

    const PAGE: &str = "<head><script>window.yituFetch = fetch;</script><script type=\"module\">\nimport init from '../a.js';\nconst wasm = await init({ module_or_path: '../a_bg.wasm' });\n</script>\n<link rel=\"preload\" href=\"../a_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-abc\" as=\"fetch\" type=\"application/wasm\"></head>";

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

    #[test]
    fn stylesheets_are_inlined_in_place_and_nothing_else_is() {
        let files = CodeFiles([("app-1.css".to_owned(), b".a{color:red}".to_vec())].into());
        let page = "<head><link rel=\"stylesheet\" href=\"./app-1.css\" integrity=\"sha384-x\"/><link rel=\"icon\" href=\"./f.svg\"><script>a()</script></head>";
        assert_eq!(
            inline_stylesheets(page, &files).as_deref(),
            Ok("<head><style>.a{color:red}</style><link rel=\"icon\" href=\"./f.svg\"><script>a()</script></head>")
        );
        let missing = "<link rel=\"stylesheet\" href=\"./gone.css\">";
        assert!(inline_stylesheets(missing, &files).is_err_and(|e| e.contains("gone.css")));
    }

    #[test]
    fn the_other_pages_lose_the_report_only_scripts() {
        let page = "<head><script>one()</script><script data-report-only>window.yituFetch = f; if (a < b) {}</script><script type=\"module\">x()</script></head>";
        assert_eq!(
            drop_report_only(page).as_deref(),
            Ok("<head><script>one()</script><script type=\"module\">x()</script></head>")
        );
        assert_eq!(drop_report_only("<head></head>").as_deref(), Ok("<head></head>"));
    }

    /// A report page as Trunk writes it: its glue preloaded and imported, its data block at the end.
    const REPORT: &str = "<head><script>window.yituFetch = fetch; window.yituPreload = i;</script>\
        <link rel=\"modulepreload\" href=\"./a.js\" crossorigin=\"anonymous\" integrity=\"sha384-glue\">\
        <script type=\"module\">\nimport init, * as bindings from './a.js';\nconst wasm = await init({ module_or_path: './a_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script>\n\
        <link rel=\"preload\" href=\"./a_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-abc\" as=\"fetch\" type=\"application/wasm\"></head>\
        <body><p>text</p><script type=\"application/json\" id=\"yitu-data\">[1,\"a\"]</script></body>";

    #[test]
    fn the_report_fetches_its_code_once_the_reader_acts_unless_deep_linked() -> Result<(), String> {
        let waiting = wait_for_reader(&pin_wasm(REPORT)?)?;
        assert!(
            waiting.contains(
                "<script type=\"module\">\nif (location.hash.length < 2) await window.yituReader;\n\
                 const module = window.yituFetch('./a_bg.wasm', { integrity: 'sha384-abc' });\n\
                 const bindings = await import(await window.yituPreload('./a.js', { integrity: 'sha384-glue' }));\n\
                 const init = bindings.default;\n\
                 const wasm = await init({ module_or_path: module });\nwindow.wasmBindings = bindings;"
            ),
            "{waiting}"
        );
        assert!(
            waiting.contains("id=\"yitu-data\">[1,\"a\"]</script>"),
            "the data block stays in the page"
        );
        assert!(
            !waiting.contains("rel=\"preload\"")
                && !waiting.contains("modulepreload")
                && !waiting.contains("import init"),
            "{waiting}"
        );
        Ok(())
    }

    #[test]
    fn a_report_loader_not_as_expected_is_an_error() -> Result<(), String> {
        let page = pin_wasm(REPORT)?;
        assert!(wait_for_reader(REPORT).is_err_and(|e| e.contains("pin_wasm")));
        for gone in ["window.yituFetch = fetch;", "window.yituPreload = i;"] {
            let without = page.replace(gone, "");
            assert!(wait_for_reader(&without).is_err_and(|e| e.contains(gone.split(" =").next().unwrap_or(gone))));
        }
        let unpreloaded = page.replace("rel=\"modulepreload\"", "rel=\"other\"");
        assert!(wait_for_reader(&unpreloaded).is_err_and(|e| e.contains("module preload")));
        assert!(wait_for_reader("<head></head>").is_err());
        Ok(())
    }
}
