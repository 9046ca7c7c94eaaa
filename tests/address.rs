//! The report page's address as every page knows it (`model::report_address`, `report_link`):
//! the configured public address first; else, running on the web, the page's own folder climbed to
//! the report's; else nothing, or a relative link that works wherever the site is hosted.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use yitu::model::{report_address, report_link};
use yitu::View;

#[test]
fn the_public_address_wins_wherever_the_page_is() {
    let public = "https://www.example.gov.cn/reports/2023/";
    for depth in 0..3 {
        let here = Some("http://intranet.example/x/y/z/");
        assert_eq!(report_address(Some(public), here, depth).as_deref(), Some(public));
        assert_eq!(report_link(Some(public), depth), public);
    }
}

#[test]
fn each_page_climbs_its_own_depth_to_the_report() {
    let report = "https://news.example.cn/reports/2023/";
    for (view, here) in [
        (View::Report, report.to_owned()),
        (View::Present, format!("{report}present/")),
        (View::Speaker, format!("{report}present/speaker/")),
        (View::Share, format!("{report}share/")),
        (View::Embed("area-1".into()), format!("{report}embed/area-1/")),
    ] {
        assert_eq!(
            report_address(None, Some(&here), view.depth()).as_deref(),
            Some(report),
            "{view:?}"
        );
    }
    // Served at the host's root.
    assert_eq!(
        report_address(None, Some("http://127.0.0.1:8080/present/"), 1).as_deref(),
        Some("http://127.0.0.1:8080/")
    );
}

#[test]
fn without_an_address_there_is_none_and_links_are_relative() {
    assert_eq!(
        report_address(None, None, 1),
        None,
        "prerendered, or opened from a file"
    );
    assert_eq!(report_address(None, Some("file:///media/usb/present/"), 1), None);
    assert_eq!(
        report_address(None, Some("http://host/present"), 1),
        None,
        "not a folder"
    );
    assert_eq!(
        report_address(None, Some("http://host/present/"), 2),
        None,
        "above the host's root"
    );
    assert_eq!(
        [0, 1, 2].map(|depth| report_link(None, depth)),
        ["./".to_owned(), "../".to_owned(), "../../".to_owned()]
    );
}

proptest! {
    #[test]
    fn climbing_removes_exactly_the_folders_below_the_report(
        host in "[a-z]{1,8}(\\.[a-z]{2,3})?(:[0-9]{2,4})?",
        above in proptest::collection::vec("[a-z0-9-]{1,6}", 0..3),
        below in proptest::collection::vec("[a-z0-9-]{1,6}", 0..3),
    ) {
        let report = format!("https://{host}/{}", above.iter().map(|f| format!("{f}/")).collect::<String>());
        let here = format!("{report}{}", below.iter().map(|f| format!("{f}/")).collect::<String>());
        prop_assert_eq!(report_address(None, Some(&here), below.len()), Some(report.clone()));
        prop_assert_eq!(report_address(None, Some(&here), below.len() + above.len() + 1), None);
    }
}

/// The model's rule, for every page: the public address, else the page's own folder climbed, and
/// only when the page is at its view's folder (a share page or deck copied elsewhere has none).
#[test]
fn the_model_knows_the_address_only_from_a_page_at_its_own_folder() {
    let model = yitu::model::Model::under_test();
    let report = "https://news.example.cn/reports/2023/";
    for view in yitu::View::all(&model) {
        let here = format!("{report}{}", view.folder());
        let expected = model.report().site.public_url.as_deref().unwrap_or(report);
        assert_eq!(model.address(&view, Some(&here)).as_deref(), Some(expected), "{view:?}");
        if model.report().site.public_url.is_none() && view.depth() > 0 {
            let elsewhere = format!("{report}copies/");
            assert_eq!(
                model.address(&view, Some(&elsewhere)),
                None,
                "{view:?} at another folder"
            );
        }
    }
}
