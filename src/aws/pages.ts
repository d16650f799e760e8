// Every loop over pages has a cap, and stops when a service hands back a token it already gave.
import { AwsCallError } from './errors.js';

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

/**
 * Reads every page of a list call. Some services (Organizations) may answer an empty page that
 * still has a NextToken, so only a missing token ends the list; `maxPages` bounds the loop, and a
 * token seen before stops it, rather than looping on a misbehaving answer.
 */
export async function collectPages<T>(
  operation: string,
  region: string,
  maxPages: number,
  fetch: (nextToken: string | undefined) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 1; page <= maxPages; page++) {
    const answer = await fetch(token);
    items.push(...answer.items);
    if (!answer.nextToken) return items;
    if (seen.has(answer.nextToken)) {
      throw new AwsCallError(
        operation,
        region,
        'RepeatedNextToken',
        `${operation} answered a NextToken it had already given after ${page} page(s); the list was not read to the end.`,
      );
    }
    seen.add(answer.nextToken);
    token = answer.nextToken;
  }
  throw new AwsCallError(
    operation,
    region,
    'TooManyPages',
    `${operation} had more than ${maxPages} pages; the list was not read to the end.`,
  );
}
