//! The baseline: an earlier assessment to compare with, either a JSON report written by
//! `--json` or an assessment file saved by the app. Anything else is refused with a message
//! naming the file; nothing is compared against nothing.

use std::path::Path;

use sha2::{Digest, Sha256};
use tokenready_model::{BaselineInfo, Report, TOOL_NAME};

use crate::assessment::MAX_ASSESSMENT_BYTES;

/// A baseline read and checked.
pub struct Baseline {
    pub info: BaselineInfo,
    pub report: Report,
}

/// `1.2.3` as numbers, for "written by a newer TokenReady".
fn version(v: &str) -> Vec<u64> {
    v.split(['.', '-', '+'])
        .take(3)
        .map(|p| p.parse().unwrap_or(0))
        .collect()
}

/// Reads a baseline file. Errors name the file and what is wrong with it.
pub fn load_baseline(path: &Path) -> Result<Baseline, String> {
    let p = path.display();
    let size = std::fs::metadata(path)
        .map_err(|e| format!("baseline {p}: cannot be read ({e})"))?
        .len();
    if size > MAX_ASSESSMENT_BYTES {
        return Err(format!(
            "baseline {p}: is {size} bytes, more than a report or assessment file can be"
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("baseline {p}: cannot be read ({e})"))?;
    let report = parse(&bytes, &p.to_string())?;
    Ok(Baseline {
        info: BaselineInfo {
            generated_at: report.generated_at.clone(),
            sha256: hex(&Sha256::digest(&bytes)),
            path: p.to_string(),
        },
        report,
    })
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The report in a baseline's bytes: a JSON report, or the last analysis of an assessment file.
pub fn parse(bytes: &[u8], p: &str) -> Result<Report, String> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        format!("baseline {p}: is not a TokenReady JSON report or assessment file (line {}, column {}: {e})", e.line(), e.column())
    })?;
    let obj = value.as_object();
    let has = |k: &str| obj.is_some_and(|o| o.contains_key(k));
    if has("format") && has("checklist") && !has("tool") {
        let a = crate::assessment::parse(bytes, p).map_err(|e| format!("baseline {e}"))?;
        return a.report.ok_or_else(|| {
            format!("baseline {p}: is an assessment file without an analysis (run it once, save, then compare)")
        });
    }
    let tool = value.get("tool");
    let name = tool.and_then(|t| t.get("name")).and_then(|n| n.as_str());
    let ver = tool.and_then(|t| t.get("version")).and_then(|n| n.as_str());
    match (name, ver) {
        (Some(TOOL_NAME), Some(v)) if version(v) > version(crate::VERSION) => Err(format!(
            "baseline {p}: was written by a newer TokenReady ({v}; this is {})",
            crate::VERSION
        )),
        (Some(TOOL_NAME), Some(_)) => serde_json::from_value(value).map_err(|e| {
            format!("baseline {p}: is a TokenReady report this version cannot read ({e})")
        }),
        _ => Err(format!(
            "baseline {p}: is neither a TokenReady JSON report (--json) nor an assessment file (.tokenready)"
        )),
    }
}
