#!/usr/bin/env node
// `npx bilat …` in a fresh clone after `npm ci`, with no build step: tsx compiles the TypeScript
// sources on the fly, then the CLI entry runs.
import { register } from 'tsx/esm/api';

register();
await import('../src/main/cli.ts');
