import type { Reject } from '../model/schema';

/** A source that cannot be used at all (missing/unreadable file, wrong columns, empty). The pipeline stops on it. */
export class SourceFailure extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'SourceFailure';
  }
}

/** Builds rejects for one source file so every call site states only line, field and reason. */
export function rejectBuilder(sourceId: string, file: string): (line: number, field: string, reason: string) => Reject {
  return (line, field, reason) => ({ sourceId, file, line, field, reason });
}

export function formatReject(r: Reject): string {
  return `${r.file}:${r.line} [${r.field}] ${r.reason}`;
}
