//! The SVG backend plotters draws the charts through: the markup of plotters' own `SVGBackend`
//! (same elements, attributes and escaping) for the primitives the charts use, but every number
//! written with integer arithmetic. plotters' backend prints a text's size and every colour's
//! opacity with `f64`'s `Display`, which alone linked Rust's float printing (about 11 KB of wasm,
//! 1.5 KiB brotli) into every bundle that draws a chart. Sizes are written to a tenth of a pixel;
//! an opaque colour writes no opacity.

use plotters_backend::{
    text_anchor::{HPos, VPos},
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle,
};

/// Draws into a `String`, like `SVGBackend::with_string`.
pub struct SvgBackend<'a> {
    out: &'a mut String,
    size: (u32, u32),
    closed: bool,
}

/// Drawing into a string cannot fail; the type only satisfies plotters' error bound.
#[derive(Debug)]
pub struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("svg")
    }
}

impl std::error::Error for Never {}

type Drawn = Result<(), DrawingErrorKind<Never>>;

impl<'a> SvgBackend<'a> {
    pub fn with_string(out: &'a mut String, size: (u32, u32)) -> SvgBackend<'a> {
        let (w, h) = size;
        out.push_str(&format!(
            "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        ));
        SvgBackend {
            out,
            size,
            closed: false,
        }
    }

    /// One element: `<name a="v" …/>` (self-closed) or `<name a="v" …>` (opened).
    fn tag(&mut self, name: &str, attributes: &[(&str, &str)], closed: bool) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attributes {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            escape_into(self.out, value);
            self.out.push('"');
        }
        self.out.push_str(if closed { "/>\n" } else { ">\n" });
    }
}

/// plotters' SVG escaping.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            other => out.push(other),
        }
    }
}

fn colour(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// `value` to one decimal, in integer arithmetic: 16.129… → "16.1", 2 → "2".
pub(crate) fn tenths(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
    match tenth {
        0 => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{tenth}"),
    }
}

/// The opacity attribute of a colour that is not opaque (in thousandths).
fn opacity(color: BackendColor) -> Option<String> {
    let thousandths = (color.alpha.clamp(0.0, 1.0) * 1000.0).round() as u32;
    (thousandths < 1000).then(|| format!("0.{thousandths:03}"))
}

impl DrawingBackend for SvgBackend<'_> {
    type ErrorType = Never;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        if !std::mem::replace(&mut self.closed, true) {
            self.out.push_str("</svg>\n");
        }
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        self.draw_rect(point, (point.0 + 1, point.1 + 1), &color, true)
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Drawn {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (upper_left.0.to_string(), upper_left.1.to_string());
        let width = (bottom_right.0 - upper_left.0).to_string();
        let height = (bottom_right.1 - upper_left.1).to_string();
        let painted = colour(color);
        let (fill, stroke) = if fill {
            (painted.as_str(), "none")
        } else {
            ("none", painted.as_str())
        };
        let opacity = opacity(color);
        let mut attributes = vec![
            ("x", x.as_str()),
            ("y", y.as_str()),
            ("width", width.as_str()),
            ("height", height.as_str()),
        ];
        attributes.extend(opacity.as_deref().map(|o| ("opacity", o)));
        attributes.extend([("fill", fill), ("stroke", stroke)]);
        self.tag("rect", &attributes, true);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let points: String = path.into_iter().map(|(x, y)| format!("{x},{y} ")).collect();
        let (stroke, width, opacity) = (colour(color), style.stroke_width().to_string(), opacity(color));
        let mut attributes = vec![("fill", "none")];
        attributes.extend(opacity.as_deref().map(|o| ("opacity", o)));
        attributes.extend([
            ("stroke", stroke.as_str()),
            ("stroke-width", width.as_str()),
            ("points", points.as_str()),
        ]);
        self.tag("polyline", &attributes, true);
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        let (x, y, fill, opacity) = (pos.0.to_string(), pos.1.to_string(), colour(color), opacity(color));
        // plotters' convention: a requested size is written ÷ 1.24.
        let size = tenths(style.size() / 1.24);
        let (family, font_style) = (style.family(), style.style());
        let mut attributes = vec![
            ("x", x.as_str()),
            ("y", y.as_str()),
            ("dy", dy),
            ("text-anchor", anchor),
            ("font-family", family.as_str()),
            ("font-size", size.as_str()),
        ];
        attributes.extend(opacity.as_deref().map(|o| ("opacity", o)));
        attributes.push(("fill", fill.as_str()));
        match &font_style {
            FontStyle::Normal => {}
            FontStyle::Bold => attributes.push(("font-weight", "bold")),
            other => attributes.push(("font-style", other.as_str())),
        }
        self.tag("text", &attributes, false);
        escape_into(self.out, text);
        self.out.push_str("\n</text>\n");
        Ok(())
    }
}

impl Drop for SvgBackend<'_> {
    fn drop(&mut self) {
        let _closed = self.present();
    }
}

#[cfg(test)]
mod tests {
    use super::tenths;

    #[test]
    fn sizes_are_written_to_a_tenth_without_float_printing() {
        assert_eq!(tenths(20.0 / 1.24), "16.1");
        assert_eq!(tenths(2.0), "2");
        assert_eq!(tenths(35.0), "35");
        assert_eq!(tenths(-1.25), "-1.3");
        assert_eq!(tenths(0.04), "0");
    }
}
