//! `comparison.csv`: the follow-up as rows, with the same injection-safe cells as the others.

use std::io::{self, Write};

use tokenready_model::Report;

use super::{opt, serde_plain, table};

/// The comparison as rows: `section` (events, sources, log-signals, coverage, location-added,
/// location-removed, finding-resolved, finding-new, finding-still-open), `key`, `before`,
/// `after`, `detail`.
pub(super) fn comparison_csv(report: &Report, w: &mut dyn Write) -> io::Result<()> {
    let Some(c) = &report.comparison else {
        return Ok(());
    };
    let row = |section: &str, key: String, before: String, after: String, detail: String| {
        vec![section.to_string(), key, before, after, detail]
    };
    let mut rows = Vec::new();
    for (id, n) in &c.events.before {
        let after = c.events.after.get(id).copied().unwrap_or(0);
        rows.push(row(
            "events",
            id.clone(),
            n.to_string(),
            after.to_string(),
            String::new(),
        ));
    }
    for s in &c.sources {
        rows.push(row(
            "sources",
            s.computer.clone(),
            s.before.to_string(),
            s.after.to_string(),
            String::new(),
        ));
    }
    for x in &c.signals {
        let detail = if x.undated > 0 {
            format!("{} record(s) without a year: neither", x.undated)
        } else {
            String::new()
        };
        rows.push(row(
            "log-signals",
            x.kind.clone(),
            x.before.to_string(),
            x.after.to_string(),
            detail,
        ));
    }
    for v in &c.coverage {
        let detail = format!(
            "{}; {}",
            if v.covers_after {
                "covers the time after the rollout"
            } else {
                "ends before the rollout"
            },
            v.files.join(" | ")
        );
        rows.push(row(
            "coverage",
            v.computer.clone(),
            opt(&v.first),
            opt(&v.last),
            detail,
        ));
    }
    diff_rows(c, &mut rows);
    table(
        w,
        &["section", "key", "before", "after", "detail"],
        rows.into_iter(),
    )
}

/// The rows of the locations and findings diff: the section and the key only.
fn diff_rows(c: &tokenready_model::Comparison, rows: &mut Vec<Vec<String>>) {
    let mut push = |section: &str, key: String| {
        rows.push(vec![
            section.to_string(),
            key,
            String::new(),
            String::new(),
            String::new(),
        ])
    };
    let key = |k: &tokenready_model::LocationKey| {
        format!(
            "{} {} {}",
            serde_plain(&k.kind),
            opt(&k.host),
            opt(&k.share)
        )
        .trim_end()
        .to_string()
    };
    for k in &c.locations.added {
        push("location-added", key(k));
    }
    for k in &c.locations.removed {
        push("location-removed", key(k));
    }
    for (section, ids) in [
        ("finding-resolved", &c.findings.resolved),
        ("finding-new", &c.findings.new),
        ("finding-still-open", &c.findings.still_open),
    ] {
        for id in ids {
            push(section, id.clone());
        }
    }
}
