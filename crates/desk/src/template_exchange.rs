//! Templates in and out of a workspace: the starter replies every new
//! workspace gets (locales/<lang>/replies.ftl, compiled in), and the
//! exchange with translators as one `.ftl` file per locale in a folder.
//! An import reads and checks every file before it writes anything: a
//! folder with one bad message imports nothing.

use crate::templates::DEFAULT_LOCALE;
use crate::{Desk, DeskError, DeskResult};
use serde::Serialize;
use std::path::{Path, PathBuf};
use switchboard_l10n::templates::{
    export_locale, import_file, locate, ImportError, ImportedVariant, MAX_FILE_BYTES,
};
use switchboard_l10n::STARTER_REPLIES;
use switchboard_store::templates::{TemplateMeta, VariantSaved, VariantWrite};
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct ExchangeSummary {
    pub files: usize,
    /// Variants written (new or changed).
    pub saved: usize,
    /// Variants already stored exactly so.
    pub unchanged: usize,
}

/// A file's locale: its name without `.ftl` (`fr-CH.ftl`).
pub(crate) fn locale_of(path: &Path) -> Option<String> {
    (path.extension()? == "ftl")
        .then(|| path.file_stem()?.to_str().map(str::to_string))
        .flatten()
}

impl Desk {
    /// Writes every variant of `imported` (locale, variants), creating the
    /// templates that are new. Brands are looked up by slug first, so an
    /// unknown brand stops the import before anything is written.
    pub(crate) async fn write_imported(
        &self,
        files: &[(String, Vec<ImportedVariant>)],
    ) -> DeskResult<ExchangeSummary> {
        let store = self.store();
        let brands = store.brands().await?;
        for (_, variants) in files {
            for v in variants {
                if let Some(b) = &v.brand {
                    if !brands.iter().any(|x| &x.slug == b) {
                        return Err(DeskError::UnknownBrand(b.clone()));
                    }
                }
            }
        }
        let mut known: Vec<String> = store.templates().await?.into_iter().map(|t| t.id).collect();
        let mut summary = ExchangeSummary {
            files: files.len(),
            ..Default::default()
        };
        for (locale, variants) in files {
            for v in variants {
                if !known.contains(&v.template_id) {
                    store
                        .save_template(&TemplateMeta {
                            id: v.template_id.clone(),
                            topic: v.topic.clone(),
                            reference_locale: DEFAULT_LOCALE.to_string(),
                        })
                        .await?;
                    known.push(v.template_id.clone());
                }
                let brand = v
                    .brand
                    .as_ref()
                    .and_then(|b| brands.iter().find(|x| &x.slug == b))
                    .map(|b| b.id);
                let saved = store
                    .save_variant(&VariantWrite {
                        template_id: v.template_id.clone(),
                        brand,
                        locale: locale.clone(),
                        source: v.source.clone(),
                        tags: v.tags.clone(),
                        at: self.now(),
                    })
                    .await?;
                match saved {
                    VariantSaved::Unchanged => summary.unchanged += 1,
                    _ => summary.saved += 1,
                }
            }
        }
        self.emit(crate::Change::Workspace);
        Ok(summary)
    }

    /// Seeds the starter replies (any brand, en/fr/de/it) into a workspace
    /// that has no templates yet; one that has some is left alone.
    pub async fn seed_starter_templates(&self) -> DeskResult<ExchangeSummary> {
        if !self.store().templates().await?.is_empty() {
            return Ok(ExchangeSummary::default());
        }
        let mut files = Vec::new();
        for (locale, text) in STARTER_REPLIES {
            let variants = import_file(text).map_err(|errors| DeskError::TemplateImport {
                file: format!("locales/{locale}/replies.ftl"),
                errors: errors.iter().map(|e| locate(text, e)).collect(),
            })?;
            files.push((locale.to_string(), variants));
        }
        self.write_imported(&files).await
    }

    /// Writes `<locale>.ftl` into `dir` for every locale that has a variant;
    /// returns the files written.
    pub async fn export_templates(&self, dir: &Path) -> DeskResult<Vec<PathBuf>> {
        let templates = self.store().templates().await?;
        let mut locales: Vec<String> = templates
            .iter()
            .flat_map(|t| t.variants.iter().map(|v| v.locale.clone()))
            .collect();
        locales.sort();
        locales.dedup();
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, &e))?;
        let mut written = Vec::new();
        for locale in locales {
            let path = dir.join(format!("{locale}.ftl"));
            std::fs::write(&path, export_locale(&templates, &locale))
                .map_err(|e| io_error(&path, &e))?;
            written.push(path);
        }
        Ok(written)
    }

    /// Reads every `<locale>.ftl` in `dir`; writes only when all of them
    /// are valid.
    pub async fn import_templates(&self, dir: &Path) -> DeskResult<ExchangeSummary> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| io_error(dir, &e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| locale_of(p).is_some())
            .collect();
        paths.sort();
        let mut files = Vec::new();
        for path in paths {
            let Some(locale) = locale_of(&path) else {
                continue;
            };
            let locale: switchboard_domain::Locale = locale.parse()?;
            let text =
                read_at_most(&path, MAX_FILE_BYTES)?.ok_or_else(|| DeskError::TemplateImport {
                    file: path.display().to_string(),
                    errors: vec![ImportError::FileTooLarge {
                        limit: MAX_FILE_BYTES,
                    }],
                })?;
            let variants = import_file(&text).map_err(|errors| DeskError::TemplateImport {
                file: path.display().to_string(),
                errors: errors.iter().map(|e| locate(&text, e)).collect(),
            })?;
            files.push((locale.to_string(), variants));
        }
        self.write_imported(&files).await
    }
}

/// The text of the file at `path`, or None when it is longer than `limit`
/// bytes (and then no more than that is read).
pub(crate) fn read_at_most(path: &Path, limit: usize) -> DeskResult<Option<String>> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| io_error(path, &e))?;
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, &e))?;
    if bytes.len() > limit {
        return Ok(None);
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|e| DeskError::Io {
            path: path.display().to_string(),
            reason: e.utf8_error().to_string(),
        })
}

pub(crate) fn io_error(path: &Path, e: &std::io::Error) -> DeskError {
    DeskError::Io {
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}
