//! Text wrapped for pictures by counting characters (a Chinese character is one em, ASCII about
//! 0.6), never by measuring, so the host and the browser lay out the same picture.

fn units(c: char) -> f32 {
    if c.is_ascii() {
        0.6
    } else {
        1.0
    }
}

/// The width of `text` at `size` px, by the same count.
pub fn text_width(text: &str, size: f32) -> f32 {
    text.chars().map(|c| units(c) * size).sum()
}

/// `text` cut into its unbreakable pieces: a run of ASCII letters and digits ("158", "2024"), or
/// one other character.
fn pieces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_run = false;
    for (at, c) in text.char_indices() {
        let alnum = c.is_ascii_alphanumeric();
        if at > start && !(in_run && alnum) {
            out.push(&text[start..at]);
            start = at;
        }
        in_run = alnum;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// `text` cut into lines of at most `width` pixels at `size`: numbers are never split, and closing
/// punctuation never starts a line.
pub fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0.0;
    for piece in pieces(text) {
        let w = text_width(piece, size);
        let closing = piece.chars().all(|c| "，。、；：！？）》」”’％".contains(c));
        if used + w > width && !line.is_empty() && !closing {
            lines.push(std::mem::take(&mut line));
            used = 0.0;
        }
        line.push_str(piece);
        used += w;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` in as many lines as `wrap` needs at `width`, but each as even as possible (a heading
/// never ends in a line of one or two characters).
pub fn wrap_balanced(text: &str, size: f32, width: f32) -> Vec<String> {
    let lines = wrap(text, size, width);
    if lines.len() < 2 {
        return lines;
    }
    let (mut narrow, mut wide) = (size, width);
    while wide - narrow > 1.0 {
        let middle = (narrow + wide) / 2.0;
        if wrap(text, size, middle).len() > lines.len() {
            narrow = middle;
        } else {
            wide = middle;
        }
    }
    wrap(text, size, wide)
}

/// `text` cut into its phrases (`model::phrases`: after punctuation and 的, before 关于), packed
/// into as even lines of at most `width` pixels as the phrases allow, as a heading or label is best
/// broken; when a phrase alone is wider than a line, as even lines as `wrap_balanced` makes.
pub fn wrap_phrases(text: &str, size: f32, width: f32) -> Vec<String> {
    let phrases = crate::model::phrases(text);
    if phrases.iter().any(|p| text_width(p, size) > width) {
        return wrap_balanced(text, size, width);
    }
    let pack = |width: f32| {
        let mut lines: Vec<String> = Vec::new();
        for phrase in &phrases {
            match lines.last_mut() {
                Some(line) if text_width(line, size) + text_width(phrase, size) <= width => line.push_str(phrase),
                _ => lines.push((*phrase).to_owned()),
            }
        }
        lines
    };
    // As few lines as at `width`, but as even as they can be.
    let count = pack(width).len();
    let (mut narrow, mut wide) = (0.0, width);
    while wide - narrow > 1.0 {
        let middle = (narrow + wide) / 2.0;
        if pack(middle).len() > count {
            narrow = middle;
        } else {
            wide = middle;
        }
    }
    pack(wide)
}
