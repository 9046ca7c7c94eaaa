//! Reading a report file for `dist` and `check-data`: every problem, each with file, line and column.

use std::path::Path;
use toml_edit::{ImDocument, Item};
use yitu::data::{self, line_column, Report};

/// Loads and validates a report file; the error lists every problem found.
pub fn load(path: &Path) -> Result<Report, String> {
    let (report, problems) = check(path);
    match report {
        Some(report) if problems.is_empty() => Ok(report),
        _ => Err(format!("{} problem(s):\n{}", problems.len(), problems.join("\n"))),
    }
}

/// The report (when it parses) and every problem, as `file:line:column: message` lines.
/// A syntax error stops at the first; unknown and missing fields are all listed (and then the
/// rules are not checked, as the file does not describe a report yet); rule problems are all listed.
pub fn check(path: &Path) -> (Option<Report>, Vec<String>) {
    let name = path.display();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => return (None, vec![format!("{name}: {e}")]),
    };
    let report = match data::parse_toml_all(&text) {
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
    let document = ImDocument::parse(text.as_str()).ok();
    let problems = data::validate(&report)
        .into_iter()
        .map(|problem| {
            let offset = document
                .as_ref()
                .and_then(|d| span_of(d.as_item(), &problem.path))
                .unwrap_or(0);
            let (line, column) = line_column(&text, offset);
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
