//! Pure chart drawing with plotters' SVG backend: a spec and a size in, an SVG string and the
//! marks' pixel boxes out. No yew, no browser; layout never measures text, so the host and the
//! browser draw the same string (the server can prerender it and the browser hydrate it).

mod bars;
mod cards;
mod export;
mod image_layout;
mod long_image;
mod qr;
mod share_card;
#[cfg(feature = "plotters")]
mod svg_backend;
mod wrap;

pub use bars::{layout_bar_rows, layout_bars, render_bar_rows, render_bars, BarRows, BarSpec};
pub use cards::{layout_cards, render_cards, CardSpec};
pub use export::{standalone_svg, table_csv, Palette, Standalone, EXPORT_WIDTH, PALETTE_TOKENS};
pub use image_layout::{
    most_part_height, Band, Card, Composer, ImagePart, ImageStyle, Tone, IMAGE_SCALE, IMAGE_WIDTH,
    MOST_PART_PIXEL_HEIGHT, MOST_PART_PIXEL_WIDTH, MOST_PIXELS,
};
pub use long_image::{item_image, long_image, section_image, QR_CAPTION};
pub use qr::{qr_modules, qr_path, qr_svg};
pub use share_card::{share_card, CardShape};
pub use wrap::{text_width, wrap};

/// A chart as the data declares it: bars on one axis (one unit) or cards (each its own unit).
#[derive(Debug, Clone, PartialEq)]
pub enum ChartSpec {
    Bars(BarSpec),
    Cards(CardSpec),
}

impl ChartSpec {
    /// Draws the chart at `width` SVG pixels.
    pub fn render(&self, width: u32) -> Result<Rendered, ChartError> {
        match self {
            ChartSpec::Bars(spec) => render_bars(spec, width),
            ChartSpec::Cards(spec) => render_cards(spec, width),
        }
    }

    /// Draws the chart at `width` SVG pixels for a picture: bars in compact rows.
    pub fn render_in_picture(&self, width: u32) -> Result<Rendered, ChartError> {
        match self {
            ChartSpec::Bars(spec) => render_bar_rows(spec, width, BarRows::Picture),
            ChartSpec::Cards(spec) => render_cards(spec, width),
        }
    }

    /// The chart's numbers as table rows, in drawing order.
    pub fn rows(&self) -> Vec<TableRow> {
        match self {
            ChartSpec::Bars(spec) => spec.rows(),
            ChartSpec::Cards(spec) => spec.rows.clone(),
        }
    }
}

/// One figure as a row of the chart's table: the report's words, the number as written, the unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    pub label: String,
    pub value_text: String,
    pub unit: String,
}

impl TableRow {
    pub fn from_figure(figure: &crate::data::Figure) -> TableRow {
        TableRow {
            label: figure.label.to_string(),
            value_text: figure.number_text(),
            unit: figure.unit.to_string(),
        }
    }
}

impl ChartSpec {
    /// The spec of a chart view, of the kind the data declares.
    pub fn from_view(view: &crate::model::ChartView) -> ChartSpec {
        match view.chart.kind {
            crate::data::ChartKind::Bars => ChartSpec::Bars(BarSpec::from_view(view)),
            crate::data::ChartKind::Cards => ChartSpec::Cards(CardSpec {
                rows: view.figures.iter().map(TableRow::from_figure).collect(),
            }),
        }
    }
}

/// What a render produces: the SVG and, for each mark, its box in SVG pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub svg: String,
    pub width: u32,
    pub height: u32,
    pub marks: Vec<MarkBox>,
}

/// A drawn mark (a bar) and where it is, for readouts and hit targets laid over the SVG.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkBox {
    pub label: String,
    /// The number as written with its unit ("100余条").
    pub value_text: String,
    /// Where the unit begins in `value_text` (a byte index).
    pub unit_at: usize,
    /// The drawn bar's length; the box (`x`, `y`, `width`, `height`) is the hit target around it.
    pub bar_length: i32,
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
}

/// Why a chart could not be drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

impl std::fmt::Display for ChartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "图表无法绘制：{}", self.0)
    }
}

/// The page's CJK font stack (`--font` in app.css, checked by tests/tokens.rs), for every `<text>`
/// the build draws: in the page's charts, chart files and pictures, digits come from the same
/// face as the characters around them, never from a Latin fallback. Quoted for an SVG attribute.
pub const FONT_STACK: &str = "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

/// Colours are drawn as placeholders and turned into CSS variables, so one SVG follows the light,
/// dark and high-contrast themes without a redraw.
pub(crate) const THEME_COLOURS: [(&str, &str); 3] = [
    ("#010203", "var(--chart-bar)"),
    ("#040506", "var(--text)"),
    ("#070809", "var(--chart-axis)"),
];

/// A drawing from its layout (width, height, marks): `draw` turns the marks into SVG, and the
/// colours become theme variables.
pub(crate) fn drawn(
    (width, height, marks): (u32, u32, Vec<MarkBox>),
    draw: fn(&[MarkBox], u32, u32) -> Result<String, ChartError>,
) -> Result<Rendered, ChartError> {
    let svg = themed(draw(&marks, width, height)?);
    Ok(Rendered {
        svg,
        width,
        height,
        marks,
    })
}

/// The drawing function of a build without plotters (made only to measure plotters' bytes).
#[cfg(not(feature = "plotters"))]
pub(crate) fn without_plotters(_marks: &[MarkBox], _width: u32, _height: u32) -> Result<String, ChartError> {
    Err(ChartError("built without plotters".to_owned()))
}

/// plotters' drawing with theme variables for its placeholder colours and the page's font stack.
fn themed(svg: String) -> String {
    let svg = svg.replace("font-family=\"sans-serif\"", &format!("font-family=\"{FONT_STACK}\""));
    THEME_COLOURS.iter().fold(svg, |svg, (placeholder, variable)| {
        svg.replace(
            &format!("fill=\"{placeholder}\""),
            &format!("style=\"fill:{variable}\""),
        )
        .replace(
            &format!("stroke=\"{placeholder}\""),
            &format!("style=\"stroke:{variable}\""),
        )
    })
}
