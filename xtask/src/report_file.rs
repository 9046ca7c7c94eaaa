//! Reading a report file for `dist` and `check-data`: every problem, each with file, line and column.

use std::path::Path;
use yitu::data::{check_text, Report};

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

#[cfg(test)]
mod tests {
    use yitu::data::check_text;

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
