// A drop target for files: the map area (<App/> renders the map inside it). While files are dragged over it,
// it shows "drop here"; dropped files go to `onFiles` (the app's import bus). Other drags (text, map panning)
// pass through untouched.
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useText } from '../useAppState.ts';
import './import.css';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function FileDropArea({ className, onFiles, children }: { className: string; onFiles: (files: File[]) => void; children: ReactNode }) {
  const t = useText();
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child crossed: the overlay goes when the count is back to 0.
  const depth = useRef(0);
  return (
    <div
      className={className}
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current++;
        setDragging(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current = 0;
        setDragging(false);
        onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      {children}
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <span>{t.import.dropHere}</span>
        </div>
      )}
    </div>
  );
}
