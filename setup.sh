#!/usr/bin/env bash
# Set up listen on Debian or Ubuntu: system packages, then a virtualenv in .venv with listen.
#   ./setup.sh          espeak-ng, ffmpeg, and listen with Piper voices
#   ./setup.sh --test   the same, plus what the test suite needs
set -euo pipefail
cd "$(dirname "$0")"

packages=(espeak-ng libsonic0 ffmpeg fonts-dejavu-core)  # DejaVu: the cover card's font
extras="piper"
if [[ "${1:-}" == "--test" ]]; then
    extras="test"
    packages+=(chromium chromium-driver)  # the web player's tests drive a real browser
fi

sudo=""
if [[ "$(id -u)" != 0 ]]; then
    sudo="sudo"
fi
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if ! python3 -c "import ensurepip, venv" 2>/dev/null; then
    missing+=(python3-venv)
fi
if (( ${#missing[@]} )); then
    echo "Installing ${missing[*]} ..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then
    python3 -m venv .venv
fi
echo "Installing listen into .venv ..."
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[$extras]"
if [[ "$extras" == "test" ]]; then  # the tests' deterministic voice, a plugin like any other
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e tests/fake_voice
fi
.venv/bin/listen --version
