//! Text as offices have it, made plain before it is read: what Word, WPS and web pages leave in
//! copied or saved text and no reader sees. Only glyph forms change, never words or numbers:
//!
//! - line ends: CRLF and a lone CR (old Macs, some web forms) become one line break;
//! - characters no reader sees go: the byte-order mark, control characters (a page break, Word's
//!   soft line break `U+000B` inside a paragraph, which joins the paragraph's two halves), the
//!   line and paragraph separators inside a line, zero-width spaces and joiners;
//! - spaces of other widths (no-break, thin, figure spaces) become an ordinary space; the
//!   full-width space `U+3000`, which marks indentation, is kept;
//! - full-width digits `０`–`９` become `0`–`9`, a full-width point between digits (`12．5`)
//!   becomes `.` (but not after a line's first one or two digits: `1．2023年…` is Word's item
//!   number 1, followed by its text), and a full-width or typographic minus before a digit (`－3`, `−3`) becomes `-`,
//!   as the national rules for numbers in print write them (GB/T 15835) and as the site shows
//!   them.
//!
//! Line numbers are kept: a line of the cleaned text is the line of the same number in the file
//! (as Notepad counts them).

/// Characters no reader sees, dropped.
fn is_invisible(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{2028}' | '\u{2029}' | '\u{00AD}'
        )
}

/// Spaces of another width, made ordinary spaces.
fn is_other_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}')
}

/// A full-width digit as its ASCII digit.
fn half_width_digit(c: char) -> Option<char> {
    match c {
        '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')),
        _ => None,
    }
}

/// Whether the digits just before `at` are a line's first one or two characters after its
/// indentation: a list item's number.
fn item_number_before(chars: &[char], at: usize) -> bool {
    let digits = chars[..at].iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let before = chars[..at - digits]
        .iter()
        .rev()
        .find(|c| !matches!(c, ' ' | '\t' | '\u{3000}'));
    digits <= 2 && before.is_none_or(|c| *c == '\n')
}

/// `text` with its glyph forms made plain (see the module's notes).
pub fn cleaned(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let chars: Vec<char> = text
        .chars()
        .filter(|c| !is_invisible(*c))
        .map(|c| {
            if is_other_space(c) {
                ' '
            } else {
                half_width_digit(c).unwrap_or(c)
            }
        })
        .collect();
    let mut out = String::with_capacity(text.len());
    for (at, &c) in chars.iter().enumerate() {
        let before = at.checked_sub(1).and_then(|i| chars.get(i)).copied();
        let after = chars.get(at + 1).copied();
        let digit_after = after.is_some_and(|a| a.is_ascii_digit());
        let digit_before = before.is_some_and(|b| b.is_ascii_digit());
        match c {
            '．' if digit_before && digit_after && !item_number_before(&chars, at) => out.push('.'),
            '－' | '−' if digit_after && !digit_before => out.push('-'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::cleaned;

    #[test]
    fn glyph_forms_are_made_plain_and_lines_kept() {
        assert_eq!(cleaned("\u{feff}标题\r\n正文\r末行"), "标题\n正文\n末行");
        assert_eq!(cleaned("开展调研\u{b}形成报告\u{c}"), "开展调研形成报告");
        assert_eq!(
            cleaned("共\u{a0}２９６件，１２．５公里，下降－３．２％"),
            "共 296件，12.5公里，下降-3.2％"
        );
        assert_eq!(
            cleaned("\u{3000}1．完善制度"),
            "\u{3000}1．完善制度",
            "a list marker's point stays"
        );
        assert_eq!(
            cleaned("3－5个"),
            "3－5个",
            "a dash between digits is a range, not a minus"
        );
        assert_eq!(
            cleaned("首行\n\u{3000}１．２０２３年完成１２．５公里"),
            "首行\n\u{3000}1．2023年完成12.5公里",
            "an item's number keeps its point; a decimal's becomes ASCII"
        );
    }
}
