// The slices pattern (zustand): each slice is a StateCreator over the whole state, so an action may
// read or write any slice through get/set, while each slice's own fields live in one file.
import type { StateCreator } from 'zustand';
import type { AtlasState } from '../store.ts';

export type Slice<T> = StateCreator<AtlasState, [['zustand/subscribeWithSelector', never]], [], T>;
