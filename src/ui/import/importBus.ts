// The "Nhập dữ liệu" button (Data tab) and the map drop zone both hand files to the one import host.
// One bus per app (an app service, see appServices.ts), so two apps never hand files to each other's host.
type ImportHandler = (files: File[]) => void;

export interface ImportBus {
  /** Registers the host's handler; returns the unregister function. */
  setHandler(next: ImportHandler): () => void;
  /** Hands files to the import host (nothing happens when no host is mounted or the list is empty). */
  requestImport(files: File[]): void;
}

export function createImportBus(): ImportBus {
  let handler: ImportHandler | null = null;
  return {
    setHandler(next) {
      handler = next;
      return () => {
        if (handler === next) handler = null;
      };
    },
    requestImport(files) {
      if (files.length) handler?.(files);
    },
  };
}
