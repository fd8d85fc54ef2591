-- Reply templates with their variants per (brand or any brand, locale),
-- brand voices per (brand, locale), and the language detected for each
-- inbound message.
CREATE TABLE templates (
    id               TEXT PRIMARY KEY,
    topic            TEXT NOT NULL,
    reference_locale TEXT NOT NULL
);
CREATE TABLE template_variants (
    template_id TEXT NOT NULL REFERENCES templates(id),
    -- 0 for any brand (a NULL would not be unique in the key).
    brand_id    BIGINT NOT NULL DEFAULT 0,
    locale      TEXT NOT NULL,
    source      TEXT NOT NULL,
    tags        TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    outdated    BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (template_id, brand_id, locale)
);
CREATE TABLE brand_voices (
    brand_id   BIGINT NOT NULL REFERENCES brands(id),
    locale     TEXT NOT NULL,
    brand_name TEXT NOT NULL,
    sign_off   TEXT NOT NULL,
    formality  TEXT NOT NULL CHECK (formality IN ('formal', 'informal')),
    PRIMARY KEY (brand_id, locale)
);
CREATE TABLE message_languages (
    message_id BIGINT PRIMARY KEY REFERENCES messages(id),
    language   TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL
);
