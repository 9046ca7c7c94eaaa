//! The report data: its serde types, what a page carries (`PageData`, in the compact form), and
//! parsing with positioned errors.

#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
mod check;
pub mod compact;
pub mod icons;
#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
pub mod loader;
mod page_data;
#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
mod repair;
pub mod schema;
pub mod validate;

#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
pub use check::check_text;
pub use page_data::{loader_pin, report_icons, IconOutline, LoaderPin, PageData, DATA_ELEMENT_ID};
#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
pub use repair::{in_chinese, parse_toml_all};
pub use schema::{
    Area, Chart, ChartKind, Figure, FigureValue, Group, Item, Meta, Outlook, Proposals, Report, Review, Site, Tasks,
};
pub use validate::{validate_with_icons, Problem, MOST_HIGHLIGHTS, MOST_KEY_FIGURES, MOST_TALK_MINUTES};

/// Every problem in `report` (see [`validate_with_icons`]), its icons checked against `assets/icons/`.
pub fn validate(report: &Report) -> Vec<Problem> {
    validate_with_icons(report, icons::NAMES)
}

/// The report the host's tests and tools work on: the file named by `YITU_REPORT` (read when
/// called, relative to the repository), else `assets/report.toml`. A file that cannot be read,
/// parsed or validated ends the process with its problems listed.
#[cfg(not(target_arch = "wasm32"))]
pub fn report_under_test() -> Report {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = match std::env::var_os("YITU_REPORT") {
        Some(file) => root.join(file),
        None => root.join("assets/report.toml"),
    };
    let loaded = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| parse_toml(&text).map_err(|e| e.to_string()))
        .and_then(|report| match validate(&report).as_slice() {
            [] => Ok(report),
            problems => Err(problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
        });
    loaded.unwrap_or_else(|message| {
        eprintln!("{}: {message}", path.display());
        std::process::exit(1)
    })
}

/// Why a report file could not be read, with a 1-based position in the file when one is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The byte offset the line and column stand for, when known.
    pub offset: Option<usize>,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "{line}:{column}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

/// Parses a report file's text (TOML, unknown fields denied); syntax errors carry line and column.
#[cfg(any(not(target_arch = "wasm32"), feature = "publish"))]
pub fn parse_toml(text: &str) -> Result<Report, LoadError> {
    toml::from_str(text).map_err(|e| {
        let (line, column) = match e.span() {
            Some(span) => {
                let (line, column) = line_column(text, span.start);
                (Some(line), Some(column))
            }
            None => (None, None),
        };
        LoadError {
            message: e.message().to_owned(),
            line,
            column,
            offset: e.span().map(|span| span.start),
        }
    })
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    (line, before[line_start..].chars().count() + 1)
}
