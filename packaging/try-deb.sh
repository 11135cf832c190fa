#!/usr/bin/env bash
# Installs the .deb on this machine and tries the installed app (as root: apt-get install).
#
#   packaging/try-deb.sh [--build] [FILE.deb]   install (building first with --build, or when there is no .deb),
#                                                check, screenshot to docs/screenshots/installed.png
#   packaging/try-deb.sh --remove               uninstall, and check that nothing is left
#
# Checks: the launcher in /opt/direct-work-diary/bin, the desktop entry, the icon, the class-data archive
# made at install time, `dwdiary --help`; then makes a 10-year diary with the installed app's `demo`
# command in a temporary folder, starts the installed app on it under Xvfb (1280x820), goes back one
# week (Page Up: the sample's current week is full only on a Sunday night) and saves the screen. Prints the installer's size and the installed size. Leaves the app installed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
package=direct-work-diary
dir=/opt/$package
launcher=$dir/bin/dwdiary
desktop=/usr/share/applications/$package-dwdiary.desktop
shot=docs/screenshots/installed.png
export DEBIAN_FRONTEND=noninteractive

fail() { echo "try-deb.sh: FAILED: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }

if [[ ${1:-} == --remove ]]; then
  dpkg -s "$package" >/dev/null 2>&1 || { echo "$package is not installed"; exit 0; }
  apt-get remove -y -q "$package" >/dev/null
  [[ ! -e $dir ]] || fail "$dir is still there: $(find "$dir" | head -n 5)"
  ok "$dir removed"
  [[ ! -e $desktop ]] || fail "$desktop is still there"
  ok "desktop entry removed"
  exit 0
fi

build=false
[[ ${1:-} == --build ]] && { build=true; shift; }
deb=${1:-}
if [[ -z $deb ]]; then
  deb=$(ls -t target/installers/${package}_*_amd64.deb 2>/dev/null | head -n 1 || true)
  if $build || [[ -z $deb ]]; then
    NO_RPM=1 packaging/build-linux.sh
    deb=$(ls -t target/installers/${package}_*_amd64.deb | head -n 1)
  fi
fi
[[ -f $deb ]] || fail "no such file: $deb"
deb=$(readlink -f "$deb")

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
if [[ ${#need[@]} -gt 0 ]]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "== install $deb"
if dpkg -s "$package" >/dev/null 2>&1; then apt-get remove -y -q "$package" >/dev/null; fi
start=$(date +%s.%N)
apt-get install -y -q "$deb" >/tmp/try-deb-install.log 2>&1 || { tail -n 20 /tmp/try-deb-install.log; fail "apt-get install"; }
printf 'installed in %.1f s (with the class-data archive made by postinst)\n' "$(echo "$(date +%s.%N) - $start" | bc -l)"

echo "== checks"
[[ -x $launcher ]] || fail "no launcher $launcher"
ok "launcher $launcher"
[[ -f $desktop ]] || fail "no desktop entry $desktop"
grep -q "^Exec=$launcher" "$desktop" || fail "$desktop does not start $launcher"
grep -q '^Name=Direct Work Diary' "$desktop" || fail "$desktop is not named Direct Work Diary"
grep -q '^Categories=Office' "$desktop" || fail "$desktop is not in the Office menu"
ok "desktop entry $desktop (Office menu, Exec=$launcher)"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ -f $icon ]] || fail "no icon $icon"
ok "icon $icon ($(identify -format '%wx%h' "$icon" 2>/dev/null || echo '?'))"
[[ -f $dir/lib/app.jsa ]] || fail "no class-data archive $dir/lib/app.jsa"
ok "class-data archive $dir/lib/app.jsa ($(du -h "$dir/lib/app.jsa" | cut -f1))"
"$launcher" --help | grep -q 'Usage: dwdiary' || fail "dwdiary --help"
ok "dwdiary --help"
[[ ! -d $HOME/.openjfx ]] || rm -rf "$HOME/.openjfx"

echo "== a 10-year diary with the installed app"
tmp=$(mktemp -d)
xvfb=""
cleanup() { [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
"$launcher" demo --weeks 520 --blocks-per-day 10 --data-dir "$tmp/diary"

echo "== the installed app under Xvfb"
display=:$((100 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x820x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
for _ in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
start=$(date +%s.%N)
"$launcher" --timings --data-dir "$tmp/diary" 2>"$tmp/stderr" &
app=$!
win=""
for _ in $(seq 300); do
  win=$(xdotool search --onlyvisible --name 'Direct Work Diary' 2>/dev/null | head -n 1 || true)
  [[ -n $win ]] && break
  kill -0 "$app" 2>/dev/null || { cat "$tmp/stderr"; fail "the app exited before showing a window"; }
  sleep 0.05
done
[[ -n $win ]] || fail "no window within 15 s"
printf 'first window after %.2f s (seen by xdotool)\n' "$(echo "$(date +%s.%N) - $start" | bc -l)"
sleep 3
# Last week, full of blocks (this week of the sample diary holds only the days up to now, maybe none).
xdotool windowactivate --sync "$win" >/dev/null 2>&1 || true
xdotool key --window "$win" Prior
sleep 2
mkdir -p "$(dirname "$shot")"
import -window root "$shot"
kill "$app"; wait "$app" 2>/dev/null || true
grep '^timings:' "$tmp/stderr" || true     # the app's own figures, ms since the JVM started
[[ ! -d $HOME/.openjfx ]] || echo "note: JavaFX extracted native libraries to ~/.openjfx"
if grep -v '^timings:' "$tmp/stderr" | grep -q .; then echo "the app's stderr:"; cat "$tmp/stderr"; fi
ok "screenshot $shot ($(identify -format '%wx%h' "$shot"))"

echo "== sizes"
printf 'installer  %s: %d bytes (%.1f MiB)\n' "$(basename "$deb")" "$(stat -c %s "$deb")" "$(echo "$(stat -c %s "$deb") / 1048576" | bc -l)"
printf 'installed  %s: %d bytes (%.1f MiB), of which lib/runtime %.1f MiB, lib/app %.1f MiB, lib/app.jsa %.1f MiB\n' "$dir" \
  "$(du -sb "$dir" | cut -f1)" "$(echo "$(du -sb "$dir" | cut -f1) / 1048576" | bc -l)" \
  "$(echo "$(du -sb "$dir/lib/runtime" | cut -f1) / 1048576" | bc -l)" \
  "$(echo "$(du -sb "$dir/lib/app" | cut -f1) / 1048576" | bc -l)" \
  "$(echo "$(du -sb "$dir/lib/app.jsa" | cut -f1) / 1048576" | bc -l)"
echo "dpkg Installed-Size: $(dpkg-query -W -f '${Installed-Size}' "$package") KiB"
