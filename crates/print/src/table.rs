//! The table of every group and the total: counts, and for each clock met,
//! missed, attainment and median. Columns are as wide as their widest
//! figure or heading word, the rest goes to the key; a key too long for
//! its column is cut with "…". The table continues over as many pages as
//! it needs, its header repeated at the top of each.

use crate::doc::{Align, Doc, Style, ACCENT, FAINT, INK, LEFT, MUTED, RULE, WIDTH};
use crate::font::Weight;
use crate::format::Formatter;
use crate::model::{PrintedReport, Row};

const BODY: Style = Style::new(Weight::Regular, 7.5, INK);
const TOTAL: Style = Style::new(Weight::Bold, 7.5, INK);
const HEAD: Style = Style::new(Weight::Bold, 6.8, MUTED);
const GROUP_HEAD: Style = Style::new(Weight::Bold, 7.5, ACCENT);
const ROW_H: f32 = 12.5;
const HEAD_LINE: f32 = 8.0;
const HEAD_LINES: usize = 3;
const PAD: f32 = 4.0;
const MIN_KEY: f32 = 64.0;
const MAX_KEY: f32 = 170.0;

/// The table's columns: the key, then eleven figures.
struct Columns {
    /// Left edge and width of each column.
    x: [f32; 12],
    w: [f32; 12],
    /// Each column's name as header lines, and their style.
    head: Vec<(Style, Vec<String>)>,
}

impl Columns {
    fn new(doc: &Doc, r: &PrintedReport, cells: &[[String; 11]]) -> Columns {
        let l = &r.labels;
        let names = [
            &l.group_column,
            &l.cases_opened,
            &l.cases_resolved,
            &l.met,
            &l.missed,
            &l.attainment,
            &l.median,
            &l.met,
            &l.missed,
            &l.attainment,
            &l.median,
            &l.backlog,
        ]
        .map(|s| s.clone());
        let longest_word = |s: &str| {
            s.split_whitespace()
                .map(|w| doc.width(w, HEAD))
                .fold(0.0, f32::max)
        };
        // What the figures need, and what the heading's longest word needs.
        let mut w = [0.0f32; 12];
        let mut word = [0.0f32; 12];
        for i in 1..12 {
            let figures = cells
                .iter()
                .map(|c| doc.width(&c[i - 1], TOTAL))
                .fold(0.0, f32::max);
            w[i] = figures.max(18.0) + PAD;
            word[i] = longest_word(&names[i]) + PAD;
        }
        let keys = r
            .groups
            .iter()
            .chain([&r.total])
            .map(|g| doc.width(&g.key, TOTAL));
        w[0] = keys
            .fold(longest_word(&names[0]), f32::max)
            .clamp(MIN_KEY, MAX_KEY)
            + PAD;
        let figures: f32 = w[1..].iter().sum();
        let spare = WIDTH - w[0] - figures;
        let short: Vec<f32> = (0..12).map(|i| (word[i] - w[i]).max(0.0)).collect();
        let short_sum: f32 = short[1..].iter().sum();
        if spare < 0.0 {
            // The figures alone are too wide: they shrink alike.
            w[0] = w[0].min(MIN_KEY + PAD);
            let k = (WIDTH - w[0]) / figures;
            w[1..].iter_mut().for_each(|x| *x *= k);
        } else if short_sum <= spare {
            // Every heading word fits; what is left is spread evenly.
            let extra = (spare - short_sum) / 11.0;
            for i in 1..12 {
                w[i] += short[i] + extra;
            }
        } else {
            // Headings share the spare room by how much they lack.
            for i in 1..12 {
                w[i] += short[i] * spare / short_sum;
            }
        }
        let mut x = [LEFT; 12];
        for i in 1..12 {
            x[i] = x[i - 1] + w[i - 1];
        }
        let head = (0..12)
            .map(|i| {
                // A heading word still too long is set smaller, to 6 pt, then broken.
                let lacking = (w[i] - PAD) / (word[i] - PAD).max(1.0);
                let style = Style {
                    size: (HEAD.size * lacking).clamp(6.0, HEAD.size),
                    ..HEAD
                };
                (style, doc.wrap(&names[i], style, w[i] - PAD, HEAD_LINES))
            })
            .collect();
        Columns { x, w, head }
    }

    fn header_height(&self) -> f32 {
        let lines = self.head.iter().map(|(_, l)| l.len()).max().unwrap_or(1) as f32;
        14.0 + lines * HEAD_LINE + 5.0
    }

    fn right(&self, i: usize) -> f32 {
        self.x[i] + self.w[i] - PAD / 2.0
    }
}

fn cells(row: &Row, f: &Formatter) -> [String; 11] {
    let t = &row.figures;
    [
        f.count(t.cases_opened),
        f.count(t.cases_resolved),
        f.count(t.first_response_met),
        f.count(t.first_response_missed),
        f.percent(t.first_response_attainment),
        f.duration(t.first_response_median_s),
        f.count(t.resolution_met),
        f.count(t.resolution_missed),
        f.percent(t.resolution_attainment),
        f.duration(t.resolution_median_s),
        f.count(t.backlog_open),
    ]
}

fn header(doc: &mut Doc, r: &PrintedReport, c: &Columns) {
    let top = doc.y;
    let height = c.header_height();
    for (label, first, last) in [
        (&r.labels.first_response, 3, 6),
        (&r.labels.resolution, 7, 10),
    ] {
        let (x0, x1) = (c.x[first] + PAD, c.right(last));
        let label = doc.fit(label, GROUP_HEAD, x1 - x0);
        doc.text(
            (x0 + x1) / 2.0,
            top + 8.0,
            &label,
            GROUP_HEAD,
            Align::Center,
        );
        doc.line(&[(x0, top + 11.5), (x1, top + 11.5)], 0.6, ACCENT, false);
    }
    for (i, (style, lines)) in c.head.iter().enumerate() {
        // Bottom-aligned, so every name ends on the same line.
        let first = top + height - 7.0 - HEAD_LINE * (lines.len() as f32 - 1.0);
        for (n, line) in lines.iter().enumerate() {
            let y = first + n as f32 * HEAD_LINE;
            if i == 0 {
                doc.text(c.x[0] + PAD / 2.0, y, line, *style, Align::Left);
            } else {
                doc.text(c.right(i), y, line, *style, Align::Right);
            }
        }
    }
    let rule = top + height - 2.5;
    doc.line(&[(LEFT, rule), (LEFT + WIDTH, rule)], 0.8, INK, false);
    doc.y = top + height;
}

fn row(doc: &mut Doc, key: &str, cells: &[String; 11], c: &Columns, style: Style, shaded: bool) {
    let y = doc.y;
    if shaded {
        doc.fill_rect(LEFT, y, WIDTH, ROW_H, FAINT);
    }
    let key = doc.fit(key, style, c.w[0] - PAD);
    doc.text(c.x[0] + PAD / 2.0, y + 9.0, &key, style, Align::Left);
    for (i, cell) in cells.iter().enumerate() {
        let text = doc.fit(cell, style, c.w[i + 1] - PAD);
        doc.text(c.right(i + 1), y + 9.0, &text, style, Align::Right);
    }
    doc.y += ROW_H;
}

/// A new page with the header again when `height` does not fit.
fn room_for(doc: &mut Doc, r: &PrintedReport, c: &Columns, height: f32) {
    if doc.room() < height {
        doc.new_page();
        header(doc, r, c);
    }
}

pub(crate) fn groups(doc: &mut Doc, r: &PrintedReport, f: &Formatter) {
    let rows: Vec<[String; 11]> = r
        .groups
        .iter()
        .chain([&r.total])
        .map(|g| cells(g, f))
        .collect();
    let c = Columns::new(doc, r, &rows);
    let first_rows = r.groups.len().min(3) as f32 + 1.0;
    doc.heading(
        &r.labels.table,
        c.header_height() + first_rows * ROW_H + 4.0,
    );
    header(doc, r, &c);
    let (total, groups) = rows
        .split_last()
        .map_or((None, &rows[..0]), |(t, g)| (Some(t), g));
    for (i, (g, cells)) in r.groups.iter().zip(groups).enumerate() {
        room_for(doc, r, &c, ROW_H);
        row(doc, &g.key, cells, &c, BODY, i % 2 == 1);
    }
    if let Some(cells) = total {
        room_for(doc, r, &c, ROW_H + 3.0);
        doc.line(
            &[(LEFT, doc.y + 1.0), (LEFT + WIDTH, doc.y + 1.0)],
            0.8,
            INK,
            false,
        );
        doc.y += 2.0;
        row(doc, &r.total.key, cells, &c, TOTAL, false);
        doc.line(
            &[(LEFT, doc.y + 1.0), (LEFT + WIDTH, doc.y + 1.0)],
            0.4,
            RULE,
            false,
        );
    }
    doc.y += 20.0;
}
