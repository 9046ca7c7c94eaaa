//! 搜索: finds text anywhere in the report, collapsed sections included; each result names its
//! section, shows the match in its context and opens and scrolls to it. `/` focuses the box; the
//! number of results is announced.

use crate::model::{search, FragmentTarget, Model, MOST_HITS};
use crate::platform;
use yew::prelude::*;

const INPUT_ID: &str = "report-search-input";
/// The search's id: the top bar's 搜索 links to it.
pub const SEARCH_ID: &str = "search";

#[derive(Properties, PartialEq)]
pub struct ReportSearchProps {
    pub model: Model,
    /// A result was chosen: open its section and scroll to it.
    pub onfollow: Callback<FragmentTarget>,
}

#[component]
pub fn ReportSearch(props: &ReportSearchProps) -> Html {
    let query = use_state_eq(String::new);
    // Text typed before the app was ready, read before hydration adopts the field (which sets its
    // value to the state's, empty, as the server rendered it); searched, and put back, just after.
    let typed_early = use_state(|| platform::field_value(INPUT_ID).filter(|v| !v.trim().is_empty()));
    {
        let query = query.clone();
        use_effect_with((), move |_| {
            if let Some(typed) = (*typed_early).clone() {
                query.set(typed);
            }
        });
    }
    use_effect_with((), |_| {
        let shortcut = platform::on_slash_key(|| platform::focus(INPUT_ID));
        move || {
            let _unsubscribe = shortcut;
        }
    });
    let hits = use_memo((props.model.clone(), (*query).clone()), |(model, query)| {
        search(model, query)
    });
    let oninput = {
        let query = query.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = platform::input_value(&event) {
                query.set(value);
            }
        })
    };
    let status = match (query.trim().is_empty(), hits.len()) {
        (true, _) => String::new(),
        (false, 0) => format!("没有找到“{}”", query.trim()),
        (false, n) if n >= MOST_HITS => format!("找到{n}处以上，只列出前{n}处"),
        (false, n) => format!("找到{n}处"),
    };
    let results = hits.iter().map(|hit| {
        let onclick = {
            let onfollow = props.onfollow.clone();
            let target = FragmentTarget {
                open_section: hit.section_id.clone(),
                anchor: hit.anchor.clone(),
            };
            Callback::from(move |event: MouseEvent| {
                event.prevent_default();
                platform::replace_fragment(Some(&target.anchor));
                onfollow.emit(target.clone());
            })
        };
        html! {
            <li>
                <a href={format!("#{}", hit.anchor)} {onclick}>
                    <span class="search-section">{ hit.section_heading.to_string() }</span>
                    <span class="search-context">
                        if hit.cut_before { { "…" } }
                        { hit.before.clone() }<mark>{ hit.matched.clone() }</mark>{ hit.after.clone() }
                        if hit.cut_after { { "…" } }
                    </span>
                </a>
            </li>
        }
    });
    html! {
        <div id={SEARCH_ID} class="search" role="search">
            <label class="search-label" for={INPUT_ID}>
                { "搜索报告" }<kbd class="search-key" aria-hidden="true">{ "/" }</kbd>
            </label>
            <input id={INPUT_ID} class="search-input" type="search" value={(*query).clone()} {oninput}
                autocomplete="off" enterkeyhint="search" />
            <p class="search-status" role="status">{ status }</p>
            if !hits.is_empty() {
                <ol class="search-results">{ for results }</ol>
            }
        </div>
    }
}
