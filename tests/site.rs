//! The whole site rendered in the browser (headless Chromium) by `yitu::site::render`, from the
//! same build as `cargo xtask dist`, for this year's report and both fixtures: every file equals
//! the one `dist` wrote, byte for byte (`present.pdf` excepted: it needs a browser's print); and
//! report files with problems get the same messages, lines and columns as `cargo xtask check-data`.
//! `cargo xtask test` builds the three sites, writes the list of their files and names it in
//! `YITU_SITE_TEST`; run with `--features site` (Yew's server-side renderer in the wasm).
#![cfg(all(target_arch = "wasm32", feature = "publish"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use wasm_bindgen_test::*;
use yitu::data::PageData;
use yitu::site::{render, Build, CodeFiles};

wasm_bindgen_test_configure!(run_in_browser);

#[allow(clippy::type_complexity)]
mod built {
    include!(env!(
        "YITU_SITE_TEST",
        "run through `cargo xtask test`, which builds the sites and names their files in YITU_SITE_TEST"
    ));
}

fn build() -> Build {
    Build {
        templates: built::TEMPLATES
            .iter()
            .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
            .collect(),
        files: CodeFiles(
            built::CODE
                .iter()
                .map(|(name, bytes)| ((*name).to_owned(), bytes.to_vec()))
                .collect(),
        ),
    }
}

/// The first difference between two texts, with some context, for the failure message.
fn first_difference(ours: &[u8], theirs: &[u8]) -> String {
    let at = ours.iter().zip(theirs).take_while(|(a, b)| a == b).count();
    let around =
        |bytes: &[u8]| String::from_utf8_lossy(&bytes[at.saturating_sub(80)..(at + 80).min(bytes.len())]).into_owned();
    format!(
        "at byte {at}:\n  rendered: {}\n  dist:     {}",
        around(ours),
        around(theirs)
    )
}

#[wasm_bindgen_test]
async fn every_report_s_site_rendered_in_the_browser_is_dist_s_byte_for_byte() {
    let build = build();
    assert_eq!(built::SITES.len(), 3, "this year's report and both fixtures");
    for (what, page_data, expected) in built::SITES {
        let page_data = PageData::decode(page_data).unwrap_or_else(|e| panic!("{what}: {e}"));
        let rendered = render(page_data, &build)
            .await
            .unwrap_or_else(|e| panic!("{what}: {e}"));
        let rendered: BTreeMap<&str, &[u8]> = rendered.iter().map(|f| (f.path.as_str(), f.bytes.as_slice())).collect();
        let mut wanted: BTreeMap<&str, &[u8]> = expected.iter().copied().collect();
        // The code files dist wrote as the build made them (the rest, `embed.js` among them, listed).
        for (name, bytes) in built::CODE {
            wanted.entry(name).or_insert(bytes);
        }
        let missing: Vec<&&str> = wanted.keys().filter(|path| !rendered.contains_key(*path)).collect();
        let extra: Vec<&&str> = rendered.keys().filter(|path| !wanted.contains_key(*path)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{what}: missing {missing:?}, not in dist {extra:?}"
        );
        for (path, bytes) in &wanted {
            let ours = rendered[path];
            assert!(
                ours == *bytes,
                "{what}: {path} differs {}",
                first_difference(ours, bytes)
            );
        }
        assert!(wanted.len() > 30 && wanted.contains_key("nginx.conf") && wanted.contains_key("present-offline.html"));
    }
}

#[wasm_bindgen_test]
fn a_report_file_with_problems_gets_check_data_s_messages_in_the_browser() {
    assert!(built::CHECKS.len() >= 5);
    for (name, text, problems) in built::CHECKS {
        let (report, found) = yitu::data::check_text(name, text);
        assert_eq!(found, *problems, "{name}");
        assert!(report.is_none() || !found.is_empty());
    }
}
