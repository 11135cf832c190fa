#!/bin/sh
# Regenerates the icon's PNGs, .ico and .icns from the SVGs, copies the window's sizes into the app's
# resources and redraws the contact sheet (docs/screenshots/icon-sizes.png).
# A maintainer's script: the generated files are committed and the normal build does not run it.
# Needs rsvg-convert (librsvg2-bin), ImageMagick 6 or 7 (convert / magick) and python3:
#   apt-get install librsvg2-bin imagemagick python3
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
png="$here/png"
res="$repo/src/main/resources/org/dwdiary/ui/icons"
if command -v magick >/dev/null 2>&1; then im=magick; else im=convert; fi
mkdir -p "$png" "$res"

# 16, 24 and 32 px from the simplified drawing (pixel-aligned, bolder); the rest from the master.
for size in 16 24 32; do
  rsvg-convert -w "$size" -h "$size" "$here/dwdiary-small.svg" -o "$png/dwdiary-$size.png"
done
for size in 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" "$here/dwdiary.svg" -o "$png/dwdiary-$size.png"
done

# Windows: one .ico holding 16 to 256.
"$im" $(for size in 16 24 32 48 64 128 256; do echo "$png/dwdiary-$size.png"; done) "$here/dwdiary.ico"

# macOS: the icns container is 'icns' + length, then per entry a type, a length and the PNG itself.
python3 - "$png" "$here/dwdiary.icns" <<'PY'
import struct, sys
folder, out = sys.argv[1], sys.argv[2]
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
           ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for kind, size in entries:
    with open(f"{folder}/dwdiary-{size}.png", "rb") as f:
        data = f.read()
    body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
with open(out, "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY

# The window's icons (ui.AppIcons).
for size in 16 32 48 64 128 256; do
  cp "$png/dwdiary-$size.png" "$res/dwdiary-$size.png"
done

# The contact sheet: every size on white and on dark grey, then 16 and 32 magnified 8x (nearest neighbour).
sheet_row() {
  bg=$1
  "$im" -background "$bg" \
    $(for size in 16 24 32 48 64 128 256 512 1024; do
        printf '( %s -bordercolor %s -border 12 ) ' "$png/dwdiary-$size.png" "$bg"
      done) \
    '(' "$png/dwdiary-16.png" -scale 800% -bordercolor "$bg" -border 12 ')' \
    '(' "$png/dwdiary-32.png" -scale 800% -bordercolor "$bg" -border 12 ')' \
    -gravity center +append -bordercolor "$bg" -border 12 +repage "$2"
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sheet_row white "$tmp/light.png"
sheet_row '#2b2b2b' "$tmp/dark.png"
mkdir -p "$repo/docs/screenshots"
"$im" "$tmp/light.png" "$tmp/dark.png" -append +repage -strip "$repo/docs/screenshots/icon-sizes.png"
echo "Icons written to $here, $res and docs/screenshots/icon-sizes.png"
