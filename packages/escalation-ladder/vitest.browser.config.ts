import { defineProject } from 'vitest/config';
import { browserProject } from '../../tooling/vitest.shared.js';

export default defineProject(browserProject('escalation-ladder'));
