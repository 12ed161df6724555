#!/usr/bin/env bash
# The Python environment of the benchmarks and the GeoParquet cross-checks: a virtual environment in the repository
# (.venv-bench, git-ignored) with GeoPandas, Shapely ≥ 2, pyarrow, pyogrio and pyproj (requirements-bench.txt),
# installed from whatever index pip is configured with (`pip config list`). Re-running it updates the environment.
#   bash scripts/bench/setup-python.sh            # python3 from PATH
#   PYTHON=/usr/bin/python3.11 bash scripts/bench/setup-python.sh
# The benchmark (`BENCH_PYTHON=1 npm run bench -- cadastre`) and the cross-check tests then find .venv-bench/bin/python
# (or BENCH_PYTHON=/path/to/python, NOXH_PYTHON=/path/to/python); without it the tests skip, saying why.
# Exit status: 0 when the environment imports geopandas, shapely ≥ 2 and pyarrow; 1 otherwise (nothing else is
# touched: .ci/run goes on without it).
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=${NOXH_VENV:-.venv-bench}
python=${PYTHON:-python3}

if ! command -v "$python" >/dev/null 2>&1; then
  echo "setup-python: no $python on PATH" >&2
  exit 1
fi
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv" || { echo "setup-python: '$python -m venv' failed (Debian: apt-get install python3-venv)" >&2; rm -rf "$venv"; exit 1; }
fi
# --retries 0: an index that cannot be reached (no network) fails at once instead of after five back-offs per package.
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --retries 0 --timeout 20 -r scripts/bench/requirements-bench.txt || {
  echo "setup-python: pip could not install scripts/bench/requirements-bench.txt from the configured index" >&2
  exit 1
}
"$venv/bin/python" - <<'PY'
import sys
import geopandas, numpy, pandas, pyarrow, pyogrio, pyproj, shapely
assert int(shapely.__version__.split('.')[0]) >= 2, f'Shapely {shapely.__version__} < 2'
print(f'{sys.prefix}: Python {sys.version.split()[0]}, GeoPandas {geopandas.__version__}, Shapely {shapely.__version__} '
      f'(GEOS {shapely.geos_version_string}), pyarrow {pyarrow.__version__}, pyogrio {pyogrio.__version__} '
      f'(GDAL {pyogrio.__gdal_version_string__}), pyproj {pyproj.__version__} (PROJ {pyproj.proj_version_str}), '
      f'pandas {pandas.__version__}, NumPy {numpy.__version__}')
PY
