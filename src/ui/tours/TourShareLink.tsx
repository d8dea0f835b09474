// A tour as a link: the atlas's address with ?tour=..., shown to copy (and copied when the browser
// lets it). Opening it offers the tour in the Tours tab. The field is the atlas's one (../parts/CopyLink.tsx).
import type { Tour } from '../../domain/tours/schema.ts';
import { tourLinkKey } from '../../domain/tours/shareLink.ts';
import { linkSerializer } from '../../state/url.ts';
import { CopyLink } from '../parts/CopyLink.tsx';

const serialize = linkSerializer({ tour: tourLinkKey });

/** The link that opens the atlas offering this tour. */
export const tourLinkOf = (tour: Tour): string => `${window.location.origin}${window.location.pathname}${serialize({ tour })}`;

export function TourShareLink({ tour }: { tour: Tour }) {
  return <CopyLink link={tourLinkOf(tour)} disabled={tour.steps.length === 0} fieldData={{ 'data-tour-link': '' }} />;
}
