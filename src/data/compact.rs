//! The compact form pages carry their data in: JSON whose structs are arrays of their fields (no
//! field names), enums their variant's index, `null` for an absent option, a figure's number its
//! text as written.
//!
//! Written and read by the `Compact` impls below, one list of fields per type (`compact_struct!`)
//! for both directions, not by serde: read through serde's derived visitors, the same form made the
//! report's wasm 11 KiB brotli heavier than this. Every `<` is written `\u003c`, so the text can
//! stand in an HTML `<script>` data block and never end it. A reading error carries the byte
//! offset where reading stopped.

use super::page_data::{IconOutline, LoaderPin, PageData};
use super::schema::{
    Area, Chart, ChartKind, Figure, FigureValue, Group, Item, Meta, Outlook, Proposals, Qualifier, Report, Review,
    Site, Tasks,
};
use std::rc::Rc;

/// Why a text could not be read: what was expected, and the byte offset where reading stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompactError {
    pub message: &'static str,
    pub offset: usize,
}

impl std::fmt::Display for CompactError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}（第 {} 字节）", self.message, self.offset)
    }
}

impl std::error::Error for CompactError {}

/// A value with a compact form.
pub trait Compact: Sized {
    fn write(&self, out: &mut String);
    fn read(reader: &mut Reader<'_>) -> Result<Self, CompactError>;
}

/// `value` in the compact form.
pub fn to_string<T: Compact>(value: &T) -> String {
    let mut out = String::new();
    value.write(&mut out);
    out
}

/// A value read from its compact form; the whole text must be that one value.
pub fn from_str<T: Compact>(text: &str) -> Result<T, CompactError> {
    let mut reader = Reader { text, at: 0 };
    let value = T::read(&mut reader)?;
    reader.skip_space();
    if reader.at != text.len() {
        return Err(reader.error("多余的内容"));
    }
    Ok(value)
}

/// A text being read, and how far.
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl Reader<'_> {
    fn error(&self, message: &'static str) -> CompactError {
        CompactError {
            message,
            offset: self.at,
        }
    }

    fn skip_space(&mut self) {
        let rest = &self.text[self.at..];
        self.at += rest.len() - rest.trim_start_matches([' ', '\n', '\r', '\t']).len();
    }

    /// Steps over `word` (after any space) if it comes next.
    fn eat(&mut self, word: &str) -> bool {
        self.skip_space();
        let found = self.text[self.at..].starts_with(word);
        if found {
            self.at += word.len();
        }
        found
    }

    fn expect(&mut self, word: &str, message: &'static str) -> Result<(), CompactError> {
        if self.eat(word) {
            Ok(())
        } else {
            Err(self.error(message))
        }
    }

    /// Before each element of an array: a comma unless it is the first.
    fn separator(&mut self, first: &mut bool) -> Result<(), CompactError> {
        if !std::mem::take(first) {
            self.expect(",", "应为逗号")?;
        }
        Ok(())
    }

    fn unsigned(&mut self) -> Result<u64, CompactError> {
        self.skip_space();
        let digits = self.text[self.at..].bytes().take_while(u8::is_ascii_digit).count();
        let value = self.text[self.at..self.at + digits]
            .parse()
            .map_err(|_| self.error("应为整数"))?;
        self.at += digits;
        Ok(value)
    }

    fn string(&mut self) -> Result<String, CompactError> {
        self.expect("\"", "应为字符串")?;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            let plain = rest.find(['"', '\\']).ok_or_else(|| self.error("字符串没有结束"))?;
            out.push_str(&rest[..plain]);
            self.at += plain + 1;
            if rest[plain..].starts_with('"') {
                return Ok(out);
            }
            out.push(self.escaped()?);
        }
    }

    /// The character an escape after `\` stands for (a surrogate pair as one character).
    fn escaped(&mut self) -> Result<char, CompactError> {
        let simple = match self.text.as_bytes().get(self.at) {
            Some(b'"') => Some('"'),
            Some(b'\\') => Some('\\'),
            Some(b'/') => Some('/'),
            Some(b'n') => Some('\n'),
            Some(b'r') => Some('\r'),
            Some(b't') => Some('\t'),
            Some(b'u') => None,
            _ => return Err(self.error("无效的转义")),
        };
        self.at += 1;
        if let Some(c) = simple {
            return Ok(c);
        }
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high) && self.text[self.at..].starts_with("\\u") {
            self.at += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(self.error("无效的字符"));
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| self.error("无效的字符"))
    }

    fn hex4(&mut self) -> Result<u32, CompactError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error("无效的转义"))?;
        let code = u32::from_str_radix(digits, 16).map_err(|_| self.error("无效的转义"))?;
        self.at += 4;
        Ok(code)
    }
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Compact for String {
    fn write(&self, out: &mut String) {
        write_string(self, out);
    }
    fn read(reader: &mut Reader<'_>) -> Result<Self, CompactError> {
        reader.string()
    }
}

impl Compact for Rc<str> {
    fn write(&self, out: &mut String) {
        write_string(self, out);
    }
    fn read(reader: &mut Reader<'_>) -> Result<Self, CompactError> {
        reader.string().map(Rc::from)
    }
}

impl Compact for bool {
    fn write(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
    fn read(reader: &mut Reader<'_>) -> Result<Self, CompactError> {
        if reader.eat("true") {
            Ok(true)
        } else if reader.eat("false") {
            Ok(false)
        } else {
            Err(reader.error("应为 true 或 false"))
        }
    }
}

impl Compact for u16 {
    fn write(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
    fn read(reader: &mut Reader<'_>) -> Result<Self, CompactError> {
        let value = reader.unsigned()?;
        u16::try_from(value).map_err(|_| reader.error("整数超出范围"))
    }
}

impl<T: Compact> Compact for Option<T> {
    fn write(&self, out: &mut String) {
        match self {
            Some(value) => value.write(out),
            None => out.push_str("null"),
        }
    }
    fn read(reader: &mut Reader<'_>) -> Result<Self, CompactError> {
        if reader.eat("null") {
            Ok(None)
        } else {
            T::read(reader).map(Some)
        }
    }
}

impl<T: Compact> Compact for Rc<[T]> {
    fn write(&self, out: &mut String) {
        out.push('[');
        for (n, value) in self.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            value.write(out);
        }
        out.push(']');
    }
    fn read(reader: &mut Reader<'_>) -> Result<Self, CompactError> {
        reader.expect("[", "应为数组")?;
        let (mut values, mut first) = (Vec::new(), true);
        while !reader.eat("]") {
            reader.separator(&mut first)?;
            values.push(T::read(reader)?);
        }
        Ok(values.into())
    }
}

impl<A: Compact, B: Compact> Compact for (A, B) {
    fn write(&self, out: &mut String) {
        out.push('[');
        self.0.write(out);
        out.push(',');
        self.1.write(out);
        out.push(']');
    }
    fn read(reader: &mut Reader<'_>) -> Result<Self, CompactError> {
        reader.expect("[", "应为数组")?;
        let first = A::read(reader)?;
        reader.expect(",", "应为逗号")?;
        let second = B::read(reader)?;
        reader.expect("]", "数组没有结束")?;
        Ok((first, second))
    }
}

impl Compact for FigureValue {
    fn write(&self, out: &mut String) {
        write_string(&self.to_string(), out);
    }
    fn read(reader: &mut Reader<'_>) -> Result<Self, CompactError> {
        let text = reader.string()?;
        FigureValue::parse(&text).map_err(|_| reader.error("应为照录的数字"))
    }
}

impl Compact for Qualifier {
    fn write(&self, out: &mut String) {
        let index = Qualifier::ALL.iter().position(|q| q == self).unwrap_or(0);
        out.push_str(&index.to_string());
    }
    fn read(reader: &mut Reader<'_>) -> Result<Self, CompactError> {
        let index = usize::try_from(reader.unsigned()?).unwrap_or(usize::MAX);
        Qualifier::ALL
            .get(index)
            .copied()
            .ok_or_else(|| reader.error("无效的约数词"))
    }
}

impl Compact for ChartKind {
    fn write(&self, out: &mut String) {
        out.push(match self {
            ChartKind::Bars => '0',
            ChartKind::Cards => '1',
        });
    }
    fn read(reader: &mut Reader<'_>) -> Result<Self, CompactError> {
        match reader.unsigned()? {
            0 => Ok(ChartKind::Bars),
            1 => Ok(ChartKind::Cards),
            _ => Err(reader.error("无效的图表类型")),
        }
    }
}

/// A struct as the array of the fields listed, in that order, both ways.
macro_rules! compact_struct {
    ($name:ident { $($field:ident),+ $(,)? }) => {
        impl Compact for $name {
            fn write(&self, out: &mut String) {
                out.push('[');
                let mut first = true;
                $(
                    if !std::mem::take(&mut first) {
                        out.push(',');
                    }
                    self.$field.write(out);
                )+
                out.push(']');
            }
            fn read(reader: &mut Reader<'_>) -> Result<Self, CompactError> {
                reader.expect("[", "应为数组")?;
                let mut first = true;
                let value = $name {
                    $($field: {
                        reader.separator(&mut first)?;
                        Compact::read(reader)?
                    },)+
                };
                reader.expect("]", "数组没有结束")?;
                Ok(value)
            }
        }
    };
}

compact_struct!(PageData { report, icons, loader });
compact_struct!(IconOutline { name, outline });
compact_struct!(LoaderPin { file, integrity });
compact_struct!(Report {
    site,
    meta,
    review,
    tasks,
    proposals,
    charts
});
compact_struct!(Site {
    public_url,
    embed_frame_ancestors,
    talk_minutes,
    organizer,
    icp_record,
    police_record,
    site_code,
    publisher,
    published
});
compact_struct!(Meta {
    banner,
    title,
    sources,
    key_figures
});
compact_struct!(Review {
    id,
    heading,
    intro,
    results_heading,
    areas
});
compact_struct!(Area {
    id,
    heading,
    icon,
    highlights,
    groups
});
compact_struct!(Group { heading, items });
compact_struct!(Item { text, figures });
compact_struct!(Figure {
    id,
    value,
    unit,
    label,
    approximate,
    qualifier
});
compact_struct!(Tasks {
    id,
    heading,
    icon,
    highlights,
    requirements_label,
    requirements,
    items
});
compact_struct!(Proposals {
    id,
    heading,
    icon,
    highlights,
    measures_heading,
    summary,
    groups,
    outlook
});
compact_struct!(Outlook { heading, items });
compact_struct!(Chart {
    id,
    kind,
    title,
    figures,
    notes
});
