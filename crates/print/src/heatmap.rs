//! Cases opened by hour of the week: seven rows (Monday first) of 24
//! cells, each a tint of the accent in proportion to the busiest hour, so
//! the map reads the same in greyscale. Hours are marked every three.

use crate::doc::{Align, Doc, Style, ACCENT, FAINT, INK, LEFT, MUTED, WIDTH};
use crate::font::Weight;
use crate::format::Formatter;
use crate::model::PrintedReport;

const DAY: Style = Style::new(Weight::Regular, 7.5, INK);
const AXIS: Style = Style::new(Weight::Regular, 7.0, MUTED);
const DAY_W: f32 = 44.0;
const CELL_H: f32 = 13.0;

pub(crate) fn hour_of_week(doc: &mut Doc, r: &PrintedReport, f: &Formatter) {
    let counts: Vec<u64> = (0..168)
        .map(|i| r.opened_by_hour_of_week.get(i).copied().unwrap_or(0))
        .collect();
    let max = counts.iter().copied().max().unwrap_or(0);
    doc.heading(&r.labels.heat_map, 7.0 * CELL_H + 30.0);
    let cell_w = (WIDTH - DAY_W) / 24.0;
    let x0 = LEFT + DAY_W;
    let top = doc.y;
    for (day, name) in r.day_names.iter().enumerate() {
        let y = top + day as f32 * CELL_H;
        let name = doc.fit(name, DAY, DAY_W - 6.0);
        doc.text(LEFT, y + CELL_H - 3.5, &name, DAY, Align::Left);
        for hour in 0..24 {
            let count = counts[day * 24 + hour];
            let color = if count == 0 || max == 0 {
                FAINT
            } else {
                ACCENT.tint(0.1 + 0.9 * (count as f64 / max as f64) as f32)
            };
            doc.fill_rect(
                x0 + hour as f32 * cell_w,
                y,
                cell_w - 1.0,
                CELL_H - 1.0,
                color,
            );
        }
    }
    let bottom = top + 7.0 * CELL_H;
    for hour in (0..24).step_by(3) {
        let x = x0 + hour as f32 * cell_w;
        doc.text(x, bottom + 8.0, &format!("{hour:02}"), AXIS, Align::Left);
    }

    // The scale: no case, then five tints up to the busiest hour.
    let y = bottom + 14.0;
    let mut x = x0;
    doc.text(x, y + 7.0, "0", AXIS, Align::Left);
    x += doc.width("0", AXIS) + 4.0;
    doc.fill_rect(x, y, 10.0, 8.0, FAINT);
    x += 11.0;
    for step in 1..=5 {
        doc.fill_rect(x, y, 10.0, 8.0, ACCENT.tint(0.1 + 0.9 * step as f32 / 5.0));
        x += 11.0;
    }
    doc.text(x + 3.0, y + 7.0, &f.count(max), AXIS, Align::Left);
    doc.y = y + 24.0;
}
