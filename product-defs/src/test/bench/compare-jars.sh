#!/usr/bin/env bash
# Before and after a processor change, under the same load (BENCHMARKS.md, issue 15):
#
#   bash product-defs/src/test/bench/compare-jars.sh <before.jar> <after.jar> <sources.txt> [runs] [out.tsv]
#
# Alternates javac without a processor, with the before jar and with the after jar, `runs` times
# (default 5), on the same sources (a sources.txt of run.sh), and prints wall and CPU (user+sys)
# seconds, max RSS (MB) and the load average of every run as TSV.
set -euo pipefail
# shellcheck source=settle.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/settle.sh"
before=$1 after=$2 src=$3 runs=${4:-5} out=${5:-/dev/stdout}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'variant\trun\twall_s\tcpu_s\tmax_rss_mb\tload1\n' > "$out"
for ((r = 1; r <= runs; r++)); do
  for v in without before after; do
    case $v in
      without) jar=$after; flags=(-proc:none) ;;
      before) jar=$before; flags=(-processorpath "$before") ;;
      after) jar=$after; flags=(-processorpath "$after") ;;
    esac
    rm -rf "$work/out" && mkdir "$work/out"
    settle
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" javac --release 17 -encoding UTF-8 -implicit:none -cp "$jar" \
      "${flags[@]}" -d "$work/out" @"$src" > "$work/log" 2>&1 || { echo "javac failed ($v)" >&2; tail "$work/log" >&2; exit 1; }
    read -r wall user sys rss < <(tail -1 "$work/time")
    awk -v v="$v" -v r="$r" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
      'BEGIN { printf "%s\t%s\t%s\t%.2f\t%.0f\t%s\n", v, r, w, u + s, m / 1024, l }' >> "$out"
  done
done
