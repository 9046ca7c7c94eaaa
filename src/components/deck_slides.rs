//! A run of the deck's slides as one piece of static markup (every slide but the closing one,
//! whose QR code waits for the report's address). The page hydrates dozens of slides, most of them
//! hidden: the browser adopts the server's markup as it stands instead of building and walking
//! every slide again. The markup shows the first slide; which one shows after that is set on the
//! elements (`platform::show_only_slide`), so the markup never changes once made.

use super::{raw_markup, slide_body_markup};
use crate::model::slide_section_markup;
use crate::model::Model;
use crate::platform;
use std::ops::Range;
use yew::prelude::*;

/// Where the deck's slides come from when the deck is first shown.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SlideSource {
    /// Built from the report: on the server, and in the browser when the deck shows anew (after
    /// the speaker view, or without prerendered markup).
    Built,
    /// Adopted as the server rendered them, as the page hydrates.
    Prerendered,
}

#[derive(Properties, PartialEq)]
pub struct DeckSlidesProps {
    pub model: Model,
    /// The slides it holds, by index in the deck.
    pub range: Range<usize>,
    /// The slide shown, by index in the deck.
    pub current: usize,
    /// Read once, when the run is created.
    pub source: SlideSource,
}

#[component]
pub fn DeckSlides(props: &DeckSlidesProps) -> Html {
    // Made once, when the run is created: the report, the deck and the run never change on a page.
    let markup = {
        let (model, range, source) = (props.model.clone(), props.range.clone(), props.source);
        use_memo((), move |_| match source {
            SlideSource::Prerendered => AttrValue::default(),
            SlideSource::Built => AttrValue::from(slides_markup(&model, range)),
        })
    };
    use_effect_with(props.current, |current| platform::show_only_slide(*current));
    raw_markup((*markup).clone())
}

/// The slides of `range`, each a `<section>`, the deck's first slide shown.
fn slides_markup(model: &Model, range: Range<usize>) -> String {
    let deck = model.slides();
    let total = deck.len();
    let first = range.start;
    deck.get(range)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, slide)| slide_section_markup(slide, first + i + 1, total, &slide_body_markup(model, &slide.body)))
        .collect()
}
