//! Expert directory as CSV, the format a directory or HR export comes in.
//!
//! Import is all or nothing (docs/decisions/009-expert-directory-and-handoffs.md):
//! every row is checked first, and the first bad one is reported with its
//! row number (as a spreadsheet counts, the header being row 1) and column;
//! only a file without a single error reaches the store, which writes it in
//! one transaction. Experts are matched by e-mail, so importing the same
//! export twice changes nothing the second time.
//!
//! The reader is RFC 4180 (commas, double quotes, `""` inside quotes, CRLF
//! or LF, a UTF-8 byte-order mark is skipped); the columns may come in any
//! order and only `name`, `department` and `email` are required.

use crate::experts::{ExpertInput, Field};
use crate::{Desk, DeskError, DeskResult};
use std::collections::HashSet;
use switchboard_domain::Expert;
use switchboard_store::ImportSummary;

const REQUIRED: [Field; 3] = [Field::Name, Field::Department, Field::Email];

/// Splits CSV text into records of fields. Err carries the 1-based record
/// number where an unterminated quote starts.
pub fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, usize> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
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
            ',' => record.push(std::mem::take(&mut field)),
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

fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) || value.trim() != value {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
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
                input.set(*f, value.clone());
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
