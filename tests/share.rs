//! Sharing, on the host: every share fragment names what the report page links, hostile fragments
//! share the whole report, and the pictures for WeChat stay within the size limits iOS WebKit
//! rasterises and carry only the report's own words and numbers.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use support::{cards_per_row, text_of, texts};

use proptest::prelude::*;
use yitu::charts::{
    item_image, long_image, qr_path, section_image, share_card, standalone_svg, text_width, wrap, Card, CardShape,
    ChartSpec, Composer, ImagePart, ImageStyle, Palette, Tone, EXPORT_WIDTH, FONT_STACK, IMAGE_SCALE, IMAGE_WIDTH,
    MOST_PART_PIXEL_HEIGHT, MOST_PART_PIXEL_WIDTH, MOST_PIXELS, QR_CAPTION,
};
use yitu::model::{chart_anchor, item_anchor, share_target, Model, Picture, ShareTarget, KEY_FIGURES_TITLE};

/// The report's address as a share page knows it (for the pictures' QR code).
const ADDRESS: &str = "https://example.invalid/reports/2023/";

fn style(scale: f32) -> ImageStyle {
    ImageStyle {
        palette: Palette::default(),
        scale,
    }
}

/// Every `<text>`'s words, its lines (`<tspan>`s) joined, entities decoded.
fn words(svg: &str) -> Vec<String> {
    texts(svg)
        .iter()
        .map(|t| text_of(t).trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Everything the report says: its lines, its charts' titles, its figures as written, its sources.
fn corpus(model: &Model) -> String {
    let report = model.report();
    let mut all: Vec<String> = model.source_lines().iter().map(|l| l.to_string()).collect();
    all.extend(model.charts().iter().map(|v| v.chart.title.to_string()));
    for f in model.figures() {
        all.extend([
            f.figure.label.to_string(),
            f.figure.phrase(),
            f.figure.number_text(),
            f.figure.unit.to_string(),
        ]);
    }
    all.push(format!("资料来源：{}", report.meta.sources.join("、")));
    // Who published it and when, as the data file's [site] gives them.
    all.extend(report.site.issued());
    // UI labels, and the address the QR code is of.
    all.extend([KEY_FIGURES_TITLE, QR_CAPTION].map(String::from));
    all.extend(model.sections().iter().map(|s| format!("{ADDRESS}#{}", s.id)));
    for s in model.sections() {
        all.extend((1..=s.items().len()).map(|n| format!("{ADDRESS}#{}", item_anchor(&s.id, n))));
    }
    for view in model.charts() {
        all.extend(view.notes.iter().map(|n| format!("注：{}{}", n.label, n.phrase())));
    }
    all.join("\n")
}

fn check_parts(parts: &[ImagePart], model: &Model, what: &str) {
    assert!(!parts.is_empty(), "{what}: no image");
    let corpus = corpus(model);
    for (n, part) in parts.iter().enumerate() {
        let (w, h) = (part.width * IMAGE_SCALE, part.height * IMAGE_SCALE);
        assert_eq!(w, 750, "{what} part {n}: 750 px wide");
        assert!(
            w <= MOST_PART_PIXEL_WIDTH && h <= MOST_PART_PIXEL_HEIGHT && w * h <= MOST_PIXELS,
            "{what} part {n}: {w}×{h}"
        );
        assert!(part.svg.contains(&format!("height=\"{}\"", part.height)));
        for text in words(&part.svg) {
            assert!(corpus.contains(&text), "{what} part {n}: {text:?} is not the report's");
        }
    }
}

#[test]
fn the_long_image_holds_the_title_every_figure_every_section_tasks_charts_and_a_qr_code() {
    let model = Model::under_test();
    let report = model.report();
    for scale in [1.0, 21.0 / 18.0, 24.0 / 18.0] {
        let parts = long_image(&model, &style(scale), Some(ADDRESS)).unwrap();
        check_parts(&parts, &model, "long image");
        let all: Vec<String> = parts.iter().flat_map(|p| words(&p.svg)).collect();
        let has = |t: &str| all.iter().any(|w| w == t);
        assert!(has(&report.meta.title) && has(&report.meta.banner), "header");
        for tile in model.tiles() {
            assert!(has(&tile.title), "band {}", tile.heading);
            if let Some(numbering) = &tile.numbering {
                assert!(has(&numbering.numeral), "badge {}", numbering.numeral);
            }
        }
        for item in report.tasks.items.iter() {
            assert!(has(&item.text), "task {}", item.text);
        }
        // Every figure the report states, as a card or a bar, with its words.
        for f in model.figures() {
            let note = format!("注：{}{}", f.figure.label, f.figure.phrase());
            assert!(
                (has(&f.figure.phrase()) && has(&f.figure.label)) || has(&note),
                "figure {}",
                f.figure.id
            );
        }
        for view in model.charts() {
            assert!(has(&view.chart.title), "chart {}", view.chart.id);
        }
        assert!(has(QR_CAPTION) && has(ADDRESS), "the QR code's caption and address");
        let (d, _) = qr_path(ADDRESS).unwrap();
        assert_eq!(
            parts.iter().filter(|p| p.svg.contains(&format!(" d=\"{d}\""))).count(),
            1,
            "the QR code"
        );
        let rows: Vec<usize> = parts.iter().flat_map(|p| cards_per_row(&p.svg)).collect();
        assert!(!rows.is_empty(), "the cards are found");
        assert!(rows.iter().all(|&n| (1..=3).contains(&n)), "cards a row: {rows:?}");
        let cards: usize = rows.iter().sum();
        let height: u32 = parts.iter().map(|p| p.height).sum();
        println!(
            "scale {scale}: {} parts, {height} px tall ({} at 2×), {cards} cards in {} rows",
            parts.len(),
            height * IMAGE_SCALE,
            rows.len()
        );
    }
    let without = long_image(&model, &style(1.0), None).unwrap();
    assert!(
        without.iter().all(|p| !p.svg.contains(QR_CAPTION)),
        "no address, no QR code"
    );
}

/// Cards as the long image lays them out: `n` cards at `scale`, at most `most` a row.
fn card_rows(n: usize, scale: f32, most: u32) -> Vec<usize> {
    let mut c = Composer::new(&style(scale));
    let cards: Vec<Card> = (0..n)
        .map(|i| Card {
            number: format!("{}", 100 + i),
            unit: "场次".into(),
            label: "开展专题协商".into(),
        })
        .collect();
    c.cards(None, &cards, most);
    c.parts().iter().flat_map(|p| cards_per_row(&p.svg)).collect()
}

#[test]
fn cards_go_two_or_three_a_row_one_or_two_at_half_width_four_as_two_by_two() {
    assert_eq!(card_rows(1, 1.0, 3), [1]);
    assert_eq!(card_rows(2, 1.0, 3), [2]);
    assert_eq!(card_rows(3, 1.0, 3), [3]);
    assert_eq!(card_rows(4, 1.0, 3), [2, 2]);
    assert_eq!(card_rows(5, 1.0, 3), [3, 2]);
    assert_eq!(card_rows(8, 1.0, 2), [2, 2, 2, 2], "the key figures, two a row");
    // At 特大 three numbers no longer fit a row: two.
    assert_eq!(card_rows(3, 24.0 / 18.0, 3), [2, 1]);
    let half = |n: usize| {
        let mut c = Composer::new(&style(1.0));
        let card = Card {
            number: "7".into(),
            unit: "次".into(),
            label: "测试".into(),
        };
        c.cards(None, &vec![card; n], 3);
        let svg = &c.parts()[0].svg;
        let needle = "<rect x=\"20\" y=\"0\" width=\"";
        let at = svg.find(needle).unwrap() + needle.len();
        svg[at..].split('"').next().unwrap().parse::<u32>().unwrap()
    };
    assert_eq!(half(1), half(2), "one card is as wide as each of two");
    assert!(half(3) < half(2));
}

#[test]
fn every_text_in_the_pictures_and_chart_files_is_set_in_the_page_font_stack() {
    let model = Model::under_test();
    let mut svgs: Vec<String> = long_image(&model, &style(1.0), Some(ADDRESS))
        .unwrap()
        .into_iter()
        .map(|p| p.svg)
        .collect();
    for section in model.sections() {
        svgs.extend(
            section_image(&model, &section.id, &style(1.0), None)
                .unwrap()
                .unwrap()
                .into_iter()
                .map(|p| p.svg),
        );
    }
    for view in model.charts() {
        let rendered = ChartSpec::from_view(view).render(EXPORT_WIDTH).unwrap();
        svgs.push(standalone_svg(&rendered, &view.chart.title, "来源", &Palette::default()).svg);
        svgs.push(rendered.svg);
    }
    let mut checked = 0;
    for svg in &svgs {
        for text in svg.split("<text").skip(1) {
            let tag = &text[..text.find('>').unwrap()];
            assert!(
                tag.contains(&format!("font-family=\"{FONT_STACK}\"")),
                "a <text> outside the font stack: <text{tag}>"
            );
            checked += 1;
        }
    }
    assert!(checked > model.figures().len(), "{checked} texts");
}

#[test]
fn each_section_image_holds_every_line_of_its_section() {
    let model = Model::under_test();
    let report = model.report();
    for section in model.sections() {
        let parts = section_image(&model, &section.id, &style(24.0 / 18.0), Some(ADDRESS))
            .unwrap()
            .unwrap();
        check_parts(&parts, &model, &section.id);
        let all: Vec<String> = parts.iter().flat_map(|p| words(&p.svg)).collect::<Vec<_>>();
        let joined = all.concat();
        for item in section.items() {
            assert!(joined.contains(&*item.text), "{}: {}", section.id, item.text);
        }
    }
    // A section of another report (this one without its proposals part) has no picture here.
    let mut without = (**report).clone();
    if without.proposals.take().is_some() {
        let proposals = &model.sections()[model.sections().len() - 1].id;
        let other = Model::new(std::rc::Rc::new(without));
        assert!(section_image(&other, proposals, &style(1.0), None).is_none());
    }
}

#[test]
fn an_items_picture_holds_its_line_and_its_figures_and_no_other_line() {
    use yitu::model::ItemId;
    let model = Model::under_test();
    let mut pictured = 0;
    for section in model.sections() {
        for (n, item) in section.items().iter().enumerate() {
            let id = ItemId {
                section: section.id.clone(),
                n: std::num::NonZeroUsize::new(n + 1).unwrap(),
            };
            let parts = item_image(&model, &id, &style(1.0), Some(ADDRESS)).unwrap();
            check_parts(&parts, &model, &item_anchor(&section.id, n + 1));
            assert_eq!(parts.len(), 1, "one picture");
            let joined = words(&parts[0].svg).concat();
            assert!(joined.contains(&*item.text), "{}", item.text);
            let issued = model.report().site.issued();
            assert_eq!(
                issued.as_ref().is_some_and(|i| joined.contains(i.as_str())),
                issued.is_some(),
                "the publisher and date under the title"
            );
            for figure in item.figures.iter() {
                assert!(
                    joined.contains(&format!("{}{}", figure.number_text(), figure.unit))
                        || joined.contains(&figure.number_text()),
                    "{}",
                    figure.id
                );
            }
            for other in section.items().iter().filter(|o| o.text != item.text) {
                assert!(
                    !joined.contains(&*other.text),
                    "{}: only its own line, not {}",
                    item.text,
                    other.text
                );
            }
            assert!(
                parts[0].svg.contains(
                    &qr_path(&format!(
                        "{ADDRESS}{}",
                        share_target(&model, &item_anchor(&section.id, n + 1)).path
                    ))
                    .unwrap()
                    .0
                ),
                "a QR code of the item's address"
            );
            pictured += 1;
        }
    }
    assert!(pictured > 3, "{pictured} items");
    let beyond = ItemId {
        section: model.sections()[0].id.clone(),
        n: std::num::NonZeroUsize::new(999).unwrap(),
    };
    assert!(item_image(&model, &beyond, &style(1.0), None).is_none());
}

#[test]
fn wrapping_keeps_every_character_and_never_starts_a_line_with_closing_punctuation() {
    let text = "围绕“两大战略”开展协商议政，形成调研报告12篇。";
    let lines = wrap(text, 16.0, 100.0);
    assert_eq!(lines.concat(), text);
    assert!(lines.len() > 2);
    assert!(lines.iter().all(|l| !l.starts_with(['，', '。'])));
    let numbers = wrap("接待群众158人次，成功调解诉源案件119件", 16.0, 8.0 * 16.0);
    assert!(
        numbers.iter().any(|l| l.contains("158")) && numbers.iter().any(|l| l.contains("119")),
        "{numbers:?}"
    );
}

#[test]
fn every_share_link_on_the_report_names_its_target() {
    let model = Model::under_test();
    for section in model.sections() {
        let t = share_target(&model, &format!("#{}", section.id));
        assert_eq!(
            (t.title.clone(), t.path.clone()),
            (section.heading.clone(), format!("#{}", section.id))
        );
        for (n, item) in section.items().iter().enumerate() {
            let anchor = item_anchor(&section.id, n + 1);
            let t = share_target(&model, &anchor);
            assert_eq!(t.title, item.text, "{anchor}");
            assert_eq!(t.picture.as_ref().map(Picture::section), Some(&section.id));
            assert!(
                matches!(&t.picture, Some(Picture::Item(id)) if id.n.get() == n + 1),
                "{anchor}: the item's own picture"
            );
        }
    }
    for view in model.charts() {
        let t = share_target(&model, &chart_anchor(&view.chart.id));
        assert_eq!(t.title, view.chart.title);
        assert_eq!(
            t.url("https://example.org/r/"),
            format!("https://example.org/r/#chart-{}", view.chart.id)
        );
    }
    let deck = model.slides();
    for (n, slide) in deck.iter().enumerate() {
        let t = share_target(&model, &format!("slide-{}", n + 1));
        assert_eq!(
            (t.title.clone(), t.path.clone()),
            (slide.title.clone(), format!("present/#{}", n + 1))
        );
    }
}

#[test]
fn unknown_or_hostile_fragments_share_the_whole_report() {
    let model = Model::under_test();
    let whole = ShareTarget::report(&model);
    let last = model.slides().len();
    for f in [
        "",
        "#",
        "nowhere",
        "area-1-item-0",
        "area-1-item-999",
        "slide-0",
        &format!("slide-{}", last + 1),
        "slide-1x",
        "slide-",
        "<img src=x onerror=alert(1)>",
        "area-1\"><script>",
    ] {
        assert_eq!(share_target(&model, f), whole, "{f:?}");
    }
}

proptest! {
    #[test]
    fn any_fragment_names_something_the_report_has(fragment in ".{0,40}") {
        let model = Model::under_test();
        let t = share_target(&model, &fragment);
        prop_assert!(t.path.is_empty() || t.path.starts_with('#') || t.path.starts_with("present/#"));
        prop_assert!(!t.path.contains(['<', '>', '"', ' ']));
        prop_assert!(corpus(&model).contains(&*t.title) || t.title.as_ref() == "关键数字");
    }
}

#[test]
fn a_picture_taller_than_a_part_is_cut_between_rows_and_loses_nothing() {
    let mut c = Composer::new(&style(24.0 / 18.0));
    let lines: Vec<String> = (0..400)
        .map(|n| format!("第{n}行：围绕中心工作履职尽责，建言资政凝聚共识。"))
        .collect();
    for line in &lines {
        c.text(line, Tone::Body, 8);
    }
    let parts = c.parts();
    assert!(parts.len() >= 2, "{} parts", parts.len());
    let mut seen = Vec::new();
    for part in &parts {
        let (w, h) = (part.width * IMAGE_SCALE, part.height * IMAGE_SCALE);
        assert!(
            w <= MOST_PART_PIXEL_WIDTH && h <= MOST_PART_PIXEL_HEIGHT && w * h <= MOST_PIXELS,
            "{w}×{h}"
        );
        seen.extend(words(&part.svg));
    }
    assert_eq!(seen, lines);
}

#[test]
fn the_image_is_phone_width_at_twice_the_pixels() {
    assert_eq!(IMAGE_WIDTH * IMAGE_SCALE, 750);
}

/// Every `y="…"` and `height="…"` a drawing's elements place, as numbers.
fn placed(svg: &str, attribute: &str) -> Vec<f32> {
    let key = format!(" {attribute}=\"");
    svg.split(&key)
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse().ok())
        .collect()
}

#[test]
fn the_share_card_is_the_headers_title_banner_and_source_over_the_first_key_figures_in_both_shapes() {
    let model = Model::under_test();
    let report = model.report();
    let corpus = corpus(&model);
    for shape in CardShape::ALL {
        let card = share_card(&model, shape);
        let (width, height) = shape.size();
        assert!(width >= 300 && height >= 300, "{shape:?}: {width}×{height}");
        assert_eq!((card.width, card.height), (width, height));
        assert!(card.svg.starts_with(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\""
        )));
        let all = words(&card.svg);
        for text in &all {
            assert!(
                corpus.contains(text.as_str()),
                "{shape:?}: {text:?} is not the report's"
            );
        }
        let joined = all.concat();
        assert!(
            joined.contains(&*report.meta.title) && all.contains(&report.meta.banner.to_string()),
            "{shape:?}: header"
        );
        if let Some(issued) = report.site.issued() {
            assert!(all.contains(&issued), "{shape:?}: who published it and when");
        }
        // Each figure shown is a key figure, in the page's order, its number with its own unit.
        let shown: Vec<String> = model
            .key_figures()
            .iter()
            .map(|f| format!("{}{}", f.figure.number_text(), f.figure.unit))
            .filter(|phrase| all.contains(phrase))
            .collect();
        let expected: Vec<String> = model
            .key_figures()
            .iter()
            .take(shown.len())
            .map(|f| format!("{}{}", f.figure.number_text(), f.figure.unit))
            .collect();
        assert_eq!(shown, expected, "{shape:?}: the first key figures");
        if shape == CardShape::Wide && !model.key_figures().is_empty() {
            assert!(!shown.is_empty(), "the wide card has room for the key figures");
        }
        for y in placed(&card.svg, "y") {
            assert!(
                (0.0..height as f32).contains(&y),
                "{shape:?}: something placed at y={y}"
            );
        }
    }
}

/// Each `<text>` of a drawing: where its lines start (its `x`, less half their width where it is
/// centred), its font size and its lines (`<tspan>`s, or its own text).
fn text_lines(svg: &str) -> Vec<(f32, f32, Vec<String>)> {
    let attribute = |tag: &str, name: &str| -> f32 {
        let key = format!(" {name}=\"");
        tag.split(&key)
            .nth(1)
            .and_then(|v| v.split('"').next()?.parse().ok())
            .unwrap_or(0.0)
    };
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let (tag, body) = t.split_once('>').unwrap();
            let body = &body[..body.find("</text>").unwrap()];
            let lines = if body.contains("<tspan x=") {
                body.split("<tspan")
                    .skip(1)
                    .map(|l| text_of(&format!("<tspan{l}")))
                    .collect()
            } else {
                vec![text_of(body)]
            };
            let size = attribute(tag, "font-size");
            let mut x = attribute(tag, "x");
            if tag.contains("text-anchor=\"middle\"") {
                x -= lines.iter().map(|l| text_width(l, size)).fold(0.0, f32::max) / 2.0;
            }
            (x, size, lines)
        })
        .collect()
}

#[test]
fn a_long_title_shrinks_to_three_lines_and_the_figures_give_way_rather_than_leave_the_card() {
    let mut report = (**Model::under_test().report()).clone();
    report.meta.title =
        "北碚区政协常委会二〇二三年工作报告暨二〇二四年主要任务和关于提案工作情况的报告全文一图读懂".into();
    let long = Model::new(std::rc::Rc::new(report));
    for model in [Model::under_test(), long] {
        for shape in CardShape::ALL {
            let card = share_card(&model, shape);
            let (width, height) = shape.size();
            let texts = text_lines(&card.svg);
            let title = texts
                .iter()
                .find(|(_, _, lines)| lines.concat() == *model.report().meta.title)
                .unwrap();
            assert!(title.2.len() <= 3, "{shape:?}: the title in {} lines", title.2.len());
            for (x, size, lines) in &texts {
                for line in lines {
                    let end = x + text_width(line, *size);
                    assert!(
                        *x >= 0.0 && end <= width as f32,
                        "{shape:?}: {line:?} runs to {end} of {width}"
                    );
                }
            }
            for y in placed(&card.svg, "y") {
                assert!(
                    (0.0..height as f32).contains(&y),
                    "{shape:?}: something placed at y={y}"
                );
            }
        }
    }
}
