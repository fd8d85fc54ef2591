//! Playbooks prepared beforehand, one per kind of incident: the crisis
//! terms, the guidance for helpers, and the holding statement in every
//! brand × locale (the template `playbook-<id>`). They travel as files: a
//! `playbooks.ftl` and one `<locale>.ftl` of statements per locale, and
//! are checked like templates, per community.

use crate::crisis::CrisisError;
use crate::template_exchange::{io_error, locale_of, read_at_most, ExchangeSummary};
use crate::templates::DEFAULT_LOCALE;
use crate::{Desk, DeskError, DeskResult};
use serde::Serialize;
use std::path::{Path, PathBuf};
use switchboard_domain::CrisisTerms;
use switchboard_l10n::playbooks::{export_playbooks, read_playbooks, PlaybookFile};
use switchboard_l10n::templates::{
    export_locale, import_file, locate, resolve, ImportError, ImportedVariant, MAX_FILE_BYTES,
};
use switchboard_l10n::{STARTER_PLAYBOOKS, STARTER_STATEMENTS};
use switchboard_store::crises::playbook_template;
use switchboard_store::{Playbook, STATEMENT_TOPIC};
use ts_rs::TS;

/// The file of playbooks in an exchange folder.
pub const PLAYBOOKS_FILE: &str = "playbooks.ftl";

/// A playbook with how its statement covers the workspace.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PlaybookView {
    #[serde(flatten)]
    pub playbook: Playbook,
    /// Communities whose language has no statement variant.
    pub missing: Vec<String>,
    /// Communities whose variant is outdated.
    pub outdated: Vec<String>,
}

/// What a playbook import wrote.
#[derive(Debug, Clone, Default, Serialize, TS)]
pub struct PlaybookImport {
    pub playbooks: usize,
    pub statements: ExchangeSummary,
}

impl Desk {
    /// Creates or replaces a playbook.
    pub async fn save_playbook(
        &self,
        id: &str,
        name: &str,
        terms: CrisisTerms,
        guidance: &str,
    ) -> DeskResult<Playbook> {
        let id = id.trim().to_lowercase();
        if !switchboard_l10n::templates::valid_template_id(&id) {
            return Err(DeskError::BadInput {
                field: "playbook",
                value: id,
            });
        }
        if name.trim().is_empty() {
            return Err(CrisisError::NoName.into());
        }
        let p = Playbook {
            id,
            name: name.trim().to_string(),
            terms,
            guidance: guidance.trim().to_string(),
            updated_at: self.now(),
        };
        self.store().save_playbook(&p).await?;
        self.emit(crate::Change::Workspace);
        Ok(p)
    }

    /// Every playbook, with the communities its statement leaves out
    /// (no variant in their language) or serves with an outdated text.
    pub async fn playbooks(&self) -> DeskResult<Vec<PlaybookView>> {
        let store = self.store();
        let templates = store.templates().await?;
        let communities = store.communities().await?;
        Ok(store
            .playbooks()
            .await?
            .into_iter()
            .map(|playbook| {
                let t = templates
                    .iter()
                    .find(|t| t.id == playbook.statement_template());
                let mut missing = Vec::new();
                let mut outdated = Vec::new();
                for c in &communities {
                    match t.and_then(|t| {
                        resolve(t, &c.brand_slug, c.locale.as_str(), DEFAULT_LOCALE)
                            .filter(|r| !r.other_language)
                    }) {
                        None => missing.push(c.handle.clone()),
                        Some(r) if r.variant.outdated => outdated.push(c.handle.clone()),
                        Some(_) => {}
                    }
                }
                PlaybookView {
                    playbook,
                    missing,
                    outdated,
                }
            })
            .collect())
    }

    /// Writes `playbooks.ftl` and a `<locale>.ftl` of statements per
    /// locale into `dir`; returns the files written.
    pub async fn export_playbooks(&self, dir: &Path) -> DeskResult<Vec<PathBuf>> {
        let store = self.store();
        let playbooks = store.playbooks().await?;
        let ids: Vec<String> = playbooks.iter().map(|p| p.statement_template()).collect();
        let statements: Vec<_> = store
            .templates()
            .await?
            .into_iter()
            .filter(|t| ids.contains(&t.id))
            .collect();
        std::fs::create_dir_all(dir).map_err(|e| io_error(dir, &e))?;
        let mut written = Vec::new();
        let path = dir.join(PLAYBOOKS_FILE);
        let files: Vec<PlaybookFile> = playbooks
            .iter()
            .map(|p| PlaybookFile {
                id: p.id.clone(),
                name: p.name.clone(),
                first_response_minutes: p.terms.first_response_minutes,
                resolution_minutes: p.terms.resolution_minutes,
                guidance: p.guidance.clone(),
            })
            .collect();
        std::fs::write(&path, export_playbooks(&files)).map_err(|e| io_error(&path, &e))?;
        written.push(path);
        let mut locales: Vec<String> = statements
            .iter()
            .flat_map(|t| t.variants.iter().map(|v| v.locale.clone()))
            .collect();
        locales.sort();
        locales.dedup();
        for locale in locales {
            let path = dir.join(format!("{locale}.ftl"));
            std::fs::write(&path, export_locale(&statements, &locale))
                .map_err(|e| io_error(&path, &e))?;
            written.push(path);
        }
        Ok(written)
    }

    /// Reads `playbooks.ftl` and the statements' `<locale>.ftl` files from
    /// `dir`, checks all of them, and only then writes: a folder with one
    /// bad message imports nothing. A statement must belong to a playbook
    /// of the folder or of the workspace.
    pub async fn import_playbooks(&self, dir: &Path) -> DeskResult<PlaybookImport> {
        let path = dir.join(PLAYBOOKS_FILE);
        let text = read_at_most(&path, MAX_FILE_BYTES)?.ok_or_else(|| too_large(&path))?;
        let files = read_playbooks(&text).map_err(|problems| {
            let count = problems.len();
            let first = &problems[0];
            CrisisError::PlaybookFile {
                file: path.display().to_string(),
                line: first.line,
                id: first.id.clone(),
                what: first.what,
                count,
            }
        })?;
        let mut known: Vec<String> = files.iter().map(|f| playbook_template(&f.id)).collect();
        known.extend(
            self.store()
                .playbooks()
                .await?
                .iter()
                .map(Playbook::statement_template),
        );
        let statements = read_statement_files(dir, &known)?;
        self.save_playbook_files(&files).await?;
        Ok(PlaybookImport {
            playbooks: files.len(),
            statements: self.write_imported(&statements).await?,
        })
    }

    /// Saves every playbook read from a file.
    async fn save_playbook_files(&self, files: &[PlaybookFile]) -> DeskResult<()> {
        for f in files {
            self.save_playbook(
                &f.id,
                &f.name,
                CrisisTerms {
                    first_response_minutes: f.first_response_minutes,
                    resolution_minutes: f.resolution_minutes,
                },
                &f.guidance,
            )
            .await?;
        }
        Ok(())
    }

    /// Seeds the starter playbooks (weather, strike, IT outage) with their
    /// statements in en, fr, de and it into a workspace that has none.
    pub async fn seed_starter_playbooks(&self) -> DeskResult<()> {
        if !self.store().playbooks().await?.is_empty() {
            return Ok(());
        }
        let files = read_playbooks(STARTER_PLAYBOOKS).map_err(|_| DeskError::TemplateImport {
            file: "locales/en/playbooks.ftl".into(),
            errors: Vec::new(),
        })?;
        let mut statements = Vec::new();
        for (locale, text) in STARTER_STATEMENTS {
            let variants = import_file(text).map_err(|errors| DeskError::TemplateImport {
                file: format!("locales/{locale}/statements.ftl"),
                errors: errors.iter().map(|e| locate(text, e)).collect(),
            })?;
            statements.push((locale.to_string(), variants));
        }
        self.save_playbook_files(&files).await?;
        self.write_imported(&statements).await?;
        Ok(())
    }
}

fn too_large(path: &Path) -> DeskError {
    DeskError::TemplateImport {
        file: path.display().to_string(),
        errors: vec![ImportError::FileTooLarge {
            limit: MAX_FILE_BYTES,
        }],
    }
}

/// Every `<locale>.ftl` of `dir`, read and checked: each message must be
/// the statement of a known playbook, with the topic `statement`.
fn read_statement_files(
    dir: &Path,
    known: &[String],
) -> DeskResult<Vec<(String, Vec<ImportedVariant>)>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| io_error(dir, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| locale_of(p).is_some_and(|l| l.parse::<switchboard_domain::Locale>().is_ok()))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let Some(locale) = locale_of(&path) else {
            continue;
        };
        let text = read_at_most(&path, MAX_FILE_BYTES)?.ok_or_else(|| too_large(&path))?;
        let variants = import_file(&text).map_err(|errors| DeskError::TemplateImport {
            file: path.display().to_string(),
            errors: errors.iter().map(|e| locate(&text, e)).collect(),
        })?;
        let strangers: Vec<&ImportedVariant> = variants
            .iter()
            .filter(|v| !known.contains(&v.template_id) || v.topic != STATEMENT_TOPIC)
            .collect();
        if let Some(v) = strangers.first() {
            return Err(CrisisError::PlaybookFile {
                file: path.display().to_string(),
                line: text
                    .lines()
                    .position(|l| l.starts_with(&v.template_id))
                    .map_or(0, |n| n + 1),
                id: v.template_id.clone(),
                what: "not-a-statement",
                count: strangers.len(),
            }
            .into());
        }
        let locale: switchboard_domain::Locale = locale.parse()?;
        out.push((locale.to_string(), variants));
    }
    Ok(out)
}
