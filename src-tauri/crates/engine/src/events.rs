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
pub use evtx::{
    own_chunk_events, scan_evtx_buffer, scan_evtx_buffer_by_crate, scan_evtx_path, scan_evtx_reader,
};
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
    if let Some(slot) = data_slot(ev, name) {
        *slot = value.trim().into();
    }
}

/// The field of `ev` that the EventData value named `name` fills, if TokenReady reads it.
fn data_slot<'e>(ev: &'e mut SecEvent, name: &str) -> Option<&'e mut crate::collect::Text> {
    Some(match name {
        "TargetUserName" => &mut ev.target_user,
        "TargetDomainName" => &mut ev.target_domain,
        "Status" => &mut ev.status,
        "SubStatus" => &mut ev.sub_status,
        "FailureReason" => &mut ev.failure_reason,
        "LogonType" => &mut ev.logon_type,
        "WorkstationName" | "Workstation" => &mut ev.workstation,
        "IpAddress" => &mut ev.ip,
        _ => return None,
    })
}
