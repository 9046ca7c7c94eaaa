//! A QR code drawn as one SVG path from the `qrcode` crate's modules (no raw markup), with a quiet
//! zone of four modules; text that cannot be encoded shows nothing.

use qrcode::{Color, QrCode};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// What the code encodes (an address).
    pub text: AttrValue,
    /// The accessible name of the image.
    pub label: AttrValue,
}

/// The path of the dark modules and the side of the drawing, in modules.
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

#[component]
pub fn QrCodeImage(props: &QrCodeProps) -> Html {
    let Some((d, side)) = qr_path(&props.text) else {
        return Html::default();
    };
    html! {
        <svg class="qr-code" role="img" aria-label={props.label.clone()} viewBox={format!("0 0 {side} {side}")}
            xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
            <rect width={side.to_string()} height={side.to_string()} fill="#ffffff" />
            <path {d} fill="#000000" />
        </svg>
    }
}
