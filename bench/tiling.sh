#!/usr/bin/env bash
# Tiling benchmark: this product's map tiler against vips dzsave --layout iiif3 on the same
# generated 300-megapixel map (tiled Deflate TIFF, made by vips from raw RGB drawn in Java), in one
# run; then this product alone on a 1-gigapixel map for its peak memory. Writes the tiling section
# of docs/benchmarks.md to $BENCH_DIR/section.md.
#
#   bench/tiling.sh [WIDTH HEIGHT [BIG_WIDTH BIG_HEIGHT]]   (default 20000 15000, 36000 28000)
set -euo pipefail
cd "$(dirname "$0")/.."
width="${1:-20000}" height="${2:-15000}" big_width="${3:-36000}" big_height="${4:-28000}"
work="${BENCH_DIR:-/tmp/luutru-bench-tiling}"
heap="${TILING_HEAP:--Xmx1g}"
export JAVA_HOME="${LUUTRU_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

dpkg-query -W -f='${Status}' libvips-tools 2>/dev/null | grep -q "install ok installed" \
  || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libvips-tools >/dev/null; }

# Built in the reactor, not installed: the class path names this checkout's own modules, whatever the local
# Maven repository holds. Every module writes the file; the bench module, built last, has the last word.
./mvnw -B -q -ntp package -DskipTests -pl analysis-plugin,bench -am dependency:build-classpath \
  -Dmdep.outputFile="$PWD/bench/target/bench-classpath.txt"
classpath="bench/target/classes:$(cat bench/target/bench-classpath.txt)"
java_bench=("$JAVA_HOME/bin/java" "$heap" -cp "$classpath" vn.luutru.bench.TilingBench)
measure() { local name="$1"; shift; python3 bench/peak-rss.py "$work/$name.json" -- "$@" | tee "$work/$name.out"; }

rm -rf "$work" && mkdir -p "$work"
make_map() { # name width height
  "${java_bench[@]}" raw "$work/$1.raw" "$2" "$3"
  vips rawload "$work/$1.raw" "$work/$1.tif[compression=deflate,tile,tile-width=256,tile-height=256]" "$2" "$3" 3
  rm "$work/$1.raw"
}
make_map map "$width" "$height"
sync
# The default engine and vips alone take seconds and vary by a second from run to run here: three runs each,
# alternating, and the median counts.
for run in 1 2 3; do
  rm -rf "$work/ours-vips" "$work/vips"
  measure "ours-vips-$run" "${java_bench[@]}" tile "$work/map.tif" "$work/ours-vips" vips
  measure "vips-$run" vips dzsave "$work/map.tif" "$work/vips" --layout iiif3 --tile-size 512 --suffix '.jpg[Q=80]'
done
measure ours "${java_bench[@]}" tile "$work/map.tif" "$work/ours" java
rm -rf "$work/ours" "$work/vips" "$work/ours-vips"
make_map big "$big_width" "$big_height"
sync
for run in 1 2 3; do
  rm -rf "$work/ours-vips-big" "$work/vips-big"
  measure "ours-vips-big-$run" "${java_bench[@]}" tile "$work/big.tif" "$work/ours-vips-big" vips
  measure "vips-big-$run" vips dzsave "$work/big.tif" "$work/vips-big" --layout iiif3 --tile-size 512 --suffix '.jpg[Q=80]'
done
measure ours-big "${java_bench[@]}" tile "$work/big.tif" "$work/ours-big" java

python3 - "$work" "$width" "$height" "$big_width" "$big_height" "$heap" "$(nproc)" "$(vips --version)" <<'PY' | tee "$work/section.md"
import json, sys
work, w, h, bw, bh, heap, cores, vips = sys.argv[1:]
import statistics
import re
def warm(name):
    m = re.search(r"warm-seconds ([0-9.]+)", open(f"{work}/{name}.out").read())
    return float(m.group(1)) if m else None
def median(name):
    runs = [json.load(open(f"{work}/{name}-{r}.json")) for r in (1, 2, 3)]
    warms = [warm(f"{name}-{r}") for r in (1, 2, 3)]
    result = {"seconds": statistics.median(r["seconds"] for r in runs), "peak_rss_mib": max(r["peak_rss_mib"] for r in runs),
              "runs": ", ".join(f"{r['seconds']:.1f}" for r in runs)}
    if None not in warms:
        result["warm"] = statistics.median(warms)
        result["warm_runs"] = ", ".join(f"{w:.1f}" for w in warms)
    return result
m = {n: median(n) for n in ("ours-vips", "vips", "ours-vips-big", "vips-big")}
m.update({n: json.load(open(f"{work}/{n}.json")) for n in ("ours", "ours-big")})
mp = int(w) * int(h) / 1e6; bmp = int(bw) * int(bh) / 1e6
print("| map | tool | wall time (s) | runs (s) | peak memory (MiB) |")
print("| --- | --- | ---: | --- | ---: |")
ours_vips = f"Lưu trữ, default engine (libvips child process; JVM `{heap}`)"
ours_java = f"Lưu trữ, Java engine `MapTiler` (JVM `{heap}`)"
cli = f"`{vips} dzsave --layout iiif3`"
for name, label, size in (("ours-vips", ours_vips, mp), ("vips", cli, mp), ("ours", ours_java, mp),
                          ("ours-vips-big", ours_vips, bmp), ("vips-big", cli, bmp), ("ours-big", ours_java, bmp)):
    print(f"| {size:.0f} MP | {label} | {m[name]['seconds']:.1f} | {m[name].get('runs', 'one run')} | {m[name]['peak_rss_mib']:.0f} |")
print()
print()
print("The map's own time inside an already running JVM (after one small warm-up map), as in the archive's server:")
print()
print("| map | tool | time (s) | runs (s) |")
print("| --- | --- | ---: | --- |")
for name, label, size in (("ours-vips", ours_vips, mp), ("vips", cli, mp), ("ours-vips-big", ours_vips, bmp), ("vips-big", cli, bmp)):
    t = m[name].get("warm", m[name]["seconds"])
    r = m[name].get("warm_runs", m[name]["runs"] + " (process wall time)")
    print(f"| {size:.0f} MP | {label} | {t:.1f} | {r} |")
print()
print(f"Warm: default engine {m['ours-vips']['warm'] / m['vips']['seconds']:.2f}× vips at {mp:.0f} MP, "
      f"{m['ours-vips-big']['warm'] / m['vips-big']['seconds']:.2f}× at {bmp:.0f} MP.")
print()
print(f"Whole process against vips (our JVM's start and its 12 MP warm-up map included) at {mp:.0f} MP: default engine {m['ours-vips']['seconds'] / m['vips']['seconds']:.2f}×, "
      f"Java engine {m['ours']['seconds'] / m['vips']['seconds']:.2f}×; at {bmp:.0f} MP: default engine "
      f"{m['ours-vips-big']['seconds'] / m['vips-big']['seconds']:.2f}×, Java engine "
      f"{m['ours-big']['seconds'] / m['vips-big']['seconds']:.2f}× ({cores} cores; medians of three alternating runs for the "
      f"default engine and vips, one run of the Java engine). Peak memory is the whole process tree (the JVM and its "
      f"vips child together).")
PY
