// Unions of strict object forms that cannot carry a discriminator (the data files keep their
// shape): an unknown or misplaced field is an error, and when no form fits the message names the
// forms and what the nearest one is missing, instead of zod's bare "Invalid input".
import { z } from './zodMini.ts';

type Shape = z.core.$ZodLooseShape;
type StrictForm = z.ZodMiniObject<Shape, z.core.$strict>;

export function strictUnion<const T extends readonly [StrictForm, ...StrictForm[]]>(forms: T) {
  const names = forms.map((f) => `{${Object.keys(f.shape).join(', ')}}`);
  return z.union(forms, {
    error: (issue) => {
      if (issue.code !== 'invalid_union' || !('errors' in issue) || !issue.errors.length) return undefined;
      const nearest = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      const why = nearest.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
      return `fits none of the forms ${names.join(' | ')} (nearest: ${why})`;
    },
  });
}
