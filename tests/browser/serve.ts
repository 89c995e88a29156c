// vitest globalSetup for the browser tests: build, serve, hand the URL to the tests, and launch one
// Chromium per worker for the files to connect to (chromium.ts `launch`).
import type { TestProject } from 'vitest/node';
import { buildAndServe } from './app-server.ts';
import { launchShared } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const [server, closeChromiums] = await Promise.all([buildAndServe(), launchShared(project.config.maxWorkers)]);
  project.provide('baseUrl', server.url);
  return async () => {
    await closeChromiums();
    await server.close();
  };
}
