import type { BodyVariantId } from '../domain/body/frame.ts';

export const bodyLabels: Record<BodyVariantId, string> = { male: 'Adult male', female: 'Adult female' };
