import { extname } from 'node:path';
import { AccountCollector } from './collector.js';
import { decodeAccountsText } from './decode.js';
import { DiagnosticList, type AccountsResult } from './diagnostics.js';
import { readCsvAccounts } from './csv.js';
import { readJsonAccounts } from './json.js';
import { LIMITS } from './limits.js';
import { readTextAccounts } from './text.js';
import { readYamlAccounts } from './yaml.js';

type FormatReader = (text: string, collector: AccountCollector) => void;

interface FileFormat {
  name: string;
  read: FormatReader;
}

const FORMATS: Readonly<Record<string, FileFormat>> = {
  '.json': { name: 'JSON', read: readJsonAccounts },
  '.yaml': { name: 'YAML', read: readYamlAccounts },
  '.yml': { name: 'YAML', read: readYamlAccounts },
  '.csv': { name: 'CSV', read: readCsvAccounts },
};
const TEXT_FORMAT: FileFormat = { name: 'text', read: readTextAccounts };

/**
 * The accounts in an accounts file's content. The format follows `displayPath`'s extension
 * (.json, .yaml/.yml, .csv, anything else is one account per line); `displayPath` also labels the
 * diagnostics and the accounts' origins. Pure, and never throws: every problem is a diagnostic.
 */
export function parseAccountsFile(content: Buffer, displayPath: string): AccountsResult {
  const diagnostics = new DiagnosticList({ file: displayPath });
  const collector = new AccountCollector(displayPath, diagnostics);
  const format = FORMATS[extname(displayPath).toLowerCase()] ?? TEXT_FORMAT;
  try {
    readContent(content, format, collector);
  } catch (error) {
    // A bug here must not become a stack trace in the log, nor let a broken file through.
    const kind = error instanceof Error ? error.name : typeof error;
    diagnostics.report(`Could not read the file as ${format.name} because of an internal error (${kind}); please report this as a bug.`);
  }
  return { accounts: diagnostics.isEmpty ? collector.accounts : [], diagnostics: diagnostics.toArray() };
}

function readContent(content: Buffer, format: FileFormat, collector: AccountCollector): void {
  if (content.length > LIMITS.maxFileBytes) {
    collector.diagnostics.report(tooLargeMessage(content.length));
    return;
  }
  const text = decodeAccountsText(content, collector.diagnostics);
  // A file with nothing in it lists no accounts, whatever its format.
  if (text === undefined || text.trim() === '') return;
  format.read(text, collector);
}

export function tooLargeMessage(bytes: number): string {
  return (
    `The file is ${bytes} bytes, over the ${LIMITS.maxFileBytes / 1024 / 1024} MiB (${LIMITS.maxFileBytes} bytes) limit for accounts files; ` +
    `${LIMITS.maxAccounts} accounts fit in well under 1 MiB. Check that accounts-file names the accounts file.`
  );
}
