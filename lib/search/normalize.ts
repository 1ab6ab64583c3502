import { foldText } from '../text/fold';

/** Words of a folded text. */
export function tokens(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ') : [];
}
