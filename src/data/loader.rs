//! The embed loader as the site serves it: `assets/embed.js` with the report's public address
//! written in (or none), and the names a copy-ready snippet pins it by: a content-hashed file name
//! and its Subresource Integrity value. For rendering the site (`site::render`, on the host and with
//! the `publish` feature): it writes the files and puts the names in every page's data
//! (`PageData::loader`), where the share page's embed snippet reads them, so the two agree.

use base64::Engine;
use sha2::{Digest, Sha384};

/// The placeholder in `assets/embed.js` that the public address replaces.
pub const PLACEHOLDER: &str = "__YITU_PUBLIC_URL__";

/// The loader's text for a report published at `public_url` (validated: absolute, ending in `/`,
/// no quotes or backslashes), or for one without a configured address.
pub fn loader(template: &str, public_url: Option<&str>) -> String {
    let url = public_url.filter(|u| !u.contains(['"', '\\', '\n', '<'])).unwrap_or("");
    template.replace(PLACEHOLDER, url)
}

/// The `integrity` value of `bytes`: `sha384-` and the digest in base64.
pub fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// The content-hashed file name a snippet loads: `embed-` and 16 hex digits of the digest.
pub fn file_name(bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("embed-{hex}.js")
}

/// `assets/embed.js`, the loader's template.
pub const TEMPLATE: &str = include_str!("../../assets/embed.js");
