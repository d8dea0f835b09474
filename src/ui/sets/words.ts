// The sets' fields in words.
import type { SetTechnique } from '../../domain/schema/sets.ts';

export const techniqueLabels: Record<SetTechnique, string> = {
  needle: 'needle',
  moxa: 'moxibustion',
  electro: 'electro-acupuncture',
  bloodletting: 'bloodletting',
  'press-seeds': 'press seeds',
  cupping: 'cupping',
};
