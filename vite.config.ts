/// <reference types="vitest/config" />
// The app's build, the live data rebuild for `npm run dev`, and the test projects.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { liveStoryData } from './geo/dev/live-data.ts';
import { correctionsEndpoint } from './geo/dev/corrections-endpoint.ts';
import { storyFromEnv } from './geo/dev/story-env.ts';
import { dropSwapLeftovers } from './geo/dev/drop-leftovers.ts';
import { securityHeaders } from './geo/hosting/plugin.ts';
import { openGraphImage } from './geo/hosting/og-plugin.ts';
import { framesParentScript } from './geo/hosting/frames.ts';
import { framesScript } from './src/share/share.ts';

// The story `npm run dev -- --articles DIR` built (geo/cli/app.ts), else undefined: data/'s.
const story = storyFromEnv(process.env);

export default defineConfig({
  plugins: [
    svelte(),
    liveStoryData({ build: story }),
    // The review mode's one write: the story's corrections file (data/corrections.json), in `npm run dev` only.
    // …and its read-only search of the story's gazetteer by name.
    correctionsEndpoint({
      file: story?.correctionsFile,
      gazetteerDir: story?.gazetteerDir,
      storyGazetteerDir: story?.storyGazetteerDir,
    }),
    dropSwapLeftovers(),
    securityHeaders(),
    // DATELINE_SITE_URL: the site's address, so the preview image's URL is absolute (crawlers want it).
    openGraphImage({ siteUrl: process.env.DATELINE_SITE_URL }),
    framesParentScript(framesScript),
  ],
  server: { watch: { ignored: ['**/public/data/**', '**/tests/artifacts/**'] } },
  build: {
    chunkSizeWarningLimit: 1100,
    // MapLibre in a chunk of its own: cached across app releases, and the bench can weigh the app alone.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } },
    },
  },
  test: {
    // Two workers on a 2-core machine (vitest's default is one fewer than the cores): while one
    // file waits on Chromium or a child process, the other runs.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Some unit tests start real processes or build the whole gazetteer: slow on a busy 2-core machine.
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // Each file in a worker thread rather than a process of its own: no Node start-up per file.
          pool: 'threads',
          // The CLIs bundled once for the tests that start them (the browser setup reuses them), and
          // the gazetteer built once into its disk cache.
          globalSetup: ['tests/cli-bundles.ts', 'tests/gazetteer-cache.ts'],
          exclude: ['tests/browser/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: ['tests/browser/stories.test.ts'],
          environment: 'node',
          // One build and one server for the whole run (globalSetup runs once); the files only read
          // it, each in a Chromium of its own, so two run at a time.
          globalSetup: ['tests/browser/serve.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        // The development stories' maps (npm run test:stories, run by .ci/run beside the story table).
        test: {
          name: 'stories',
          include: ['tests/browser/stories.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/serve.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
