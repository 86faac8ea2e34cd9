#!/usr/bin/env sh
# Renders build/icon.svg to the PNGs electron-builder reads: icon.png (1024 px, from which it makes the Windows .ico
# and the macOS .icns) and icons/NxN.png (the Linux icon set, used as is so Linux packaging needs no download).
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin). The PNGs are committed; run this after editing the SVG.
set -eu
cd "$(dirname "$0")"
rsvg-convert -w 1024 -h 1024 icon.svg -o icon.png
mkdir -p icons
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
echo "rendered build/icon.png and build/icons/*.png"
