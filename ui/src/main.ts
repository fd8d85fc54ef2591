// Entry point: asks for the workspace and mounts the window; everything else
// starts in App.svelte.
// First: the system language as every later module reads it.
import './lib/system-language';
import { mark } from './lib/startup-marks';
import { mount } from 'svelte';
import App from './App.svelte';
import { reloadAll } from './lib/sync';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mark('script');
// The workspace and the first queue page are asked before the window is
// built: the desk answers while the page mounts, so the window is laid out
// with them as soon as the mount ends (issue 20).
void reloadAll();
const app = mount(App, { target });
mark('mounted');
export default app;
