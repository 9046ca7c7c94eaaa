//! Charts to take away: a standalone SVG (colours resolved for the reader's theme, title and source
//! drawn in, so the file stands on its own) and the numbers as CSV (UTF-8 with a byte-order mark,
//! so Excel opens the Chinese correctly). Pure strings; the browser turns them into files.

use super::{Rendered, TableRow, FONT_STACK, THEME_COLOURS};
use crate::model::escape;

/// The width charts are drawn at for downloads (PNG doubles it), whatever the screen.
pub const EXPORT_WIDTH: u32 = 640;

const HEADER: u32 = 48;
const FOOTER: u32 = 36;

/// Concrete colours for a standalone drawing or a picture, read from the page's theme tokens (the
/// CSS variable each field comes from is named beside it; `Palette::default()` is the light theme,
/// and tests/tokens.rs holds it to `assets/styles/app.css`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    /// `--surface`: cards, and the background of chart files.
    pub background: String,
    /// `--bg`: the pictures' page.
    pub paper: String,
    /// `--text`.
    pub text: String,
    /// `--chart-bar`.
    pub bar: String,
    /// `--chart-axis`: the axis, sources, secondary text.
    pub axis: String,
    /// `--accent`: numerals and highlights.
    pub accent: String,
    /// `--band`: the header and the section bands.
    pub band: String,
    /// `--on-accent`: text on a band.
    pub on_band: String,
    /// `--gold`: badges and the banner, only as a fill or on a band.
    pub gold: String,
    /// `--border`.
    pub border: String,
    /// `--accent-soft`: the panel behind a group of cards.
    pub panel: String,
}

/// The CSS variable behind each field of [`Palette`], in field order.
pub const PALETTE_TOKENS: [&str; 11] = [
    "--surface",
    "--bg",
    "--text",
    "--chart-bar",
    "--chart-axis",
    "--accent",
    "--band",
    "--on-accent",
    "--gold",
    "--border",
    "--accent-soft",
];

impl Default for Palette {
    /// The light theme's colours, used when the page's cannot be read.
    fn default() -> Palette {
        Palette::from_values(
            [
                "#ffffff", "#fff9f2", "#1f1a17", "#c8161d", "#5c544e", "#c8161d", "#8e1016", "#ffffff", "#e8b94a",
                "#eadfd5", "#fcefe9",
            ]
            .map(str::to_owned),
        )
    }
}

impl Palette {
    /// A palette from values in the order of [`PALETTE_TOKENS`].
    pub fn from_values(
        [background, paper, text, bar, axis, accent, band, on_band, gold, border, panel]: [String; 11],
    ) -> Palette {
        Palette {
            background,
            paper,
            text,
            bar,
            axis,
            accent,
            band,
            on_band,
            gold,
            border,
            panel,
        }
    }

    /// The values in the order of [`PALETTE_TOKENS`].
    pub fn values(&self) -> [&str; 11] {
        [
            &self.background,
            &self.paper,
            &self.text,
            &self.bar,
            &self.axis,
            &self.accent,
            &self.band,
            &self.on_band,
            &self.gold,
            &self.border,
            &self.panel,
        ]
    }

    /// The palette with every colour that is not a plain CSS colour value replaced by the default's,
    /// so nothing but a colour can reach the SVG's attributes.
    pub fn sanitised(self) -> Palette {
        let fallback = Palette::default();
        let plain = |colour: &str| {
            !colour.is_empty()
                && colour.len() <= 64
                && colour
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "#(),. %/".contains(c))
        };
        let values = self.values();
        let fallbacks = fallback.values();
        Palette::from_values(std::array::from_fn(|i| {
            if plain(values[i]) { values[i] } else { fallbacks[i] }.to_owned()
        }))
    }
}

impl Palette {
    /// A themed drawing (see `THEME_COLOURS`) with its CSS variables replaced by these colours, so
    /// it can leave the page; the palette is sanitised first.
    pub fn resolve(&self, svg: &str) -> String {
        let palette = self.clone().sanitised();
        let colours = [&palette.bar, &palette.text, &palette.axis];
        THEME_COLOURS
            .iter()
            .zip(colours)
            .fold(svg.to_owned(), |svg, ((_, variable), colour)| {
                svg.replace(variable, colour)
            })
    }
}

/// A drawing that stands on its own as a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Standalone {
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// The drawing as a file: a background, the title above, the source below, theme variables
/// replaced by `palette`'s colours.
pub fn standalone_svg(rendered: &Rendered, title: &str, source: &str, palette: &Palette) -> Standalone {
    let inner = palette.resolve(&rendered.svg);
    let palette = palette.clone().sanitised();
    let inner = inner.replacen("<svg ", &format!("<svg x=\"0\" y=\"{HEADER}\" "), 1);
    let (width, height) = (rendered.width, rendered.height + HEADER + FOOTER);
    let svg = format!(
        concat!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">",
            "<rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/>",
            "<text x=\"8\" y=\"32\" font-family=\"{font}\" font-size=\"22\" font-weight=\"bold\" fill=\"{text}\">{title}</text>",
            "{inner}",
            "<text x=\"8\" y=\"{source_y}\" font-family=\"{font}\" font-size=\"14\" fill=\"{axis}\">资料来源：{source}</text>",
            "</svg>"
        ),
        w = width,
        h = height,
        font = FONT_STACK,
        bg = palette.background,
        text = palette.text,
        axis = palette.axis,
        title = escape(title),
        inner = inner,
        source_y = height - 12,
        source = escape(source),
    );
    Standalone { svg, width, height }
}

/// One CSV field, quoted when it holds a comma, a quote or a line break. A field that starts like
/// a formula (`=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so spreadsheets
/// show it as text and never evaluate it (OWASP's advice on CSV injection).
fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The rows as CSV: a byte-order mark, a header (项目, 数值, 单位), CRLF line ends.
pub fn table_csv(rows: &[TableRow]) -> String {
    let mut csv = String::from("\u{feff}项目,数值,单位\r\n");
    for row in rows {
        let fields = [&row.label, &row.value_text, &row.unit].map(|f| csv_field(f));
        csv.push_str(&fields.join(","));
        csv.push_str("\r\n");
    }
    csv
}
