//! The report page's own address, as each page knows it: one rule for the footer, the embed code,
//! the embed pages, the 404 page, the deck, the speaker view and the share page. Pure: the page's
//! own folder comes from `platform::page_folder` once the page runs.

/// The report's absolute address, seen from a page `depth` folders below the report's folder: the
/// configured public address (`public_url`); else, once the page runs on the web, its own folder
/// (`here`, an `http(s)://…/` address ending in `/`) climbed `depth` folders; else none (while
/// prerendered, opened from a file, or when `here` has fewer folders than that).
pub fn report_address(public_url: Option<&str>, here: Option<&str>, depth: usize) -> Option<String> {
    if let Some(url) = public_url {
        return Some(url.to_owned());
    }
    let here = here?;
    let scheme = ["https://", "http://"].into_iter().find(|s| here.starts_with(s))?;
    let path_at = scheme.len() + here[scheme.len()..].find('/')?;
    if !here.ends_with('/') {
        return None;
    }
    let mut folder = &here[..here.len() - 1];
    for _ in 0..depth {
        let up = folder.rfind('/').filter(|&at| at >= path_at)?;
        folder = &folder[..up];
    }
    Some(format!("{folder}/"))
}

/// A link to the report page from a page `depth` folders below the report's folder that works
/// before the page knows its address, wherever the site is hosted: the configured public address,
/// else relative (`./`, `../`, `../../`).
pub fn report_link(public_url: Option<&str>, depth: usize) -> String {
    match public_url {
        Some(url) => url.to_owned(),
        None if depth == 0 => "./".to_owned(),
        None => "../".repeat(depth),
    }
}
