//! The report data: its serde types, the copy embedded at build time, and parsing with positioned errors.

pub mod schema;
pub mod validate;

pub use schema::{Area, Figure, Group, Item, Meta, Outlook, Proposals, Report, Review, Tasks};
pub use validate::{validate, Problem};

/// The validated report, encoded by `build.rs` from `assets/report.toml`.
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/report.bin"));

/// Why a report could not be loaded, with a 1-based position in the file when one is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => write!(f, "{line}:{column}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

/// The report compiled into this build.
pub fn embedded() -> Result<Report, LoadError> {
    bincode::serde::decode_from_slice(EMBEDDED, bincode::config::standard())
        .map(|(report, _)| report)
        .map_err(|e| LoadError {
            message: e.to_string(),
            line: None,
            column: None,
        })
}

/// Parses a report file's text (TOML, unknown fields denied); syntax errors carry line and column.
#[cfg(not(target_arch = "wasm32"))]
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
