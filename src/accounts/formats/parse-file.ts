import { AccountCollector } from '../collector.js';
import { decodeAccountsText } from './decode.js';
import { DiagnosticList, type AccountsResult } from '../diagnostics.js';
import type { FileFormat } from './by-extension.js';
import { LIMITS } from '../limits.js';

/**
 * The accounts in an accounts file's content, read as `format`: the one `loadFileFormat` gives for
 * `displayPath`'s extension (.json, .yaml/.yml, .csv, anything else is one account per line).
 * `displayPath` also labels the diagnostics and the accounts' origins. Pure, and never throws:
 * every problem is a diagnostic.
 */
export function parseAccountsFile(content: Buffer, displayPath: string, format: FileFormat): AccountsResult {
  const diagnostics = new DiagnosticList({ file: displayPath });
  const collector = new AccountCollector(displayPath, diagnostics);
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
