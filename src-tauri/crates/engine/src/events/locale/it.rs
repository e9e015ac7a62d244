//! Italian (it-IT). No real Italian Security event, Event Viewer header or keyword value was
//! found (searched: `Nome account:`, event titles, course material; only MS machine-translated
//! docs turned up). Exports are read by structure: the EventID picks the template and the
//! lines map by position. Only the date order is known, from a secondary source.

use super::{t, Locale, Sure::*};

pub const LOCALE: Locale = Locale {
    tag: "it-IT",
    language: "Italian",
    headers: &[],
    keywords: &[],
    dates: &[t(
        "dd/MM/yyyy HH:mm:ss",
        Secondary,
        "the Windows culture table of short date patterns copied between projects (it-IT dd/MM/yyyy); the time part is not in it",
    )],
    labels: &[],
    titles: &[],
};
