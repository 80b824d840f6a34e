#!/usr/bin/env bash
# The Portcullis benchmark (issue 7; results in BENCHMARKS.md).
#
#   bash product-defs/src/test/bench/run.sh [sizes] [runs]
#     sizes  comma-separated product counts, default 10,100,1000,2000
#     runs   timed runs per size and variant, default 5
#
# For each size N it generates N synthetic definitions (GenerateDefinitions.java, 20 flows each,
# seeded), then runs the JDK's javac on the same sources with the same flags, once with the
# processor (-processorpath <processor jar>) and once without (-proc:none), alternating, `runs`
# times each. It reports medians of wall and CPU (user+sys) time and of peak memory (max RSS of
# the javac process, from /usr/bin/time), the overhead ratios (with / without), the cost of 2,000
# against 1,000 products, the processor's own time per product and per phase (its
# -Aportcullis.timing=true note) and, from the files generated at the largest size up to 1,000,
# the rules each target emitted against the fewest possible (count_rules.py).
#
# At the sizes in BENCH_FLOORS (default 10,1000) it also times javac's own floor for annotation
# processing, alternating with the two variants above: NoOpProcessor (a processor that does
# nothing) and GenOneProcessor (one that generates a single tiny source file, which is what makes
# javac run the extra rounds Portcullis's descriptors cause).
#
# Needs the processor jar: ./mvnw -B -q -o -pl processor package -DskipTests
# Environment: BENCH_DIR (work directory, default product-defs/target/bench), BENCH_SEED,
# BENCH_JAR (another processor jar, e.g. a copy of the one before a change), BENCH_FLOORS
# (sizes that also time the floors; empty for none).
set -euo pipefail

sizes=${1:-10,100,1000,2000}
runs=${2:-5}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=settle.sh
source "$here/settle.sh"
repo=$(cd "$here/../../../.." && pwd)
work=${BENCH_DIR:-$repo/product-defs/target/bench}
seed=${BENCH_SEED:-7}
floor_sizes=${BENCH_FLOORS-10,1000}

jar=${BENCH_JAR:-$(ls "$repo"/processor/target/portcullis-processor-*.jar 2>/dev/null | grep -v -e original- -e sources -e javadoc | head -1 || true)}
if [[ -z "$jar" ]]; then
  echo "no processor jar: run ./mvnw -B -q -o -pl processor package -DskipTests first" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "python3 (with PyYAML) is needed to count rules" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "GNU time (/usr/bin/time) is needed for the peak memory" >&2; exit 2; }

mkdir -p "$work"
raw="$work/runs.tsv"
printf 'size\tvariant\trun\twall_s\tcpu_s\tprocessor_ms\tmax_rss_mb\tsys_s\tload1\n' > "$raw"
# the processor's per-phase times of every run: size, run, phase, ms
phases="$work/phases.tsv"
printf 'size\trun\tphase\tms\n' > "$phases"

# the flags both variants share (what Maven passes for this project; -nowarn and -Xlint:none
# would also hide the processor's timing note)
common=(--release 17 -encoding UTF-8 -implicit:none -cp "$jar")

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# one_run <size> <variant> <run>: a clean javac into a fresh output directory, timed by bash
one_run() {
  local n=$1 variant=$2 run=$3 dir="$work/n$1" out="$work/n$1/out-$2" log="$work/n$1/javac-$2.log"
  local flags=()
  case $variant in
    with) flags=(-processorpath "$jar" -Aportcullis.timing=true) ;;
    noop) flags=(-processorpath "$work/floors" -processor NoOpProcessor) ;;
    genone) flags=(-processorpath "$work/floors" -processor GenOneProcessor) ;;
    *) flags=(-proc:none) ;;
  esac
  rm -rf "$out" && mkdir -p "$out"
  settle
  local times="$dir/time-$variant.txt"
  # GNU time: wall, user, sys seconds and the peak resident set of javac (kB)
  /usr/bin/time -f '%e %U %S %M' -o "$times" javac "${common[@]}" "${flags[@]}" -d "$out" @"$dir/sources.txt" > "$log" 2>&1 || {
    echo "javac failed ($variant, N=$n): see $log" >&2
    tail -20 "$log" >&2
    exit 1
  }
  local wall user sys rss cpu processor="" rss_mb
  read -r wall user sys rss < <(tail -1 "$times")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  rss_mb=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
  if [[ $variant == with ]]; then
    local products
    products=$(sed -n 's/.*\[portcullis:timing\] products=\([0-9]*\).*/\1/p' "$log")
    if [[ "$products" != "$n" ]]; then
      echo "the processor generated $products of $n products: see $log" >&2
      exit 1
    fi
    processor=$(sed -n 's/.*\[portcullis:timing\].* total_ms=\([0-9.]*\).*/\1/p' "$log")
    sed -n 's/.*\[portcullis:timing\] //p' "$log" | tr ' ' '\n' | grep '=' \
      | grep -v -e '^products=' -e '^per_product_ms=' \
      | awk -F= -v n="$n" -v r="$run" '{ printf "%s\t%s\t%s\t%s\n", n, r, $1, $2 }' >> "$phases"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$variant" "$run" "$wall" "$cpu" "${processor:--}" "$rss_mb" "$sys" \
    "$(cut -d' ' -f1 /proc/loadavg)" >> "$raw"
  echo "  N=$n $variant run $run: wall ${wall}s cpu ${cpu}s (sys ${sys}s) rss ${rss_mb}MB${processor:+ processor ${processor}ms}" >&2
}

column_of() { # column_of <size> <variant> <column number>: the median of that column
  awk -F'\t' -v n="$1" -v v="$2" -v c="$3" '$1 == n && $2 == v { print $c }' "$raw" | median
}

echo "processor jar: $jar" >&2
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "javac: $(javac -version 2>&1)" >&2
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# the floors: javac's cost for a processor that does nothing, and for one that generates a source
rm -rf "$work/floors" && mkdir -p "$work/floors"
javac -d "$work/floors" "$here/NoOpProcessor.java" "$here/GenOneProcessor.java"

IFS=, read -r -a size_list <<< "$sizes"
for n in "${size_list[@]}"; do
  dir="$work/n$n"
  if [[ ! -f "$dir/sources.txt" ]]; then
    rm -rf "$dir/src" && mkdir -p "$dir"
    java "$here/GenerateDefinitions.java" "$n" "$seed" "$dir/src"
    find "$dir/src" -name '*.java' | sort > "$dir/sources.txt"
  fi
  echo "N=$n: $(wc -l < "$dir/sources.txt") sources" >&2
  for ((r = 1; r <= runs; r++)); do
    # alternate the order so a load change on the machine hits both variants alike
    if ((r % 2)); then one_run "$n" without "$r"; one_run "$n" with "$r"; else one_run "$n" with "$r"; one_run "$n" without "$r"; fi
    if [[ ",$floor_sizes," == *",$n,"* ]]; then
      one_run "$n" noop "$r"
      one_run "$n" genone "$r"
    fi
  done
done

# ------------------------------------------------------------------ report
report="$work/results.md"
{
  echo "Load average before the runs: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg); $runs runs per size and variant, alternating; medians."
  echo
  echo "| products | javac without (wall s / CPU s / max RSS MB) | javac with processor (wall s / CPU s / max RSS MB) | overhead wall | overhead CPU | overhead RSS | processor ms/product (own timing) | CPU ms/product (difference) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in "${size_list[@]}"; do
    ww=$(column_of "$n" without 4); wc=$(column_of "$n" without 5); wm=$(column_of "$n" without 7)
    hw=$(column_of "$n" with 4); hc=$(column_of "$n" with 5); hm=$(column_of "$n" with 7)
    pm=$(column_of "$n" with 6)
    awk -v n="$n" -v ww="$ww" -v wc="$wc" -v wm="$wm" -v hw="$hw" -v hc="$hc" -v hm="$hm" -v pm="$pm" 'BEGIN {
      printf "| %d | %.2f / %.2f / %.0f | %.2f / %.2f / %.0f | %.2fx | %.2fx | %.2fx | %.2f | %.2f |\n",
        n, ww, wc, wm, hw, hc, hm, hw / ww, hc / wc, hm / wm, pm / n, (hc - wc) * 1000 / n }'
  done
  if [[ -n $floor_sizes ]]; then
    echo
    echo "javac's own floor for annotation processing, same sources, alternating with the runs above (medians):"
    echo
    echo "| products | javac alone (CPU s / max RSS MB) | + NoOpProcessor (CPU s / RSS MB) | + GenOneProcessor (CPU s / RSS MB) | NoOp / alone (wall, CPU, RSS) | GenOne / alone (wall, CPU, RSS) | Portcullis / GenOne (wall, CPU, RSS) |"
    echo "|---:|---:|---:|---:|---:|---:|---:|"
    for n in "${size_list[@]}"; do
      [[ ",$floor_sizes," == *",$n,"* ]] || continue
      awk -v n="$n" -v ww="$(column_of "$n" without 4)" -v wc="$(column_of "$n" without 5)" -v wm="$(column_of "$n" without 7)" \
          -v nw="$(column_of "$n" noop 4)" -v nc="$(column_of "$n" noop 5)" -v nm="$(column_of "$n" noop 7)" \
          -v gw="$(column_of "$n" genone 4)" -v gc="$(column_of "$n" genone 5)" -v gm="$(column_of "$n" genone 7)" \
          -v hw="$(column_of "$n" with 4)" -v hc="$(column_of "$n" with 5)" -v hm="$(column_of "$n" with 7)" 'BEGIN {
        printf "| %d | %.2f / %.0f | %.2f / %.0f | %.2f / %.0f | %.2fx, %.2fx, %.2fx | %.2fx, %.2fx, %.2fx | %.2fx, %.2fx, %.2fx |\n",
          n, wc, wm, nc, nm, gc, gm, nw / ww, nc / wc, nm / wm, gw / ww, gc / wc, gm / wm, hw / gw, hc / gc, hm / gm }'
    done
  fi
  echo
  echo "The processor's own time per phase (ms, median of the runs; -Aportcullis.timing=true):"
  echo
  phase_names=$(awk -F'\t' 'NR > 1 && !seen[$3]++ { print $3 }' "$phases")
  printf '| products |'; for p in $phase_names; do printf ' %s |' "$p"; done; echo
  printf '|---:|'; for p in $phase_names; do printf -- '---:|'; done; echo
  for n in "${size_list[@]}"; do
    printf '| %s |' "$n"
    for p in $phase_names; do
      printf ' %s |' "$(awk -F'\t' -v n="$n" -v p="$p" '$1 == n && $3 == p { print $4 }' "$phases" | median)"
    done
    echo
  done
  echo
  for pair in "1000 2000"; do
    read -r a b <<< "$pair"
    if [[ ",$sizes," == *",$a,"* && ",$sizes," == *",$b,"* ]]; then
      awk -v hwa="$(column_of "$a" with 4)" -v hwb="$(column_of "$b" with 4)" \
          -v hca="$(column_of "$a" with 5)" -v hcb="$(column_of "$b" with 5)" \
          -v wwa="$(column_of "$a" without 4)" -v wwb="$(column_of "$b" without 4)" \
          -v pa="$(column_of "$a" with 6)" -v pb="$(column_of "$b" with 6)" 'BEGIN {
        printf "Scaling %d -> %d products, javac with the processor: wall %.2fx, CPU %.2fx (javac alone: wall %.2fx); the processor'"'"'s own time: %.2fx.\n",
          '"$a"', '"$b"', hwb / hwa, hcb / hca, wwb / wwa, pb / pa }'
    fi
  done
  # rule counts from the largest size up to 1,000 (the ratios do not depend on the size)
  count_n=""
  for n in "${size_list[@]}"; do
    if ((n <= 1000)) && { [[ -z $count_n ]] || ((n > count_n)); }; then count_n=$n; fi
  done
  count_n=${count_n:-${size_list[0]}}
  echo
  echo "Rules emitted against the fewest possible (N=$count_n, every feature on, variables at their defaults):"
  echo
  echo "| target | products | flows | rules emitted | fewest possible | ratio |"
  echo "|---|---:|---:|---:|---:|---:|"
  "${PYTHON:-/usr/bin/python3}" "$here/count_rules.py" "$work/n$count_n/out-with/META-INF/portcullis" | tail -n +2 | sed 's/\t/ | /g; s/^/| /; s/$/ |/'
} > "$report"
cat "$report"
echo "raw runs: $raw; report: $report" >&2
