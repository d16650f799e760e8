// export-file: writes the membership the run read, and says what it wrote.
import * as core from '@actions/core';
import { writeExportFile } from '../accounts/write-file.js';
import { exportMembership, type RegionMembers } from '../membership-export.js';
import { Output } from '../action-interface.js';
import { annotationMessage, forAnnotation, forLog, logLine } from '../untrusted-text.js';

export interface MembershipFileRequest {
  workspace: string;
  /** From checkExportPath, checked before any AWS call. */
  displayPath: string;
  administratorId: string;
  /** Every Region of the run. */
  regions: readonly string[];
  membership: readonly RegionMembers[];
}

/**
 * Writes the file only when every Region was read: a file missing a Region's members would make
 * remove-absent remove them. Returns a problem for the step's result, or undefined.
 */
export async function writeMembershipFile(request: MembershipFileRequest): Promise<string | undefined> {
  core.setOutput(Output.exportFile, '');
  const shown = forAnnotation(request.displayPath, 200);
  const read = new Set(request.membership.map((region) => region.region));
  const unread = request.regions.filter((region) => !read.has(region));
  if (unread.length > 0) {
    return `export-file: ${shown} was not written, because the members of ${unread.join(', ')} could not be read; a partial list would make remove-absent remove the members left out.`;
  }
  const ordered = request.regions.flatMap((region) => request.membership.filter((entry) => entry.region === region));
  const { content, count, notes } = exportMembership(ordered, request.administratorId, request.displayPath);
  for (const note of notes) core.warning(annotationMessage(`export-file: ${forAnnotation(note)}`));
  try {
    await writeExportFile(request.workspace, request.displayPath, content);
  } catch (error) {
    return `export-file: ${shown} could not be written: ${forAnnotation(error instanceof Error ? error.message : String(error))}`;
  }
  core.setOutput(Output.exportFile, request.displayPath);
  core.info(
    logLine(`export-file: wrote ${count} member account(s) from ${request.regions.join(', ')} to ${forLog(request.displayPath, 200)}.`),
  );
  return undefined;
}
