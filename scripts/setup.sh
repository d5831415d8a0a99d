#!/usr/bin/env bash
# Set up dvtool in .venv (with the test tools) and run the main job on the samples.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
# Build step: the cue patterns and dataclass methods compiled for this interpreter (scripts/precompile.py).
.venv/bin/python scripts/precompile.py
.venv/bin/dvtool --version
# The main job on the samples: every format validates, and the Word report reads back.
.venv/bin/dvtool validate samples/*.json samples/*.yaml samples/*.md samples/*.docx
.venv/bin/dvtool summarize samples/000_b51e03a26d81f97b.docx
