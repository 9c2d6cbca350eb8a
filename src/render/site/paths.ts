/** Where the site templates and assets live: `templates/` at the package root (from src/ or dist/). */
import { fileURLToPath } from 'node:url';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));
export const ASSETS_DIR = fileURLToPath(new URL('../../../templates/assets/', import.meta.url));
