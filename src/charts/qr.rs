//! A QR code as one SVG path from the `qrcode` crate's modules, with a quiet zone of four modules:
//! for the page's QR images and the long image's way back to the report.

use qrcode::bits::{encode_auto, Bits};
use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::ec::construct_codewords;
use qrcode::{Color, EcLevel, QrCode, Version};

/// The error correction level `QrCode::new` uses.
const LEVEL: EcLevel = EcLevel::M;

/// The eight masks, in the order the `qrcode` crate tries them: of equal penalties, the first wins.
const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// The same code as `QrCode::new(text)`, module for module, in a fraction of the time: the crate
/// scores each mask's finder-like patterns with an allocation at every module, which made the
/// deck's closing slide the longest task of its start on a phone. `None` for text that cannot be
/// encoded.
pub fn qr_modules(text: &str) -> Option<(Vec<Color>, usize)> {
    let bits = encode_auto(text.as_bytes(), LEVEL).ok()?;
    if let Version::Micro(_) = bits.version() {
        return crate_modules(bits);
    }
    let version = bits.version();
    let width = usize::try_from(version.width()).ok()?;
    let (data, ec) = construct_codewords(&bits.into_bytes(), version, LEVEL).ok()?;
    let mut canvas = Canvas::new(version, LEVEL);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ec);
    MASKS
        .iter()
        .map(|&mask| {
            let mut masked = canvas.clone();
            masked.apply_mask(mask);
            masked.into_colors()
        })
        .min_by_key(|colors| penalty(colors, width))
        .map(|colors| (colors, width))
}

/// The crate's own way, for the Micro QR versions (which `encode_auto` does not choose today).
fn crate_modules(bits: Bits) -> Option<(Vec<Color>, usize)> {
    let code = QrCode::with_bits(bits, LEVEL).ok()?;
    Some((code.to_colors(), code.width()))
}

/// A masked code's penalty as the `qrcode` crate scores it (ISO/IEC 18004's four rules, with the
/// crate's arithmetic): runs of five or more, 2×2 blocks, finder-like patterns without four light
/// modules on a side (less the three finders' own), and the share of dark modules.
fn penalty(colors: &[Color], width: usize) -> u16 {
    let at = |x: usize, y: usize| colors[y * width + x];
    let row = |y: usize| move |x: usize| at(x, y);
    let column = |x: usize| move |y: usize| at(x, y);
    let mut total = 0_u16;
    for i in 0..width {
        total = total
            .wrapping_add(runs(width, row(i)))
            .wrapping_add(runs(width, column(i)));
    }
    for y in 0..width - 1 {
        for x in 0..width - 1 {
            let this = at(x, y);
            if this == at(x + 1, y) && this == at(x, y + 1) && this == at(x + 1, y + 1) {
                total = total.wrapping_add(3);
            }
        }
    }
    let finders = (0..width).fold(0_u16, |sum, i| {
        sum.wrapping_add(finder_like(width, row(i)))
            .wrapping_add(finder_like(width, column(i)))
    });
    let dark = colors.iter().filter(|&&c| c == Color::Dark).count();
    let ratio = dark * 200 / colors.len().max(1);
    let balance = u16::try_from(ratio.abs_diff(100)).unwrap_or(u16::MAX);
    total.wrapping_add(finders.wrapping_sub(2 * 360)).wrapping_add(balance)
}

/// Runs of five or more modules of one colour along a line: each scores its length less two.
fn runs(width: usize, get: impl Fn(usize) -> Color) -> u16 {
    let mut score = 0_u16;
    let mut start = 0;
    for k in 1..=width {
        if k == width || get(k) != get(start) {
            let length = u16::try_from(k - start).unwrap_or(u16::MAX);
            if length >= 5 {
                score = score.wrapping_add(length - 2);
            }
            start = k;
        }
    }
    score
}

/// Dark-light-dark-dark-dark-light-dark along a line without a dark module in the four before it or
/// in the four after it (the edge counting as light): 40 each.
fn finder_like(width: usize, get: impl Fn(usize) -> Color) -> u16 {
    const PATTERN: [Color; 7] = [
        Color::Dark,
        Color::Light,
        Color::Dark,
        Color::Dark,
        Color::Dark,
        Color::Light,
        Color::Dark,
    ];
    let dark = |k: usize| k < width && get(k) == Color::Dark;
    let mut score = 0_u16;
    for j in 0..width.saturating_sub(6) {
        if !(0..7).all(|k| get(j + k) == PATTERN[k]) {
            continue;
        }
        let before = (j.saturating_sub(4)..j).any(dark);
        let after = (j + 7..j + 11).any(dark);
        if !before || !after {
            score = score.wrapping_add(40);
        }
    }
    score
}

/// A QR code as an SVG document of its own (a white square, the dark modules in black), for a
/// file; `None` for text that cannot be encoded.
pub fn qr_svg(text: &str) -> Option<String> {
    let (d, side) = qr_path(text)?;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#ffffff\"/><path d=\"{d}\" fill=\"#000000\"/></svg>"
    ))
}

/// The path of the dark modules and the side of the drawing, in modules; `None` for text that
/// cannot be encoded.
pub fn qr_path(text: &str) -> Option<(String, usize)> {
    let (colors, width) = qr_modules(text)?;
    let mut d = String::new();
    for (i, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            d.push_str(&format!("M{} {}h1v1h-1z", i % width + 4, i / width + 4));
        }
    }
    Some((d, width + 8))
}
