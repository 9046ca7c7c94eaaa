//! Numbers counting up as they come into view: which text can count, and the number shown at each
//! moment. The final text is always the figure as written (余 included).

/// How long a number takes to count up, in milliseconds.
pub const COUNT_UP_MS: f64 = 900.0;

/// A number as displayed, split into its leading digits and the rest ("100余" → 100, "余");
/// `None` when it does not start with a plain number.
pub fn split_number(text: &str) -> Option<(u32, &str)> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let value = text.get(..digits)?.parse().ok()?;
    Some((value, &text[digits..]))
}

/// The number shown `elapsed` ms into counting up to `value`: eased out, never above `value`, and
/// exactly `value` once the time is up.
pub fn counted(value: u32, elapsed: f64) -> u32 {
    if elapsed.is_nan() || elapsed >= COUNT_UP_MS {
        return value;
    }
    let t = (elapsed / COUNT_UP_MS).max(0.0);
    let eased = 1.0 - (1.0 - t).powi(3);
    ((f64::from(value) * eased).floor() as u32).min(value)
}
