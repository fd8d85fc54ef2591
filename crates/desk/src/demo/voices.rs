//! The demo brands' voices and one brand's own template text: Lakeline
//! speaks formally and signs "Lakeline Care"; Summit Air says du/tu and
//! signs "Team Summit Air", and writes its German baggage reply in Swiss
//! spelling (no ß), as its Zurich team would.

use crate::{Desk, DeskResult};
use switchboard_store::templates::{BrandVoice, Formality, Voice};

pub(super) const VOICES: &[(&str, &str, &str, Formality)] = &[
    (
        "lakeline",
        "en",
        "The Lakeline Care team",
        Formality::Formal,
    ),
    (
        "lakeline",
        "fr-CH",
        "L’équipe Lakeline Care",
        Formality::Formal,
    ),
    (
        "lakeline",
        "de-CH",
        "Ihr Lakeline Care Team",
        Formality::Formal,
    ),
    ("summit-air", "en", "Team Summit Air", Formality::Informal),
    (
        "summit-air",
        "fr-CH",
        "Team Summit Air",
        Formality::Informal,
    ),
    (
        "summit-air",
        "de-CH",
        "Dein Team Summit Air",
        Formality::Informal,
    ),
];

/// Summit Air's own Swiss German text for a delayed bag.
pub const SUMMIT_BAGGAGE_DE_CH: &str = "{ -brand.formality ->
    [informal] Hoi { $first_name },
   *[formal] Grüezi { $first_name },
}
es tut uns leid, dass { $bags ->
    [one] dein Koffer
   *[other] deine { $bags } Koffer
} noch nicht bei dir { $bags ->
    [one] ist
   *[other] sind
}. Wir verfolgen ihn mit deiner Meldung und bringen ihn dir nach Hause, sobald er in Zürich ist. Den Stand siehst du jederzeit auf der Tracing-Seite.
Liebe Grüsse, { -sign-off }";

pub(super) async fn demo_voices(desk: &Desk) -> DeskResult<()> {
    let brands = desk.store().brands().await?;
    for (slug, locale, sign_off, formality) in VOICES {
        let Some(brand) = brands.iter().find(|b| b.slug == *slug) else {
            continue;
        };
        desk.store()
            .save_brand_voice(&BrandVoice {
                brand: brand.id,
                locale: locale.to_string(),
                voice: Voice {
                    brand_name: brand.name.clone(),
                    sign_off: sign_off.to_string(),
                    formality: *formality,
                },
            })
            .await?;
    }
    desk.save_variant(
        "baggage-delayed",
        None,
        Some("summit-air"),
        "de-CH",
        SUMMIT_BAGGAGE_DE_CH,
        &[
            "Gepäck".to_string(),
            "Koffer".to_string(),
            "verspätet".to_string(),
        ],
    )
    .await?;
    Ok(())
}
