// A tour as a link: the atlas's address with ?tour=..., shown to copy (and copied when the browser
// lets it). Opening it offers the tour in the Tours tab. As src/ui/sets/ShareLink.tsx.
import { useState } from 'react';
import type { Tour } from '../../domain/tours/schema.ts';
import { tourLinkKey } from '../../domain/tours/shareLink.ts';
import { linkSerializer } from '../../state/url.ts';

const serialize = linkSerializer({ tour: tourLinkKey });

/** The link that opens the atlas offering this tour. */
export const tourLinkOf = (tour: Tour): string => `${window.location.origin}${window.location.pathname}${serialize({ tour })}`;

export function TourShareLink({ tour }: { tour: Tour }) {
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState(false);
  const link = tourLinkOf(tour);
  return (
    <div className="share-link">
      <button
        type="button"
        disabled={tour.steps.length === 0}
        onClick={() => {
          setShown(true);
          setCopied(false);
          navigator.clipboard?.writeText(link).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        Share as a link
      </button>
      {shown && (
        <label className="small">
          {copied ? 'Copied: ' : 'Copy this link: '}
          <input type="text" readOnly value={link} data-tour-link="" onFocus={(e) => e.target.select()} />
        </label>
      )}
    </div>
  );
}
