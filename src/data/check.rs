//! A report file's problems, each with the file's name, line and column, in Chinese: what
//! `cargo xtask check-data` prints, and (with the `publish` feature) what the browser says of the
//! same file.

use super::{line_column, parse_toml_all, validate, Report};
use toml_edit::{ImDocument, Item};

/// The report (when it parses) and every problem of a report file's `text`, as
/// `name:line:column: message` lines (`name` the file's name). A syntax error stops at the first;
/// unknown and missing fields are all listed (and then the rules are not checked, as the file does
/// not describe a report yet); rule problems are all listed.
pub fn check_text(name: &str, text: &str) -> (Option<Report>, Vec<String>) {
    let report = match parse_toml_all(text) {
        (Some(report), _) => report,
        (None, errors) => {
            let problems = errors
                .iter()
                .map(|e| {
                    format!(
                        "{name}:{}:{}: {}",
                        e.line.unwrap_or(1),
                        e.column.unwrap_or(1),
                        e.message
                    )
                })
                .collect();
            return (None, problems);
        }
    };
    let document = ImDocument::parse(text).ok();
    let problems = validate(&report)
        .into_iter()
        .map(|problem| {
            let offset = document
                .as_ref()
                .and_then(|d| span_of(d.as_item(), &problem.path))
                .unwrap_or(0);
            let (line, column) = line_column(text, offset);
            format!("{name}:{line}:{column}: {problem}")
        })
        .collect();
    (Some(report), problems)
}

/// Byte offset of the field a problem path names (`review.areas[1].groups[0].heading`), or of
/// its nearest existing ancestor.
fn span_of(root: &Item, path: &str) -> Option<usize> {
    let mut item = root;
    let mut best = None;
    for segment in path.split('.') {
        let (key, indexes) = segment.split_at(segment.find('[').unwrap_or(segment.len()));
        let Some(next) = item.get(key) else { return best };
        item = next;
        best = item.span().map(|s| s.start).or(best);
        for index in indexes
            .split(']')
            .filter_map(|i| i.strip_prefix('[')?.parse::<usize>().ok())
        {
            let Some(next) = item.get(index) else { return best };
            item = next;
            best = item.span().map(|s| s.start).or(best);
        }
    }
    best
}
