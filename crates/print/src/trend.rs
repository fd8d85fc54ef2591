//! The weekly trend: cases opened and resolved as grey bars on the left
//! axis, first-response attainment as an accent line (resolution
//! attainment dashed) on the right axis, 0–100 %. Both axes share four
//! intervals, so one set of grid lines serves both. A week with no
//! attainment breaks its line rather than dropping it to zero.

use crate::bars::legend;
use crate::doc::{Align, Color, Doc, Style, ACCENT, LEFT, MUTED, RIGHT, RULE};
use crate::font::Weight;
use crate::format::{clamp_ratio, Formatter};
use crate::model::PrintedReport;

const AXIS: Style = Style::new(Weight::Regular, 7.0, MUTED);
const PLOT_H: f32 = 130.0;
const AXIS_W: f32 = 36.0;
const OPENED: Color = Color::grey(0.78);
const RESOLVED: Color = Color::grey(0.5);
const RESOLUTION_LINE: Color = Color::grey(0.15);

/// The smallest "nice" step (1, 2, 2.5 or 5 × 10ⁿ) with `max` ≤ 4 steps.
pub(crate) fn nice_step(max: u64) -> u64 {
    let target = max.div_ceil(4).max(1);
    let mut magnitude: u64 = 1;
    loop {
        // 2.5 × 10ⁿ only from 25 on: a count has no half.
        let quarter = if magnitude >= 10 {
            magnitude / 2 * 5
        } else {
            0
        };
        let candidates = [
            magnitude,
            magnitude.saturating_mul(2),
            quarter,
            magnitude.saturating_mul(5),
        ];
        if let Some(&step) = candidates.iter().find(|&&c| c >= target) {
            return step;
        }
        match magnitude.checked_mul(10) {
            Some(m) => magnitude = m,
            None => return target,
        }
    }
}

pub(crate) fn weekly(doc: &mut Doc, r: &PrintedReport, f: &Formatter) {
    let l = &r.labels;
    doc.heading(&l.trend_chart, 16.0 + PLOT_H + 28.0);
    if r.weeks.is_empty() {
        doc.text(LEFT, doc.y + 9.0, &l.no_data, AXIS, Align::Left);
        doc.y += 26.0;
        return;
    }
    let mut x = legend(doc, LEFT, doc.y + 7.0, OPENED, &l.cases_opened);
    x = legend(doc, x, doc.y + 7.0, RESOLVED, &l.cases_resolved);
    x = line_legend(
        doc,
        x,
        doc.y + 7.0,
        ACCENT,
        false,
        &l.first_response_on_time,
    );
    line_legend(
        doc,
        x,
        doc.y + 7.0,
        RESOLUTION_LINE,
        true,
        &l.resolution_on_time,
    );
    doc.y += 20.0;

    let max = r
        .weeks
        .iter()
        .map(|w| w.opened.max(w.resolved))
        .max()
        .unwrap_or(0);
    // A third of headroom keeps the bars (and their counts) mostly below
    // the attainment lines, which run high.
    let step = nice_step(max.saturating_add(max / 3));
    let (x0, x1) = (LEFT + AXIS_W, RIGHT - AXIS_W);
    let (top, bottom) = (doc.y, doc.y + PLOT_H);
    for tick in 0..=4u64 {
        let y = bottom - PLOT_H * tick as f32 / 4.0;
        doc.line(
            &[(x0, y), (x1, y)],
            if tick == 0 { 0.7 } else { 0.4 },
            RULE,
            false,
        );
        let count = doc.fit(&f.count(step.saturating_mul(tick)), AXIS, AXIS_W - 4.0);
        doc.text(x0 - 4.0, y + 2.5, &count, AXIS, Align::Right);
        let pct = Style {
            color: ACCENT,
            ..AXIS
        };
        let label = format!("{}{}", tick * 25, f.numbers.percent);
        doc.text(x1 + 4.0, y + 2.5, &label, pct, Align::Left);
    }
    let scale = PLOT_H / (step.saturating_mul(4)) as f32;
    let n = r.weeks.len();
    let slot = (x1 - x0) / n as f32;
    let bar = (slot * 0.36).min(18.0);
    let label_w = r
        .weeks
        .iter()
        .map(|w| doc.width(&w.label, AXIS))
        .fold(0.0, f32::max);
    let every = ((label_w + 6.0) / slot).ceil().max(1.0) as usize;
    let mut first_line = Vec::new();
    let mut resolution_line = Vec::new();
    let mut counts = Vec::new();
    for (i, w) in r.weeks.iter().enumerate() {
        let cx = x0 + slot * (i as f32 + 0.5);
        let h_open = (w.opened as f32 * scale).min(PLOT_H);
        let h_res = (w.resolved as f32 * scale).min(PLOT_H);
        doc.fill_rect(cx - bar, bottom - h_open, bar, h_open, OPENED);
        doc.fill_rect(cx, bottom - h_res, bar, h_res, RESOLVED);
        if n <= 12 {
            counts.push((cx - bar / 2.0, bottom - h_open - 2.5, f.count(w.opened)));
        }
        if i % every == 0 {
            let label = doc.fit(&w.label, AXIS, slot * every as f32 - 4.0);
            doc.text(cx, bottom + 10.0, &label, AXIS, Align::Center);
        }
        let at = |v: Option<f64>| {
            v.and_then(clamp_ratio)
                .map(|v| (cx, bottom - v as f32 * PLOT_H))
        };
        first_line.push(at(w.first_response_attainment));
        resolution_line.push(at(w.resolution_attainment));
    }
    draw_series(doc, &resolution_line, RESOLUTION_LINE, true, n <= 30);
    draw_series(doc, &first_line, ACCENT, false, n <= 30);
    // Over the lines, on white, so a line crossing a count leaves it legible.
    for (x, y, count) in counts {
        let count = doc.fit(&count, AXIS, slot);
        let w = doc.width(&count, AXIS);
        let x = x.clamp(x0 + w / 2.0, x1 - w / 2.0);
        doc.text_on_white(x, y, &count, AXIS, Align::Center);
    }
    doc.y = top + PLOT_H + 26.0;
}

/// A line through the points that are there, broken where one is not,
/// with a dot on each point when `dots`.
fn draw_series(
    doc: &mut Doc,
    points: &[Option<(f32, f32)>],
    color: Color,
    dashed: bool,
    dots: bool,
) {
    for run in points.split(Option::is_none) {
        let run: Vec<(f32, f32)> = run.iter().flatten().copied().collect();
        doc.line(&run, 1.4, color, dashed);
        if dots {
            for &(x, y) in &run {
                doc.dot(x, y, if dashed { 1.4 } else { 2.0 }, color);
            }
        }
    }
}

/// A short line (dashed or not) and its label; returns the x after them.
fn line_legend(doc: &mut Doc, x: f32, y: f32, color: Color, dashed: bool, label: &str) -> f32 {
    doc.line(&[(x, y - 3.0), (x + 14.0, y - 3.0)], 1.4, color, dashed);
    if !dashed {
        doc.dot(x + 7.0, y - 3.0, 2.0, color);
    }
    let label = doc.fit(label, AXIS, (RIGHT - x - 18.0).max(20.0));
    doc.text(x + 18.0, y, &label, AXIS, Align::Left);
    x + 18.0 + doc.width(&label, AXIS) + 14.0
}

#[cfg(test)]
mod tests {
    use super::nice_step;

    #[test]
    fn axis_steps_are_round_and_cover_the_largest_week() {
        for (max, step) in [
            (0, 1),
            (3, 1),
            (7, 2),
            (10, 5),
            (90, 25),
            (95, 25),
            (101, 50),
            (380, 100),
            (4100, 2000),
            (9000, 2500),
        ] {
            assert_eq!(nice_step(max), step, "step for a largest week of {max}");
            assert!(nice_step(max) * 4 >= max);
        }
        assert!(nice_step(u64::MAX) >= u64::MAX / 4);
    }
}
