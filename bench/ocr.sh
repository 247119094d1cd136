#!/usr/bin/env bash
# OCR benchmark: this product's OCR step against OCRmyPDF and bare Tesseract, on the same degraded
# Vietnamese scan, in one run. Writes the OCR section of docs/benchmarks.md.
#
#   bench/ocr.sh [PAGES]     (default 40 pages)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-40}"
work="${BENCH_DIR:-/tmp/luutru-bench-ocr}"
export JAVA_HOME="${LUUTRU_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

need=()
for p in ocrmypdf tesseract-ocr tesseract-ocr-vie libtesseract-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Built in the reactor, not installed: the class path names this checkout's own modules, whatever the local
# Maven repository holds. Every module writes the file; the bench module, built last, has the last word.
./mvnw -B -q -ntp package -DskipTests -pl analysis-plugin,bench -am dependency:build-classpath \
  -Dmdep.outputFile="$PWD/bench/target/bench-classpath.txt"
classpath="bench/target/classes:$(cat bench/target/bench-classpath.txt)"
java_bench=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$classpath" vn.luutru.bench.OcrBench)
bench() { "${java_bench[@]}" "$@"; }
measure() { local name="$1"; shift; python3 bench/peak-rss.py "$work/$name.json" -- "$@"; }

rm -rf "$work" && mkdir -p "$work/tesseract"
bench prepare "$work" "$pages"
# GNU nproc counts OMP_THREAD_LIMIT as a limit on cores: an exported OMP_THREAD_LIMIT=1 would halve
# the other tools' parallelism while the JVM still runs one worker per core.
cores="$(env -u OMP_THREAD_LIMIT -u OMP_NUM_THREADS nproc)"

# This product: the ingestion job's extraction step, one Tesseract per core, OpenMP off inside each.
OMP_THREAD_LIMIT=1 measure ours-vie "${java_bench[@]}" ours "$work" vie 0
OMP_THREAD_LIMIT=1 measure ours-vie+eng "${java_bench[@]}" ours "$work" vie+eng 0
# OCRmyPDF as its users run it.
measure ocrmypdf ocrmypdf -q -l vie --jobs "$cores" --sidecar "$work/ocrmypdf.txt" "$work/scan.pdf" "$work/ocrmypdf.pdf"
# Bare Tesseract, one process per core on pre-rendered pages: the practical limit.
measure tesseract sh -c "ls '$work'/pages/*.png | OMP_THREAD_LIMIT=1 xargs -P '$cores' -I{} sh -c 'tesseract \"\$1\" \"$work/tesseract/\$(basename \"\$1\" .png)\" -l vie 2>/dev/null' _ {}"

row() {
  local name="$1" label="$2" text="$3" json cer
  json="$(cat "$work/$name.json")"
  cer="$(bench cer "$work" "$text")"
  python3 - "$json" "$cer" "$label" "$pages" <<'PY'
import json, sys
m = json.loads(sys.argv[1]); cer, folded = sys.argv[2].split(); pages = int(sys.argv[4])
print(f"| {sys.argv[3]} | {m['seconds']:.1f} | {pages * 60 / m['seconds']:.1f} | {float(cer) * 100:.2f} % | {float(folded) * 100:.2f} % | {m['peak_rss_mib']:.0f} |")
PY
}

{
  echo "## OCR: this product against OCRmyPDF and bare Tesseract"
  echo
  echo "Run on $(date -u +%Y-%m-%d) on $cores cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(tesseract --version 2>&1 | head -1), OCRmyPDF $(ocrmypdf --version):"
  echo "\`bench/ocr.sh $pages\` on one generated, degraded (grey paper, dust, blur, 0.2–1.8° skew) image-only Vietnamese"
  echo "PDF of $pages A4 pages at 300 dpi. Wall time and peak resident memory of the whole process tree (all Tesseract"
  echo "processes summed); character error rate against the printed text after NFC, and with diacritics folded."
  echo "Bare Tesseract starts from pages already rendered to PNG, so its time excludes rendering."
  echo
  echo "| tool | wall time (s) | pages / min | CER | CER without diacritics | peak memory (MiB) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  row ours-vie "Lưu trữ OCR step (\`vie\`, $cores workers)" "$work/ours-vie.txt"
  row ours-vie+eng "Lưu trữ OCR step (\`vie+eng\`, the default)" "$work/ours-vie+eng.txt"
  row ocrmypdf "\`ocrmypdf -l vie --jobs $cores\`" "$work/ocrmypdf.txt"
  row tesseract "\`tesseract -l vie\`, $cores processes, \`OMP_THREAD_LIMIT=1\`" "$work/tesseract"
} | tee "$work/section.md"
