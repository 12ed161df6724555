// The Python with GeoPandas, Shapely ≥ 2 and pyarrow that the cadastre benchmark (compare_geopandas.py) and the
// GeoPandas cross-checks (test/unit/export/geopandasCrossCheck.test.ts) run: BENCH_PYTHON=/path/to/python, then
// NOXH_PYTHON, then the repository's .venv-bench (scripts/bench/setup-python.sh makes it). None found: the reason,
// for the benchmark to print and the tests to skip with.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type BenchPython = { python: string; versions: string } | { python: null; reason: string };

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const PROBE = `import sys, geopandas, shapely, pyarrow
assert int(shapely.__version__.split('.')[0]) >= 2, 'Shapely ' + shapely.__version__ + ' < 2'
print('Python', sys.version.split()[0] + ', GeoPandas', geopandas.__version__ + ', Shapely', shapely.__version__, '(GEOS ' + shapely.geos_version_string + '), pyarrow', pyarrow.__version__)`;

export function findBenchPython(env: NodeJS.ProcessEnv = process.env): BenchPython {
  const given = [env.BENCH_PYTHON, env.NOXH_PYTHON].filter((p): p is string => !!p && p !== '1');
  const venv = join(root, '.venv-bench', 'bin', 'python');
  const candidates = [...given, ...(existsSync(venv) ? [venv] : [])];
  const tried: string[] = [];
  for (const python of candidates) {
    const r = spawnSync(python, ['-c', PROBE], { encoding: 'utf8', timeout: 60_000 });
    if (r.status === 0) return { python, versions: r.stdout.trim() };
    tried.push(`${python}: ${(r.error?.message ?? r.stderr.trim().split('\n').at(-1)) || `exit ${r.status}`}`);
  }
  return {
    python: null,
    reason: `no Python with geopandas, shapely >= 2 and pyarrow (${tried.length ? tried.join('; ') : 'no BENCH_PYTHON / NOXH_PYTHON set and no .venv-bench'}): bash scripts/bench/setup-python.sh makes one`,
  };
}
