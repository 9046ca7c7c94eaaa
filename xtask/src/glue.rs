//! The wasm-bindgen JS glue as shipped: Trunk copies it as wasm-bindgen writes it (readable, 50 KB),
//! so `dist` minifies it with esbuild (an npm package of the tests' folder, installed with the
//! build tools) and writes the new Subresource Integrity hash into the page template. About 1.6
//! KiB less brotli on every page's first visit. The news pages' loader (`embed.js`) is left as it
//! is: its integrity is built into the embed snippet.

use crate::process;
use crate::tools::ToolEnv;
use std::path::Path;
use yitu::data::loader::integrity;

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

/// The page template's classic inline scripts (`index.html`'s early scripts, written with comments
/// for their readers) minified with esbuild. Trunk's module loader is left as written, as
/// `html::pin_wasm` and `html::wait_for_reader` read it; esbuild keeps a classic script's
/// top-level names (`failed`, `yituWatched`), which other scripts call. The policy's hashes are
/// computed later, from these.
pub fn minify_inline_scripts(env: &ToolEnv, html: &str) -> Result<String, String> {
    yitu::site::html::rewrite_tags(html, |tag, element| {
        if tag != "<script>" && tag != "<script data-report-only>" {
            return Ok(yitu::site::html::TagEdit::Keep);
        }
        let body = element
            .strip_prefix(tag)
            .and_then(|rest| rest.strip_suffix("</script>"))
            .ok_or_else(|| format!("an inline script without its end: {tag}"))?;
        let minified = esbuild_text(env, body)?;
        Ok(yitu::site::html::TagEdit::ReplaceScript(format!(
            "{tag}{}</script>",
            minified.trim_end()
        )))
    })
}

/// `script` minified by esbuild through its standard input.
fn esbuild_text(env: &ToolEnv, script: &str) -> Result<String, String> {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = env
        .command("esbuild")
        // ES5, as written: a newer form (`catch {}`) would not parse on the oldest phones' WebViews,
        // and the first script must run there to apply 长辈模式 before the first paint.
        .args(["--minify", "--loader=js", "--target=es5", "--log-level=warning"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start esbuild: {e}"))?;
    let written = child
        .stdin
        .take()
        .ok_or("esbuild has no input")?
        .write_all(script.as_bytes());
    let out = child.wait_with_output().map_err(|e| format!("esbuild: {e}"))?;
    written.map_err(|e| format!("esbuild's input: {e}"))?;
    process::finished("esbuild", out.status)?;
    let text = String::from_utf8(out.stdout).map_err(|e| format!("esbuild's output: {e}"))?;
    if text.trim().is_empty() && !script.trim().is_empty() {
        return Err("esbuild wrote nothing for an inline script".to_owned());
    }
    Ok(text)
}
