//! 码上看报告: on paper, each section ends with a small QR code of its own address on the web
//! (the report's address and the section's fragment) beside its heading and that address, so a
//! reader of the printed report can open that section on a phone. Shown only in print.

use super::QrCodeImage;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SectionCodeProps {
    /// The section's address: the report's, with `#` and the section's id.
    pub address: AttrValue,
    /// The section's heading, verbatim.
    pub title: Rc<str>,
}

#[component]
pub fn SectionCode(props: &SectionCodeProps) -> Html {
    html! {
        <div class="print-only section-code">
            <QrCodeImage text={props.address.clone()} label={format!("二维码：{}", props.title)} />
            <p class="section-code-text">
                <span class="section-code-title">{ "码上看报告：" }{ props.title.to_string() }</span>
                <span class="section-code-address">{ props.address.clone() }</span>
            </p>
        </div>
    }
}
