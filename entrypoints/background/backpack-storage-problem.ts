/** The error every backpack storage failure becomes: its message is what the learner reads. */
export class BackpackStorageError extends Error {
  override name = 'BackpackStorageError';
}

/**
 * What the learner reads when the backpack's storage fails, by the DOMException IndexedDB raised.
 * Every write is one transaction, so a failed one changed nothing: the words can say so.
 */
export function plainStorageProblem(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'BackpackStorageError':
      return (error as Error).message;
    case 'QuotaExceededError':
      return 'Your browser has no room left for the backpack. Free some disk space or delete badges you no longer need; nothing was changed.';
    case 'InvalidStateError':
    case 'SecurityError':
    case 'NotAllowedError':
      return 'This browser does not let Badge Lens keep a backpack right now (its storage is turned off, as in a private window or when history is not kept). Nothing was changed.';
    case 'VersionError':
      return 'Your backpack was saved by a newer version of Badge Lens. Update the extension to open it; your badges are untouched.';
    case 'BlockedError':
      return 'Another copy of Badge Lens is still using the backpack. Close its pages, or restart the browser, and try again; your badges are untouched.';
    case 'DataCloneError':
      return 'This badge could not be stored as it is. Nothing was changed.';
    default:
      return `The backpack's storage failed${error instanceof Error && error.message ? ` (${error.message})` : ''}. Nothing was changed; try again.`;
  }
}
