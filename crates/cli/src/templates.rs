//! `switchboard templates …` and `switchboard detect`.
//!
//! `templates check` checks the starter replies (the files under a
//! `locales/` folder, or the ones built in) and, when the workspace exists,
//! its templates; every problem is one line `place:line: sentence`, and the
//! exit status is 1 when there is any. `detect` needs no workspace: one
//! message per line in, `code<TAB>confidence` per line out.

use crate::output::{self, CliError};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use switchboard_desk::Desk;
use switchboard_l10n::detect::Detector;
use switchboard_l10n::templates::{lint_files, lint_templates, Finding};
use switchboard_l10n::{Localizer, STARTER_REPLIES};
use switchboard_store::templates::VariantSaved;

#[derive(Subcommand, Debug)]
pub enum TemplatesCommand {
    /// Check syntax and parity: the starter replies and the workspace's templates.
    Check(CheckArgs),
    /// Write one .ftl file per locale into DIR (for translators).
    Export(DirArgs),
    /// Read every <locale>.ftl in DIR; nothing is written unless every file is valid.
    Import(DirArgs),
    /// List every community's missing or outdated templates.
    Backlog(crate::args::JsonArg),
    /// Save one variant (its text from --file, or standard input), checked first.
    Set(SetArgs),
    /// Mark a variant as checked against the reference: no longer outdated.
    Confirm(VariantArgs),
}

#[derive(Args, Debug)]
pub struct VariantArgs {
    /// The template id, e.g. baggage-delayed.
    #[arg(long)]
    pub template: String,
    /// The variant's locale, e.g. de-CH or de.
    #[arg(long)]
    pub locale: String,
    /// The brand (name or slug); none for the any-brand variant.
    #[arg(long)]
    pub brand: Option<String>,
}

#[derive(Args, Debug)]
pub struct SetArgs {
    #[command(flatten)]
    pub variant: VariantArgs,
    /// The template's topic, when the template is new.
    #[arg(long)]
    pub topic: Option<String>,
    /// Tags, comma-separated, in the variant's language.
    #[arg(long, default_value = "")]
    pub tags: String,
    /// The Fluent text; default: standard input.
    #[arg(long)]
    pub file: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// A locales/ folder (with <lang>/replies.ftl); default: the built-in starter replies.
    #[arg(long)]
    pub locales: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct DirArgs {
    pub dir: PathBuf,
}

/// The starter files to check, English first (the reference).
fn starter_files(locales: Option<&Path>) -> Result<Vec<(String, String)>, CliError> {
    match locales {
        None => Ok(STARTER_REPLIES
            .iter()
            .map(|(l, text)| (format!("locales/{l}/replies.ftl"), text.to_string()))
            .collect()),
        Some(dir) => {
            let mut langs: Vec<String> = std::fs::read_dir(dir)
                .map_err(CliError::Io)?
                .filter_map(|e| e.ok())
                .filter(|e| e.path().join("replies.ftl").is_file())
                .filter_map(|e| e.file_name().to_str().map(str::to_string))
                .collect();
            langs.sort_by_key(|l| (l != "en", l.clone()));
            langs
                .into_iter()
                .map(|l| {
                    let path = dir.join(&l).join("replies.ftl");
                    std::fs::read_to_string(&path)
                        .map(|text| (path.display().to_string(), text))
                        .map_err(CliError::Io)
                })
                .collect()
        }
    }
}

fn finding_line(f: &Finding, l10n: &Localizer) -> String {
    let key = format!("check-{}", f.code);
    let text = if l10n.has(&key) {
        l10n.t(&key, &f.args)
    } else {
        l10n.t(&format!("error-{}", f.code), &f.args)
    };
    if f.line > 0 {
        format!("{}:{}: {text}", f.place, f.line)
    } else {
        format!("{}: {text}", f.place)
    }
}

/// `templates check`, which may run without a workspace.
pub async fn check(desk: Option<&Desk>, a: &CheckArgs, l10n: &Localizer) -> Result<(), CliError> {
    let files = starter_files(a.locales.as_deref())?;
    let mut findings = lint_files(&files);
    let mut checked = files.len();
    if let Some(desk) = desk {
        let templates = desk.templates().await?;
        checked += templates.len();
        findings.extend(lint_templates(&templates));
    }
    for f in &findings {
        out!("{}", finding_line(f, l10n));
    }
    if findings.is_empty() {
        out!(
            "{}",
            l10n.t("templates-check-ok", &[("count", checked.to_string())])
        );
        Ok(())
    } else {
        Err(CliError::Findings(findings.len()))
    }
}

#[derive(Serialize)]
struct BacklogJson<'a> {
    community: &'a str,
    template: &'a str,
    state: &'a str,
    served_by: Option<&'a str>,
}

pub async fn run(desk: &Desk, cmd: TemplatesCommand, l10n: &Localizer) -> Result<(), CliError> {
    match cmd {
        TemplatesCommand::Check(a) => check(Some(desk), &a, l10n).await,
        TemplatesCommand::Export(a) => {
            let written = desk.export_templates(&a.dir).await?;
            out!(
                "{}",
                l10n.t(
                    "templates-exported",
                    &[
                        ("count", written.len().to_string()),
                        ("dir", a.dir.display().to_string())
                    ]
                )
            );
            Ok(())
        }
        TemplatesCommand::Import(a) => {
            let s = desk.import_templates(&a.dir).await?;
            out!(
                "{}",
                l10n.t(
                    "templates-imported",
                    &[
                        ("files", s.files.to_string()),
                        ("saved", s.saved.to_string()),
                        ("unchanged", s.unchanged.to_string())
                    ]
                )
            );
            Ok(())
        }
        TemplatesCommand::Set(a) => {
            let text = match &a.file {
                Some(p) => std::fs::read_to_string(p).map_err(CliError::Io)?,
                None => std::io::read_to_string(std::io::stdin()).map_err(CliError::Io)?,
            };
            let tags: Vec<String> = a
                .tags
                .split(',')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect();
            let v = &a.variant;
            let saved = desk
                .save_variant(
                    &v.template,
                    a.topic.as_deref(),
                    v.brand.as_deref(),
                    &v.locale,
                    &text,
                    &tags,
                )
                .await?;
            let key = match saved {
                VariantSaved::Unchanged => "template-unchanged",
                VariantSaved::Saved => "template-saved",
                VariantSaved::ReferenceSaved { .. } => "template-reference-saved",
            };
            let outdated = match saved {
                VariantSaved::ReferenceSaved { outdated } => outdated,
                _ => 0,
            };
            out!(
                "{}",
                l10n.t(
                    key,
                    &[
                        ("template", v.template.clone()),
                        ("locale", v.locale.clone()),
                        ("outdated", outdated.to_string())
                    ]
                )
            );
            Ok(())
        }
        TemplatesCommand::Confirm(v) => {
            desk.confirm_variant(&v.template, v.brand.as_deref(), &v.locale)
                .await?;
            out!(
                "{}",
                l10n.t(
                    "template-confirmed",
                    &[
                        ("template", v.template.clone()),
                        ("locale", v.locale.clone())
                    ]
                )
            );
            Ok(())
        }
        TemplatesCommand::Backlog(a) => {
            let items = desk.translation_backlog().await?;
            if a.json {
                let rows: Vec<BacklogJson> = items
                    .iter()
                    .map(|i| BacklogJson {
                        community: &i.community,
                        template: &i.template,
                        state: i.state.as_str(),
                        served_by: i.served_by.as_deref(),
                    })
                    .collect();
                return output::json(&rows);
            }
            if items.is_empty() {
                out!("{}", l10n.t("templates-backlog-empty", &[]));
                return Ok(());
            }
            let mut t = output::table(output::h(
                l10n,
                &[
                    "col-community",
                    "col-template",
                    "col-state",
                    "col-served-by",
                ],
            ));
            for i in &items {
                t.add_row(vec![
                    i.community.clone(),
                    i.template.clone(),
                    l10n.t(&format!("backlog-{}", i.state.as_str()), &[]),
                    i.served_by.clone().unwrap_or_else(|| "—".into()),
                ]);
            }
            out!("{t}");
            Ok(())
        }
    }
}

/// `detect`: reads standard input line by line until it ends.
pub fn detect() -> Result<(), CliError> {
    let detector = Detector::new();
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let line = line.map_err(CliError::Io)?;
        let d = detector.detect(&line);
        out!("{}\t{:.2}", d.language, d.confidence);
    }
    Ok(())
}
