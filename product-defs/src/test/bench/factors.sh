#!/usr/bin/env bash
# What javac's extra CPU and memory with the processor are made of (issue 15, BENCHMARKS.md): the
# same sources compiled without and with the processor, under settings that isolate one factor each.
#
#   bash product-defs/src/test/bench/factors.sh <sources.txt> [runs] [processor jar] [settings]
#
#   default         javac as run.sh runs it, with -XX:+CITime: the JIT's own compile time (C1 + C2)
#   c1-only         -XX:TieredStopAtLevel=1: no C2 compilations (how much of the cost is the JIT)
#   heap-1g         -Xmx1g: peak RSS with the heap capped (G1 otherwise grows towards a quarter of
#                   the machine's memory; a run that passes shows the live data fits)
#   no-descriptors  -Aportcullis.descriptors=false: no generated Java, so no extra javac rounds
#   terraform-only  -Aportcullis.targets=terraform and no descriptors: one target's files
# settings: a comma-separated subset of the above, all by default.
# Prints one TSV line per run: setting, variant, run, wall s, CPU s, max RSS MB, JIT compile s.
set -euo pipefail
# shellcheck source=settle.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/settle.sh"
src=$1 runs=${2:-3}
IFS=, read -r -a settings <<< "${4:-default,c1-only,heap-1g,no-descriptors,terraform-only}"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
jar=${3:-$(ls "$repo"/processor/target/portcullis-processor-*.jar | grep -v -e original- -e sources -e javadoc | head -1)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'setting\tvariant\trun\twall_s\tcpu_s\tmax_rss_mb\tjit_s\n'
for ((r = 1; r <= runs; r++)); do
  for setting in "${settings[@]}"; do
    options=()
    case $setting in
      default) jvm=(-J-XX:+UnlockDiagnosticVMOptions -J-XX:+CITime) ;;
      c1-only) jvm=(-J-XX:TieredStopAtLevel=1) ;;
      heap-1g) jvm=(-J-Xmx1g) ;;
      no-descriptors) jvm=(); options=(-Aportcullis.descriptors=false) ;;
      terraform-only) jvm=(); options=(-Aportcullis.descriptors=false -Aportcullis.targets=terraform) ;;
      *) echo "unknown setting: $setting" >&2; exit 2 ;;
    esac
    for variant in without with; do
      if [[ $variant == with ]]; then flags=(-processorpath "$jar" "${options[@]}"); else flags=(-proc:none); fi
      rm -rf "$work/out" && mkdir "$work/out"
      settle
      /usr/bin/time -f '%e %U %S %M' -o "$work/time" javac "${jvm[@]}" --release 17 -encoding UTF-8 -implicit:none \
        -cp "$jar" "${flags[@]}" -d "$work/out" @"$src" > "$work/log" 2>&1 \
        || { echo "javac failed ($setting, $variant): $(tail -3 "$work/log")" >&2; continue; }
      read -r wall user sys rss < <(tail -1 "$work/time")
      jit=$(sed -n 's/.*Total compilation time *: *\([0-9.]*\) s.*/\1/p' "$work/log")
      awk -v s="$setting" -v v="$variant" -v r="$r" -v w="$wall" -v u="$user" -v y="$sys" -v m="$rss" -v j="${jit:--}" \
        'BEGIN { printf "%s\t%s\t%s\t%s\t%.2f\t%.0f\t%s\n", s, v, r, w, u + y, m / 1024, j }'
    done
  done
done
