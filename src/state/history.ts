// Undo/redo over named commands. Pure: every function returns a new history.
import type { LocalText } from '../domain/model/layerRoles.ts';
import { applyCommand, describeCommand, inverseOf, type Command, type Workspace } from './commands.ts';

export interface HistoryEntry {
  command: Command;
  inverse: Command;
  note: LocalText;
}

export interface History {
  workspace: Workspace;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export function startHistory(workspace: Workspace): History {
  return { workspace, past: [], future: [] };
}

export function execute(history: History, command: Command): History {
  const entry: HistoryEntry = {
    command,
    inverse: inverseOf(history.workspace, command),
    note: describeCommand(history.workspace, command),
  };
  return { workspace: applyCommand(history.workspace, command), past: [...history.past, entry], future: [] };
}

export function undo(history: History): History {
  const entry = history.past.at(-1);
  if (!entry) return history;
  return {
    workspace: applyCommand(history.workspace, entry.inverse),
    past: history.past.slice(0, -1),
    future: [entry, ...history.future],
  };
}

export function redo(history: History): History {
  const [entry, ...rest] = history.future;
  if (!entry) return history;
  return { workspace: applyCommand(history.workspace, entry.command), past: [...history.past, entry], future: rest };
}
