//! The embedded fonts (DejaVu Sans, regular and bold; licence in
//! `fonts/LICENSE`) and how text becomes glyphs. Every text is written as
//! two-byte glyph ids of a subset font (a CID font, Identity-H), with a
//! ToUnicode map so that copying and searching the PDF give back the
//! characters: é, ß, «», ’ and ▲ included. No shaping: the languages we
//! print need none, and advances alone measure text exactly.

use crate::PrintError;
use std::collections::BTreeMap;
use subsetter::GlyphRemapper;
use ttf_parser::{Face, GlyphId};

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// Which of the two faces a text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// One face and the glyphs the document has used of it so far.
pub(crate) struct Font {
    pub data: &'static [u8],
    pub postscript_name: &'static str,
    pub face: Face<'static>,
    /// Old glyph id → id in the subset, in order of first use.
    pub remapper: GlyphRemapper,
    /// Subset glyph id → the character it shows, for the ToUnicode map.
    pub chars: BTreeMap<u16, char>,
    space: GlyphId,
    units_per_em: f32,
}

impl Font {
    fn load(data: &'static [u8], postscript_name: &'static str) -> Result<Font, PrintError> {
        let face = Face::parse(data, 0).map_err(|_| PrintError::Font(postscript_name))?;
        let space = face.glyph_index(' ').unwrap_or(GlyphId(0));
        let units_per_em = f32::from(face.units_per_em().max(1));
        Ok(Font {
            data,
            postscript_name,
            face,
            remapper: GlyphRemapper::new(),
            chars: BTreeMap::new(),
            space,
            units_per_em,
        })
    }

    /// The glyph of `c`: whitespace the font lacks (a narrow no-break
    /// space, a tab) shows as a space; control characters and characters
    /// the font lacks (emoji, mostly) are left out rather than shown as
    /// empty boxes.
    fn glyph(&self, c: char) -> Option<GlyphId> {
        if c.is_whitespace() && (c.is_control() || self.face.glyph_index(c).is_none()) {
            return Some(self.space);
        }
        self.face
            .glyph_index(c)
            .filter(|g| g.0 != 0 && !c.is_control())
    }

    /// The advance of a glyph in thousandths of the font size.
    pub fn advance(&self, g: GlyphId) -> f32 {
        f32::from(self.face.glyph_hor_advance(g).unwrap_or(0)) * 1000.0 / self.units_per_em
    }

    /// Width of `text` set at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .filter_map(|c| self.glyph(c))
            .map(|g| self.advance(g))
            .sum::<f32>()
            * size
            / 1000.0
    }

    /// `text` as subset glyph ids, big-endian, noting the glyphs used.
    pub fn encode(&mut self, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let Some(old) = self.glyph(c) else { continue };
            let new = self.remapper.remap(old.0);
            // A glyph shown for several characters (the space for a tab)
            // maps back to the first one.
            self.chars
                .entry(new)
                .or_insert(if old == self.space { ' ' } else { c });
            out.extend_from_slice(&new.to_be_bytes());
        }
        out
    }

    /// Ascender and descender (negative) in thousandths of the size.
    pub fn vertical(&self) -> (f32, f32) {
        let k = 1000.0 / self.units_per_em;
        (
            f32::from(self.face.ascender()) * k,
            f32::from(self.face.descender()) * k,
        )
    }

    /// Bounding box of every glyph and cap height, in thousandths.
    pub fn bbox_and_cap(&self) -> ([f32; 4], f32) {
        let k = 1000.0 / self.units_per_em;
        let b = self.face.global_bounding_box();
        let cap = self.face.capital_height().unwrap_or(self.face.ascender());
        (
            [
                f32::from(b.x_min) * k,
                f32::from(b.y_min) * k,
                f32::from(b.x_max) * k,
                f32::from(b.y_max) * k,
            ],
            f32::from(cap) * k,
        )
    }

    /// A six-letter tag for the subset's name, the same for the same glyphs.
    pub fn subset_tag(&self) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for g in self.remapper.remapped_gids() {
            h = (h ^ u64::from(g)).wrapping_mul(0x0100_0000_01b3);
        }
        (0..6)
            .map(|i| char::from(b'A' + ((h >> (i * 5)) % 26) as u8))
            .collect()
    }
}

/// Both faces of the document.
pub(crate) struct Fonts {
    pub regular: Font,
    pub bold: Font,
}

impl Fonts {
    pub fn load() -> Result<Fonts, PrintError> {
        Ok(Fonts {
            regular: Font::load(REGULAR, "DejaVuSans")?,
            bold: Font::load(BOLD, "DejaVuSans-Bold")?,
        })
    }

    pub fn get(&self, w: Weight) -> &Font {
        match w {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    pub fn get_mut(&mut self, w: Weight) -> &mut Font {
        match w {
            Weight::Regular => &mut self.regular,
            Weight::Bold => &mut self.bold,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_font_has_every_character_our_languages_print() {
        let fonts = Fonts::load().expect("fonts");
        for font in [&fonts.regular, &fonts.bold] {
            for c in "éèêàâçüöäÄÖÜßëïîôûœÉÀ«»‹›–—×≤≥’‘“”„…▲▼·%\u{a0}\u{202f}".chars()
            {
                assert!(
                    font.face.glyph_index(c).is_some(),
                    "{} has no glyph for {c:?} (U+{:04X})",
                    font.postscript_name,
                    c as u32
                );
            }
        }
    }

    #[test]
    fn text_is_measured_by_its_advances() {
        let fonts = Fonts::load().expect("fonts");
        let w = fonts.regular.width("Gepäck", 10.0);
        assert!(w > 30.0 && w < 45.0, "Gepäck at 10 pt measured {w}");
        assert!(fonts.bold.width("Gepäck", 10.0) > w);
        assert_eq!(fonts.regular.width("", 10.0), 0.0);
        assert_eq!(
            fonts.regular.width("\u{0}🛄", 10.0),
            0.0,
            "left out, so no width"
        );
        assert_eq!(
            fonts.regular.width("\t", 10.0),
            fonts.regular.width(" ", 10.0)
        );
    }
}
