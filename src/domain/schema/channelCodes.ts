// The fourteen channel codes on their own: the first view needs them (the legend, the filters, the
// markers' colours) but not the point schema that checks the records, which the build runs.
export const channelCodes = ['LU', 'LI', 'ST', 'SP', 'HT', 'SI', 'BL', 'KI', 'PC', 'TE', 'GB', 'LR', 'CV', 'GV'] as const;
export type ChannelCode = (typeof channelCodes)[number];
