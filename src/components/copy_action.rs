//! What every copy button does: put a text on the clipboard (where that is refused, copy the
//! selection of the text field that shows it) and say in a status line what happened.

use crate::platform;
use yew::prelude::*;

/// A click handler copying `text` (shown in the field `field_id`); the status then reads `copied`,
/// or asks the reader to copy the `what` (代码, 链接) by hand.
pub fn copy_on_click(
    status: UseStateHandle<String>,
    text: String,
    field_id: String,
    copied: String,
    what: &'static str,
) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let (status, text, field_id, copied) = (status.clone(), text.clone(), field_id.clone(), copied.clone());
        yew::platform::spawn_local(async move {
            status.set(if platform::copy_text(&text, &field_id).await {
                copied
            } else {
                format!("无法自动复制，请选中{what}后手动复制")
            });
        });
    })
}
