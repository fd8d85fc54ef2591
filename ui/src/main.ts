// Entry point: mounts the window. Everything else starts in App.svelte.
// First: the system language as every later module reads it.
import './lib/system-language';
import { mark } from './lib/startup-marks';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mark('script');
const app = mount(App, { target });
mark('mounted');
export default app;
