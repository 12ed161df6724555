// Edit the shape of the selected candidate parcel on the map and see its score, rank among the other
// parcels and explanation change at once; "Lưu" keeps it as one undoable named command
// (editParcelShape), after which the whole run re-measures because the layer data changed;
// "Hủy" leaves the parcel as it was. A self-crossing boundary is shown and cannot be saved.
import { useEffect, useMemo, useState } from 'react';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { LocalText } from '../../domain/model/layerRoles.ts';
import type { ParcelExplanation } from '../../domain/scoring/explainParcel.ts';
import type { Scenario } from '../../domain/scoring/scenario.ts';
import type { ScoresReply } from '../../workers/scoringLib.ts';
import { geodesicAreaM2 } from '../../domain/geo/geodesicAreaM2.ts';
import { formatAreaM2, formatNumber } from '../../i18n/format.ts';
import { withEditedShape } from '../../state/editParcelShape.ts';
import { useMapController } from '../mapControllerContext.ts';
import { useLanguage, useStore, useText } from '../useAppState.ts';
import { editablePolygonOf, problemWithEditedShape, rankAmongOthers, sameShape } from './checkEditableShape.ts';
import type { ParcelRef, ScoringInput } from './collectScoringInput.ts';
import { ExclusionNote, ExplanationTable } from './ExplanationView.tsx';
import { formatScore } from './formatScoring.ts';
import { useServices } from '../appServices.ts';
import { useShapeEditor } from './useShapeEditor.ts';

interface Editing {
  index: number;
  ref: ParcelRef;
  parcelId: string;
  feature: Feature;
  original: Polygon;
  /** The layer's features when editing began: if they change underneath (undo), editing stops. */
  layerData: FeatureCollection;
}

export function EditSite(props: { input: ScoringInput; scored: { reply: ScoresReply; scenario: Scenario }; selectedIndex: number }) {
  const { input, scored, selectedIndex } = props;
  const language = useLanguage();
  const T = useText().editSite;
  const L = (x: LocalText) => x[language];
  const store = useStore();
  const controller = useMapController();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [shape, setShape] = useState<Polygon | null>(null);
  const [result, setResult] = useState<{ shape: Polygon; value: ParcelExplanation | LocalText } | null>(null);
  /** Why editing ended by itself (the shape could not be put on the map), for the parcel it was. */
  const [message, setMessage] = useState<{ text: LocalText; index: number } | null>(null);

  const end = (text: LocalText | null) => {
    setEditing(null);
    setShape(null);
    setResult(null);
    setMessage(text ? { text, index: selectedIndex } : null);
  };
  // Undo/redo or an import changed the layer under the edit: the edit no longer applies and stops.
  const layerNow = editing ? input.candidateLayers.find((l) => l.id === editing.ref.layerId)?.data : undefined;
  const active = editing && layerNow === editing.layerData && editing.index === selectedIndex ? editing : null;
  const stale = !!editing && !active && editing.index === selectedIndex;
  const editor = useShapeEditor(controller, active?.original ?? null, setShape, (reason) => end(reason));

  // Another parcel was selected (a ranking row): the edit in progress is cancelled, nothing is saved.
  // (Deselecting or leaving the tab unmounts this tool, which stops the editor the same way.)
  if (editing && editing.index !== selectedIndex) {
    setEditing(null);
    setShape(null);
    setResult(null);
  }

  // Score every edited shape (queued requests of this lane are superseded by newer ones).
  const { scoreDrawnParcel } = useServices().scoring;
  useEffect(() => {
    // A self-crossing ring has no meaningful area or score: it is only reported.
    if (!active || !shape || problemWithEditedShape(shape)) return;
    let live = true;
    // The edited parcel alone against the current run (the others are not re-measured).
    void scoreDrawnParcel(scored.scenario, withEditedShape(active.feature, shape), 'edit-shape').then((value) => {
      if (live && value) setResult({ shape, value: 'vi' in value ? value : value.explanation });
    });
    return () => {
      live = false;
    };
  }, [active, shape, scored.scenario, scoreDrawnParcel]);

  const parcel = input.parcels[selectedIndex];
  const editable = useMemo(() => editablePolygonOf(parcel?.geometry), [parcel]);

  const start = () => {
    if (!parcel || 'vi' in editable) return;
    const ref = input.refs[selectedIndex];
    const data = input.candidateLayers.find((l) => l.id === ref.layerId)?.data;
    if (!data) return;
    setMessage(null);
    setResult(null);
    setShape(editable);
    setEditing({ index: selectedIndex, ref, parcelId: input.info[selectedIndex].id, feature: parcel, original: editable, layerData: data });
  };

  const current = active ? (shape ?? active.original) : null;
  const problem = current ? problemWithEditedShape(current) : null;
  const changed = !!(active && current && !sameShape(current, active.original));

  const save = () => {
    const edit = active;
    if (!edit || !current || problem || !changed) return;
    const { history, layerData } = store.getState();
    const layer = history.workspace.project.layers.find((l) => l.id === edit.ref.layerId);
    const loaded = layerData[edit.ref.layerId];
    // Stop terra-draw before the new data restyles the map.
    // The panel re-measures (and remounts this tool) once the command changes the layer data.
    editor.stop();
    end(null);
    if (!layer) return;
    store.run({
      type: 'editParcelShape',
      layerId: edit.ref.layerId,
      featureIndex: edit.ref.featureIndex,
      geometry: current,
      parcelId: edit.parcelId,
      ...(layer.source.kind === 'inline' || loaded?.status !== 'ready' ? {} : { loadedData: loaded.data }),
    });
  };

  const cancel = () => {
    editor.stop();
    end(null);
  };

  if (!active) {
    const note = stale ? T.dataChanged : message?.index === selectedIndex ? L(message.text) : null;
    return (
      <div className="sc-buttons" data-testid="edit-site">
        <button type="button" className="sc-button" onClick={start} disabled={!controller || 'vi' in editable} data-testid="edit-shape">
          ✎ {T.editShape}
        </button>
        {'vi' in editable && <span className="muted sc-small">{L(editable)}</span>}
        {!controller && <span className="muted sc-small">{T.mapNotReady}</span>}
        {note && (
          <span className="sc-error" role="alert" data-testid="edit-message">
            {note}
          </span>
        )}
      </div>
    );
  }

  const originalScore = scored.reply.scores[active.index];
  const shown = result && current && result.shape === current ? result.value : null;
  const explanation = shown && 'criteria' in shown && !problem ? shown : null;
  const rank = explanation ? rankAmongOthers(scored.reply.scores, active.index, explanation.score ?? NaN) : null;
  return (
    <section className="sc-card" data-testid="edit-site">
      <h3>
        {T.editing} {active.parcelId}
      </h3>
      <p className="muted sc-small">{T.help}</p>
      <div className="sc-score-line" data-testid="edit-result">
        <span>
          {T.area}: <strong data-testid="edit-area">{current && !problem ? formatAreaM2(geodesicAreaM2(current), language) : '—'}</strong>{' '}
          <span className="muted">
            ({T.before}: {formatAreaM2(geodesicAreaM2(active.original), language)})
          </span>
        </span>
        <span>
          {T.score}: <strong data-testid="edit-score">{problem ? '—' : explanation ? formatScore(explanation.score, language) : '…'}</strong>{' '}
          <span className="muted">
            ({T.before}: {formatScore(originalScore, language)})
          </span>
        </span>
        <span>
          {T.rank}: <strong data-testid="edit-rank">{rank?.rank ?? '—'}</strong> {rank && `${T.among} ${formatNumber(rank.outOf, language)}`}
        </span>
      </div>
      {problem && (
        <p className="sc-error" role="alert" data-testid="edit-invalid">
          {L(problem)}
        </p>
      )}
      {!problem && !changed && <p className="muted sc-small">{T.unchanged}</p>}
      {shown && 'vi' in shown && <p className="sc-error">{L(shown)}</p>}
      <div className="sc-buttons">
        <button type="button" className="sc-button primary" onClick={save} disabled={!!problem || !changed} data-testid="edit-save">
          {T.save}
        </button>
        <button type="button" className="sc-button" onClick={cancel} data-testid="edit-cancel">
          {T.cancel}
        </button>
      </div>
      {explanation && (
        <>
          <ExclusionNote explanation={explanation} />
          <ExplanationTable explanation={explanation} />
        </>
      )}
    </section>
  );
}
