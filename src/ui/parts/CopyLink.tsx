// A link to share (a set, a tour): "Share as a link" copies it when the browser lets it and shows it
// in a field to copy by hand either way. The one way the atlas offers a link; callers build the link.
import { useState } from 'react';

export function CopyLink({ link, disabled = false, fieldData }: { link: string; disabled?: boolean; fieldData: Record<`data-${string}`, string> }) {
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState(false);
  return (
    <div className="share-link">
      <button
        type="button"
        disabled={disabled}
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
          <input type="text" readOnly value={link} {...fieldData} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </div>
  );
}
