//! The section icons: Tabler Icons (MIT, <https://tabler.io/icons>), outline style, copied verbatim
//! from the npm package `@tabler/icons` into `assets/icons/` (licence in `assets/icons/LICENSE`).
//! `build.rs` turns each file into one SVG path; a build for the browser carries only the icons the
//! report uses. Drawn on a 24×24 grid with a 2 px round stroke in the current colour.

mod generated {
    include!(concat!(env!("OUT_DIR"), "/icons.rs"));
}

pub use generated::{outline, NAMES};

/// The grid the outlines are drawn on.
pub const ICON_GRID: u32 = 24;
