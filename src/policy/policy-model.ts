// A policy after loading and validation: every field checked, every pattern compiled, every rule
// carrying where it was written so that decisions can name it.

import type { IdentitySource } from '../identity/identity-sources.js';
import type { ApiClassification } from './api-classification.js';
import type { LabelSelector } from './label-selector.js';
import type { NamePattern } from './name-pattern.js';
import type { Role } from './roles.js';
import type { SourcePosition } from '../yaml-locator.js';

/** Where a rule or field was written: 1-based line and column. */
export type { SourcePosition };

export type RuleEffect = 'allow' | 'deny';

export interface PolicyRule {
  /** `rules[0].allow[1]`: the path of the rule in the file. */
  readonly id: string;
  readonly effect: RuleEffect;
  readonly ruleSetIndex: number;
  readonly entryIndex: number;
  /** Principal patterns of the rule set, as written. */
  readonly principals: readonly string[];
  readonly role?: Role;
  readonly api?: ApiClassification;
  readonly apiVersion?: { readonly min: number; readonly max: number };
  readonly clientId?: NamePattern;
  readonly topic?: NamePattern;
  readonly group?: NamePattern;
  readonly transactionalId?: NamePattern;
  readonly description?: string;
  readonly position: SourcePosition;
  /** One-line rendering of the rule as written, e.g. `{ role: produce, topic: payments.commands }`. */
  readonly text: string;
}

export interface PolicyRuleSet {
  readonly index: number;
  readonly principals: readonly string[];
  /**
   * Pods selected by labels, with Cilium's meaning (label-selector.ts); they apply to connections the
   * `kubernetes` identity source identified. ORed with `principals`.
   */
  readonly fromEndpoints?: readonly LabelSelector[];
  readonly description?: string;
  readonly allow: readonly PolicyRule[];
  readonly deny: readonly PolicyRule[];
  readonly position: SourcePosition;
}

export interface Policy {
  /** File the policy came from (or a label such as `<inline>`). */
  readonly source: string;
  readonly name?: string;
  readonly identities: readonly IdentitySource[];
  readonly ruleSets: readonly PolicyRuleSet[];
}

/** True when the rule names no topic, group or transactional id: it then covers all of them. */
export function isUnscoped(rule: PolicyRule): boolean {
  return rule.topic === undefined && rule.group === undefined && rule.transactionalId === undefined;
}
