// What a system declares for the store: its loads, its link keys read from and applied to the
// state, and how a search hit it owns is opened. The pure part (search documents, link keys, the
// words for a selected item, export) is its SystemDefinition; src/app/systems.tsx puts both
// together with the system's card and scene layer.
import type { LinkKeys, LinkValues } from '../domain/link/keys.ts';
import type { SearchHit } from '../domain/search/searchIndex.ts';
import type { SystemDefinition } from '../systems/types.ts';
import type { AtlasState } from './store.ts';

export type { LinkValues };

/** What applying a link needs of the store. */
export interface LinkStore {
  getState: () => AtlasState;
  subscribe: (listener: (state: AtlasState) => void) => () => void;
}

export interface SystemState<Keys extends LinkKeys> {
  /** its link values as the state has them; null (or the key's default): left out of the link */
  readLink: (state: AtlasState) => { [K in keyof Keys]: LinkValues<Keys>[K] | null };
  /**
   * Puts its link values into the state (every key: a value left out sets the default, so the
   * same call serves the page opening and the browser's back and forward); may wait for data (a
   * linked point is selected once its records arrive) and returns how to stop waiting.
   */
  applyLink: (values: LinkValues<Keys>, store: LinkStore) => (() => void) | void;
  /** opens a search hit it owns (selects it, or lights its protocol) */
  openHit: (hit: SearchHit, state: AtlasState) => void;
  /** its loads (a hook: called once per render of the app, in the registry's order) */
  useLoads: () => void;
}

/**
 * A system's store part as the registry iterates it. Its link is read from a query string by
 * applySystemLink (src/state/link.ts), which the link's own chunk carries: nuqs stays out of the
 * first view's JavaScript.
 */
export interface SystemStatePart {
  readLink: (state: AtlasState) => Record<string, unknown>;
  linkKeys: LinkKeys;
  /** applies its link values, as read from its keys */
  applyLinkValues: (values: Record<string, unknown>, store: LinkStore) => (() => void) | void;
  openHit: (hit: SearchHit, state: AtlasState) => void;
  useLoads: () => void;
}

export function defineSystemState<Id extends string, Keys extends LinkKeys>(definition: SystemDefinition<Id, Keys>, part: SystemState<Keys>): SystemStatePart {
  return {
    readLink: part.readLink,
    linkKeys: definition.linkKeys,
    // the values were read from this system's own keys (applySystemLink)
    applyLinkValues: (values, store) => part.applyLink(values as LinkValues<Keys>, store),
    openHit: part.openHit,
    useLoads: part.useLoads,
  };
}
