//! The pages being drawn and the flow down them. Sections draw in points
//! with y going *down* from the top of the page (as one reads); this module
//! turns that into PDF coordinates. A section asks for the height it needs
//! with [`Doc::ensure`] and continues on a new page when the rest of this
//! one is too short.

use crate::font::{Fonts, Weight};
use pdf_writer::{Content, Name, Str};

/// A4 portrait, in points.
pub(crate) const PAGE_W: f32 = 595.28;
pub(crate) const PAGE_H: f32 = 841.89;
pub(crate) const LEFT: f32 = 42.0;
pub(crate) const RIGHT: f32 = PAGE_W - 42.0;
pub(crate) const WIDTH: f32 = RIGHT - LEFT;
const TOP: f32 = 46.0;
/// Where content ends; the footer sits below.
const BOTTOM: f32 = PAGE_H - 54.0;
const FOOTER: f32 = PAGE_H - 30.0;

/// An RGB colour, each part 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Color(pub f32, pub f32, pub f32);

impl Color {
    pub const fn grey(v: f32) -> Color {
        Color(v, v, v)
    }

    /// `self` lightened towards white: `t` = 0 is white, 1 is `self`.
    pub fn tint(self, t: f32) -> Color {
        let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
        let mix = |c: f32| 1.0 - t * (1.0 - c);
        Color(mix(self.0), mix(self.1), mix(self.2))
    }
}

/// The one colour besides greys: a deep blue, a dark grey in greyscale.
pub(crate) const ACCENT: Color = Color(0.09, 0.32, 0.58);
pub(crate) const INK: Color = Color::grey(0.1);
pub(crate) const MUTED: Color = Color::grey(0.4);
pub(crate) const RULE: Color = Color::grey(0.72);
pub(crate) const FAINT: Color = Color::grey(0.94);

/// How a text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Style {
    pub weight: Weight,
    pub size: f32,
    pub color: Color,
}

impl Style {
    pub const fn new(weight: Weight, size: f32, color: Color) -> Style {
        Style {
            weight,
            size,
            color,
        }
    }
}

/// Where a text's x is: its left edge, centre or right edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Center,
    Right,
}

pub(crate) struct Doc {
    pub fonts: Fonts,
    pub pages: Vec<Content>,
    /// The top of the free space on the current page.
    pub y: f32,
}

impl Doc {
    pub fn new(fonts: Fonts) -> Doc {
        Doc {
            fonts,
            pages: vec![Content::new()],
            y: TOP,
        }
    }

    pub fn new_page(&mut self) {
        self.pages.push(Content::new());
        self.y = TOP;
    }

    /// Makes room for `height`: a new page unless it fits below `y` or the
    /// page is still empty (then it would fit nowhere better).
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP {
            self.new_page();
        }
    }

    /// Height left on this page.
    pub fn room(&self) -> f32 {
        BOTTOM - self.y
    }

    fn page(&mut self) -> &mut Content {
        if self.pages.is_empty() {
            self.pages.push(Content::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub fn width(&self, text: &str, style: Style) -> f32 {
        self.fonts.get(style.weight).width(text, style.size)
    }

    /// Draws `text` with its baseline at `baseline`.
    pub fn text(&mut self, x: f32, baseline: f32, text: &str, style: Style, align: Align) {
        if text.is_empty() {
            return;
        }
        let x = match align {
            Align::Left => x,
            Align::Center => x - self.width(text, style) / 2.0,
            Align::Right => x - self.width(text, style),
        };
        let glyphs = self.fonts.get_mut(style.weight).encode(text);
        let font = font_name(style.weight);
        let Color(r, g, b) = style.color;
        let page = self.page();
        page.begin_text();
        page.set_fill_rgb(r, g, b);
        page.set_font(font, style.size);
        page.set_text_matrix([1.0, 0.0, 0.0, 1.0, x, PAGE_H - baseline]);
        page.show(Str(&glyphs));
        page.end_text();
    }

    /// Draws `text` on a white ground, so a grid or chart line under it
    /// leaves it legible.
    pub fn text_on_white(&mut self, x: f32, baseline: f32, text: &str, style: Style, align: Align) {
        let w = self.width(text, style);
        let left = match align {
            Align::Left => x,
            Align::Center => x - w / 2.0,
            Align::Right => x - w,
        };
        let h = style.size;
        self.fill_rect(left - 1.0, baseline - h * 0.8, w + 2.0, h, Color::grey(1.0));
        self.text(x, baseline, text, style, align);
    }

    /// `text` cut to `max` points wide, with "…" where it was cut.
    pub fn fit(&self, text: &str, style: Style, max: f32) -> String {
        if self.width(text, style) <= max {
            return text.to_string();
        }
        let font = self.fonts.get(style.weight);
        let budget = max - font.width("…", style.size);
        let mut used = 0.0;
        let mut out = String::new();
        for c in text.chars() {
            let w = font.width(c.encode_utf8(&mut [0; 4]), style.size);
            if used + w > budget {
                break;
            }
            used += w;
            out.push(c);
        }
        let mut out = out.trim_end().to_string();
        out.push('…');
        out
    }

    /// `text` broken at spaces into lines at most `max` wide, at most
    /// `lines` of them; the last is cut with "…" when the text goes on. A
    /// word wider than a line is broken, with a hyphen between letters.
    pub fn wrap(&self, text: &str, style: Style, max: f32, lines: usize) -> Vec<String> {
        let lines = lines.max(1);
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut next = 0;
        let mut pending: Option<String> = None;
        let mut out: Vec<String> = Vec::new();
        let mut line = String::new();
        loop {
            let word = match pending.take() {
                Some(w) => w,
                None if next < words.len() => {
                    next += 1;
                    words[next - 1].to_string()
                }
                None => break,
            };
            if out.len() + 1 == lines {
                // The last line takes the rest, to be cut below.
                for w in std::iter::once(word.as_str()).chain(words[next..].iter().copied()) {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(w);
                }
                break;
            }
            let candidate = if line.is_empty() {
                word.clone()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, style) <= max {
                line = candidate;
            } else if !line.is_empty() {
                out.push(std::mem::take(&mut line));
                pending = Some(word);
            } else {
                let (head, tail) = self.break_word(&word, style, max);
                out.push(head);
                pending = (!tail.is_empty()).then_some(tail);
            }
        }
        if !line.is_empty() {
            out.push(line);
        }
        out.into_iter().map(|l| self.fit(&l, style, max)).collect()
    }

    /// The part of `word` that fits in `max` (at least one character),
    /// hyphenated when it breaks between two letters, and the rest.
    fn break_word(&self, word: &str, style: Style, max: f32) -> (String, String) {
        let budget = max - self.width("-", style);
        let mut head = String::new();
        let mut chars = word.chars().peekable();
        while let Some(&c) = chars.peek() {
            let wider = format!("{head}{c}");
            if !head.is_empty() && self.width(&wider, style) > budget {
                break;
            }
            head = wider;
            chars.next();
        }
        let mut tail: String = chars.collect();
        // No syllable of one or two letters on its own ("Eingehalte-n").
        while tail.chars().count() < 3 && head.chars().count() > 3 {
            if let Some(c) = head.pop() {
                tail.insert(0, c);
            }
        }
        let between_letters = head.chars().last().is_some_and(char::is_alphabetic)
            && tail.chars().next().is_some_and(char::is_alphabetic);
        if between_letters {
            head.push('-');
        }
        (head, tail)
    }

    pub fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Color) {
        if !(w > 0.0 && h > 0.0) {
            return;
        }
        let Color(r, g, b) = color;
        let page = self.page();
        page.set_fill_rgb(r, g, b);
        page.rect(x, PAGE_H - y - h, w, h);
        page.fill_nonzero();
    }

    /// A line through `points`, dashed or not.
    pub fn line(&mut self, points: &[(f32, f32)], width: f32, color: Color, dashed: bool) {
        if points.len() < 2 {
            return;
        }
        let Color(r, g, b) = color;
        let page = self.page();
        page.save_state();
        page.set_stroke_rgb(r, g, b);
        page.set_line_width(width.max(0.0));
        if dashed {
            page.set_dash_pattern([3.0, 2.0], 0.0);
        }
        page.move_to(points[0].0, PAGE_H - points[0].1);
        for &(x, y) in &points[1..] {
            page.line_to(x, PAGE_H - y);
        }
        page.stroke();
        page.restore_state();
    }

    /// A filled circle of radius `r` centred on (x, y).
    pub fn dot(&mut self, x: f32, y: f32, r: f32, color: Color) {
        // Four Bézier quarters; 0.552 puts their middle on the circle.
        let k = 0.552 * r;
        let y = PAGE_H - y;
        let Color(cr, cg, cb) = color;
        let page = self.page();
        page.set_fill_rgb(cr, cg, cb);
        page.move_to(x + r, y);
        page.cubic_to(x + r, y + k, x + k, y + r, x, y + r);
        page.cubic_to(x - k, y + r, x - r, y + k, x - r, y);
        page.cubic_to(x - r, y - k, x - k, y - r, x, y - r);
        page.cubic_to(x + k, y - r, x + r, y - k, x + r, y);
        page.fill_nonzero();
    }

    /// A section's heading; ensures `then` more points fit below it.
    pub fn heading(&mut self, text: &str, then: f32) {
        const STYLE: Style = Style::new(Weight::Bold, 11.5, INK);
        self.ensure(26.0 + then);
        let text = self.fit(text, STYLE, WIDTH);
        self.text(LEFT, self.y + 12.0, &text, STYLE, Align::Left);
        self.y += 20.0;
    }

    /// "2 / 3" and the title at the foot of every page.
    pub fn footers(&mut self, title: &str) {
        const STYLE: Style = Style::new(Weight::Regular, 7.5, MUTED);
        let n = self.pages.len();
        let title = self.fit(title, STYLE, WIDTH - 60.0);
        for i in 0..n {
            let number = format!("{} / {}", i + 1, n);
            let glyphs_title = self.fonts.regular.encode(&title);
            let glyphs_number = self.fonts.regular.encode(&number);
            let number_w = self.fonts.regular.width(&number, STYLE.size);
            let page = &mut self.pages[i];
            let Color(r, g, b) = RULE;
            page.set_stroke_rgb(r, g, b);
            page.set_line_width(0.5);
            page.move_to(LEFT, PAGE_H - FOOTER + 10.0);
            page.line_to(RIGHT, PAGE_H - FOOTER + 10.0);
            page.stroke();
            page.begin_text();
            let Color(r, g, b) = STYLE.color;
            page.set_fill_rgb(r, g, b);
            page.set_font(font_name(Weight::Regular), STYLE.size);
            page.set_text_matrix([1.0, 0.0, 0.0, 1.0, LEFT, PAGE_H - FOOTER]);
            page.show(Str(&glyphs_title));
            page.set_text_matrix([1.0, 0.0, 0.0, 1.0, RIGHT - number_w, PAGE_H - FOOTER]);
            page.show(Str(&glyphs_number));
            page.end_text();
        }
    }
}

/// The resource name of a face on every page.
pub(crate) fn font_name(w: Weight) -> Name<'static> {
    match w {
        Weight::Regular => Name(b"F1"),
        Weight::Bold => Name(b"F2"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Style = Style::new(Weight::Regular, 10.0, INK);

    fn doc() -> Doc {
        Doc::new(Fonts::load().expect("fonts"))
    }

    #[test]
    fn text_too_wide_is_cut_with_an_ellipsis() {
        let d = doc();
        let cut = d.fit("Gepäckermittlung", S, 40.0);
        assert!(cut.ends_with('…'), "{cut:?}");
        assert!(
            d.width(&cut, S) <= 40.0,
            "{cut:?} is {} wide",
            d.width(&cut, S)
        );
        assert_eq!(d.fit("ok", S, 40.0), "ok");
    }

    #[test]
    fn wrapped_lines_fit_and_a_long_word_breaks_between_letters() {
        let d = doc();
        let lines = d.wrap("Offen am Periodenende", S, 55.0, 3);
        for line in &lines {
            assert!(d.width(line, S) <= 55.0, "{line:?} is wider than 55 pt");
        }
        assert!(lines.iter().any(|l| l.ends_with('-')), "{lines:?}");
        assert!(
            lines.last().is_some_and(|l| l.chars().count() >= 3),
            "{lines:?}"
        );
    }

    #[test]
    fn the_last_line_allowed_ends_with_an_ellipsis_when_the_text_goes_on() {
        let d = doc();
        let lines = d.wrap("one two three four five six seven", S, 40.0, 2);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(d.wrap("", S, 40.0, 2).is_empty());
    }
}
