#!/usr/bin/env python3
"""The distance measures of the worker_housing preset computed in Python, for the cadastre benchmark
(scripts/bench/cadastre.bench.ts with BENCH_PYTHON=1; docs/performance/cadastre.md):

    python3 scripts/bench/compare_geopandas.py strtree|geopandas <parcels.geojson> <folder with the layers>

Same synthetic files as the CLI run (writeSyntheticFiles.ts): per parcel, the distance to the nearest industrial
zone, main road, transit stop, health facility and market, the kindergartens within 300 m, and the share of the
parcel under flood polygons. Coordinates are put in a local metric frame (equirectangular at the data's mean
latitude: metres within 0.1 % over a province) before measuring.

- strtree: a tuned Shapely script — one STRtree per source, `nearest` per parcel, `query` + exact `distance` for
  the radius count, `query` + `intersection` area for the flood share. Debian 12 ships Shapely 1.8.5, whose
  STRtree answers one geometry at a time (Shapely 2's vectorised `query_nearest` is not packaged).
- geopandas: GeoPandas `sjoin_nearest` per source, `sjoin` on 300 m buffers for the count, `overlay` for the flood
  share. Debian 12's GeoPandas 0.12.2 needs Shapely 2 or PyGEOS for `sjoin_nearest`; with Shapely 1.8.5 it raises
  NotImplementedError, which this script reports (exit 3) instead of measuring something else.

Prints the versions, the time of each stage and a checksum of the values to stderr; the last line is a summary.
"""
import json
import math
import os
import sys
import time

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon, shape
from shapely.strtree import STRtree

MAIN_ROADS = {'expressway', 'national', 'provincial', 'urban_main'}
TRANSIT = {'station', 'bus_stop'}
HEALTH = {'health_station', 'hospital'}


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)['features']


def frame(lat0):
    kx = 111320.0 * math.cos(math.radians(lat0))
    ky = 110574.0

    def to_metric(coords):
        a = np.asarray(coords, dtype=float)
        return np.column_stack((a[:, 0] * kx, a[:, 1] * ky))

    def geometry(g):
        t = g['type']
        if t == 'Point':
            x, y = g['coordinates'][:2]
            return Point(x * kx, y * ky)
        if t == 'LineString':
            return LineString(to_metric(g['coordinates']))
        if t == 'Polygon':
            rings = [to_metric(r) for r in g['coordinates']]
            return Polygon(rings[0], rings[1:])
        return shape({'type': t, 'coordinates': g['coordinates']})

    return geometry


def main():
    method, parcels_path, folder = sys.argv[1:4]
    log(f'Python {sys.version.split()[0]}, Shapely {shapely.__version__}, NumPy {np.__version__}')
    t0 = time.perf_counter()
    parcels_raw = load(parcels_path)
    layers = {role: load(os.path.join(folder, f'{role}.geojson')) for role in ('transport', 'industrial_zone', 'facility', 'hazard')}
    t_json = time.perf_counter() - t0
    lat0 = float(np.mean([p['geometry']['coordinates'][0][0][1] for p in parcels_raw[:1000]]))
    geometry = frame(lat0)
    t1 = time.perf_counter()
    parcels = [geometry(p['geometry']) for p in parcels_raw]
    del parcels_raw

    def pick(role, keep):
        return [geometry(f['geometry']) for f in layers[role] if keep(f['properties'] or {})]

    sources = {
        'industrial_zone': pick('industrial_zone', lambda p: True),
        'main_road': pick('transport', lambda p: p.get('class') in MAIN_ROADS),
        'transit': pick('transport', lambda p: p.get('class') in TRANSIT),
        'health': pick('facility', lambda p: p.get('kind') in HEALTH),
        'market': pick('facility', lambda p: p.get('kind') == 'market'),
    }
    kindergartens = pick('facility', lambda p: p.get('kind') == 'kindergarten')
    floods = pick('hazard', lambda p: p.get('kind') == 'flood')
    t_build = time.perf_counter() - t1
    n = len(parcels)
    stages = {'json': t_json, 'geometries': t_build}
    values = {}

    if method == 'geopandas':
        import geopandas as gpd
        log(f'GeoPandas {gpd.__version__}')
        t = time.perf_counter()
        left = gpd.GeoDataFrame(geometry=parcels)
        try:
            for key, geoms in sources.items():
                joined = gpd.sjoin_nearest(left, gpd.GeoDataFrame(geometry=geoms), distance_col='d')
                values[key] = joined.groupby(level=0)['d'].first().to_numpy()
        except NotImplementedError as error:
            log(f'GeoPandas {gpd.__version__} + Shapely {shapely.__version__}: sjoin_nearest not available: {error}')
            sys.exit(3)
        buffered = gpd.GeoDataFrame(geometry=left.buffer(300))
        hits = gpd.sjoin(buffered, gpd.GeoDataFrame(geometry=kindergartens), predicate='intersects')
        values['kindergartens'] = hits.groupby(level=0).size().reindex(range(n), fill_value=0).to_numpy()
        flood = gpd.overlay(left.reset_index(), gpd.GeoDataFrame(geometry=floods), how='intersection')
        share = flood.groupby('index').area.sum().reindex(range(n), fill_value=0).to_numpy() / left.area.to_numpy()
        values['flood_share'] = share
        stages['measure'] = time.perf_counter() - t
    else:
        t = time.perf_counter()
        for key, geoms in sources.items():
            tree = STRtree(geoms)
            out = np.empty(n)
            for i, p in enumerate(parcels):
                out[i] = p.distance(tree.nearest(p))
            values[key] = out
            stages[key] = time.perf_counter() - t
        tree = STRtree(kindergartens)
        counts = np.zeros(n, dtype=int)
        for i, p in enumerate(parcels):
            near = p.buffer(300, 4).envelope
            counts[i] = sum(1 for k in tree.query(near) if p.distance(k) <= 300)
        values['kindergartens'] = counts
        tree = STRtree(floods)
        share = np.zeros(n)
        for i, p in enumerate(parcels):
            hits = tree.query(p)
            if hits:
                share[i] = sum(p.intersection(f).area for f in hits if p.intersects(f)) / p.area
        values['flood_share'] = share
        stages['measure'] = time.perf_counter() - t
    total = time.perf_counter() - t0
    checksum = {k: float(np.nansum(v)) for k, v in values.items()}
    log(json.dumps({'stages_s': {k: round(v, 2) for k, v in stages.items()}, 'checksum': checksum}))
    log(f'{method}: {n} parcels, {len(values)} measures: read {t_json:.1f} s, geometries {t_build:.1f} s, measure {stages["measure"]:.1f} s, total {total:.1f} s')


if __name__ == '__main__':
    main()
