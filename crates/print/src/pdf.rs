//! The drawn pages as a PDF file: the page tree, the two fonts as subsets
//! (only the glyphs used, typically 30–60 kB for both) and every stream
//! compressed with Flate.

use crate::doc::{font_name, PAGE_H, PAGE_W};
use crate::font::{Font, Fonts, Weight};
use crate::PrintError;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Name, Pdf, Rect, Ref, Str, TextStr};

/// Hands out object ids, one each.
struct Ids(i32);

impl Ids {
    fn next(&mut self) -> Result<Ref, PrintError> {
        self.0 = self.0.checked_add(1).ok_or(PrintError::TooLarge)?;
        Ok(Ref::new(self.0))
    }
}

/// Writes `pages` with `fonts`, the document titled `title`.
pub(crate) fn write(
    pages: Vec<Content>,
    mut fonts: Fonts,
    title: &str,
) -> Result<Vec<u8>, PrintError> {
    let mut ids = Ids(0);
    let mut pdf = Pdf::new();
    let catalog = ids.next()?;
    let tree = ids.next()?;
    let info = ids.next()?;
    let regular = ids.next()?;
    let bold = ids.next()?;

    let mut page_ids = Vec::with_capacity(pages.len());
    for content in pages {
        let (page, stream) = (ids.next()?, ids.next()?);
        page_ids.push(page);
        let data = deflate(&content.finish())?;
        pdf.stream(stream, &data).filter(Filter::FlateDecode);
        let mut p = pdf.page(page);
        p.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
        p.parent(tree);
        p.contents(stream);
        p.resources()
            .fonts()
            .pair(font_name(Weight::Regular), regular)
            .pair(font_name(Weight::Bold), bold);
    }
    let count = i32::try_from(page_ids.len()).map_err(|_| PrintError::TooLarge)?;
    pdf.pages(tree).kids(page_ids).count(count);
    pdf.catalog(catalog).pages(tree);
    pdf.document_info(info)
        .title(TextStr(title))
        .producer(TextStr("Switchboard"));

    write_font(&mut pdf, &mut ids, regular, &mut fonts.regular, 80.0)?;
    write_font(&mut pdf, &mut ids, bold, &mut fonts.bold, 140.0)?;
    Ok(pdf.finish())
}

/// One face as a Type 0 font over a TrueType CID font, subset to the
/// glyphs used; a CID is the glyph's id in the subset.
fn write_font(
    pdf: &mut Pdf,
    ids: &mut Ids,
    id: Ref,
    font: &mut Font,
    stem_v: f32,
) -> Result<(), PrintError> {
    let (cid, descriptor, file, cmap_id) = (ids.next()?, ids.next()?, ids.next()?, ids.next()?);
    let name = format!("{}+{}", font.subset_tag(), font.postscript_name);
    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };

    pdf.type0_font(id)
        .base_font(Name(name.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap_id);

    let widths: Vec<f32> = font
        .remapper
        .remapped_gids()
        .map(|g| font.advance(ttf_parser::GlyphId(g)))
        .collect();
    {
        let mut c = pdf.cid_font(cid);
        c.subtype(CidFontType::Type2)
            .base_font(Name(name.as_bytes()))
            .system_info(system)
            .font_descriptor(descriptor)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        c.widths().consecutive(0, widths);
    }

    let (ascent, descent) = font.vertical();
    let (bbox, cap) = font.bbox_and_cap();
    pdf.font_descriptor(descriptor)
        .name(Name(name.as_bytes()))
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(bbox[0], bbox[1], bbox[2], bbox[3]))
        .italic_angle(0.0)
        .ascent(ascent)
        .descent(descent)
        .cap_height(cap)
        .stem_v(stem_v)
        .font_file2(file);

    let subset = subsetter::subset(font.data, 0, &font.remapper)
        .map_err(|e| PrintError::Subset(font.postscript_name, e))?;
    let data = deflate(&subset)?;
    pdf.stream(file, &data).filter(Filter::FlateDecode);

    let mut cmap = UnicodeCmap::new(Name(b"Switchboard-UTF16"), system);
    for (&glyph, &c) in &font.chars {
        cmap.pair(glyph, c);
    }
    let data = deflate(&cmap.finish())?;
    pdf.cmap(cmap_id, &data)
        .system_info(system)
        .filter(Filter::FlateDecode);
    Ok(())
}

/// Flate-compressed `data`, refused past what a PDF stream can hold.
fn deflate(data: &[u8]) -> Result<Vec<u8>, PrintError> {
    let out = miniz_oxide::deflate::compress_to_vec_zlib(data, 6);
    if i32::try_from(out.len()).is_err() {
        return Err(PrintError::TooLarge);
    }
    Ok(out)
}
