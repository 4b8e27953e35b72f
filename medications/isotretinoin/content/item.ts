import type { ContentItem } from '../../types';
import type { SourceId } from '../sources';

/** A content item whose source ids are checked at compile time and can never be empty. */
export interface Item extends ContentItem {
  readonly sources: readonly [SourceId, ...SourceId[]];
}
