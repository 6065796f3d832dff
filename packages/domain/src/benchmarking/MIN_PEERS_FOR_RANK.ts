/**
 * A rank or quartile among fewer forces says little: 1st of 2 is also last but one, and a quartile of a
 * three-force table is one force. Ranks are computed only among at least this many other forces (a rank
 * the source states itself, "the lowest force nationally", is always kept).
 */
export const MIN_PEERS_FOR_RANK = 5;
