// A set as a link: the atlas's address with ?set=..., shown to copy (and copied when the browser lets it).
import type { PointSet } from '../../domain/schema/sets.ts';
import { setLinkKey } from '../../domain/sets/shareLink.ts';
import { linkSerializer } from '../../state/url.ts';
import { CopyLink } from '../parts/CopyLink.tsx';

const serialize = linkSerializer({ set: setLinkKey });

/** The link that opens the atlas offering this set. */
export const shareLinkOf = (set: PointSet): string => `${window.location.origin}${window.location.pathname}${serialize({ set })}`;

export function ShareLink({ set }: { set: PointSet }) {
  return <CopyLink link={shareLinkOf(set)} fieldData={{ 'data-share-link': '' }} />;
}
