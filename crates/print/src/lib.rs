//! The monthly report as a PDF that prints cleanly on A4, charts included
//! (issue 19; docs/decisions/026-report-pdf.md). The caller hands over a
//! [`PrintedReport`] with every text already localized and gets the bytes
//! of the file; nothing here knows the desk, the database or Fluent.
//!
//! The pages, in order: title, period and print time; the headline figures
//! of the total; first-response and resolution attainment per group as
//! bars; the weekly trend; cases opened by hour of the week; the table of
//! every group (continued over pages, its header repeated); the top topics.
//! Black and greys with one accent colour, legible in greyscale.

mod bars;
mod doc;
mod font;
mod format;
mod header;
mod heatmap;
mod model;
mod pdf;
mod table;
mod topics;
mod trend;

pub use model::{Labels, NumberFormat, PrintedReport, Row, TopicRow, Week};

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// The embedded font could not be read (a broken build).
    #[error("the embedded font {0} cannot be read")]
    Font(&'static str),
    /// Keeping only the used glyphs of a font failed.
    #[error("the font {0} cannot be subset: {1}")]
    Subset(&'static str, subsetter::Error),
    /// The report is larger than a PDF can hold.
    #[error("the report is too large for a PDF")]
    TooLarge,
}

/// Draws `report` and returns the PDF file's bytes.
pub fn render(report: &PrintedReport) -> Result<Vec<u8>, PrintError> {
    let mut doc = doc::Doc::new(font::Fonts::load()?);
    let f = format::Formatter {
        numbers: &report.number_format,
        labels: &report.labels,
    };
    header::title(&mut doc, report);
    header::headline(&mut doc, report, &f);
    bars::attainment(&mut doc, report, &f);
    trend::weekly(&mut doc, report, &f);
    heatmap::hour_of_week(&mut doc, report, &f);
    table::groups(&mut doc, report, &f);
    topics::top(&mut doc, report, &f);
    doc.footers(&report.title);
    pdf::write(doc.pages, doc.fonts, &report.title)
}
