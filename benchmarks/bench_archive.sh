#!/usr/bin/env bash
# Archive benchmarks (docs/archive.md): --jobs 2 against 1, a warm --cache re-run after 1%
# new articles against a cold run, and 200,000 short articles end to end with peak memory
# (the same seed gives nested archives: the first n of 200,000 are the archive of n).
# Whole-process figures from GNU time; run on a quiet machine, several times, quote medians.
#   [OLD=path/to/previous/src] [ONLY=warm] bash benchmarks/bench_archive.sh [WORKDIR]
# ONLY=warm runs the one-process warm --cache section alone (the 5% target of issue 14).
# Each tree is byte-compiled first (python -m compileall), so that neither pays for
# compiling its modules at every start when PYTHONDONTWRITEBYTECODE is set; give OLD as a
# copy you may write into.
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-$(mktemp -d)}"
py="${PYTHON:-python}"
only="${ONLY:-}"
run() { /usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB peak" "$@" >/dev/null; }

[[ -d "$work/arch" ]] || "$py" benchmarks/make_archive.py files "$work/arch" --mb 20
if [[ ! -d "$work/grown" ]]; then
  cp -r "$work/arch" "$work/grown"
  "$py" benchmarks/make_archive.py grow "$work/grown" --percent 1
fi
"$py" -m compileall -q src ${OLD:+"$OLD"} >/dev/null

if [[ -z "$only" ]]; then
echo "== --jobs 1 and --jobs 2 on 20 MB"
for _ in 1 2 3; do
  run "$py" -m vnlao_events timeline -q --format json --jobs 1 "$work/arch"
  run "$py" -m vnlao_events timeline -q --format json --jobs 2 "$work/arch"
done

echo "== cold --cache, then warm after adding 1% new articles"
rm -f "$work/cold.sqlite"*
run "$py" -m vnlao_events timeline -q --format json --jobs 2 --cache "$work/cold.sqlite" "$work/arch"
for _ in 1 2 3; do
  cp "$work/cold.sqlite" "$work/warm.sqlite"
  run "$py" -m vnlao_events timeline -q --format json --jobs 2 --cache "$work/warm.sqlite" "$work/grown"
done

fi

echo "== the same in one process (--jobs 1): cold once, then warm three times"
# With OLD=path/to/previous/src the previous code runs beside this one, alternately, each
# with its own cold cache (a cache is never shared between versions); quote the least and
# the median of the three warm runs, as CPU seconds (user + sys). Each warm output is
# compared with its own tree's cold output: a warm run must give the cold run's file (two
# trees may extract differently, so their outputs are not compared with each other).
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >"$work/out-$tag.json" | tail -1 | awk '{print $1 + $2}'; }
trees=("$PWD/src")
[[ -n "${OLD:-}" ]] && trees+=("$OLD")
for tree in "${trees[@]}"; do
  tag=$(echo "$tree" | md5sum | cut -c1-8)
  rm -f "$work/cold1-$tag.sqlite"*
  echo "$tree cold: $(PYTHONPATH="$tree" cpu "$py" -m vnlao_events timeline -q --format json \
    --jobs 1 --cache "$work/cold1-$tag.sqlite" "$work/arch") CPU s"
  # the grown archive read cold, without a cache: what every warm run must give
  PYTHONPATH="$tree" "$py" -m vnlao_events timeline -q --format json --jobs 1 "$work/grown" \
    >"$work/grown-$tag.json"
done
for _ in 1 2 3; do
  for tree in "${trees[@]}"; do
    tag=$(echo "$tree" | md5sum | cut -c1-8)
    cp "$work/cold1-$tag.sqlite" "$work/warm1-$tag.sqlite"
    echo "$tree warm: $(PYTHONPATH="$tree" cpu "$py" -m vnlao_events timeline -q --format json \
      --jobs 1 --cache "$work/warm1-$tag.sqlite" "$work/grown") CPU s"
  done
  for tree in "${trees[@]}"; do
    tag=$(echo "$tree" | md5sum | cut -c1-8)
    cmp "$work/out-$tag.json" "$work/grown-$tag.json"
  done
done
[[ -n "$only" ]] && exit 0

echo "== 200,000 short articles (JSON Lines): every mention streamed, filling a cache"
"$py" benchmarks/make_archive.py short "$work/short" --count 200000
rm -f "$work/short.sqlite"*
/usr/bin/time -f "%e s wall, %U s user, %S s sys, %M KB peak" "$py" -m vnlao_events timeline -q \
  --format jsonl --records mentions --jobs 2 --cache "$work/short.sqlite" "$work/short" | wc -l

echo "== the timeline of nested prefixes (10k, 50k, 100k, 200k articles), warm cache"
for n in 10000 50000 100000 200000; do
  "$py" benchmarks/make_archive.py short "$work/short$n" --count "$n" >/dev/null  # a prefix
  run "$py" -m vnlao_events timeline -q --format json --jobs 2 --cache "$work/short.sqlite" \
    "$work/short$n"
done
