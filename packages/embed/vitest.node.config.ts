import { defineProject } from 'vitest/config';
import { nodeProject } from '../../tooling/vitest.shared.js';

export default defineProject(nodeProject('embed'));
