//! Which page a file is: written at build time as `data-view` on the root element, read at start.

/// The id of the element the app renders into (and hydrates) on every page.
pub const ROOT_ID: &str = "app";

/// The attribute on the root element that names the page's view.
pub const VIEW_ATTRIBUTE: &str = "data-view";

/// One kind of page of the URL contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// `./`: the whole report.
    Report,
    /// `./404.html`: not found, with a way back.
    NotFound,
}

impl View {
    /// Every view, in the order `cargo xtask dist` writes their pages.
    pub const ALL: [View; 2] = [View::Report, View::NotFound];

    /// The value of `data-view` for this view.
    pub fn as_attribute(self) -> &'static str {
        match self {
            View::Report => "report",
            View::NotFound => "not-found",
        }
    }

    /// Parses `data-view`; an unknown value is `None`.
    pub fn from_attribute(value: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.as_attribute() == value)
    }

    /// Where this view's page is written, relative to the site's root folder.
    pub fn output_path(self) -> &'static str {
        match self {
            View::Report => "index.html",
            View::NotFound => "404.html",
        }
    }

    /// Whether the page loads the wasm. The 404 page does not: it is served at unknown
    /// depths, where relative script URLs would not resolve.
    pub fn loads_app(self) -> bool {
        matches!(self, View::Report)
    }
}
