//! The judgements a data file still carries, read back from the `# 待核对:` comments `write.rs`
//! puts above what each is about: a data file saved from the editor opens again with its checklist.

use super::Mark;
use std::rc::Rc;

/// The value of `key = "…"` on `line`, read as TOML reads it (escapes and all).
fn value_of(line: &str, key: &str) -> Option<Rc<str>> {
    let (name, _) = line.split_once('=')?;
    if name.trim() != key {
        return None;
    }
    let table: toml::Table = toml::from_str(line).ok()?;
    table.get(key)?.as_str().map(Rc::from)
}

/// After a table's header: the notes above it wait for its `id` (a section, a chart) or `text`
/// (an item).
struct Waiting {
    chart: bool,
    notes: Vec<String>,
}

/// Every judgement in `text` with its question, in the file's order.
pub fn marks_in(text: &str) -> Vec<(Mark, String)> {
    let mut out = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    let mut waiting: Option<Waiting> = None;
    for line in text.lines().map(str::trim) {
        if let Some(note) = line.strip_prefix("# 待核对:") {
            notes.push(note.trim().to_owned());
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // The table's first key names what the notes above its header are about (`write.rs` puts
        // a section's or a chart's `id`, an item's `text`, first); notes above any other table
        // belong to nothing and are dropped.
        if let Some(table) = waiting.take() {
            let mark = match (value_of(line, "id"), value_of(line, "text")) {
                (Some(id), _) if table.chart => Some(Mark::Chart(id)),
                (Some(id), _) => Some(Mark::Section(id)),
                (None, Some(text)) => Some(Mark::Item(text)),
                (None, None) => None,
            };
            if let Some(mark) = mark {
                out.extend(table.notes.into_iter().map(|note| (mark.clone(), note)));
            }
            if !line.starts_with('[') {
                continue;
            }
        }
        if notes.is_empty() {
            continue;
        }
        let these = std::mem::take(&mut notes);
        if line.starts_with('[') {
            waiting = Some(Waiting {
                chart: line.contains("charts"),
                notes: these,
            });
        } else if value_of(line, "sources").is_some() || line.starts_with("sources") {
            out.extend(these.into_iter().map(|note| (Mark::Sources, note)));
        } else if line.starts_with("key_figures") {
            out.extend(these.into_iter().map(|note| (Mark::KeyFigures, note)));
        }
    }
    super::once_each(out)
}
