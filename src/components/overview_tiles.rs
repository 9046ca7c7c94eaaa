//! 总览: directly after the header, one tile per section (the work areas, the year's tasks, the
//! proposals report): badge, icon, heading verbatim, and its chosen figures large (or its
//! sub-headings). The heading is the tile's one link; it covers the whole tile, so the tile is the
//! touch target, and it leads to the section's fragment (the app opens the section; without it the
//! browser still scrolls there). Static markup (`model::markup::tiles_markup`), adopted as it is
//! on hydration.

use super::raw_markup;
use crate::model::{tiles_markup, Model, OVERVIEW_ID, OVERVIEW_TITLE};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct OverviewTilesProps {
    /// The report's model, whose tiles it shows (the same model leaves this component unrendered).
    pub model: Model,
}

pub fn overview_tiles(props: &OverviewTilesProps) -> Html {
    // The work areas share a row where the screen allows; the year's tasks and the proposals
    // report follow in their own.
    let tiles = AttrValue::from(tiles_markup(props.model.tiles()));
    html! {
        <section id={OVERVIEW_ID} class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading" class="overview-heading">{ OVERVIEW_TITLE }</h2>
            { raw_markup(tiles) }
        </section>
    }
}
