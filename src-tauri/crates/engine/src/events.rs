//! Windows Security events in the forms customers hand over: EVTX, XML (wevtutil output with no
//! root, or Event Viewer "Save as XML" with `<Events>` and RenderingInfo), and CSV (Event Viewer
//! "Save as CSV", PowerShell `Get-WinEvent | Export-Csv`). See itms-domain.md §4.
//!
//! EventData is read by name; the rendered message is parsed (English template labels) only
//! when a CSV export carries nothing else.

mod csv;
mod evtx;
mod json;
pub mod locale;
pub(crate) mod localized;
pub(crate) mod named;
mod qradar;
mod siem_csv;
mod xml;

pub use csv::{parse_message, scan_csv};
pub use evtx::{quiet_chunk, scan_evtx_buffer, scan_evtx_reader};
pub use json::scan_json;
pub use qradar::scan_payloads;
pub use xml::scan_xml;

use crate::collect::SecEvent;

/// Event IDs the lockout analysis keeps.
pub const INTERESTING: &[u32] = &[4740, 4625, 4771, 4776, 4767];
pub const SECURITY_PROVIDER: &str = "Microsoft-Windows-Security-Auditing";

fn interesting(id: u32) -> bool {
    INTERESTING.contains(&id)
}

/// Fills one EventData field by its name. (The 4776 `Status` is named `Status` too; the 4771
/// `Status` is the Kerberos failure code.)
fn set_data(ev: &mut SecEvent, name: &str, value: &str) {
    let v = value.trim().to_string();
    match name {
        "TargetUserName" => ev.target_user = v.into(),
        "TargetDomainName" => ev.target_domain = v.into(),
        "Status" => ev.status = v.into(),
        "SubStatus" => ev.sub_status = v.into(),
        "FailureReason" => ev.failure_reason = v.into(),
        "LogonType" => ev.logon_type = v.into(),
        "WorkstationName" | "Workstation" => ev.workstation = v.into(),
        "IpAddress" => ev.ip = v.into(),
        _ => {}
    }
}
