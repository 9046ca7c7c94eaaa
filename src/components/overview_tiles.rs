//! 总览: directly after the header, one tile per section (the work areas, the year's tasks, the
//! proposals report): badge, icon, heading verbatim, and its chosen figures large (or its
//! sub-headings). The heading is the tile's one link; it covers the whole tile, so the tile is the
//! touch target, and it leads to the section's fragment (the app opens the section; without it the
//! browser still scrolls there).

use super::figure_value;
use super::section_mark::{section_badge, section_icon};
use crate::data::Report;
use crate::model::{overview, Tile, TileBody, OVERVIEW_ID, OVERVIEW_TITLE};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OverviewTilesProps {
    pub report: Rc<Report>,
}

fn tile_body(body: &TileBody) -> Html {
    match body {
        TileBody::Figures(figures) => html! {
            <ul class="tile-figures">
                { for figures.iter().map(|figure| html! {
                    <li class="tile-figure">
                        { figure_value(figure) }
                        <span class="tile-label">{ figure.label.to_string() }</span>
                    </li>
                }) }
            </ul>
        },
        TileBody::Headings(headings) => html! {
            <ul class="tile-headings">
                { for headings.iter().map(|heading| html! { <li>{ heading.to_string() }</li> }) }
            </ul>
        },
    }
}

fn tile(tile: &Tile) -> Html {
    let kind = if tile.numeral.is_some() {
        "tile"
    } else {
        "tile tile-part"
    };
    html! {
        <li class={kind}>
            <h3 class="tile-heading">
                <a class="tile-link" href={format!("#{}", tile.section_id)}>
                    { section_badge(tile) }
                    <span class="tile-title">{ tile.title.to_string() }</span>
                </a>
            </h3>
            { section_icon(&tile.icon) }
            { tile_body(&tile.body) }
        </li>
    }
}

#[component]
pub fn OverviewTiles(props: &OverviewTilesProps) -> Html {
    let tiles = overview(&props.report);
    // The work areas share a row where the screen allows; the year's tasks and the proposals
    // report follow in their own.
    let (areas, parts) = tiles.split_at(props.report.review.areas.len().min(tiles.len()));
    html! {
        <section id={OVERVIEW_ID} class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading" class="overview-heading">{ OVERVIEW_TITLE }</h2>
            <ul class="tiles">{ for areas.iter().map(tile) }</ul>
            <ul class="tiles tiles-parts">{ for parts.iter().map(tile) }</ul>
        </section>
    }
}
