//! Portuguese, Brazil (pt-BR). No real Portuguese Security event, Event Viewer header or keyword
//! value was found (searched: `Nome da Conta:`, `Falha de logon de uma conta`; only MS
//! machine-translated docs and application strings). Exports are read by structure. Only the
//! date order is known, from a secondary source.

use super::{t, Locale, Sure::*};

pub const LOCALE: Locale = Locale {
    tag: "pt-BR",
    language: "Portuguese (Brazil)",
    headers: &[],
    keywords: &[],
    dates: &[t(
        "d/M/yyyy HH:mm:ss",
        Secondary,
        "the Windows culture table of short date patterns copied between projects (pt-BR d/M/yyyy); the time part is not in it",
    )],
    labels: &[],
    titles: &[],
};
