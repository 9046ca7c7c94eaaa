//! The Content-Security-Policy every page declares, with a hash for each inline script it carries.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The policy for a page whose inline scripts are `scripts` (their exact text).
pub fn policy(scripts: &[&str]) -> String {
    let hashes: String = scripts
        .iter()
        .map(|s| {
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()))
            )
        })
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'none'"
    )
}

/// `page` with its policy as a `<meta>` right after the charset declaration.
pub fn apply(page: &str) -> Result<String, String> {
    let scripts = super::html::inline_scripts(page);
    let policy = policy(&scripts.iter().map(String::as_str).collect::<Vec<_>>());
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    let charset = "<meta charset=\"utf-8\">";
    let at = page.find(charset).ok_or("page has no <meta charset=\"utf-8\">")? + charset.len();
    Ok(format!("{}{meta}{}", &page[..at], &page[at..]))
}
