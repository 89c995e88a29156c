// vitest globalSetup for the browser tests: build, serve, hand the URL to the tests.
import type { TestProject } from 'vitest/node';
import { buildAndServe } from './app-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await buildAndServe();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
