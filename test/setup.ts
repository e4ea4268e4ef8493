import { afterEach } from 'vitest';
import { closeTestApps } from './helpers.js';

// A setup file runs for every test file, even when modules (helpers.ts among them) are shared between files.
afterEach(closeTestApps);
