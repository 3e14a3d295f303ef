import type { ImagePurpose, ImageRule, RuleMeta } from '../types';
import { logoSearch } from './matcher';

/**
 * A rule for the school's logo in one kind of image, reporting `messageId` with the school's name. The
 * school's own accounts are where the logo belongs, so they get no finding.
 */
export function logoImageRule(purpose: ImagePurpose, messageId: string, meta: RuleMeta): ImageRule {
  return {
    meta,
    purpose,
    *check({ pixels, context, logos }, report) {
      if (context.school.isOfficialAccount) return;
      const match = yield* logoSearch(pixels, logos);
      if (match) report({ messageId, start: 0, end: 0, data: { school: context.school.name.trim() || 'je school' } });
    },
  };
}
