# Sourced by the benchmark scripts: `settle` before every timed javac run.
#
# Each run with the processor writes some 60,000 files (at 1,000 products) that the next run
# deletes. On the project machine that churn left kernel state behind that made every later run
# slower in sys time (10.6, 18.2, 27.1 s of sys in three runs in a row at 1,000 products; user
# time flat), so runs late in a benchmark paid for the ones before. `settle` writes back the dirty
# pages and drops the page, dentry and inode caches (root only), then runs `javac -version` so the
# JDK's own files are read back in before the timed run: every run starts from the same state.
# BENCH_DROP_CACHES=0 turns it off (and it does nothing without root).
settle() {
  if [[ ${BENCH_DROP_CACHES:-1} != 0 && -w /proc/sys/vm/drop_caches ]]; then
    sync
    echo 3 > /proc/sys/vm/drop_caches
    javac -version > /dev/null 2>&1 || true
  fi
}
