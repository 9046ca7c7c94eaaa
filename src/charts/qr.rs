//! A QR code as one SVG path from the `qrcode` crate's modules, with a quiet zone of four modules:
//! for the page's QR images and the long image's way back to the report.

use qrcode::{Color, QrCode};

/// The path of the dark modules and the side of the drawing, in modules; `None` for text that
/// cannot be encoded.
pub fn qr_path(text: &str) -> Option<(String, usize)> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let mut d = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            d.push_str(&format!("M{} {}h1v1h-1z", i % width + 4, i / width + 4));
        }
    }
    Some((d, width + 8))
}
