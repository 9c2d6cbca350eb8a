/** HTML escaping for the QA report: every string from a report or the content goes through these. */
import { escapeHtml, jsonForHtml } from './site/html.js';

/** The site's escaping, for numbers too. */
export const esc = (text: string | number): string => escapeHtml(String(text));

/** JSON for a `<script type="application/json">`: the site's safe JSON. */
export const jsonForScript = jsonForHtml;
