#!/usr/bin/env bash
# Runs the fuzz targets one after the other, each for SECONDS (default 600), seeding each corpus
# from the demo evidence and, for EVTX, the shared samples (copied at run time, never committed).
# Usage (from anywhere): bash tests/fuzz/run.sh [SECONDS] [TARGET…]
# Needs cargo-fuzz (`cargo install cargo-fuzz`); stable Rust works with RUSTC_BOOTSTRAP=1.
# FUZZ_ARGS adds libFuzzer flags, e.g. FUZZ_ARGS=-detect_leaks=0 for the EVTX target, whose
# worker threads' thread-local buffers LeakSanitizer reports as 32-byte leaks (not reproducible
# when the input is replayed alone).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
secs="${1:-600}"; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(codebase nslog event_xml event_csv event_json event_syslog evtx evtx_differential intake assessment unc)
demo="$repo/tests/demo-evidence"
samples="$repo/../shared/samples/evtx"
seed() { # target, files…
  local dir="$here/corpus/$1"; shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/run-$(basename "$f")"; done
  return 0
}
seed codebase "$demo/cmdb/codebases.csv" "$demo/cmdb/package-sources.txt"
seed nslog "$demo/ps01/Logs/agent.log" "$demo/smp01/Logs/a.log"
seed event_xml "$demo/events/dc01-security.xml"
seed event_csv "$demo/events/ps01-security.csv" "$demo/events/ps02-sicherheit.csv"
seed event_json
seed event_syslog
seed evtx "$samples"/evtx-Security_short_selected.evtx "$samples"/mitre-ID4625-failed_login_account_restriction.evtx
seed evtx_differential "$samples"/evtx-Security_short_selected.evtx "$samples"/mitre-ID4625-failed_login_account_restriction.evtx "$samples"/mitre-ID4776-4625-AccountRestore_local_bruteforce.evtx
seed intake "$demo/smp01/Logs/Archive/a-2025-04-15.zip" "$demo/ps01/Logs/agent.log" "$demo/events/ps01-security.csv"
seed assessment
seed unc "$demo/cmdb/codebases.csv" "$demo/cmdb/package-sources.txt" "$demo/notes/copy-installers.cmd"
cd "$repo"
export RUSTC_BOOTSTRAP=1
for t in "${targets[@]}"; do
  maxlen=65536
  case $t in evtx|evtx_differential|intake) maxlen=262144 ;; esac
  echo "== $t: ${secs}s"
  cargo fuzz run -O --fuzz-dir tests/fuzz "$t" -- -max_total_time="$secs" -max_len=$maxlen \
      -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 ${FUZZ_ARGS:-} 2>&1 | grep -E "^(#[0-9]+ +DONE|Done|stat::|SUMMARY|==[0-9]+==ERROR|artifact_prefix|Test unit written)" || true
done
