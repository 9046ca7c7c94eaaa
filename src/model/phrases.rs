//! Where a heading or a label may break a line: between its phrases. A Chinese line may break
//! between any two characters, which splits words (全/面, 大/局); headings and labels break only
//! after their punctuation, after 的 and before 关于, and between two phrases only. The page joins
//! the phrases with `<wbr>` under `word-break: keep-all`; the pictures wrap by the same phrases.

/// Marks after which a line may break.
const BREAK_AFTER: &str = "，、；：。！？”》）的";
/// Words before which a line may break.
const BREAK_BEFORE: [&str; 1] = ["关于"];

/// `text` cut into its phrases; joined, they give back `text` exactly.
pub fn phrases(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        let before_next = BREAK_BEFORE.iter().any(|w| text[end..].starts_with(w));
        let last = end == text.len();
        if !last && (BREAK_AFTER.contains(c) || before_next) {
            out.push(&text[start..end]);
            start = end;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}
