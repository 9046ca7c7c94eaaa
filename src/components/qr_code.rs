//! A QR code drawn as one SVG path from our own encoder's modules (`charts::qr`; no raw markup),
//! with a quiet zone of four modules; text that cannot be encoded shows nothing. A view function,
//! not a component: it has no state, and the report's wasm carries it.

use crate::charts::qr_path;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct QrCodeProps {
    /// What the code encodes (an address).
    pub text: AttrValue,
    /// The accessible name of the image.
    pub label: AttrValue,
}

pub fn qr_code_image(props: &QrCodeProps) -> Html {
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
