//! Any bytes as a translator's `.ftl` file, read as `templates import`
//! reads one (`switchboard_l10n::templates::import_file`, after the desk's
//! size check): it returns the variants or the problems and never panics.
//! A file that imports is checked further: every text is canonical (checking
//! it again gives it back), each variant exported alone imports back as
//! itself, and `templates check` (`lint_files`) lists its problems without
//! panicking either.

#![no_main]

use std::hint::black_box;

use chrono::DateTime;
use libfuzzer_sys::fuzz_target;
use switchboard_l10n::templates::{
    check, export_locale, import_file, lint_files, Template, Variant,
};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let findings = lint_files(&[("en.ftl".to_string(), text.to_string())]);
    black_box(format!("{findings:?}"));
    match import_file(text) {
        Err(errors) => {
            assert!(!errors.is_empty(), "refused without a reason");
            black_box(format!("{errors:?}"));
        }
        Ok(variants) => {
            for v in &variants {
                assert_eq!(
                    check(&v.source).as_deref(),
                    Ok(v.source.as_str()),
                    "an imported text is not canonical"
                );
                let alone = Template {
                    id: v.template_id.clone(),
                    topic: v.topic.clone(),
                    reference_locale: "en".into(),
                    variants: vec![Variant {
                        brand: v.brand.clone(),
                        locale: "en".into(),
                        source: v.source.clone(),
                        tags: v.tags.clone(),
                        outdated: false,
                        updated_at: DateTime::UNIX_EPOCH,
                    }],
                };
                let exported = export_locale(&[alone], "en");
                assert_eq!(
                    import_file(&exported).as_deref(),
                    Ok(std::slice::from_ref(v)),
                    "an exported variant does not import back as itself:\n{exported}"
                );
            }
        }
    }
});
