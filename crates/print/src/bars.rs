//! First-response and resolution attainment per group as horizontal bars
//! on one 0–100 % scale, each with its value. Beyond [`MAX_BARS`] groups
//! the chart keeps the largest (by cases opened) and says how many more
//! the table has; with no groups it shows the total.

use crate::doc::{Align, Color, Doc, Style, ACCENT, INK, LEFT, MUTED, RULE, WIDTH};
use crate::font::Weight;
use crate::format::{clamp_ratio, Formatter, NONE};
use crate::model::{PrintedReport, Row};

/// The most groups the chart draws.
pub(crate) const MAX_BARS: usize = 15;

const KEY: Style = Style::new(Weight::Regular, 8.0, INK);
const VALUE: Style = Style::new(Weight::Regular, 7.0, INK);
const AXIS: Style = Style::new(Weight::Regular, 7.0, MUTED);
const KEY_W: f32 = 130.0;
const VALUE_W: f32 = 40.0;
const BAR_H: f32 = 6.0;
const ROW_H: f32 = 19.0;

/// The two bars' colours: the accent and a light tint of it, apart in
/// greyscale too.
pub(crate) fn colors() -> (Color, Color) {
    (ACCENT, ACCENT.tint(0.42))
}

/// The rows to draw: the largest groups, in the caller's order.
fn chosen(r: &PrintedReport) -> Vec<&Row> {
    if r.groups.is_empty() {
        return vec![&r.total];
    }
    let mut order: Vec<usize> = (0..r.groups.len()).collect();
    order.sort_by(|&a, &b| {
        let (fa, fb) = (&r.groups[a].figures, &r.groups[b].figures);
        fb.cases_opened.cmp(&fa.cases_opened).then(a.cmp(&b))
    });
    order.truncate(MAX_BARS);
    order.sort_unstable();
    order.into_iter().map(|i| &r.groups[i]).collect()
}

/// A swatch and its label at `x`; returns the x after them.
pub(crate) fn legend(doc: &mut Doc, x: f32, y: f32, color: Color, label: &str) -> f32 {
    doc.fill_rect(x, y - 6.0, 9.0, 6.0, color);
    let label = doc.fit(label, AXIS, 220.0);
    doc.text(x + 12.0, y, &label, AXIS, Align::Left);
    x + 12.0 + doc.width(&label, AXIS) + 14.0
}

pub(crate) fn attainment(doc: &mut Doc, r: &PrintedReport, f: &Formatter) {
    let rows = chosen(r);
    let left_out = r.groups.len().saturating_sub(rows.len());
    let height = 16.0 + rows.len() as f32 * ROW_H + 14.0 + if left_out > 0 { 12.0 } else { 0.0 };
    doc.heading(&r.labels.attainment_chart, height);
    let (first, resolution) = colors();
    let x = legend(
        doc,
        LEFT,
        doc.y + 7.0,
        first,
        &r.labels.first_response_on_time,
    );
    legend(
        doc,
        x,
        doc.y + 7.0,
        resolution,
        &r.labels.resolution_on_time,
    );
    doc.y += 16.0;

    let x0 = LEFT + KEY_W;
    let span = WIDTH - KEY_W - VALUE_W;
    let top = doc.y;
    let bottom = top + rows.len() as f32 * ROW_H;
    for tick in 0..=4 {
        let x = x0 + span * tick as f32 / 4.0;
        doc.line(&[(x, top - 2.0), (x, bottom)], 0.4, RULE, tick != 0);
        let label = format!("{}{}", tick * 25, f.numbers.percent);
        doc.text(x, bottom + 9.0, &label, AXIS, Align::Center);
    }
    for (i, row) in rows.iter().enumerate() {
        let y = top + i as f32 * ROW_H + 2.0;
        let key = doc.fit(&row.key, KEY, KEY_W - 8.0);
        doc.text(LEFT, y + BAR_H + 3.0, &key, KEY, Align::Left);
        let bars = [
            (row.figures.first_response_attainment, first),
            (row.figures.resolution_attainment, resolution),
        ];
        for (n, (value, color)) in bars.into_iter().enumerate() {
            let by = y + n as f32 * (BAR_H + 1.5);
            let w = value.and_then(clamp_ratio).map_or(0.0, |v| v as f32 * span);
            doc.fill_rect(x0, by, w, BAR_H, color);
            let text = f.percent(value);
            let style = if text == NONE { AXIS } else { VALUE };
            doc.text_on_white(x0 + w + 2.5, by + BAR_H - 0.5, &text, style, Align::Left);
        }
    }
    doc.y = bottom + 14.0;
    if left_out > 0 {
        let note = r
            .labels
            .more_groups
            .replace("{n}", &f.count(left_out as u64));
        let note = doc.fit(&note, AXIS, WIDTH);
        doc.text(LEFT, doc.y + 8.0, &note, AXIS, Align::Left);
        doc.y += 12.0;
    }
    doc.y += 12.0;
}
