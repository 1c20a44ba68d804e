/** How `npm run snapshot` ends, for schedulers: 75 is EX_TEMPFAIL of sysexits.h ("try again later"). */
export const SNAPSHOT_EXIT = { ok: 0, failed: 1, usage: 2, stoppedByBudget: 75 } as const;
