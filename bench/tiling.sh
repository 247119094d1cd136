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

./mvnw -B -q -ntp install -DskipTests -pl bench -am
classpath="bench/target/classes:$(./mvnw -B -q -ntp -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java_bench=("$JAVA_HOME/bin/java" "$heap" -cp "$classpath" vn.luutru.bench.TilingBench)
measure() { local name="$1"; shift; python3 bench/peak-rss.py "$work/$name.json" -- "$@"; }

rm -rf "$work" && mkdir -p "$work"
make_map() { # name width height
  "${java_bench[@]}" raw "$work/$1.raw" "$2" "$3"
  vips rawload "$work/$1.raw" "$work/$1.tif[compression=deflate,tile,tile-width=256,tile-height=256]" "$2" "$3" 3
  rm "$work/$1.raw"
}
make_map map "$width" "$height"
sync
measure ours "${java_bench[@]}" tile "$work/map.tif" "$work/ours"
measure vips vips dzsave "$work/map.tif" "$work/vips" --layout iiif3 --tile-size 512 --suffix '.jpg[Q=80]'
rm -rf "$work/ours" "$work/vips"
make_map big "$big_width" "$big_height"
sync
measure ours-big "${java_bench[@]}" tile "$work/big.tif" "$work/ours-big"
measure vips-big vips dzsave "$work/big.tif" "$work/vips-big" --layout iiif3 --tile-size 512 --suffix '.jpg[Q=80]'

python3 - "$work" "$width" "$height" "$big_width" "$big_height" "$heap" "$(nproc)" "$(vips --version)" <<'PY' | tee "$work/section.md"
import json, sys
work, w, h, bw, bh, heap, cores, vips = sys.argv[1:]
m = {n: json.load(open(f"{work}/{n}.json")) for n in ("ours", "vips", "ours-big", "vips-big")}
mp = int(w) * int(h) / 1e6; bmp = int(bw) * int(bh) / 1e6
print("| map | tool | wall time (s) | peak memory (MiB) |")
print("| --- | --- | ---: | ---: |")
for name, label, size in (("ours", f"Lưu trữ `MapTiler` (JVM `{heap}`)", mp), ("vips", f"`{vips} dzsave --layout iiif3`", mp),
                          ("ours-big", f"Lưu trữ `MapTiler` (JVM `{heap}`)", bmp), ("vips-big", f"`{vips} dzsave --layout iiif3`", bmp)):
    print(f"| {size:.0f} MP | {label} | {m[name]['seconds']:.1f} | {m[name]['peak_rss_mib']:.0f} |")
print()
print(f"Wall time ratio at {mp:.0f} MP: {m['ours']['seconds'] / m['vips']['seconds']:.2f}× vips; "
      f"at {bmp:.0f} MP: {m['ours-big']['seconds'] / m['vips-big']['seconds']:.2f}× vips ({cores} cores).")
PY
