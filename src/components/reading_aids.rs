//! 大字幕 and 十字线, two aids of 长辈模式 (the MIIT's 适老化 rules for websites), both off unless the
//! reader turns them on: a bar at the screen's bottom showing, very large, the words the pointer
//! rests on or the focus is on; and a crosshair following the mouse. Neither prints; the bar is
//! hidden from screen readers, which read the page itself.

use crate::model::{Preferences, Switch};
use crate::platform;
use yew::prelude::*;

const CAPTION_BAR_ID: &str = "caption-bar";
const CROSS_HORIZONTAL_ID: &str = "crosshair-horizontal";
const CROSS_VERTICAL_ID: &str = "crosshair-vertical";

#[derive(Properties, PartialEq)]
pub struct ReadingAidsProps {
    pub preferences: Preferences,
}

/// Holds `subscribe`'s subscription while `on` holds.
#[hook]
fn use_subscription_while(on: bool, subscribe: fn() -> platform::Subscription) {
    use_effect_with(on, move |on| {
        let subscription = on.then(subscribe);
        move || {
            let _unsubscribe = subscription;
        }
    });
}

#[component]
pub fn ReadingAids(props: &ReadingAidsProps) -> Html {
    let captions = props.preferences.is_on(Switch::Captions);
    let crosshair = props.preferences.is_on(Switch::Crosshair);
    use_subscription_while(captions, || platform::caption_what_is_pointed(CAPTION_BAR_ID));
    use_subscription_while(crosshair, || {
        platform::cross_at_pointer(CROSS_HORIZONTAL_ID, CROSS_VERTICAL_ID)
    });
    html! {
        <>
            if captions {
                <div id={CAPTION_BAR_ID} class="caption-bar" aria-hidden="true"></div>
            }
            if crosshair {
                <div id={CROSS_HORIZONTAL_ID} class="crosshair crosshair-horizontal" aria-hidden="true"></div>
                <div id={CROSS_VERTICAL_ID} class="crosshair crosshair-vertical" aria-hidden="true"></div>
            }
        </>
    }
}
