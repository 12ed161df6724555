// The registry of import formats: importFiles asks each driver, in this order, which files it reads.
// A new format: one file in drivers/ implementing ImportDriver, and one line here.
import { csvDriver } from './drivers/csvDriver.ts';
import { flatGeobufDriver } from './drivers/flatGeobufDriver.ts';
import { geoParquetDriver } from './drivers/geoParquetDriver.ts';
import { geoJsonDriver } from './drivers/geoJsonDriver.ts';
import type { ImportDriver } from './drivers/importDriver.ts';
import { kmlDriver, kmzDriver } from './drivers/kmlDriver.ts';
import { shapefileDriver } from './drivers/shapefileDriver.ts';

export const IMPORT_DRIVERS: readonly ImportDriver[] = [shapefileDriver, geoJsonDriver, kmlDriver, kmzDriver, csvDriver, flatGeobufDriver, geoParquetDriver];
