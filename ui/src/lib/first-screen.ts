// The first screen's questions, asked as the page's script starts: the
// workspace (its agents, "me", the language) and the first page of the
// whole open queue (which names no agent, so it needs neither). Mounting the
// window and its first IPC calls (event listeners, presence) took 40–60 ms
// before the window asked them; now the shell answers them meanwhile
// (docs/benchmarks.md, issue 20). `desk.load` and `queue.setView(ALL_OPEN)`
// then take these answers.
import { ALL_OPEN, toFilter } from './filter';
import { askEarly } from './ipc';
import { mark } from './startup-marks';

export function askFirstScreen(): void {
  mark('first-screen-asked');
  askEarly('workspace');
  askEarly('queue', { filter: toFilter(ALL_OPEN, null, 0) });
}
