// Plain-JS entry for the measuring worker threads: registers tsx in the thread, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./_measureThread.ts');
