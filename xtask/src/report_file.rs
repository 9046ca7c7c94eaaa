//! Reading a report file for `dist` and `check-data`: every problem, each with file, line and column.

use std::path::Path;
use toml_edit::{ImDocument, Item};
use yitu::data::{self, line_column, Report};

/// Loads and validates a report file; the error lists every problem found.
pub fn load(path: &Path) -> Result<Report, String> {
    let (report, problems) = check(path);
    match report {
        Some(report) if problems.is_empty() => Ok(report),
        _ => Err(format!("共有 {} 个问题：\n{}", problems.len(), problems.join("\n"))),
    }
}

/// The report (when it parses) and every problem, as `file:line:column: message` lines.
/// A syntax error stops at the first; unknown and missing fields are all listed (and then the
/// rules are not checked, as the file does not describe a report yet); rule problems are all listed.
pub fn check(path: &Path) -> (Option<Report>, Vec<String>) {
    match std::fs::read_to_string(path) {
        Ok(text) => check_text(&path.display().to_string(), &text),
        Err(e) => (None, vec![format!("{}: {e}", path.display())]),
    }
}

/// [`check`] of a file's text, `name` the file's name in the messages.
pub fn check_text(name: &str, text: &str) -> (Option<Report>, Vec<String>) {
    let report = match data::parse_toml_all(text) {
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
    let problems = data::validate(&report)
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

#[cfg(test)]
mod tests {
    use super::check_text;

    const REPORT: &str = include_str!("../../assets/report.toml");

    /// The problems `check-data` prints for the report with one substitution.
    fn problems(from: &str, to: &str) -> Vec<String> {
        assert!(REPORT.contains(from), "{from}");
        check_text("report.toml", &REPORT.replacen(from, to, 1)).1
    }

    fn position(text: &str, needle: &str) -> String {
        let at = text.find(needle).unwrap_or_default();
        let (line, column) = yitu::data::line_column(text, at);
        format!("report.toml:{line}:{column}: ")
    }

    #[test]
    fn the_report_has_no_problem() {
        assert_eq!(check_text("report.toml", REPORT).1, Vec::<String>::new());
    }

    #[test]
    fn an_unknown_icon_is_reported_at_its_line_and_column_with_the_known_names() {
        let (from, to) = ("icon = \"users-group\"", "icon = \"people\"");
        let found = problems(from, to);
        let at = position(&REPORT.replacen(from, to, 1), "\"people\"");
        assert_eq!(found.len(), 1, "{found:?}");
        let expected = format!("{at}review.areas[3].icon: 没有名为 “people” 的图标；可用的图标：award、");
        assert!(
            found[0].starts_with(&expected),
            "{} does not start with {expected}",
            found[0]
        );
        assert!(found[0].contains("、users-group、"), "{}", found[0]);
    }

    #[test]
    fn highlights_not_in_the_section_and_too_many_are_reported_at_their_line_and_column() {
        let from = "highlights = [\"consultations-held\", \"proposals-collected\", \"opinions-collected\"]";
        let to = "highlights = [\"consultations-held\", \"publicity-reports\", \"opinions-collected\", \"opinions-adopted\"]";
        let text = REPORT.replacen(from, to, 1);
        let found = problems(from, to);
        assert_eq!(
            found,
            [
                format!(
                    "{}review.areas[2].highlights: 最多选 3 个数字，这里有 4 个",
                    position(&text, "[\"consultations-held\", \"publicity")
                ),
                format!(
                    "{}review.areas[2].highlights[1]: 本部分没有陈述 id 为 “publicity-reports” 的数字",
                    position(&text, "\"publicity-reports\", \"opinions-collected\"")
                ),
            ]
        );
    }
}
