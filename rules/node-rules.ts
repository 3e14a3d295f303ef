import engels from './belediging/engels';
import { IMAGE_RULES, IMAGE_TEXT_RULES, rules } from './index';
import { compareIds, type Rule, type RuleMeta } from './types';

/**
 * The rules for Node (CLI, eval, tests): the browser's rules plus those that may not go into the injected
 * engine (entrypoints/engine.ts) yet. `engels` reads English with compromise and franc-min, which the
 * browser build does not load for now; importing it from rules/index.ts would put both in that bundle.
 */
const byId = (a: { meta: RuleMeta }, b: { meta: RuleMeta }) => compareIds(a.meta.id, b.meta.id);

/** Rules that run in Node only, sorted by id. */
export const NODE_ONLY_RULES: readonly Rule[] = [engels];

/** Every text rule Node runs, sorted by id. */
export const NODE_RULES: readonly Rule[] = [...rules, ...NODE_ONLY_RULES].sort(byId);

/** What every rule Node knows says about itself, text and image, sorted by id. */
export const NODE_RULE_METAS: readonly RuleMeta[] = [...NODE_RULES, ...IMAGE_RULES, ...IMAGE_TEXT_RULES].sort(byId).map((rule) => rule.meta);
