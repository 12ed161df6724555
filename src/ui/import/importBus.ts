// The "Nhập dữ liệu" button (Data tab) and the map drop zone both hand files to the one import host.
type ImportHandler = (files: File[]) => void;

let handler: ImportHandler | null = null;

/** Registers the host's handler; returns the unregister function. */
export function setImportHandler(next: ImportHandler): () => void {
  handler = next;
  return () => {
    if (handler === next) handler = null;
  };
}

export function requestImport(files: File[]): void {
  if (files.length) handler?.(files);
}
