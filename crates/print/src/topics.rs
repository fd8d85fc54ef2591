//! The top topics: each with its count, its change against the previous
//! period (▲ +12, ▼ –3, = 0) and up to two sample messages, two lines at
//! most each, so a long message cannot push the page out of shape.

use crate::doc::{Align, Doc, Style, ACCENT, INK, LEFT, MUTED, WIDTH};
use crate::font::Weight;
use crate::format::Formatter;
use crate::model::{PrintedReport, TopicRow};

const LABEL: Style = Style::new(Weight::Bold, 8.5, INK);
const FIGURE: Style = Style::new(Weight::Regular, 8.5, INK);
const SAMPLE: Style = Style::new(Weight::Regular, 7.5, MUTED);
const NOTE: Style = Style::new(Weight::Regular, 7.5, MUTED);
const LINE: f32 = 9.5;
const LABEL_W: f32 = 250.0;
const COUNT_X: f32 = LEFT + 300.0;
const CHANGE_X: f32 = LEFT + 312.0;
const PREVIOUS_X: f32 = LEFT + 380.0;
const INDENT: f32 = 10.0;

fn samples(doc: &Doc, t: &TopicRow) -> Vec<String> {
    t.samples
        .iter()
        .take(2)
        .flat_map(|s| doc.wrap(s, SAMPLE, WIDTH - INDENT, 2))
        .collect()
}

pub(crate) fn top(doc: &mut Doc, r: &PrintedReport, f: &Formatter) {
    let l = &r.labels;
    let first = r
        .topics
        .first()
        .map_or(0.0, |t| 16.0 + samples(doc, t).len() as f32 * LINE);
    doc.heading(&l.topics, first);
    if r.topics.is_empty() {
        doc.text(LEFT, doc.y + 9.0, &l.no_data, NOTE, Align::Left);
        doc.y += 20.0;
        return;
    }
    for t in &r.topics {
        let lines = samples(doc, t);
        doc.ensure(16.0 + lines.len() as f32 * LINE);
        let y = doc.y + 10.0;
        let label = doc.fit(&t.label, LABEL, LABEL_W);
        doc.text(LEFT, y, &label, LABEL, Align::Left);
        let count = doc.fit(&f.count(t.count), FIGURE, COUNT_X - LEFT - LABEL_W - 6.0);
        doc.text(COUNT_X, y, &count, FIGURE, Align::Right);
        let arrow = match t.count.cmp(&t.previous) {
            std::cmp::Ordering::Greater => "▲",
            std::cmp::Ordering::Less => "▼",
            std::cmp::Ordering::Equal => "=",
        };
        let change = format!("{arrow} {}", f.change(t.count, t.previous));
        let change = doc.fit(&change, FIGURE, PREVIOUS_X - CHANGE_X - 6.0);
        doc.text(CHANGE_X, y, &change, FIGURE, Align::Left);
        let previous = format!("{} {}", l.previous_period, f.count(t.previous));
        let previous = doc.fit(&previous, NOTE, LEFT + WIDTH - PREVIOUS_X);
        doc.text(PREVIOUS_X, y, &previous, NOTE, Align::Left);
        doc.y += 14.0;
        if !lines.is_empty() {
            let h = lines.len() as f32 * LINE;
            doc.fill_rect(LEFT + 1.0, doc.y, 1.5, h - 2.0, ACCENT);
            for (n, line) in lines.iter().enumerate() {
                doc.text(
                    LEFT + INDENT,
                    doc.y + 7.0 + n as f32 * LINE,
                    line,
                    SAMPLE,
                    Align::Left,
                );
            }
            doc.y += h;
        }
        doc.y += 6.0;
    }
}
