#!/usr/bin/env bash
# Set up if needed, then extract data/samples into out/ and say where the tables are.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/poa extract data/samples --out out "$@"
