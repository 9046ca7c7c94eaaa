//! Every schema problem of a report file in one run: serde stops at the first unknown or missing
//! field, so each one found is recorded with its position and patched over (an unknown field
//! blanked out byte for byte, a missing one given a placeholder of the type the schema accepts),
//! and the file is parsed again. Positions always refer to the original text.

use super::{line_column, parse_toml, LoadError, Report};

/// Placeholders tried, in order, for a missing field until one has the expected type.
const PLACEHOLDERS: [&str; 5] = ["\"\"", "[]", "{}", "0", "false"];
/// A file with more schema problems than this is reported up to here.
const MOST: usize = 100;

/// The text as patched so far, and the insertions made, to map offsets back to the original.
struct Patched {
    text: String,
    /// (offset in the patched text, inserted length), in insertion order.
    insertions: Vec<(usize, usize)>,
}

impl Patched {
    fn original_offset(&self, mut offset: usize) -> usize {
        for &(at, len) in self.insertions.iter().rev() {
            if offset >= at + len {
                offset -= len;
            } else if offset >= at {
                offset = at;
            }
        }
        offset
    }
}

fn quoted_name<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = message.strip_prefix(prefix)?.strip_prefix('`')?;
    Some(&rest[..rest.find('`')?])
}

/// The parser's message for the people who edit the file: in Chinese, the field and type names
/// as the file writes them. A message not recognised keeps its words after a Chinese lead-in.
pub fn in_chinese(message: &str) -> String {
    if let Some(field) = quoted_name(message, "unknown field ") {
        let known: Vec<&str> = message
            .split_once("expected ")
            .map(|(_, list)| list.trim_start_matches("one of ").split(", ").map(str::trim).collect())
            .unwrap_or_default();
        return match known.as_slice() {
            [] => format!("未知字段 `{field}`"),
            list => format!("未知字段 `{field}`（这里可以写的字段：{}）", list.join("、")),
        };
    }
    if let Some(field) = quoted_name(message, "missing field ") {
        return format!("缺少字段 `{field}`");
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!(
            "类型不对：写的是{}，这里应是{}",
            type_in_chinese(found),
            type_in_chinese(expected)
        );
    }
    if message.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        return message.to_owned(); // the schema's own messages are Chinese already
    }
    format!("TOML 写法有误：{message}")
}

/// A serde type description in Chinese ("a sequence" → 数组); the value it quotes is kept.
fn type_in_chinese(description: &str) -> String {
    let names = [
        ("a sequence", "数组 [ … ]"),
        ("sequence", "数组 [ … ]"),
        ("a string", "带引号的文字"),
        ("string", "文字"),
        ("integer", "整数"),
        ("floating point", "小数"),
        ("boolean", "true 或 false"),
        ("a boolean", "true 或 false"),
        ("map", "表 { … }"),
        ("struct", "表 { … }"),
        ("u32", "整数"),
        ("u16", "整数"),
    ];
    for (english, chinese) in names {
        if let Some(rest) = description.strip_prefix(english) {
            return format!("{chinese}{rest}");
        }
    }
    description.to_owned()
}

/// Parses `text`, listing every unknown or missing field (a syntax error or any other error stops
/// there). The report is returned only when the file itself has no schema problem.
pub fn parse_toml_all(text: &str) -> (Option<Report>, Vec<LoadError>) {
    let mut patched = Patched {
        text: text.to_owned(),
        insertions: Vec::new(),
    };
    let mut problems = Vec::new();
    while problems.len() < MOST {
        let error = match parse_toml(&patched.text) {
            Ok(report) => return (problems.is_empty().then_some(report), problems),
            Err(error) => error,
        };
        let offset = error.offset.unwrap_or(0);
        let (line, column) = line_column(text, patched.original_offset(offset));
        let positioned = LoadError {
            line: Some(line),
            column: Some(column),
            offset: Some(patched.original_offset(offset)),
            message: in_chinese(&error.message),
        };
        let next = if quoted_name(&error.message, "unknown field ").is_some() {
            blank_key_value(&patched.text, offset).map(|text| Patched {
                text,
                insertions: patched.insertions.clone(),
            })
        } else if let Some(field) = quoted_name(&error.message, "missing field ") {
            with_placeholder(&patched, offset, field)
        } else {
            None
        };
        problems.push(positioned);
        match next {
            Some(next) => patched = next,
            None => break,
        }
    }
    (None, problems)
}

/// The text with the `key = value` starting at `offset` replaced by spaces (line breaks kept), so
/// every other offset stays where it was.
fn blank_key_value(text: &str, offset: usize) -> Option<String> {
    let document = toml_edit::ImDocument::parse(text).ok()?;
    let (mut start, mut end) = (offset, value_end(document.as_item(), offset)?);
    // In an inline table or array, its separating comma goes too: the one before, else the one after.
    let before = text[..start].trim_end_matches([' ', '\t']);
    let after = text[end..].trim_start_matches([' ', '\t']);
    if before.ends_with(',') {
        start = before.len() - 1;
    } else if before.ends_with('{') && after.starts_with(',') {
        end = text.len() - after.len() + 1;
    }
    let blanked: String = text[start..end]
        .chars()
        .map(|c| if c == '\n' { '\n' } else { ' ' })
        .collect();
    let padding = " ".repeat(text[start..end].len() - blanked.len());
    Some(format!("{}{blanked}{padding}{}", &text[..start], &text[end..]))
}

/// The end of the value whose key starts at `offset`, anywhere in the document.
fn value_end(item: &toml_edit::Item, offset: usize) -> Option<usize> {
    let check = |key: &toml_edit::Key, value: &toml_edit::Item| -> Option<usize> {
        if key.span()?.start == offset {
            value.span().map(|s| s.end)
        } else {
            value_end(value, offset)
        }
    };
    match item {
        toml_edit::Item::Table(table) => table.iter().find_map(|(k, v)| check(table.key(k)?, v)),
        toml_edit::Item::ArrayOfTables(tables) => tables
            .iter()
            .find_map(|t| value_end(&toml_edit::Item::Table(t.clone()), offset)),
        toml_edit::Item::Value(toml_edit::Value::InlineTable(table)) => table
            .iter()
            .find_map(|(k, v)| check(table.key(k)?, &toml_edit::Item::Value(v.clone()))),
        toml_edit::Item::Value(toml_edit::Value::Array(array)) => array
            .iter()
            .find_map(|v| value_end(&toml_edit::Item::Value(v.clone()), offset)),
        _ => None,
    }
}

/// The text with `field` added to the table the error points at, with the first placeholder that
/// makes that error go away without a type error at the placeholder.
fn with_placeholder(patched: &Patched, offset: usize, field: &str) -> Option<Patched> {
    let text = &patched.text;
    let (at, before, after) = match text[offset..].chars().next() {
        Some('{') => (offset + 1, " ", ","),
        Some('[') => (
            text[offset..].find('\n').map_or(text.len(), |n| offset + n + 1),
            "",
            "\n",
        ),
        _ => (0, "", "\n"),
    };
    PLACEHOLDERS.iter().find_map(|value| {
        let insert = format!("{before}{field} = {value}{after}");
        let candidate = format!("{}{insert}{}", &text[..at], &text[at..]);
        let fine = match parse_toml(&candidate) {
            Ok(_) => true,
            Err(e) => {
                let inside = e.offset.is_some_and(|o| o >= at && o < at + insert.len());
                let same = quoted_name(&e.message, "missing field ") == Some(field) && e.offset == Some(offset);
                !inside && !same
            }
        };
        fine.then(|| {
            let mut insertions = patched.insertions.clone();
            insertions.push((at, insert.len()));
            Patched {
                text: candidate,
                insertions,
            }
        })
    })
}
