//! Numbers counting up as they come into view: which text can count, and the number shown at each
//! moment. The final text is always the figure as written (余 included).

/// How long a number takes to count up, in milliseconds.
pub const COUNT_UP_MS: f64 = 900.0;

/// A number that counts up: its value in units of its last written digit, and how many digits
/// follow the point ("46.8" is 468 tenths).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountUp {
    pub target: u64,
    pub decimals: usize,
}

impl CountUp {
    /// `shown` (in units of the last digit) written with the target's decimals: 23 tenths is "2.3".
    pub fn text(&self, shown: u64) -> String {
        if self.decimals == 0 {
            return shown.to_string();
        }
        let mut digits = shown.to_string();
        if digits.len() <= self.decimals {
            digits.insert_str(0, &"0".repeat(self.decimals + 1 - digits.len()));
        }
        digits.insert(digits.len() - self.decimals, '.');
        digits
    }
}

/// A number as displayed, split into the number and the rest ("100余" → 100, "余"; "46.8亿元" →
/// 468 tenths, "亿元"); `None` when it does not start with a plain number.
pub fn split_number(text: &str) -> Option<(CountUp, &str)> {
    let digits_at = |from: &str| from.len() - from.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let whole = digits_at(text);
    if whole == 0 {
        return None;
    }
    let rest = &text[whole..];
    let decimals = match rest.strip_prefix('.') {
        Some(after) => digits_at(after),
        None => 0,
    };
    let end = if decimals > 0 { whole + 1 + decimals } else { whole };
    // The digits as one integer, in units of the last one (no string search or float parsing in
    // the wasm for this).
    let mut target: u64 = 0;
    for digit in text[..end].bytes().filter(u8::is_ascii_digit) {
        target = target.checked_mul(10)?.checked_add(u64::from(digit - b'0'))?;
    }
    Some((CountUp { target, decimals }, &text[end..]))
}

/// The number shown `elapsed` ms into counting up to `value`: eased out, never above `value`, and
/// exactly `value` once the time is up.
pub fn counted(value: u64, elapsed: f64) -> u64 {
    if elapsed.is_nan() || elapsed >= COUNT_UP_MS {
        return value;
    }
    let t = (elapsed / COUNT_UP_MS).max(0.0);
    let eased = 1.0 - (1.0 - t).powi(3);
    ((value as f64 * eased).floor() as u64).min(value)
}
