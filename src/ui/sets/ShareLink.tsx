// A set as a link: the atlas's address with ?set=..., shown to copy (and copied when the browser lets it).
import { useState } from 'react';
import type { PointSet } from '../../domain/schema/sets.ts';
import { setLinkKey } from '../../domain/sets/shareLink.ts';
import { linkSerializer } from '../../state/url.ts';

const serialize = linkSerializer({ set: setLinkKey });

/** The link that opens the atlas offering this set. */
export const shareLinkOf = (set: PointSet): string => `${window.location.origin}${window.location.pathname}${serialize({ set })}`;

export function ShareLink({ set }: { set: PointSet }) {
  const [shown, setShown] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const link = shareLinkOf(set);
  return (
    <div className="share-link">
      <button
        type="button"
        onClick={() => {
          setShown(link);
          setCopied(false);
          navigator.clipboard?.writeText(link).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        Share as a link
      </button>
      {shown !== null && (
        <label className="small">
          {copied ? 'Copied: ' : 'Copy this link: '}
          <input type="text" readOnly value={link} data-share-link="" onFocus={(e) => e.target.select()} />
        </label>
      )}
    </div>
  );
}
