//! The wasm-bindgen JS glue as shipped: Trunk copies it as wasm-bindgen writes it (readable, 50 KB),
//! so `dist` minifies it with esbuild (an npm package of the tests' folder, installed with the
//! build tools) and writes the new Subresource Integrity hash into the page template. About 1.6
//! KiB less brotli on every page's first visit. The news pages' loader (`embed.js`) is left as it
//! is: its integrity is built into the embed snippet.

use crate::loader::integrity;
use crate::process;
use crate::tools::ToolEnv;
use std::path::Path;

/// Minifies every wasm-bindgen glue file Trunk wrote into `dir` (the `.js` files beside a
/// `_bg.wasm`) and returns `html` (its page template) with each one's `integrity` updated.
pub fn minify_bundle(env: &ToolEnv, dir: &Path, html: &str) -> Result<String, String> {
    let fail = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    let mut html = html.to_owned();
    for entry in std::fs::read_dir(dir).map_err(|e| fail(dir, e))?.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".js") else {
            continue;
        };
        if !dir.join(format!("{stem}_bg.wasm")).is_file() {
            continue;
        }
        let before = std::fs::read(&path).map_err(|e| fail(&path, e))?;
        let hash = integrity(&before);
        if !html.contains(&hash) {
            return Err(format!("{name}: its integrity {hash} is not in the page template"));
        }
        process::run(
            env.command("esbuild")
                .arg(&path)
                .args(["--minify", "--format=esm", "--allow-overwrite", "--log-level=warning"])
                .arg(format!("--outfile={}", path.display())),
        )?;
        let after = std::fs::read(&path).map_err(|e| fail(&path, e))?;
        if after.is_empty() || after.len() >= before.len() {
            return Err(format!(
                "{name}: esbuild wrote {} bytes from {}",
                after.len(),
                before.len()
            ));
        }
        html = html.replace(&hash, &integrity(&after));
    }
    Ok(html)
}
