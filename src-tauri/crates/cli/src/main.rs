//! `tokenready`: assess an ITMS site's readiness for token-based authentication, headless.
//!
//! A thin binary over `tokenready-engine`; the contract for its arguments, exit codes and JSON
//! is `CONTRACT.md`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use clap::{Parser, Subcommand, ValueEnum};

// Many small allocations (one per location, record, event): mimalloc is markedly faster than
// the system allocator here (see the benchmarks).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use tokenready_engine::{assess, demo, output, probe, redact};
use tokenready_model::{
    AssessRequest, Engagement, Fallback, Language, Parameters, Progress, Report,
};

#[derive(Parser)]
#[command(
    name = "tokenready",
    version,
    about = "Can this ITMS site move its agents from ACC to token-based authentication?",
    long_about = "TokenReady reads the evidence you exported from a Symantec/Broadcom ITMS site \
(package code base exports, Notification Server and agent logs, Security events from domain \
controllers and site servers) and decides, following Broadcom KB 431190, whether agents can move \
from the Agent Connectivity Credential (ACC) to token-based authentication (ITMS 8.7.3+). \
Nothing is installed on or sent to the customer's servers. No password is ever asked for."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse evidence and write the report (JSON, CSV, PDF).
    #[command(after_help = "EXAMPLES:
  tokenready assess evidence.zip --account 'CONTOSO\\svc_acc' --itms-version 8.7.3 --json report.json
  tokenready assess C:\\Evidence --software-library '\\\\smp01\\SWL' --fallback on --csv out\\
  tokenready assess --json -      (the built-in demo evidence, report on standard output)
  tokenready assess after\\ --baseline before.json --rollout-at 2026-11-02T08:00:00Z --pdf followup.pdf

Exit status: 0 when the assessment ran, whatever it found (unreadable inputs are listed in the
report); non-zero with a one-line reason for bad usage or when no output could be written.")]
    Assess(Box<AssessArgs>),
    /// Print the JSON Schema of the report.
    Schema,
    /// Write the built-in demo evidence into a folder.
    Demo {
        /// Folder to create.
        dir: PathBuf,
        /// Write the demo's follow-up instead: the site collected again after the token
        /// rollout (DIR/evidence) and the first assessment's report (DIR/baseline.json).
        #[arg(long)]
        follow_up: bool,
    },
}

#[derive(clap::Args)]
struct AssessArgs {
    /// Files, folders (searched recursively) and .zip archives. Each file's kind is detected
    /// from its content. Without any, the built-in demo evidence is used.
    #[arg(value_name = "EVIDENCE")]
    evidence: Vec<PathBuf>,
    /// The ACC account: DOMAIN\user, user@domain or user. Event counts are for this account
    /// only (every account without it).
    #[arg(long, value_name = "ACCOUNT")]
    account: Option<String>,
    /// The ITMS version, e.g. 8.6, 8.7.3, 8.8, 8.8.1 (tokens need 8.7.3 or later).
    #[arg(long, value_name = "VERSION")]
    itms_version: Option<String>,
    /// The Software Library location as configured.
    #[arg(long, value_name = "PATH")]
    software_library: Option<String>,
    /// Where Deployment Solution images are stored (omit when DS is unused).
    #[arg(long, value_name = "PATH")]
    ds_image_store: Option<String>,
    /// Whether "Keep ACC as fallback mechanism" is (to be) selected.
    #[arg(long, value_name = "on|off")]
    fallback: Option<FallbackArg>,
    /// UTC offset of the local times in Event Viewer CSV exports, e.g. +02:00 (without it they
    /// are kept as zone-unknown).
    #[arg(long, value_name = "OFFSET", allow_hyphen_values = true)]
    csv_time_offset: Option<String>,
    /// When token-based authentication was enabled: RFC 3339 (2026-11-02T08:00:00Z,
    /// 2026-11-02T09:00:00+01:00) or a date (midnight UTC). Events are split before / after it
    /// and the checklist rows the evidence can decide are decided.
    #[arg(long, value_name = "WHEN")]
    rollout_at: Option<String>,
    /// An earlier assessment to compare with: a JSON report (--json) or an assessment file.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Write the JSON report to FILE ("-" for standard output).
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Write one CSV file per table into DIR.
    #[arg(long, value_name = "DIR")]
    csv: Option<PathBuf>,
    /// Write the PDF report to FILE.
    #[arg(long, value_name = "FILE")]
    pdf: Option<PathBuf>,
    /// Also check whether each UNC host answers on TCP 445. Off by default: this touches the
    /// customer's network.
    #[arg(long)]
    probe: bool,
    /// Paper size of the PDF.
    #[arg(long, value_name = "a4|letter", default_value = "a4")]
    paper: PaperArg,
    /// The customer's name (report cover).
    #[arg(long, value_name = "NAME")]
    customer: Option<String>,
    /// The consultant's name (report cover).
    #[arg(long, value_name = "NAME")]
    consultant: Option<String>,
    /// The assessment date (report cover; default: today).
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// What the assessment covers (report cover).
    #[arg(long, value_name = "TEXT")]
    scope: Option<String>,
    /// The language of the report's texts (PDF, CSV cells, the JSON's human-readable texts):
    /// en, de or fr. IDs, kinds, CSV column names and JSON member names stay the same.
    #[arg(long, value_name = "en|de|fr")]
    language: Option<String>,
    /// Replace customer identifiers (hosts, domains, accounts, addresses, shares, package
    /// names, evidence paths, the customer's name and the scope) by stable pseudonyms in every
    /// output. An existing output is only replaced when its name says "redacted".
    #[arg(long)]
    redact: bool,
    /// The secret the pseudonyms are derived from (created when missing): the same key gives
    /// the same pseudonyms. Without it, a new key is used for this run only. Needs --redact.
    #[arg(long, value_name = "FILE")]
    redaction_key: Option<PathBuf>,
    /// Write the pseudonym → original table (CSV) to FILE, for the consultant only. Needs
    /// --redact.
    #[arg(long, value_name = "FILE")]
    redaction_map: Option<PathBuf>,
    /// Print no progress on standard error.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

#[derive(Clone, Copy, ValueEnum)]
enum FallbackArg {
    On,
    Off,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Schema => {
            print!("{}", tokenready_model::report_schema_text());
            ExitCode::SUCCESS
        }
        Command::Demo {
            dir,
            follow_up: true,
        } => match demo::followup::write(&dir) {
            Ok(f) => {
                let p = demo::followup::parameters();
                eprintln!(
                    "demo follow-up written to {}; analyse it with:\n  tokenready assess {} --baseline {} --rollout-at {} --account '{}' --itms-version {} --software-library '{}' --fallback on --pdf followup.pdf",
                    dir.display(),
                    f.evidence.display(),
                    f.baseline.display(),
                    demo::followup::ROLLOUT_AT,
                    p.account.unwrap_or_default(),
                    p.itms_version.unwrap_or_default(),
                    p.software_library.unwrap_or_default(),
                );
                ExitCode::SUCCESS
            }
            Err(e) => fail(&format!(
                "cannot write the demo follow-up to {}: {e}",
                dir.display()
            )),
        },
        Command::Demo { dir, .. } => match demo::write(&dir) {
            Ok(()) => {
                eprintln!("demo evidence written to {}", dir.display());
                ExitCode::SUCCESS
            }
            Err(e) => fail(&format!(
                "cannot write the demo evidence to {}: {e}",
                dir.display()
            )),
        },
        Command::Assess(args) => run_assess(*args),
    }
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("tokenready: {msg}");
    ExitCode::from(1)
}

fn run_assess(args: AssessArgs) -> ExitCode {
    let key = match redaction_key(&args) {
        Ok(k) => k,
        Err(e) => return fail(&e),
    };
    let req = match request(&args) {
        Ok(r) => r,
        Err(e) => return fail(&e),
    };
    let quiet = args.quiet;
    let progress = move |p: Progress| {
        if !quiet {
            print_progress(p);
        }
    };
    let cancel = AtomicBool::new(false);
    let mut report = match assess(&req, &progress, &cancel) {
        Ok(r) => r,
        Err(e) => return fail(&e.to_string()),
    };
    if args.probe {
        let hosts = probe::unc_hosts(&report.locations);
        if !quiet {
            eprintln!(
                "probing {} UNC host(s) on TCP {}",
                hosts.len(),
                probe::SMB_PORT
            );
        }
        report.reachability =
            probe::probe_hosts(&hosts, &probe::ProbeOptions::default(), &progress, &cancel);
    }
    if let Some(key) = &key {
        let redacted = redact::redact(&report, key);
        if let Some(map) = &args.redaction_map {
            if let Err(e) = output::atomic_write(map, |w| redact::write_map(&redacted.map, w)) {
                return fail(&format!(
                    "cannot write the redaction map to {}: {e}",
                    map.display()
                ));
            }
        }
        if !quiet {
            eprintln!(
                "redacted: {} identifier(s) replaced by pseudonyms",
                redacted.map.len()
            );
        }
        report = redacted.report;
    }
    if let Err(e) = write_outputs(&report, &args) {
        return fail(&e);
    }
    if !quiet {
        for s in &report.skipped {
            eprintln!("passed over: {} ({})", s.path, s.reason);
        }
        let v = &report.verdict;
        eprintln!(
            "{} input(s), {} record(s), {} problem(s). Token supported: {}. ACC required: {}. Evidence complete: {}.",
            report.totals.files,
            report.totals.records,
            report.totals.errors,
            yes(v.token_supported),
            yes(v.acc_required),
            yes(v.evidence_complete)
        );
    }
    ExitCode::SUCCESS
}

/// The redaction key when --redact is given (read or created from --redaction-key, else new
/// for this run); the redaction options without --redact, and redacted outputs that would
/// replace an unredacted file, are refused before anything is read.
fn redaction_key(args: &AssessArgs) -> Result<Option<redact::RedactionKey>, String> {
    if !args.redact {
        if args.redaction_key.is_some() || args.redaction_map.is_some() {
            return Err("--redaction-key and --redaction-map need --redact".into());
        }
        return Ok(None);
    }
    for out in [&args.json, &args.csv, &args.pdf].into_iter().flatten() {
        if out.as_os_str() != "-" {
            redact::guard_target(out)?;
        }
    }
    let key = match &args.redaction_key {
        Some(p) => redact::RedactionKey::load_or_create(p)?.0,
        None => redact::RedactionKey::generate()?,
    };
    Ok(Some(key))
}

/// The assessment the arguments ask for: the evidence given, or the built-in demo evidence
/// (whose site answers fill what was not given).
fn request(args: &AssessArgs) -> Result<AssessRequest, String> {
    let mut parameters = Parameters {
        account: args.account.clone(),
        itms_version: args.itms_version.clone(),
        software_library: args.software_library.clone(),
        ds_image_store: args.ds_image_store.clone(),
        fallback: args.fallback.map(|f| match f {
            FallbackArg::On => Fallback::On,
            FallbackArg::Off => Fallback::Off,
        }),
        csv_time_offset: args.csv_time_offset.clone(),
        rollout_at: args.rollout_at.clone(),
        baseline: args.baseline.as_ref().map(|p| p.display().to_string()),
    };
    let evidence = if args.evidence.is_empty() {
        let dir =
            demo::materialise().map_err(|e| format!("cannot write the demo evidence: {e}"))?;
        let d = demo::parameters();
        parameters.account = parameters.account.or(d.account);
        parameters.itms_version = parameters.itms_version.or(d.itms_version);
        parameters.software_library = parameters.software_library.or(d.software_library);
        parameters.ds_image_store = parameters.ds_image_store.or(d.ds_image_store);
        parameters.fallback = parameters.fallback.or(d.fallback);
        if !args.quiet {
            eprintln!(
                "no evidence given: using the built-in demo evidence ({})",
                dir.display()
            );
        }
        vec![dir]
    } else {
        args.evidence.clone()
    };
    let language = match args.language.as_deref() {
        None => None,
        Some(tag) => Some(Language::parse(tag).ok_or_else(|| {
            format!("unknown language {tag:?} for --language (known: en, de, fr)")
        })?),
    };
    Ok(AssessRequest {
        evidence: evidence.iter().map(|p| p.display().to_string()).collect(),
        parameters,
        engagement: Engagement {
            customer: args.customer.clone(),
            consultant: args.consultant.clone(),
            date: args.date.clone(),
            scope: args.scope.clone(),
            language,
        },
    })
}

/// One line per step on stderr.
fn print_progress(p: Progress) {
    match p {
        Progress::Discovered { files, bytes } => {
            eprintln!("reading {files} file(s), {bytes} bytes")
        }
        Progress::FileDone { path, kind, .. } => eprintln!("  {:<13} {path}", kind.as_str()),
        Progress::Analysing => eprintln!("analysing"),
        Progress::Probed { host, done, total } => eprintln!("  probed {host} ({done}/{total})"),
    }
}

/// Writes the outputs asked for (JSON, CSV tables, PDF); the first that fails says why.
fn write_outputs(report: &Report, args: &AssessArgs) -> Result<(), String> {
    if let Some(json) = &args.json {
        let res = if json.as_os_str() == "-" {
            // Stdout is line-buffered: unbuffered, pretty JSON costs one write per line.
            let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
            output::write_json(report, &mut out).and_then(|_| out.flush())
        } else {
            output::atomic_write(json, |w| output::write_json(report, w))
        };
        res.map_err(|e| format!("cannot write the JSON report to {}: {e}", json.display()))?;
    }
    if let Some(dir) = &args.csv {
        output::write_csv_dir(report, dir)
            .map_err(|e| format!("cannot write the CSV tables to {}: {e}", dir.display()))?;
    }
    if let Some(pdf) = &args.pdf {
        let paper = match args.paper {
            PaperArg::A4 => tokenready_report::Paper::A4,
            PaperArg::Letter => tokenready_report::Paper::Letter,
        };
        output::atomic_write(pdf, |w| tokenready_report::write_pdf(report, paper, w))
            .map_err(|e| format!("cannot write the PDF report to {}: {e}", pdf.display()))?;
    }
    Ok(())
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}
