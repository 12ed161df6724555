// Per-layer buttons in the layer list: export (GeoJSON / CSV / Shapefile in WGS84 or VN-2000 / FlatGeobuf) and remove (undoable).
import { useState } from 'react';
import type { ProjectLayer } from '../../domain/model/projectDocument.ts';
import { isUserError } from '../../domain/model/userError.ts';
import { useLanguage, useStore, useText } from '../useAppState.ts';
import { buildLayerExport, type ExportFormat } from './buildLayerExport.ts';
import { DEFAULT_EXPORT_CRS_ID, listCrsChoices } from './crsChoices.ts';
import { downloadFile } from '../downloadFile.ts';
import { renderMessage } from '../../i18n/renderMessage.ts';
import { msg, type Message } from '../../i18n/message.ts';
import { scoreLayerCollection } from '../scoring/scoreLayerCollection.ts';
import { SCORE_RESULT_PROPERTIES } from '../../domain/scoring/buildScoreResultFeatures.ts';
import './import.css';

const CRS_CHOICES = listCrsChoices();

export function LayerActions({ layer }: { layer: ProjectLayer }) {
  const store = useStore();
  const language = useLanguage();
  const t = useText();
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('geojson');
  const [crsId, setCrsId] = useState(DEFAULT_EXPORT_CRS_ID);
  const [error, setError] = useState<string | null>(null);
  // What the last download changed (Shapefile limits): the popover stays open to show it.
  const [exportNotes, setExportNotes] = useState<Message[]>([]);
  const title = layer.title[language];

  const download = () => {
    const state = store.getState();
    const data = state.layerData[layer.id];
    // A derived layer (the score layer) is exported from the result it is rebuilt from.
    const derived = state.derivedLayers[layer.id];
    // A cadastre (or its scores) is millions of parcels: the CLI writes those, the browser does not.
    const packedOf = (id: string) => {
      const loaded = state.layerData[id];
      return loaded?.status === 'packed' ? loaded : null;
    };
    const cadastre = packedOf(layer.id) ?? (derived?.packedLayer ? packedOf(derived.packedLayer.id) : null);
    if (cadastre) {
      setError(renderMessage(language, msg('cadastre.export-with-cli', { file: cadastre.file.name })));
      return;
    }
    const features = derived ? scoreLayerCollection(derived, language) : data?.status === 'ready' ? data.data : null;
    if (!features) {
      setError(t.import.exportNoData);
      return;
    }
    try {
      const file = buildLayerExport({ data: features, ...(derived ? { properties: SCORE_RESULT_PROPERTIES } : {}), role: layer.role, title: layer.title.vi, format, language, crsId });
      downloadFile(file.fileName, file.bytes, file.mimeType);
      setError(null);
      setExportNotes(file.notes);
      if (!file.notes.length) setOpen(false);
    } catch (e) {
      setExportNotes([]);
      setError(isUserError(e) ? renderMessage(language, e.userMessage) : String(e));
    }
  };

  return (
    <span className="layer-actions">
      <button
        type="button"
        className="icon-button"
        title={t.import.export}
        aria-label={`${t.import.export}: ${title}`}
        aria-expanded={open}
        data-testid={`export-${layer.id}`}
        onClick={() => setOpen(!open)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button"
        title={`${t.import.removeLayer} (${t.import.removeHint})`}
        aria-label={`${t.import.removeLayer}: ${title}`}
        data-testid={`remove-${layer.id}`}
        onClick={() => store.run({ type: 'removeLayer', layerId: layer.id })}
      >
        ✕
      </button>
      {open && (
        <div className="export-popover" role="dialog" aria-label={`${t.import.export}: ${title}`} data-testid={`export-form-${layer.id}`}>
          <fieldset>
            <legend>{t.import.exportFormat}</legend>
            {(Object.keys(t.exportFormat) as ExportFormat[]).map((f) => (
              <label key={f} className="checkbox">
                <input type="radio" name={`export-format-${layer.id}`} value={f} checked={format === f} onChange={() => setFormat(f)} data-testid={`export-format-${f}`} />
                {t.exportFormat[f]}
              </label>
            ))}
          </fieldset>
          {format === 'shapefile' && (
            <label className="field">
              <span>{t.import.exportCrs}</span>
              <select value={crsId} onChange={(e) => setCrsId(e.target.value)} data-testid="export-crs">
                {(['vn2000-tm3', 'vn2000-utm', 'wgs84'] as const).map((g) => (
                  <optgroup key={g} label={t.import.crsGroups[g]}>
                    {CRS_CHOICES.filter((c) => c.group === g).map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.label[language]}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </label>
          )}
          {exportNotes.length > 0 && (
            <ul className="layer-export-notes" role="status" data-testid="export-notes">
              {exportNotes.map((note, i) => (
                <li key={i}>{renderMessage(language, note)}</li>
              ))}
            </ul>
          )}
          {error && (
            <p className="layer-error" role="alert">
              {error}
            </p>
          )}
          <div className="import-actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t.import.close}
            </button>
            <button type="button" className="primary" onClick={download} data-testid="export-download">
              {t.import.download}
            </button>
          </div>
        </div>
      )}
    </span>
  );
}
