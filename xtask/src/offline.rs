//! The deck offline: a service worker for `present/` (network first, the cache when the network
//! is gone; a new deployment's worker replaces the old one and its cache), and one self-contained
//! file (`present-offline.html`: HTML, CSS, JS glue and wasm inlined) that runs from a USB stick
//! through `file://` with no server and no network.

use crate::prerender::{inline_link, rewrite_tags, TagEdit};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The files a page's head refers to one folder up (`../name`): its bundle, styles and icon.
fn files_above(page: &str) -> Vec<String> {
    let mut files: Vec<String> = page
        .split("../")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || "._-".contains(*c))
                .collect::<String>()
        })
        .filter(|name| name.contains('.'))
        .collect();
    files.sort();
    files.dedup();
    files
}

/// Writes `present/sw.js`, caching the deck, its speaker view and every file the deck loads.
pub fn write_service_worker(dist: &Path, deck_page: &str) -> Result<(), String> {
    let mut files = vec!["./".to_owned(), "speaker/".to_owned()];
    files.extend(files_above(deck_page).into_iter().map(|f| format!("../{f}")));
    let version = Sha256::digest(format!("{files:?}{deck_page}").as_bytes());
    let version: String = version.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let list = files.iter().map(|f| format!("'{f}'")).collect::<Vec<_>>().join(", ");
    let script = format!(
        r#"// 一图读懂 deck, offline after one visit. Registered by the deck only; its scope is present/, so it
// never controls the report or the embeds. Network first; the cache when the network is gone.
const CACHE = 'yitu-deck-{version}';
const FILES = [{list}];
self.addEventListener('install', (event) => {{
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
}});
self.addEventListener('activate', (event) => {{
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith('yitu-deck-') && key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
}});
self.addEventListener('fetch', (event) => {{
  if (event.request.method !== 'GET') return;
  event.respondWith(fetch(event.request).catch(() => caches.open(CACHE)
    .then((cache) => cache.match(event.request, {{ ignoreSearch: true }}))
    .then((hit) => hit || Response.error())));
}});
"#
    );
    let folder = dist.join("present");
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let path = folder.join("sw.js");
    std::fs::write(&path, script).map_err(|e| format!("{}: {e}", path.display()))
}

fn read(dist: &Path, name: &str) -> Result<Vec<u8>, String> {
    let path = dist.join(name);
    std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The deck page (before its policy is added) as one file: stylesheets and icon inlined (as for the
/// 404 page), preloads dropped, Trunk's loader replaced by the glue and the wasm's bytes.
pub fn single_file(dist: &Path, deck_page: &str) -> Result<String, String> {
    rewrite_tags(deck_page, |tag, element| {
        Ok(if tag.starts_with("<link") {
            TagEdit::Replace(inline_link(tag, dist)?)
        } else if tag == "<script type=\"module\">" && element.contains("TrunkApplicationStarted") {
            TagEdit::ReplaceScript(inline_loader(dist, element)?)
        } else {
            TagEdit::Keep
        })
    })
}

/// Trunk's loader (`<script type="module">…</script>`) replaced by the glue it imports and the
/// wasm's bytes in base64, so nothing is fetched.
fn inline_loader(dist: &Path, loader: &str) -> Result<String, String> {
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
    let glue = String::from_utf8_lossy(&read(dist, glue)?).into_owned();
    let export = "export { initSync, __wbg_init as default };";
    if !glue.contains(export) {
        return Err(format!("the glue's exports changed: expected `{export}`"));
    }
    Ok(format!(
        "<script type=\"module\">{}\nconst bytes = Uint8Array.from(atob(\"{}\"), (c) => c.charCodeAt(0));\nconst started = await __wbg_init({{ module_or_path: bytes }});\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{ detail: {{ wasm: started }} }}));\n</script>",
        glue.replace(export, ""),
        base64::engine::general_purpose::STANDARD.encode(read(dist, wasm)?)
    ))
}
