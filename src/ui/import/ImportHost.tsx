// The import host: takes the files the app's import bus hands it (the Data tab's button, the map's drop area
// in <App/>) and shows the import dialog and its closing toast. Mounted once next to <App/>.
import { useEffect } from 'react';
import { useServices } from '../appServices.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { ImportToast } from './ImportToast.tsx';
import { useImportRun } from './useImportRun.ts';
import './import.css';

export function ImportHost() {
  const { importBus } = useServices();
  const run = useImportRun();
  const { start } = run;
  useEffect(() => importBus.setHandler((files) => void start(files)), [importBus, start]);
  return (
    <>
      {run.dialog && <ImportDialog run={{ ...run, dialog: run.dialog }} />}
      {run.toast && <ImportToast toast={run.toast} onClose={run.dismissToast} />}
    </>
  );
}
