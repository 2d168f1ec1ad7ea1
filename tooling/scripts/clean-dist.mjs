#!/usr/bin/env node
// Empties the package's dist/ before a build, so a module that was renamed or removed is not
// published from an old build (tsc writes files; it never deletes them).
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
