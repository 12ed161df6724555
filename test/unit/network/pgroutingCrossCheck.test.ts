// Cross-check of our shortest paths against pgRouting's pgr_dijkstraCost (an independent, widely used
// implementation) on the hand-checked fixture networks and the sample network: the same graph (our nodes
// and edges, one-way edges with reverse_cost -1, closed edges left out), car minutes as the cost, every node
// to each target node. Our side is the one multi-source search the measures use (findCostsToTargets).
//
// Needs PostgreSQL with pgRouting (Debian: postgresql-15-pgrouting); skipped with the reason printed when it
// is absent. A throw-away cluster is started in a temporary folder on a Unix socket (as the `postgres` user
// when the tests run as root, which initdb refuses) and removed afterwards.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRoadGraph } from '../../../src/domain/network/buildRoadGraph.ts';
import { computeEdgeCosts } from '../../../src/domain/network/computeEdgeCosts.ts';
import { findCostsToTargets } from '../../../src/domain/network/findCostsToTargets.ts';
import { BACKWARD, FORWARD, type RoadGraph } from '../../../src/domain/network/roadGraph.ts';
import { speedsFor } from '../../../src/domain/network/roadSpeeds.ts';

function findPostgres(): { bin: string; reason: null } | { bin: null; reason: string } {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort().reverse() : [];
  for (const v of versions) {
    const bin = join(root, v, 'bin');
    if (!existsSync(join(bin, 'initdb'))) continue;
    const ext = `/usr/share/postgresql/${v}/extension`;
    if (existsSync(`${ext}/pgrouting.control`) && existsSync(`${ext}/postgis.control`)) return { bin, reason: null };
  }
  return { bin: null, reason: versions.length ? 'pgRouting is not installed (apt-get install postgresql-15-pgrouting)' : 'PostgreSQL is not installed (apt-get install postgresql-15-pgrouting)' };
}

const pg = findPostgres();
if (pg.reason) console.warn(`pgRouting cross-check skipped: ${pg.reason}.`);

const asRoot = process.getuid?.() === 0;
let dir = '';
const port = 55_000 + (process.pid % 5000);

function run(cmd: string, args: string[], options: SpawnSyncOptions = {}) {
  const full = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const : [cmd, args] as const;
  const r = spawnSync(full[0], full[1], { encoding: 'utf8', timeout: 60_000, ...options });
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
  return String(r.stdout);
}

function psqlScript(sql: string): string {
  const file = join(dir, `q${Math.random().toString(36).slice(2)}.sql`);
  writeFileSync(file, sql);
  if (asRoot) chownSync(file, 101, 104);
  return run(join(pg.bin!, '../bin/psql'), ['-h', dir, '-p', String(port), '-U', 'test', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-q', '-At', '-F', ',', '-f', file]);
}

/** pgRouting's costs from every node to each target node: `${from},${to}` → minutes. */
function pgCosts(graph: RoadGraph, costs: Float64Array, targets: number[], table: string): Map<string, number> {
  const rows: string[] = [];
  for (let e = 0; e < graph.edgeCount; e++) {
    if (!(costs[e] < Infinity)) continue;
    const d = graph.edgeDirection[e];
    rows.push(`${e + 1},${graph.edgeFrom[e] + 1},${graph.edgeTo[e] + 1},${d & FORWARD ? costs[e] : -1},${d & BACKWARD ? costs[e] : -1}`);
  }
  const nodes = Array.from({ length: graph.nodeCount }, (_, n) => n + 1).join(',');
  const out = psqlScript(
    [
      'CREATE EXTENSION IF NOT EXISTS pgrouting CASCADE;',
      `CREATE TABLE ${table} (id bigint, source bigint, target bigint, cost float8, reverse_cost float8);`,
      `COPY ${table} FROM STDIN WITH (FORMAT csv);`,
      ...rows,
      '\\.',
      `SELECT start_vid - 1, end_vid - 1, agg_cost FROM pgr_dijkstraCost('SELECT id, source, target, cost, reverse_cost FROM ${table}', ARRAY[${nodes}]::bigint[], ARRAY[${targets.map((t) => t + 1).join(',')}]::bigint[], true);`,
      '',
    ].join('\n'),
  );
  const map = new Map<string, number>();
  for (const line of out.trim().split('\n').filter(Boolean)) {
    const [a, b, c] = line.split(',');
    map.set(`${a},${b}`, Number(c));
  }
  return map;
}

/** Our cost from every node to node `v` (a seed at v on an edge that may be left towards v's side), or null. */
function ourCosts(graph: RoadGraph, costs: Float64Array, v: number): Float64Array | null {
  for (let k = graph.nodeEdgeStarts[v]; k < graph.nodeEdgeStarts[v + 1]; k++) {
    const e = graph.nodeEdges[k];
    if (!(costs[e] < Infinity)) continue;
    if (graph.edgeFrom[e] === v && graph.edgeDirection[e] & FORWARD) return findCostsToTargets(graph, costs, [{ edge: e, t: 0, legCost: 0 }]);
    if (graph.edgeTo[e] === v && graph.edgeDirection[e] & BACKWARD) return findCostsToTargets(graph, costs, [{ edge: e, t: 1, legCost: 0 }]);
  }
  return null;
}

function compare(name: string, features: FeatureCollection['features'], targetCount: number) {
  const graph = buildRoadGraph(features);
  const costs = computeEdgeCosts(graph, speedsFor('car'), 'min');
  const step = Math.max(1, Math.floor(graph.nodeCount / targetCount));
  const targets = Array.from({ length: Math.min(targetCount, graph.nodeCount) }, (_, i) => i * step).filter((v) => ourCosts(graph, costs, v));
  const theirs = pgCosts(graph, costs, targets, `e_${name}`);
  let pairs = 0, reachable = 0, worst = 0;
  for (const v of targets) {
    const ours = ourCosts(graph, costs, v)!;
    for (let u = 0; u < graph.nodeCount; u++) {
      if (u === v) continue;
      pairs++;
      const t = theirs.get(`${u},${v}`);
      if (t === undefined) {
        expect(ours[u], `${name}: node ${u} → ${v} unreachable for pgRouting`).toBe(Infinity);
        continue;
      }
      reachable++;
      worst = Math.max(worst, Math.abs(ours[u] - t));
    }
  }
  return { pairs, reachable, worst };
}

describe.skipIf(pg.reason !== null)('shortest paths agree with pgRouting (pgr_dijkstraCost)', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'noxh-pgr-'));
    if (asRoot) chownSync(dir, 101, 104);
    run(join(pg.bin!, 'initdb'), ['-D', join(dir, 'data'), '-U', 'test', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    run(join(pg.bin!, 'pg_ctl'), ['-D', join(dir, 'data'), '-w', '-l', join(dir, 'log'), '-o', `-k ${dir} -p ${port} -c listen_addresses='' -c fsync=off`, 'start']);
  }, 120_000);
  afterAll(() => {
    if (!dir) return;
    try {
      run(join(pg.bin!, 'pg_ctl'), ['-D', join(dir, 'data'), '-w', '-m', 'immediate', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on every fixture network, every node to every node (car minutes, one-way edges honoured)', () => {
    const files = readdirSync('test/fixtures/network').filter((f) => f.endsWith('.geojson'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const net = JSON.parse(readFileSync(join('test/fixtures/network', file), 'utf8')) as FeatureCollection;
      const { pairs, reachable, worst } = compare(file.replace(/\W/g, '_'), net.features, 10_000);
      expect(pairs, file).toBeGreaterThan(0);
      expect(reachable, file).toBeGreaterThan(0);
      expect(worst, file).toBeLessThan(1e-9);
    }
  }, 120_000);

  it('on the sample network (expressway joined at its interchanges), every node to 8 spread targets', () => {
    const transport = JSON.parse(readFileSync('data/transport.geojson', 'utf8')) as FeatureCollection;
    const { pairs, reachable, worst } = compare('sample', transport.features, 8);
    expect(pairs).toBeGreaterThan(8000);
    // One connected network: every pair is reachable (by car, expressway included).
    expect(reachable).toBe(pairs);
    expect(worst).toBeLessThan(1e-9);
  }, 120_000);
});
