/// <reference types="node" />
// Vite builds the window's page into ui/dist, which the Tauri shell embeds
// (frontendDist = ../ui/dist). Relative asset paths (`base: './'`) keep the
// page loadable from Tauri's custom protocol. The UI strings are the same
// locales/<lang>/app.ftl files Rust compiles in, imported with `?raw`; they
// live at the repository root, outside ui/, hence `server.fs.allow`.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  base: './',
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    fs: { allow: [repoRoot] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: ['es2022', 'safari16', 'chrome105'],
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
