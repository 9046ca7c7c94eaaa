//! The server configuration `dist` writes beside the site: an nginx `location` block (the usual
//! server on district portals) with the security headers, types, compression, caching and 404 page
//! the README asks of a host. Pure: the policy comes from the built pages, the rest from settings.

use std::collections::BTreeSet;

/// Where and how the site is served.
pub struct Site<'a> {
    /// The path the site is published under, starting and ending with `/` (`/reports/2023/`).
    pub prefix: &'a str,
    /// The folder that holds the prefix's folders: files are served from `root` + the request's path.
    pub root: &'a str,
    /// The Content-Security-Policy without `frame-ancestors`, allowing every page's inline scripts.
    pub policy: String,
    /// Who may frame `embed/`: `None` for any site.
    pub embed_ancestors: Option<Vec<String>>,
}

/// The headers every response of the site carries, with the page policy's `frame-ancestors`.
fn headers(policy: &str, ancestors: &str, cache: &str) -> String {
    format!(
        "        add_header Content-Security-Policy \"{policy}; frame-ancestors {ancestors}\" always;\n\
         \x20       add_header X-Content-Type-Options \"nosniff\" always;\n\
         \x20       add_header Referrer-Policy \"strict-origin-when-cross-origin\" always;\n\
         \x20       add_header Cache-Control \"{cache}\" always;\n"
    )
}

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The `location` block for `site`, to include inside a `server { }` block; an error for a prefix
/// or root that could not stand in it as written.
pub fn config(site: &Site) -> Result<String, String> {
    let Site {
        prefix, root, policy, ..
    } = site;
    if root.is_empty() || !config_safe(root) {
        return Err(format!(
            "the web root must be a path without spaces, quotes, braces, semicolons or $: {root}"
        ));
    }
    if !prefix_ok(prefix) {
        return Err(format!(
            "the site's path must start and end with / and hold no spaces, quotes, braces, semicolons or $: {prefix}"
        ));
    }
    let embeds = site
        .embed_ancestors
        .as_ref()
        .map_or("*".to_owned(), |list| list.join(" "));
    let quoted = regex_quote(prefix);
    let page = |cache| headers(policy, "'self'", cache);
    Ok(format!(
        "# 一图读懂: nginx configuration for {prefix}, written by `cargo xtask dist`. Include it inside a\n\
         # server {{ }} block; the site's files are served from {root}{prefix}. nginx does not inherit\n\
         # add_header into a location that has its own, so every location repeats the headers.\n\
         location ^~ {prefix} {{\n\
         \x20   root {root};\n\
         \x20   index index.html;\n\
         \x20   charset utf-8;\n\
         \x20   charset_types text/css text/javascript application/json image/svg+xml;\n\
         \x20   types {{\n\
         \x20       text/html html;\n\
         \x20       text/css css;\n\
         \x20       text/javascript js mjs;\n\
         \x20       application/wasm wasm;\n\
         \x20       image/svg+xml svg;\n\
         \x20       image/png png;\n\
         \x20       application/json json;\n\
         \x20       text/plain txt;\n\
         \x20   }}\n\
         \x20   default_type application/octet-stream;\n\
         \x20   gzip on;\n\
         \x20   gzip_comp_level 6;\n\
         \x20   gzip_vary on;\n\
         \x20   gzip_types text/css text/javascript application/wasm image/svg+xml application/json text/plain;\n\
         \x20   error_page 404 {prefix}404.html;\n\
         \x20   # Pages: framed only by this site; revalidated so a new deployment shows at once.\n\
         {pages}\
         \x20   # The server configuration itself is not part of the site.\n\
         \x20   location = {prefix}nginx.conf {{\n\
         \x20       return 404;\n\
         \x20   }}\n\
         \x20   # Embeds: framed by the news sites named in the data file (any site when none is named).\n\
         \x20   location ^~ {prefix}embed/ {{\n\
         {embed_headers}\
         \x20   }}\n\
         \x20   # The embed loader: fetched by news pages with crossorigin=\"anonymous\", so their browsers\n\
         \x20   # can check the pinned copy's integrity; the unpinned embed.js is revalidated.\n\
         \x20   location ~ \"^{quoted}embed-[0-9a-f]{{16}}\\.js$\" {{\n\
         {loader_pinned}\
         \x20       add_header Access-Control-Allow-Origin \"*\" always;\n\
         \x20   }}\n\
         \x20   location = {prefix}embed.js {{\n\
         {loader}\
         \x20       add_header Access-Control-Allow-Origin \"*\" always;\n\
         \x20   }}\n\
         \x20   # Names that carry a content hash never change.\n\
         \x20   location ~ \"^{quoted}[^/]+-[0-9a-f]{{8,}}(_bg)?\\.(js|wasm|css|svg)$\" {{\n\
         {hashed}\
         \x20   }}\n\
         \x20   # The deck's service worker: revalidated, so a new deployment's worker is found at once.\n\
         \x20   location = {prefix}present/sw.js {{\n\
         {worker}\
         \x20   }}\n\
         }}\n",
        pages = page("no-cache").replace("        ", "    "),
        embed_headers = headers(policy, &embeds, "no-cache"),
        loader_pinned = page(IMMUTABLE),
        loader = page("no-cache"),
        hashed = page(IMMUTABLE),
        worker = page("no-cache"),
    ))
}

/// Whether `prefix` can stand in the configuration as written: a path starting and ending with `/`,
/// with nothing nginx would read as the end of a directive or a block, and no quotes.
fn prefix_ok(prefix: &str) -> bool {
    prefix.starts_with('/') && prefix.ends_with('/') && config_safe(prefix)
}

/// Whether `text` holds nothing nginx would read as the end of a directive or a block, a quote or
/// a variable.
fn config_safe(text: &str) -> bool {
    !text.contains(|c: char| c.is_whitespace() || c.is_control() || "{};\"'\\$".contains(c))
}

/// `text` with the characters a regular expression treats specially escaped.
fn regex_quote(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let special = ".^$*+?()[]{}|\\".contains(c);
            special.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

/// The policy the header carries: the pages' own policy with every page's inline-script hashes, so
/// the header never refuses what a page's meta tag allows (both apply; each page's meta stays exact).
pub fn site_policy<'a>(pages: impl IntoIterator<Item = &'a str>) -> String {
    let scripts: BTreeSet<String> = pages.into_iter().flat_map(super::html::inline_scripts).collect();
    let scripts: Vec<&str> = scripts.iter().map(String::as_str).collect();
    super::csp::policy(&scripts)
}

/// The path `public_url` names (`/reports/2023/` for `https://example.cn/reports/2023/`), else `/`.
pub fn prefix_of(public_url: Option<&str>) -> String {
    public_url
        .and_then(|url| url.split_once("://"))
        .and_then(|(_, rest)| rest.find('/').map(|at| rest[at..].to_owned()))
        .unwrap_or_else(|| "/".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(ancestors: Option<Vec<String>>) -> String {
        config(&Site {
            prefix: "/reports/2023/",
            root: "/srv/www",
            policy: "default-src 'self'".to_owned(),
            embed_ancestors: ancestors,
        })
        .unwrap_or_default()
    }

    #[test]
    fn pages_are_framed_by_the_site_only_and_embeds_by_the_named_sites() {
        let open = site(None);
        assert!(open.contains("location ^~ /reports/2023/ {\n    root /srv/www;"));
        assert!(open
            .contains("    add_header Content-Security-Policy \"default-src 'self'; frame-ancestors 'self'\" always;"));
        assert!(open.contains("frame-ancestors *\" always;"));
        let named = site(Some(vec!["https://news.example.cn".into(), "'self'".into()]));
        assert!(named.contains("frame-ancestors https://news.example.cn 'self'\" always;"));
        assert!(!named.contains("frame-ancestors *"));
    }

    #[test]
    fn every_location_repeats_the_headers_and_the_braces_balance() {
        let text = site(None);
        let locations = text.lines().filter(|l| l.trim_start().starts_with("location ")).count();
        // Every location but the one that only returns 404 (it inherits the outer headers).
        assert_eq!(text.matches("X-Content-Type-Options").count(), locations - 1);
        assert_eq!(text.matches('{').count(), text.matches('}').count());
        // Regular expressions with braces are quoted, or nginx reads `{16}` as a block.
        assert!(text.contains("location ~ \"^/reports/2023/embed-[0-9a-f]{16}\\.js$\" {"));
    }

    #[test]
    fn the_prefix_comes_from_the_public_url() {
        assert_eq!(prefix_of(Some("https://example.cn/reports/2023/")), "/reports/2023/");
        assert_eq!(prefix_of(Some("https://example.cn/")), "/");
        assert_eq!(prefix_of(None), "/");
        assert_eq!(regex_quote("/a.b/(c)/"), "/a\\.b/\\(c\\)/");
        assert!(prefix_ok("/reports/2023/") && prefix_ok("/"));
        for bad in ["reports/", "/reports", "/a;b/", "/a{b}/", "/a b/", "/a\"b/", "/$host/"] {
            assert!(!prefix_ok(bad), "{bad}");
        }
    }
}
