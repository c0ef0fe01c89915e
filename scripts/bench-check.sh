#!/usr/bin/env bash
# Measures `prodcoord check` on generated productions of scale 1 and 10
# against a parse-only baseline (every .toml file read and parsed with
# `toml::from_str::<toml::Table>`, by prodgen's `toml-parse` binary), in the
# same run on the same machine, and checks the performance targets:
#
#   check / parse-only        <= 2    at scale 1 and at scale 10 (median wall time)
#   check(10x) / check(1x)    <= 12
#   peak RSS of check at 10x  <= 200 MB
#
# Usage: scripts/bench-check.sh          (from anywhere in the repository)
# Env:   RUNS=5       timed runs per measurement (the median is reported)
#        SEED=42      generator seed
#        BENCH_DIR=…  where to generate (default: a fresh temp dir, removed after)
#        LAYOUT=two-units (default): at 10x both units have 10x the days and
#               10x the crew, so person-days grow 100x (the hard case);
#        LAYOUT=blocks: 10 blocks of the base size, each on its own two units
# Exit:  0 all targets met; 1 a target missed (printed); 2 a build, generator
#        or check failure (check exiting 2 or crashing).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS=${RUNS:-5}
SEED=${SEED:-42}
SCALES=(1 10)
LAYOUT=${LAYOUT:-two-units}
case "$LAYOUT" in
  two-units) LAYOUT_FLAG=(--two-units) ;;
  blocks) LAYOUT_FLAG=() ;;
  *) echo "bench-check: LAYOUT must be two-units or blocks" >&2; exit 2 ;;
esac
MAX_RATIO=2
MAX_SCALING=12
MAX_RSS_MB=200

die() { echo "bench-check: $*" >&2; exit 2; }

[[ -f Cargo.toml && -d crates/prodgen ]] || die "run from the prodcoord repository"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"

echo "== building (release)"
cargo build --release --quiet -p prodgen --bin prodgen --bin toml-parse
cargo build --release --quiet --bin prodcoord
BIN="${CARGO_TARGET_DIR:-target}/release"
for b in prodgen toml-parse prodcoord; do
  [[ -x "$BIN/$b" ]] || die "missing $BIN/$b after build"
done

if [[ -n "${BENCH_DIR:-}" ]]; then
  WORK=$BENCH_DIR
  mkdir -p "$WORK"
else
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/prodcoord-bench.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
fi

# Peak resident set size of a command, in kB, into $RSS_FILE; the command's
# output goes to /dev/null and its exit code is returned.
RSS_FILE="$WORK/rss"
peak_rss() {
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f %M -o "$RSS_FILE" "$@" >/dev/null 2>"$WORK/stderr"
  else
    # No GNU time: ask the kernel through Python (ru_maxrss is in kB on Linux).
    python3 - "$RSS_FILE" "$@" 2>"$WORK/stderr" <<'PY'
import resource, subprocess, sys
rc = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL)
open(sys.argv[1], "w").write(f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\n")
sys.exit(rc)
PY
  fi
}

# Runs a command once and fails the script unless its exit code is allowed
# (a space-separated list).
run_ok() {
  local allowed=$1; shift
  local rc=0
  "$@" >/dev/null 2>"$WORK/stderr" || rc=$?
  if [[ " $allowed " != *" $rc "* ]]; then
    echo "bench-check: '$*' exited $rc" >&2
    head -20 "$WORK/stderr" >&2
    exit 2
  fi
}

# Median wall time in microseconds of RUNS runs of a command (after one
# untimed warm-up run, so that every timed run sees a warm file cache).
median_us() {
  local allowed=$1; shift
  local times=() i start end rc
  run_ok "$allowed" "$@"
  for ((i = 0; i < RUNS; i++)); do
    rc=0
    start=${EPOCHREALTIME/./}
    "$@" >/dev/null 2>"$WORK/stderr" || rc=$?
    end=${EPOCHREALTIME/./}
    if [[ " $allowed " != *" $rc "* ]]; then
      echo "bench-check: '$*' exited $rc" >&2
      head -20 "$WORK/stderr" >&2
      exit 2
    fi
    times+=($((end - start)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p"
}

declare -A FILES BYTES PARSE CHECK RSS FINDINGS
for n in "${SCALES[@]}"; do
  dir="$WORK/scale-$n"
  rm -rf "$dir"
  echo "== scale $n: generating into $dir"
  "$BIN/prodgen" "$dir" --scale "$n" --seed "$SEED" "${LAYOUT_FLAG[@]}" >"$WORK/gen-$n.txt" || die "prodgen failed"
  FILES[$n]=$(awk '$1 == "files" {print $2}' "$WORK/gen-$n.txt")
  BYTES[$n]=$(awk '$1 == "bytes" {print $2}' "$WORK/gen-$n.txt")

  check=("$BIN/prodcoord" check --project "$dir" --format json)

  # Findings (errors + warnings) from the JSON summary, for the record.
  rc=0
  "${check[@]}" >"$WORK/check-$n.json" 2>"$WORK/stderr" || rc=$?
  if [[ $rc != 0 && $rc != 1 ]]; then
    echo "bench-check: prodcoord check exited $rc at scale $n" >&2
    head -20 "$WORK/stderr" >&2
    exit 2
  fi
  errors=$(grep -o '"errors": *[0-9]*' "$WORK/check-$n.json" | head -1 | grep -o '[0-9]*$' || true)
  warnings=$(grep -o '"warnings": *[0-9]*' "$WORK/check-$n.json" | head -1 | grep -o '[0-9]*$' || true)
  FINDINGS[$n]="${errors:-?}e/${warnings:-?}w"

  echo "== scale $n: timing parse-only and check ($RUNS runs each)"
  PARSE[$n]=$(median_us "0" "$BIN/toml-parse" "$dir")
  CHECK[$n]=$(median_us "0 1" "${check[@]}")

  rc=0
  peak_rss "${check[@]}" || rc=$?
  [[ $rc == 0 || $rc == 1 ]] || die "prodcoord check exited $rc while measuring memory"
  RSS[$n]=$(tail -1 "$RSS_FILE")
done

ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
within() { awk -v x="$1" -v max="$2" 'BEGIN { exit !(x <= max) }'; }

echo
printf '%-6s %6s %10s %12s %11s %12s %14s %10s\n' \
  scale files bytes "parse (ms)" "check (ms)" check/parse "peak RSS (MB)" findings
for n in "${SCALES[@]}"; do
  printf '%-6s %6s %10s %12s %11s %12s %14s %10s\n' \
    "${n}x" "${FILES[$n]}" "${BYTES[$n]}" "$(ms "${PARSE[$n]}")" "$(ms "${CHECK[$n]}")" \
    "$(ratio "${CHECK[$n]}" "${PARSE[$n]}")" "$(awk -v k="${RSS[$n]}" 'BEGIN { printf "%.1f", k / 1024 }')" \
    "${FINDINGS[$n]}"
done
echo "(layout $LAYOUT; median of $RUNS runs; wall time includes process start; findings = errors/warnings)"
echo

missed=0
report() { # name value target
  if within "$2" "$3"; then
    printf 'ok      %-34s %8s  (target <= %s)\n' "$1" "$2" "$3"
  else
    printf 'MISSED  %-34s %8s  (target <= %s)\n' "$1" "$2" "$3"
    missed=1
  fi
}
report "check/parse at 1x" "$(ratio "${CHECK[1]}" "${PARSE[1]}")" "$MAX_RATIO"
report "check/parse at 10x" "$(ratio "${CHECK[10]}" "${PARSE[10]}")" "$MAX_RATIO"
report "check time 10x / 1x" "$(ratio "${CHECK[10]}" "${CHECK[1]}")" "$MAX_SCALING"
report "peak memory of check at 10x (MB)" \
  "$(awk -v k="${RSS[10]}" 'BEGIN { printf "%.1f", k / 1024 }')" "$MAX_RSS_MB"
if [[ $missed != 0 ]]; then
  echo "bench-check: a performance target was missed" >&2
  exit 1
fi
echo "bench-check: all targets met"
