//! Templates, brand voices and detected languages. Tags are a list (see
//! `db`); "any brand" is brand_id 0. Saving a variant locks its template
//! row (`FOR UPDATE` on PostgreSQL, the write transaction on SQLite), so two
//! saves of one template run one after the other.

use crate::convert::*;
use crate::write::log_change;
use crate::SqlStore;
use switchboard_domain::{BrandId, CaseId, MessageId};
use switchboard_store::templates::*;
use switchboard_store::*;

fn formality(s: &str) -> StoreResult<Formality> {
    match s {
        "formal" => Ok(Formality::Formal),
        "informal" => Ok(Formality::Informal),
        other => Err(corrupt("formality", other)),
    }
}

impl SqlStore {
    pub(crate) async fn templates(&self) -> StoreResult<Vec<Template>> {
        let heads = sql("SELECT id, topic, reference_locale FROM templates ORDER BY id")
            .fetch_all(&self.db)
            .await
            .map_err(db)?;
        let rows = sql(
            "SELECT v.template_id, b.slug, v.locale, v.source, v.tags, v.outdated, v.updated_at \
             FROM template_variants v LEFT JOIN brands b ON b.id = v.brand_id \
             ORDER BY v.template_id, v.brand_id, v.locale",
        )
        .fetch_all(&self.db)
        .await
        .map_err(db)?;
        let mut out = Vec::with_capacity(heads.len());
        for h in heads {
            out.push(Template {
                id: h.try_get("id").map_err(db)?,
                topic: h.try_get("topic").map_err(db)?,
                reference_locale: h.try_get("reference_locale").map_err(db)?,
                variants: Vec::new(),
            });
        }
        for r in rows {
            let id: String = r.try_get("template_id").map_err(db)?;
            let variant = Variant {
                brand: r.try_get("slug").map_err(db)?,
                locale: r.try_get("locale").map_err(db)?,
                source: r.try_get("source").map_err(db)?,
                tags: r.try_get("tags").map_err(db)?,
                outdated: r.try_get("outdated").map_err(db)?,
                updated_at: r.try_get("updated_at").map_err(db)?,
            };
            if let Some(t) = out.iter_mut().find(|t| t.id == id) {
                t.variants.push(variant);
            }
        }
        Ok(out)
    }

    pub(crate) async fn save_template(&self, t: &TemplateMeta) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sql(
            "INSERT INTO templates (id, topic, reference_locale) VALUES ($1, $2, $3) \
             ON CONFLICT (id) DO UPDATE SET topic = excluded.topic, \
             reference_locale = excluded.reference_locale",
        )
        .bind(&t.id)
        .bind(&t.topic)
        .bind(&t.reference_locale)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn save_variant(&self, v: &VariantWrite) -> StoreResult<VariantSaved> {
        let mut tx = self.write_tx().await?;
        let brand = v.brand.map_or(0, |b| b.0);
        let reference: Option<String> =
            sql("SELECT reference_locale FROM templates WHERE id = $1 FOR UPDATE")
                .bind(&v.template_id)
                .scalar_opt(&mut tx)
                .await
                .map_err(db)?;
        let reference =
            reference.ok_or_else(|| StoreError::not_found("template", &v.template_id))?;
        let tags = v.tags.clone();
        let current = sql("SELECT source, tags FROM template_variants \
             WHERE template_id = $1 AND brand_id = $2 AND locale = $3")
        .bind(&v.template_id)
        .bind(brand)
        .bind(&v.locale)
        .fetch_optional(&mut tx)
        .await
        .map_err(db)?;
        if let Some(row) = current {
            let source: String = row.try_get("source").map_err(db)?;
            let old_tags: Vec<String> = row.try_get("tags").map_err(db)?;
            if source == v.source && old_tags == tags {
                return Ok(VariantSaved::Unchanged);
            }
        }
        sql("INSERT INTO template_variants \
             (template_id, brand_id, locale, source, tags, outdated, updated_at) \
             VALUES ($1, $2, $3, $4, $5, FALSE, $6) \
             ON CONFLICT (template_id, brand_id, locale) DO UPDATE SET \
             source = excluded.source, tags = excluded.tags, outdated = FALSE, \
             updated_at = excluded.updated_at")
        .bind(&v.template_id)
        .bind(brand)
        .bind(&v.locale)
        .bind(&v.source)
        .bind(&tags)
        .bind(v.at)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        let is_reference = v.brand.is_none() && v.locale.eq_ignore_ascii_case(&reference);
        let saved = if is_reference {
            let done = sql("UPDATE template_variants SET outdated = TRUE \
                 WHERE template_id = $1 AND NOT (brand_id = 0 AND locale = $2)")
            .bind(&v.template_id)
            .bind(&v.locale)
            .execute(&mut tx)
            .await
            .map_err(db)?;
            VariantSaved::ReferenceSaved { outdated: done }
        } else {
            VariantSaved::Saved
        };
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        tx.commit().await.map_err(db)?;
        Ok(saved)
    }

    pub(crate) async fn confirm_variant(
        &self,
        template: &str,
        brand: Option<BrandId>,
        locale: &str,
    ) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        let done = sql("UPDATE template_variants SET outdated = FALSE \
             WHERE template_id = $1 AND brand_id = $2 AND locale = $3")
        .bind(template)
        .bind(brand.map_or(0, |b| b.0))
        .bind(locale)
        .execute(&mut tx)
        .await
        .map_err(db)?;
        if done == 0 {
            return Err(StoreError::not_found(
                "variant",
                format!("{template} {locale}"),
            ));
        }
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn brand_voices(&self) -> StoreResult<Vec<BrandVoice>> {
        sql(
            "SELECT brand_id, locale, brand_name, sign_off, formality FROM brand_voices \
             ORDER BY brand_id, locale",
        )
        .rows(&self.db, |r| {
            Ok(BrandVoice {
                brand: BrandId(r.try_get("brand_id").map_err(db)?),
                locale: r.try_get("locale").map_err(db)?,
                voice: Voice {
                    brand_name: r.try_get("brand_name").map_err(db)?,
                    sign_off: r.try_get("sign_off").map_err(db)?,
                    formality: formality(&r.try_get::<String>("formality").map_err(db)?)?,
                },
            })
        })
        .await
    }

    pub(crate) async fn save_brand_voice(&self, v: &BrandVoice) -> StoreResult<()> {
        let mut tx = self.write_tx().await?;
        sql(
            "INSERT INTO brand_voices (brand_id, locale, brand_name, sign_off, formality) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (brand_id, locale) DO UPDATE SET \
             brand_name = excluded.brand_name, sign_off = excluded.sign_off, \
             formality = excluded.formality",
        )
        .bind(v.brand.0)
        .bind(&v.locale)
        .bind(&v.voice.brand_name)
        .bind(&v.voice.sign_off)
        .bind(v.voice.formality.as_str())
        .execute(&mut tx)
        .await
        .map_err(db)?;
        log_change(&mut tx, ChangeEntity::Workspace, 0, None).await?;
        tx.commit().await.map_err(db)
    }

    pub(crate) async fn set_message_language(&self, l: &MessageLanguage) -> StoreResult<()> {
        sql(
            "INSERT INTO message_languages (message_id, language, confidence) VALUES ($1, $2, $3) \
             ON CONFLICT (message_id) DO UPDATE SET language = excluded.language, \
             confidence = excluded.confidence",
        )
        .bind(l.message_id.0)
        .bind(&l.language)
        .bind(l.confidence)
        .execute(&self.db)
        .await
        .map_err(db)?;
        Ok(())
    }

    pub(crate) async fn message_languages(
        &self,
        case: CaseId,
    ) -> StoreResult<Vec<MessageLanguage>> {
        sql(
            "SELECT l.message_id, l.language, l.confidence FROM message_languages l \
             JOIN messages m ON m.id = l.message_id WHERE m.case_id = $1 \
             ORDER BY m.created_at, m.id",
        )
        .bind(case.0)
        .rows(&self.db, |r| {
            Ok(MessageLanguage {
                message_id: MessageId(r.try_get("message_id").map_err(db)?),
                language: r.try_get("language").map_err(db)?,
                confidence: r.try_get("confidence").map_err(db)?,
            })
        })
        .await
    }

    pub(crate) async fn message_languages_of_cases(
        &self,
        cases: &[CaseId],
    ) -> StoreResult<Vec<MessageLanguage>> {
        let mut out = Vec::new();
        for chunk in cases.chunks(LANGUAGE_CHUNK) {
            let mut q = sql(
                "SELECT l.message_id, l.language, l.confidence FROM message_languages l \
                 JOIN messages m ON m.id = l.message_id WHERE m.case_id IN ",
            );
            q.push_list(chunk.iter().map(|c| c.0))
                .push(" ORDER BY l.message_id");
            for r in q.fetch_all(&self.db).await.map_err(db)? {
                out.push(MessageLanguage {
                    message_id: MessageId(r.try_get("message_id").map_err(db)?),
                    language: r.try_get("language").map_err(db)?,
                    confidence: r.try_get("confidence").map_err(db)?,
                });
            }
        }
        Ok(out)
    }
}

/// Cases whose message languages are read in one statement.
const LANGUAGE_CHUNK: usize = 500;
