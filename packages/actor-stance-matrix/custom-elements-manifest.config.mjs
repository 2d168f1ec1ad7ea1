// `cem analyze` reads this: the settings every element package shares (tooling/cem.mjs).
export { default } from '../../tooling/cem.mjs';
