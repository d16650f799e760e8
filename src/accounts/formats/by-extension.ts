// Which parser reads an accounts file, by its extension. Each format's parser is loaded only when a
// file of that format is read: YAML and CSV bring libraries that a run with a text file (or with
// the account-ids input alone) should not pay for at start-up. The bundle keeps each in a chunk.
import { extname } from 'node:path';
import type { AccountCollector } from '../collector.js';
import { readTextAccounts } from './text.js';

export type FormatReader = (text: string, collector: AccountCollector) => void;

export interface FileFormat {
  name: string;
  read: FormatReader;
}

interface LazyFormat {
  name: string;
  load: () => Promise<FormatReader>;
}

const LAZY_FORMATS: Readonly<Record<string, LazyFormat>> = {
  '.json': { name: 'JSON', load: async () => (await import('./json.js')).readJsonAccounts },
  '.yaml': { name: 'YAML', load: async () => (await import('./yaml.js')).readYamlAccounts },
  '.yml': { name: 'YAML', load: async () => (await import('./yaml.js')).readYamlAccounts },
  '.csv': { name: 'CSV', load: async () => (await import('./csv.js')).readCsvAccounts },
};

/** Anything else is one account per line; that reader is small and always there. */
export const TEXT_FORMAT: FileFormat = { name: 'text', read: readTextAccounts };

function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}

/** The name of the format a path is read as (JSON, YAML, CSV or text). */
export function formatNameOf(path: string): string {
  return LAZY_FORMATS[extensionOf(path)]?.name ?? TEXT_FORMAT.name;
}

/** The format a path is read as, with its parser loaded. */
export async function loadFileFormat(path: string): Promise<FileFormat> {
  const lazy = LAZY_FORMATS[extensionOf(path)];
  return lazy ? { name: lazy.name, read: await lazy.load() } : TEXT_FORMAT;
}
