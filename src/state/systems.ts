// What a system declares for the store: its loads, its link keys read from and applied to the
// state, and how a search hit it owns is opened. The pure part (search documents, link key
// schemas, the words for a selected item, export) is its SystemDefinition; src/app/systems.tsx
// puts both together with the system's card and scene layer.
import type { z } from 'zod';
import { parseLinkKeys } from './url.ts';
import type { SearchHit } from '../domain/search/searchIndex.ts';
import type { SystemDefinition } from '../systems/types.ts';
import type { AtlasState } from './store.ts';

/** A system's link keys, as they are after parsing (a bad value is undefined). */
export type LinkValues<Keys extends z.ZodRawShape> = z.infer<z.ZodObject<Keys>>;

/** What applying a link needs of the store. */
export interface LinkStore {
  getState: () => AtlasState;
  subscribe: (listener: (state: AtlasState) => void) => () => void;
}

export interface SystemState<Keys extends z.ZodRawShape> {
  /** its link keys as the state has them; undefined: the default, left out of the link */
  readLink: (state: AtlasState) => { [K in keyof Keys]?: string };
  /**
   * Applies its parsed link values when the page opens; may wait for data (a linked point is
   * selected once its records arrive) and returns how to stop waiting.
   */
  applyLink: (values: LinkValues<Keys>, store: LinkStore) => (() => void) | void;
  /** opens a search hit it owns (selects it, or lights its protocol) */
  openHit: (hit: SearchHit, state: AtlasState) => void;
  /** its loads (a hook: called once per render of the app, in the registry's order) */
  useLoads: () => void;
}

/** A system's store part as the registry iterates it: the link taken in as raw text. */
export interface SystemStatePart {
  linkKeyNames: readonly string[];
  readLink: (state: AtlasState) => Record<string, string | undefined>;
  /** applies the raw link values of its keys; says which values it ignored (malformed) */
  applyLink: (raw: Readonly<Record<string, string>>, store: LinkStore) => { stop?: () => void; ignored: string[] };
  openHit: (hit: SearchHit, state: AtlasState) => void;
  useLoads: () => void;
}

export function defineSystemState<Id extends string, Keys extends z.ZodRawShape>(
  definition: SystemDefinition<Id, Keys>,
  part: SystemState<Keys>,
): SystemStatePart {
  return {
    linkKeyNames: Object.keys(definition.linkKeys),
    readLink: part.readLink,
    applyLink: (raw, store) => {
      const { values, ignored } = parseLinkKeys(definition.linkKeys, raw);
      return { stop: part.applyLink(values, store) ?? undefined, ignored };
    },
    openHit: part.openHit,
    useLoads: part.useLoads,
  };
}
