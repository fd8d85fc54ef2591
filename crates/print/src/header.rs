//! The top of the first page: the title, the period and when it was
//! printed, then the headline figures of the total as six tiles.

use crate::doc::{Align, Doc, Style, ACCENT, INK, LEFT, MUTED, RIGHT, WIDTH};
use crate::font::Weight;
use crate::format::Formatter;
use crate::model::PrintedReport;

const TITLE: Style = Style::new(Weight::Bold, 18.0, INK);
const PERIOD: Style = Style::new(Weight::Regular, 11.0, INK);
const SMALL: Style = Style::new(Weight::Regular, 7.5, MUTED);

pub(crate) fn title(doc: &mut Doc, r: &PrintedReport) {
    for line in doc.wrap(&r.title, TITLE, WIDTH, 2) {
        doc.text(LEFT, doc.y + 17.0, &line, TITLE, Align::Left);
        doc.y += 23.0;
    }
    doc.y += 2.0;
    let period = doc.fit(&r.period, PERIOD, WIDTH);
    doc.text(LEFT, doc.y + 11.0, &period, PERIOD, Align::Left);
    let room = WIDTH - doc.width(&period, PERIOD) - 16.0;
    if doc.width(&r.generated, SMALL) <= room {
        doc.text(RIGHT, doc.y + 11.0, &r.generated, SMALL, Align::Right);
        doc.y += 18.0;
    } else {
        doc.y += 16.0;
        let generated = doc.fit(&r.generated, SMALL, WIDTH);
        doc.text(LEFT, doc.y + 8.0, &generated, SMALL, Align::Left);
        doc.y += 12.0;
    }
    doc.fill_rect(LEFT, doc.y, WIDTH, 1.2, ACCENT);
    doc.y += 14.0;
}

/// One headline figure: what it is, its value, and a note under it.
struct Tile {
    label: String,
    value: String,
    note: String,
}

pub(crate) fn headline(doc: &mut Doc, r: &PrintedReport, f: &Formatter) {
    let t = &r.total.figures;
    let l = &r.labels;
    let median = |s: Option<i64>| {
        if s.is_some() {
            format!("{} {}", l.median, f.duration(s))
        } else {
            String::new()
        }
    };
    let tiles = [
        Tile {
            label: l.cases_opened.clone(),
            value: f.count(t.cases_opened),
            note: String::new(),
        },
        Tile {
            label: l.cases_resolved.clone(),
            value: f.count(t.cases_resolved),
            note: String::new(),
        },
        Tile {
            label: l.first_response_on_time.clone(),
            value: f.percent(t.first_response_attainment),
            note: median(t.first_response_median_s),
        },
        Tile {
            label: l.resolution_on_time.clone(),
            value: f.percent(t.resolution_attainment),
            note: median(t.resolution_median_s),
        },
        Tile {
            label: l.backlog.clone(),
            value: f.count(t.backlog_open),
            note: String::new(),
        },
        Tile {
            label: l.handoffs.clone(),
            value: f.count(t.handoffs_asked),
            note: if t.handoffs_asked > 0 {
                l.handoffs_note
                    .replace("{in_time}", &f.count(t.handoffs_answered_in_time))
                    .replace("{median}", &f.duration(t.handoff_answer_median_s))
            } else {
                String::new()
            },
        },
    ];
    const GAP: f32 = 10.0;
    const HEIGHT: f32 = 70.0;
    doc.heading(&l.overview, HEIGHT);
    let w = (WIDTH - GAP * (tiles.len() as f32 - 1.0)) / tiles.len() as f32;
    let top = doc.y;
    for (i, tile) in tiles.iter().enumerate() {
        let x = LEFT + i as f32 * (w + GAP);
        doc.fill_rect(x, top, w, 2.0, ACCENT);
        let label = Style::new(Weight::Regular, 8.0, MUTED);
        for (n, line) in doc.wrap(&tile.label, label, w, 2).iter().enumerate() {
            doc.text(x, top + 13.0 + n as f32 * 9.5, line, label, Align::Left);
        }
        let mut value = Style::new(Weight::Bold, 17.0, INK);
        while value.size > 9.0 && doc.width(&tile.value, value) > w {
            value.size -= 1.0;
        }
        let shown = doc.fit(&tile.value, value, w);
        doc.text(x, top + 44.0, &shown, value, Align::Left);
        for (n, line) in doc.wrap(&tile.note, SMALL, w, 2).iter().enumerate() {
            doc.text(x, top + 56.0 + n as f32 * 9.0, line, SMALL, Align::Left);
        }
    }
    doc.y = top + HEIGHT + 14.0;
}
