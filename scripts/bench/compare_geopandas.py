#!/usr/bin/env python3
"""The spatial measures of the worker_housing preset computed with GeoPandas and with a tuned Shapely 2 script, for
the cadastre benchmark (scripts/bench/cadastre.bench.ts with BENCH_PYTHON=1; docs/performance/cadastre.md):

    python compare_geopandas.py geopandas|strtree <parcels .fgb|.geojson|.parquet> <folder with the layers> [values.parquet]
    python compare_geopandas.py check <values.parquet> <the CLI's `noxh score --explain --out x.parquet`>

Run with the Python of scripts/bench/setup-python.sh (.venv-bench: GeoPandas ≥ 1, Shapely ≥ 2, pyarrow, pyogrio).
Same synthetic files as the CLI run (writeSyntheticFiles.ts). Per parcel, the 7 measures of the preset that these
layers feed: the distance from the parcel to the nearest industrial zone, main road, transit stop, health facility and
market (0 when it touches or lies inside), the kindergartens within 300 m, and the share of the parcel under the
union of the flood polygons. The other 5 criteria (area, attributes, layers the synthetic province lacks) are left out.

Both read the parcels the way a GIS engineer would (GDAL through pyogrio with Arrow; GeoParquet through pyarrow) and
project everything to a local transverse Mercator on the WGS84 ellipsoid centred on the parcels (k = 1: the scale
error is x²/2R², under 1e-4 within 80 km of the centre), then:
- geopandas: `sjoin_nearest(distance_col=…)` per source, `sjoin(predicate='dwithin', distance=300)` for the count,
  `dissolve` + `overlay(how='intersection')` for the flood share;
- strtree: the tuned Shapely 2 script: one STRtree per source, vectorised `query_nearest(return_distance=True)`,
  `query(predicate='dwithin', distance=300)` + `bincount`, the flood union's parts in a tree, `query(predicate=
  'intersects')` + vectorised `intersection` areas + `bincount`.

The last stderr line is the summary (read, project, measure, total seconds). With a values file, the per-parcel values
are written there (Parquet, with the frame's origin in its metadata) for `check`, which compares them with the CLI's
`criteria.*.raw` (rounded to 1 mm there): the largest relative difference of the distances (≥ 10 m), before and after
dividing by the transverse Mercator's point scale factor at each parcel, the parcels whose count differs and the
largest difference of the flood share.
"""
import json
import os
import sys
import time

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import shapely
from shapely import STRtree

MAIN_ROADS = ['expressway', 'national', 'provincial', 'urban_main']
TRANSIT = ['station', 'bus_stop']
HEALTH = ['health_station', 'hospital']
DISTANCES = ['industrial_zone', 'main_road', 'transit_stop', 'health', 'market']


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def read(gpd, path):
    if path.endswith('.parquet'):
        return gpd.read_parquet(path)
    return gpd.read_file(path, engine='pyogrio', use_arrow=True)


def local_tm(lon0, lat0):
    return f'+proj=tmerc +lat_0={lat0} +lon_0={lon0} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs'


def measure(method, parcels_path, folder, values_path):
    import geopandas as gpd
    import pandas as pd
    import pyogrio
    log(f'Python {sys.version.split()[0]}, GeoPandas {gpd.__version__}, Shapely {shapely.__version__} (GEOS {shapely.geos_version_string}), '
        f'pyogrio {pyogrio.__version__} (GDAL {pyogrio.__gdal_version_string__}), pyarrow {pa.__version__}, pandas {pd.__version__}, NumPy {np.__version__}')
    t0 = time.perf_counter()
    parcels = read(gpd, parcels_path)
    layers = {role: read(gpd, os.path.join(folder, f'{role}.geojson')) for role in ('transport', 'industrial_zone', 'facility', 'hazard')}
    t_read = time.perf_counter() - t0

    t = time.perf_counter()
    x0, y0, x1, y1 = parcels.total_bounds
    lon0, lat0 = (x0 + x1) / 2, (y0 + y1) / 2
    crs = local_tm(lon0, lat0)
    parcels = parcels.to_crs(crs)
    layers = {role: layer.to_crs(crs) for role, layer in layers.items()}
    transport, facility = layers['transport'], layers['facility']
    sources = {
        'industrial_zone': layers['industrial_zone'],
        'main_road': transport[transport['class'].isin(MAIN_ROADS)],
        'transit_stop': transport[transport['class'].isin(TRANSIT)],
        'health': facility[facility['kind'].isin(HEALTH)],
        'market': facility[facility['kind'] == 'market'],
    }
    kindergartens = facility[facility['kind'] == 'kindergarten']
    floods = layers['hazard'][layers['hazard']['kind'] == 'flood']
    t_project = time.perf_counter() - t
    n = len(parcels)
    values = {}
    stages = {}

    t = time.perf_counter()
    if method == 'geopandas':
        left = parcels[['geometry']].reset_index(drop=True)
        for key, src in sources.items():
            ts = time.perf_counter()
            joined = gpd.sjoin_nearest(left, src[['geometry']], distance_col='d')
            # Ties (two sources at the same distance) give a parcel two rows: its distance is the same in both.
            values[key] = joined['d'].groupby(level=0).first().reindex(range(n)).to_numpy()
            stages[key] = time.perf_counter() - ts
        ts = time.perf_counter()
        hits = gpd.sjoin(left, kindergartens[['geometry']], predicate='dwithin', distance=300)
        values['kindergartens'] = hits.groupby(level=0).size().reindex(range(n), fill_value=0).to_numpy()
        stages['kindergartens'] = time.perf_counter() - ts
        ts = time.perf_counter()
        flood = gpd.overlay(left.assign(pid=np.arange(n)), floods[['geometry']].dissolve(), how='intersection')
        values['flood_share'] = flood.area.groupby(flood['pid']).sum().reindex(range(n), fill_value=0).to_numpy() / left.area.to_numpy()
        stages['flood_share'] = time.perf_counter() - ts
    else:
        geoms = np.asarray(parcels.geometry.array)
        for key, src in sources.items():
            ts = time.perf_counter()
            tree = STRtree(np.asarray(src.geometry.array))
            (ids, _), dist = tree.query_nearest(geoms, return_distance=True, all_matches=False)
            out = np.full(n, np.inf)
            out[ids] = dist
            values[key] = out
            stages[key] = time.perf_counter() - ts
        ts = time.perf_counter()
        ids, _ = STRtree(np.asarray(kindergartens.geometry.array)).query(geoms, predicate='dwithin', distance=300)
        values['kindergartens'] = np.bincount(ids, minlength=n)
        stages['kindergartens'] = time.perf_counter() - ts
        ts = time.perf_counter()
        parts = shapely.get_parts(shapely.union_all(np.asarray(floods.geometry.array)))
        ids, pj = STRtree(parts).query(geoms, predicate='intersects')
        covered = shapely.area(shapely.intersection(geoms[ids], parts[pj]))
        values['flood_share'] = np.bincount(ids, weights=covered, minlength=n) / shapely.area(geoms)
        stages['flood_share'] = time.perf_counter() - ts
    t_measure = time.perf_counter() - t
    total = time.perf_counter() - t0
    checksum = {k: float(np.nansum(v)) for k, v in values.items()}
    log(json.dumps({'stages_s': {k: round(v, 2) for k, v in stages.items()}, 'checksum': checksum}))
    if values_path:
        table = pa.table({'id': parcels['id'].astype(str).to_numpy(), **{k: np.asarray(v, dtype=float) for k, v in values.items()}})
        pq.write_table(table.replace_schema_metadata({'frame': json.dumps({'crs': crs, 'lon0': lon0, 'lat0': lat0})}), values_path)
    log(f'{method}: {n} parcels, {len(values)} measures: read {t_read:.1f} s, project {t_project:.1f} s, measure {t_measure:.1f} s, total {total:.1f} s')


def check(values_path, cli_path):
    """The Python values against the CLI's --explain output, parcel by parcel (joined on id)."""
    from pyproj import Proj
    ours = pq.read_table(values_path)
    frame = json.loads(ours.schema.metadata[b'frame'])
    cli = pq.read_table(cli_path, columns=['id', 'criteria', 'bbox'])
    ids = cli['id'].to_pylist()
    position = {pid: i for i, pid in enumerate(ours['id'].to_pylist())}
    rows = np.array([position[pid] for pid in ids])
    # JSON text per parcel (files written before the JSON-column fix held it encoded twice: decode until an object).
    criteria = []
    for text in cli['criteria'].to_pylist():
        c = json.loads(text)
        criteria.append(json.loads(c) if isinstance(c, str) else c)
    box = cli['bbox'].combine_chunks()
    lon = (box.field('xmin').to_numpy() + box.field('xmax').to_numpy()) / 2
    lat = (box.field('ymin').to_numpy() + box.field('ymax').to_numpy()) / 2
    # The transverse Mercator's point scale at each parcel: its distances are the ellipsoid's times k.
    k = np.asarray(Proj(frame['crs']).get_factors(lon, lat).meridional_scale)
    report = {'parcels': len(ids)}
    for key in DISTANCES:
        theirs = np.array([c[key]['raw'] if c[key]['raw'] is not None else np.inf for c in criteria], dtype=float)
        mine = ours[key].to_numpy()[rows]
        # Relative differences from 10 m up (the CLI's values are rounded to 1 mm), absolute ones below.
        far = theirs >= 10
        rel = np.abs(mine[far] - theirs[far]) / theirs[far]
        rel_k = np.abs(mine[far] / k[far] - theirs[far]) / theirs[far]
        near = ~far
        report[key] = {
            'max_rel': float(rel.max(initial=0)),
            'max_rel_scale_corrected': float(rel_k.max(initial=0)),
            'median_rel_scale_corrected': float(np.median(rel_k)) if rel_k.size else 0,
            'max_abs_m': float(np.abs(mine - theirs)[np.isfinite(theirs)].max(initial=0)),
            'under_10m_max_abs_m': float(np.abs(mine[near] - theirs[near]).max(initial=0)),
            'zero': int((theirs == 0).sum()),
        }
    theirs = np.array([c['kindergartens']['raw'] for c in criteria], dtype=float)
    mine = ours['kindergartens'].to_numpy()[rows]
    report['kindergartens'] = {'differ': int((mine != theirs).sum()), 'nonzero': int((theirs > 0).sum())}
    theirs = np.array([c['flood_share']['raw'] for c in criteria], dtype=float)
    mine = ours['flood_share'].to_numpy()[rows]
    report['flood_share'] = {'max_abs': float(np.abs(mine - theirs).max(initial=0)), 'nonzero': int((theirs > 0).sum())}
    report['tm_scale_k'] = [float(k.min()), float(k.max())]
    print(json.dumps(report))


if __name__ == '__main__':
    if sys.argv[1] == 'check':
        check(sys.argv[2], sys.argv[3])
    else:
        measure(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
