#!/usr/bin/env bash
# Debian/Ubuntu libraries that Qt's offscreen and xcb platform plugins load at run time, Xvfb for
# screenshots, and binutils (objdump) for PyInstaller's bundle. Installed when missing and run as root;
# otherwise the exact command is printed.
set -u
packages=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 fonts-dejavu-core libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-render0 xvfb xauth
  binutils
)
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian-like system; install Qt 6's runtime libraries yourself." >&2; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "system-deps: Qt needs these packages; run:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
fi
