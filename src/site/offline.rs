//! The deck offline: a service worker for `present/` (network first, the cache when the network
//! is gone; a new deployment's worker replaces the old one and its cache), and one self-contained
//! file (`present-offline.html`: HTML, CSS, JS glue and wasm inlined) that runs from a USB stick
//! through `file://` with no server and no network.

use super::html::{files_above, inline_link, rewrite_tags, TagEdit};
use super::CodeFiles;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The name of the meta tag that gives the deck page's offline version.
const VERSION_META: &str = "yitu-deck-version";

/// The deck's offline files: `present/sw.js`, caching the deck, its speaker view and every file the
/// deck loads, and the deck and speaker pages carrying the worker's version (`<meta
/// name="yitu-deck-version">`): the worker keeps a copy only when both pages it fetched carry its
/// version, and the deck says it works offline only when the active worker reports that version.
pub struct Offline {
    pub deck_page: String,
    pub speaker_page: String,
    pub service_worker: String,
}

/// The offline files for `deck_page` and `speaker_page` (rendered, before their policy).
pub fn offline_files(deck_page: &str, speaker_page: &str) -> Result<Offline, String> {
    if !deck_page.contains("<head>") || !speaker_page.contains("<head>") {
        return Err("the deck's pages have no <head> for their offline version".to_owned());
    }
    let mut files = vec!["./".to_owned(), "speaker/".to_owned()];
    files.extend(files_above(deck_page).into_iter().map(|f| format!("../{f}")));
    let version = Sha256::digest(format!("{files:?}{deck_page}{speaker_page}").as_bytes());
    let version: String = version.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let versioned = |page: &str| {
        page.replacen(
            "<head>",
            &format!("<head><meta name=\"{VERSION_META}\" content=\"{version}\">"),
            1,
        )
    };
    Ok(Offline {
        deck_page: versioned(deck_page),
        speaker_page: versioned(speaker_page),
        service_worker: service_worker(&files, &version),
    })
}

/// The worker's script. Its cache is named by its scope and version, so two years' decks on one
/// origin keep their own copies; network first, the cache when the network fails, answers with an
/// error (5xx, a captive portal's redirect) or takes longer than three seconds.
fn service_worker(files: &[String], version: &str) -> String {
    let list = files.iter().map(|f| format!("'{f}'")).collect::<Vec<_>>().join(", ");
    format!(
        r#"// 一图读懂 deck, offline after one visit. Registered by the deck only; its scope is present/, so it
// never controls the report or the embeds. Network first; the cache when the network is gone,
// answers with an error or is too slow.
const VERSION = '{version}';
const SCOPE = self.registration.scope;
const CACHE = `yitu-deck ${{SCOPE}} ${{VERSION}}`;
const FILES = [{list}];
const PATIENCE_MS = 3000;
// Every file is fetched anew ('reload': not from the browser's HTTP cache, which may still hold the
// last deployment's pages for as long as the host lets it), and the copy is kept only if both its
// pages are this deployment's: otherwise this worker does not install and the last one stays.
const PAGES = ['./', 'speaker/'];
function ourVersion(cache) {{
  return Promise.all(PAGES.map((page) => cache.match(page).then((hit) => (hit ? hit.text() : ''))))
    .then((pages) => pages.every((page) => page.includes(`<meta name="{VERSION_META}" content="${{VERSION}}">`)));
}}
self.addEventListener('install', (event) => {{
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((file) => new Request(file, {{ cache: 'reload' }}))).then(() => ourVersion(cache)))
    .then((ours) => {{
      if (ours) return self.skipWaiting();
      return caches.delete(CACHE).then(() => {{ throw new Error('the pages are not all this deployment\'s'); }});
    }}));
}});
// Whether every file of this deployment is in its copy (a browser may evict a cache).
function complete() {{
  return caches.open(CACHE).then((cache) => Promise.all(FILES.map((file) => cache.match(file)))).then((hits) => hits.every(Boolean));
}}
// Deletes only this deck's older copies: a cache of another deck (another year beside this one) is
// never touched. Copies from before names carried the scope are recognised by holding this deck.
function ours(key) {{
  if (key === CACHE || !key.startsWith('yitu-deck')) return Promise.resolve(false);
  if (key.startsWith(`yitu-deck ${{SCOPE}} `)) return Promise.resolve(true);
  return caches.open(key).then((cache) => cache.match(SCOPE)).then((hit) => Boolean(hit));
}}
self.addEventListener('activate', (event) => {{
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.map((key) => ours(key).then((mine) => mine && caches.delete(key)))))
    .then(() => self.clients.claim()));
}});
// The page asks which deployment this worker keeps offline; it answers only for a complete copy.
self.addEventListener('message', (event) => {{
  if (event.data !== '{VERSION_META}' || !event.source) return;
  event.waitUntil(complete().then((whole) => whole && event.source.postMessage({{ yituDeckVersion: VERSION }})));
}});
function usable(response) {{
  return response && response.ok && !response.redirected && response.type !== 'opaqueredirect';
}}
async function respond(request) {{
  const network = fetch(request).catch(() => null);
  const late = new Promise((resolve) => setTimeout(resolve, PATIENCE_MS, undefined));
  const first = await Promise.race([network, late]);
  if (usable(first)) return first;
  const hit = await caches.open(CACHE).then((cache) => cache.match(request, {{ ignoreSearch: true }}));
  if (hit) return hit;
  const answer = first === undefined ? await network : first;
  return answer || Response.error();
}}
self.addEventListener('fetch', (event) => {{
  if (event.request.method !== 'GET') return;
  event.respondWith(respond(event.request));
}});
"#
    )
}

/// The deck page (before its policy is added) as one file: stylesheets and icon inlined (as for the
/// 404 page), preloads dropped, Trunk's loader replaced by the glue and the wasm's bytes.
pub fn single_file(files: &CodeFiles, deck_page: &str) -> Result<String, String> {
    rewrite_tags(deck_page, |tag, element| {
        Ok(if tag.starts_with("<link") {
            TagEdit::Replace(inline_link(tag, files)?)
        } else if tag == "<script type=\"module\">" && element.contains("TrunkApplicationStarted") {
            TagEdit::ReplaceScript(inline_loader(files, element)?)
        } else {
            TagEdit::Keep
        })
    })
}

/// The name the glue gives its default export (wasm-bindgen's `__wbg_init`, renamed by minifying)
/// and the glue without its closing `export { … }` statement, to be inlined as a plain script.
fn glue_init(glue: &str) -> Result<(String, String), String> {
    let changed = || "the glue's exports changed: expected a closing `export { …, init as default }`".to_owned();
    let start = glue
        .rfind("export{")
        .or_else(|| glue.rfind("export {"))
        .ok_or_else(changed)?;
    let end = start + glue[start..].find('}').ok_or_else(changed)?;
    let init = glue[start..end]
        .trim_start_matches("export")
        .trim_start()
        .trim_start_matches('{')
        .split(',')
        .find_map(|name| name.trim().strip_suffix(" as default"))
        .map(str::trim)
        .filter(|name| !name.is_empty() && name.chars().all(|c| c == '_' || c == '$' || c.is_ascii_alphanumeric()))
        .ok_or_else(changed)?;
    let rest = glue[end + 1..].trim_start_matches(';');
    Ok((init.to_owned(), format!("{}{rest}", &glue[..start])))
}

/// Trunk's loader (`<script type="module">…</script>`) replaced by the glue it imports and the
/// wasm's bytes in base64, so nothing is fetched.
fn inline_loader(files: &CodeFiles, loader: &str) -> Result<String, String> {
    let glue = loader
        .split("from '../")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .ok_or("no glue in the loader")?;
    let wasm = loader
        .split("module_or_path: '../")
        .nth(1)
        .and_then(|s| s.split('\'').next())
        .ok_or("no wasm in the loader")?;
    let glue = files.text(glue)?;
    let (init, without_exports) = glue_init(&glue)?;
    Ok(format!(
        "<script type=\"module\">{without_exports}\nconst bytes = Uint8Array.from(atob(\"{}\"), (c) => c.charCodeAt(0));\nconst started = await {init}({{ module_or_path: bytes }});\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{ detail: {{ wasm: started }} }}));\n</script>",
        base64::engine::general_purpose::STANDARD.encode(files.bytes(wasm)?)
    ))
}

#[cfg(test)]
mod tests {
    use super::glue_init;

    #[test]
    fn the_glue_s_init_is_found_as_written_and_as_minified() {
        let written = "function __wbg_init() {}\nexport { initSync, __wbg_init as default };\n";
        assert_eq!(
            glue_init(written),
            Ok(("__wbg_init".to_owned(), "function __wbg_init() {}\n\n".to_owned()))
        );
        let minified = "async function X(r){}export{X as default,K as initSync};";
        assert_eq!(
            glue_init(minified),
            Ok(("X".to_owned(), "async function X(r){}".to_owned()))
        );
        assert!(glue_init("function f(){}").is_err());
        assert!(glue_init("export{K as initSync};").is_err());
        assert!(glue_init("export{a-b as default};").is_err());
    }
}
