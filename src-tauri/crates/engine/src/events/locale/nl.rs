//! Dutch (nl-NL). No real Dutch Security event, Event Viewer header or keyword value was found
//! (searched: `Accountnaam:`, event titles; only MS machine-translated docs). Exports are read
//! by structure. Only the date order is known, from secondary sources.

use super::{t, Locale, Sure::*};

pub const LOCALE: Locale = Locale {
    tag: "nl-NL",
    language: "Dutch",
    headers: &[],
    keywords: &[],
    dates: &[t(
        "d-M-yyyy HH:mm:ss",
        Secondary,
        "the Windows culture table of short date patterns copied between projects (nl-NL d-M-yyyy); a .NET test pins the same (\"nl-NL\", \"d-M-yyyy\", \"HH:mm\")",
    )],
    labels: &[],
    titles: &[],
};
