#!/usr/bin/env bash
# Start-up time of the app's window, as the app itself records it (--timings), under Xvfb.
#
#   packaging/measure-start.sh [-n RUNS] [--data-dir DIR] [--compare] [-- LAUNCHER [ARGS...]]
#
# LAUNCHER defaults to the installed app, /opt/direct-work-diary/bin/dwdiary. Each run is
# `LAUNCHER [ARGS] --timings --exit-after-start --data-dir DIR`: the app prints one line
# `timings: main … ms, fx-ready … ms, first-window … ms, diary-open … ms, week-drawn … ms, cpu … ms`
# (milliseconds since the JVM started) and quits once the week is drawn. RUNS (default 9) runs after one
# warm-up run that is not counted; prints the median, min and max of each phase, and the load average
# before and after. exec-first-window and exec-week-drawn count from the launcher's start instead
# (the app's figure + launch, the time from exec to the JVM's start: launcher script or native launcher). DIR defaults to a 10-year sample diary
# (demo --weeks 520 --blocks-per-day 10) made in a temporary folder. --compare also times
# `java -jar target/dwdiary.jar` (build it first: ./mvnw -DskipTests package), runs alternating.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=9 data="" compare=false
while [[ $# -gt 0 ]]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    --data-dir) data=$2; shift 2 ;;
    --compare) compare=true; shift ;;
    --) shift; break ;;
    -h|--help) sed -n '2,/^set /p' "$0" | sed '$d'; exit 0 ;;
    *) break ;;
  esac
done
if [[ $# -gt 0 ]]; then launcher=("$@"); else launcher=(/opt/direct-work-diary/bin/dwdiary); fi
jar=$root/target/dwdiary.jar
if $compare && [[ ! -f $jar ]]; then echo "measure-start.sh: no $jar (./mvnw -DskipTests package)" >&2; exit 1; fi
command -v Xvfb >/dev/null || { echo "measure-start.sh: Xvfb is needed (apt-get install xvfb)" >&2; exit 1; }

tmp=$(mktemp -d)
xvfb=""
cleanup() { [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
if [[ -z $data ]]; then
  data=$tmp/diary
  "${launcher[@]}" demo --weeks 520 --blocks-per-day 10 --data-dir "$data" >/dev/null
fi

display=:$((100 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x820x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
sleep 1

# One run of a command; appends its timings line to FILE.
run() {
  local file=$1; shift
  local line t
  t=$(date +%s%3N)
  line=$("$@" --timings --exit-after-start --data-dir "$data" 2>&1 >/dev/null | grep '^timings:' || true)
  [[ -n $line ]] || { echo "measure-start.sh: no timings line from: $*" >&2; exit 1; }
  # From the process's start (the launcher's exec) rather than the JVM's: + the time before the JVM started.
  local launch=$(( $(sed -n 's/.*jvm-started \([0-9]*\).*/\1/p' <<<"$line") - t ))
  local fw week
  fw=$(sed -n 's/.*first-window \([0-9]*\) ms.*/\1/p' <<<"$line")
  week=$(sed -n 's/.*week-drawn \([0-9]*\) ms.*/\1/p' <<<"$line")
  echo "$line, launch $launch ms, exec-first-window $((launch + fw)) ms, exec-week-drawn $((launch + week)) ms" >>"$file"
}

# Median, min and max of each phase in FILE.
summary() {
  local name=$1 file=$2
  echo "$name ($(wc -l <"$file") runs; ms: median [min–max])"
  for phase in exec-first-window exec-week-drawn launch first-window week-drawn main fx-ready diary-open cpu; do
    sed -n "s/.*[ :]$phase \([0-9]*\) ms.*/\1/p" "$file" | sort -n | awk -v p="$phase" '
      { v[NR] = $1 }
      END { if (NR == 0) exit; m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "  %-18s %6d  [%d–%d]\n", p, m, v[1], v[NR] }'
  done
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)   ($(nproc) cores)"
run "$tmp/warm-up" "${launcher[@]}"
$compare && run "$tmp/warm-up" java -jar "$jar"
for ((i = 1; i <= runs; i++)); do
  run "$tmp/launcher" "${launcher[@]}"
  $compare && run "$tmp/jar" java -jar "$jar"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
summary "${launcher[*]}" "$tmp/launcher"
if $compare; then summary "java -jar target/dwdiary.jar" "$tmp/jar"; fi
