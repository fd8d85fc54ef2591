//! Expert directory as CSV, the format a directory or HR export comes in.
//!
//! Import is all or nothing (docs/decisions/009-expert-directory-and-handoffs.md):
//! every row is checked first, and the first bad one is reported with its
//! row number (as a spreadsheet counts, the header being row 1) and column;
//! only a file without a single error reaches the store, which writes it in
//! one transaction. Experts are matched by e-mail, so importing the same
//! export twice changes nothing the second time.
//!
//! The reader is RFC 4180 (double quotes, `""` inside quotes, CRLF or LF, a
//! UTF-8 byte-order mark is skipped); the delimiter is the comma, or the
//! semicolon or tab when the header line uses that instead (as a
//! spreadsheet set to German, French or Swiss conventions saves CSV). The
//! columns may come in any order and only `name`, `department` and `email`
//! are required.
//!
//! An export is safe to open in a spreadsheet: a cell that starts with `=`,
//! `+`, `-`, `@`, a tab or a carriage return would be read as a formula, so
//! it is written quoted with a `'` in front (OWASP's advice against CSV
//! injection). The reader takes that `'` off again, so an export imports
//! back exactly.

use crate::experts::{ExpertInput, Field};
use crate::{Desk, DeskError, DeskResult};
use std::collections::HashSet;
use switchboard_domain::Expert;
use switchboard_store::ImportSummary;

const REQUIRED: [Field; 3] = [Field::Name, Field::Department, Field::Email];

/// The first characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The delimiter of a CSV text: the one of `,`, `;` and tab that the header
/// line (outside quotes) has most of; the comma when it has none.
pub fn delimiter_of(text: &str) -> char {
    let mut counts = [(',', 0usize), (';', 0), ('\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            c if !quoted => {
                if let Some(n) = counts.iter_mut().find(|(d, _)| *d == c) {
                    n.1 += 1;
                }
            }
            _ => {}
        }
    }
    // A tie keeps the earlier (the comma first).
    counts
        .iter()
        .fold(
            (',', 0),
            |best, &(d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0
}

/// Splits CSV text into records of fields, with the delimiter its header
/// line uses (see `delimiter_of`). Err carries the 1-based record number
/// where an unterminated quote starts.
pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, usize> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    parse_with(text, delimiter_of(text))
}

/// `parse_csv` with a given delimiter.
pub fn parse_with(text: &str, delimiter: char) -> Result<Vec<Vec<String>>, usize> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = false,
                other => field.push(other),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            c if c == delimiter => record.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            other => field.push(other),
        }
    }
    if quoted {
        return Err(records.len() + 1);
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    // Blank lines are not experts.
    records.retain(|r| !(r.len() == 1 && r[0].trim().is_empty()));
    Ok(records)
}

/// A cell as written: quoted when it needs to be, and with a `'` in front
/// (and quoted) when a spreadsheet would take it for a formula.
fn csv_field(value: &str) -> String {
    // `'=x` itself gets one more `'`, which the reader takes off again.
    if value.trim_start_matches('\'').starts_with(FORMULA_STARTS) {
        format!("\"'{}\"", value.replace('"', "\"\""))
    } else if value.contains([',', '\t', '"', '\n', '\r']) || value.trim() != value {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// A cell as read: without the `'` an export puts in front of a cell a
/// spreadsheet would take for a formula.
fn cell_value(value: &str) -> &str {
    match value.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_STARTS) => rest,
        _ => value,
    }
}

/// The directory as CSV with every column, in `Field::ALL` order.
pub fn to_csv(experts: &[Expert]) -> String {
    let mut out = Field::ALL
        .iter()
        .map(|f| f.as_str())
        .collect::<Vec<_>>()
        .join(",");
    out.push('\n');
    for e in experts {
        let input = ExpertInput::of(e);
        let row: Vec<String> = Field::ALL
            .iter()
            .map(|f| csv_field(input.get(*f)))
            .collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// Every row of `text` as a checked profile, or the first problem.
pub fn read_experts(text: &str) -> DeskResult<Vec<switchboard_store::ExpertProfile>> {
    let records = parse_csv(text).map_err(|row| DeskError::ImportMalformed { row })?;
    let Some((header, rows)) = records.split_first() else {
        return Err(DeskError::ImportMissingColumn {
            column: Field::Name.as_str().to_string(),
        });
    };
    let mut columns: Vec<Option<Field>> = Vec::with_capacity(header.len());
    for h in header {
        // `E-Mail`, `Time zone`, `working_hours` all name their field.
        let name = h.trim().to_ascii_lowercase().replace([' ', '-', '_'], "");
        columns.push(
            Field::ALL
                .into_iter()
                .find(|f| f.as_str().replace('_', "") == name),
        );
    }
    for f in REQUIRED {
        if !columns.contains(&Some(f)) {
            return Err(DeskError::ImportMissingColumn {
                column: f.as_str().to_string(),
            });
        }
    }
    let mut seen = HashSet::new();
    let mut profiles = Vec::with_capacity(rows.len());
    for (i, record) in rows.iter().enumerate() {
        // The header is row 1, as in a spreadsheet.
        let row = i + 2;
        if record.len() != header.len() {
            return Err(DeskError::ImportMalformed { row });
        }
        let mut input = ExpertInput::default();
        for (value, column) in record.iter().zip(&columns) {
            if let Some(f) = column {
                input.set(*f, cell_value(value).to_string());
            }
        }
        let profile = input
            .profile()
            .map_err(|(field, value)| DeskError::ImportBadValue {
                row,
                column: field.as_str().to_string(),
                value,
            })?;
        if !seen.insert(profile.email.to_lowercase()) {
            return Err(DeskError::ImportDuplicate {
                row,
                column: Field::Email.as_str().to_string(),
                value: profile.email,
            });
        }
        profiles.push(profile);
    }
    Ok(profiles)
}

impl Desk {
    /// Imports every expert of the CSV `text`, or none (see the module).
    pub async fn import_experts(&self, text: &str) -> DeskResult<ImportSummary> {
        let profiles = read_experts(text)?;
        let summary = self.store().import_experts(&profiles).await?;
        self.emit(crate::Change::Workspace);
        Ok(summary)
    }

    /// The active experts as CSV (retired ones are left out: an import
    /// cannot express retirement).
    pub async fn export_experts(&self) -> DeskResult<String> {
        let experts: Vec<Expert> = self
            .store()
            .experts()
            .await?
            .into_iter()
            .filter(|e| e.retired_at.is_none())
            .collect();
        Ok(to_csv(&experts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_keep_commas_quotes_and_newlines() {
        let text = "a,b\r\n\"x, y\",\"say \"\"hi\"\"\nbye\"\n\nlast,\n";
        assert_eq!(
            parse_csv(text).unwrap(),
            vec![
                vec!["a".to_string(), "b".into()],
                vec!["x, y".into(), "say \"hi\"\nbye".into()],
                vec!["last".into(), "".into()],
            ]
        );
    }

    #[test]
    fn an_unterminated_quote_names_its_record() {
        assert_eq!(parse_csv("a,b\n\"open,b\nc,d\n"), Err(2));
    }

    #[test]
    fn a_bad_row_is_named_by_its_spreadsheet_row_and_column() {
        let text = "name,department,email,time_zone\n\
                    Sandra,Baggage,s@x.example,Europe/Zurich\n\
                    Urs,Baggage,u@x.example,Mars/Olympus\n";
        match read_experts(text) {
            Err(DeskError::ImportBadValue { row, column, value }) => {
                assert_eq!(
                    (row, column.as_str(), value.as_str()),
                    (3, "time_zone", "Mars/Olympus")
                )
            }
            other => panic!("expected a bad value on row 3, got {other:?}"),
        }
    }

    #[test]
    fn a_missing_required_column_and_a_repeated_address_are_refused() {
        assert!(matches!(
            read_experts("name,email\nA,a@x.example\n"),
            Err(DeskError::ImportMissingColumn { column }) if column == "department"
        ));
        let twice = "Name,Department,E-Mail\nA,B,a@x.example\nC,D,A@X.example\n";
        assert!(matches!(
            read_experts(twice),
            Err(DeskError::ImportDuplicate { row: 3, .. })
        ));
    }

    fn expert(i: i64, p: &switchboard_store::ExpertProfile) -> Expert {
        Expert {
            id: switchboard_domain::ExpertId(i),
            name: p.name.clone(),
            department: p.department.clone(),
            topics: p.topics.clone(),
            languages: p.languages.clone(),
            time_zone: p.time_zone.clone(),
            email: p.email.clone(),
            chat: p.chat.clone(),
            availability: p.availability,
            hours: p.hours,
            retired_at: None,
        }
    }

    #[test]
    fn an_export_starts_no_cell_with_a_formula_and_imports_back_exactly() {
        let text = "name,department,topics,languages,email,chat\n\
                    \"=cmd|' /C calc'!A0\",@SUM(1+1),+1;-2+3,de,s@x.example,\"=HYPERLINK(\"\"http://x\"\")\"\n\
                    '=already guarded,-2+3,refund,fr,u@x.example,@urs\n\
                    'quoted,Baggage,baggage,en,v@x.example,\n";
        let profiles = read_experts(text).unwrap();
        assert_eq!(profiles[0].name, "=cmd|' /C calc'!A0");
        assert_eq!(profiles[0].chat, "=HYPERLINK(\"http://x\")");
        assert_eq!(profiles[1].name, "=already guarded", "a guard is taken off");
        assert_eq!(profiles[2].name, "'quoted", "a quote before text stays");
        let mut experts: Vec<Expert> = profiles
            .iter()
            .enumerate()
            .map(|(i, p)| expert(i as i64 + 1, p))
            .collect();
        experts[2].name = "'=kept".into();
        let csv = to_csv(&experts);
        for record in parse_csv(&csv).unwrap() {
            for cell in record {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "a spreadsheet would run {cell:?} in:\n{csv}"
                );
            }
        }
        let back = read_experts(&csv).unwrap();
        let expected: Vec<_> = experts
            .iter()
            .map(|e| ExpertInput::of(e).profile().unwrap())
            .collect();
        assert_eq!(back, expected);
        assert_eq!(back[2].name, "'=kept");
    }

    #[test]
    fn a_semicolon_or_tab_separated_file_is_read_with_its_own_delimiter() {
        let semicolons = "\u{feff}Name;Abteilung;Department;E-Mail;Topics\r\n\
                          \"Meier; Sandra\";x;Gepäck;s@x.example;baggage-lost,baggage-delayed\r\n";
        let p = read_experts(semicolons).unwrap();
        assert_eq!(p[0].name, "Meier; Sandra");
        assert_eq!(p[0].department, "Gepäck");
        assert_eq!(p[0].topics, vec!["baggage-lost", "baggage-delayed"]);
        let tabs = "name\tdepartment\temail\nUrs, Keller\tRefunds\tu@x.example\n";
        let p = read_experts(tabs).unwrap();
        assert_eq!(
            (p[0].name.as_str(), p[0].department.as_str()),
            ("Urs, Keller", "Refunds")
        );
        let mixed = "\"a,b,c\";name;department;email\n1,2;Lina;Loyalty;l@x.example\n";
        assert_eq!(read_experts(mixed).unwrap()[0].name, "Lina");
    }

    #[test]
    fn an_export_reads_back_as_the_same_profiles() {
        let text = "name,department,topics,languages,email,chat,working_hours,availability\n\
                    \"Meier, Sandra\",Baggage,baggage-lost;baggage-delayed,de;en,s@x.example,@sandra,Mon-Fri 08:00-17:00,out:2026-03-09\n";
        let profiles = read_experts(text).unwrap();
        let experts: Vec<Expert> = profiles
            .iter()
            .enumerate()
            .map(|(i, p)| Expert {
                id: switchboard_domain::ExpertId(i as i64 + 1),
                name: p.name.clone(),
                department: p.department.clone(),
                topics: p.topics.clone(),
                languages: p.languages.clone(),
                time_zone: p.time_zone.clone(),
                email: p.email.clone(),
                chat: p.chat.clone(),
                availability: p.availability,
                hours: p.hours,
                retired_at: None,
            })
            .collect();
        assert_eq!(read_experts(&to_csv(&experts)).unwrap(), profiles);
    }
}
