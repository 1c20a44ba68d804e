/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ll2DataDir, ll2DataFile, locateLl2Data } from '../testing/ll2Data.ts';
import { EventDetailed, EventList, EventNormal, eventSchemaByMode } from './schemas.ts';
import { formatIssuePath } from './validation.ts';

/*
 * Real Launch Library 2 responses live outside the repository (they are The Space Devs' data).
 * Every 2.3.0 event there must parse; the older 2.2.0 shape must not.
 */
const { present, skipNote } = locateLl2Data();

function eventFiles(version: string): string[] {
  return readdirSync(ll2DataDir).filter(
    (file) => file.endsWith('.json') && file.includes(`_${version}`) && !file.startsWith('openapi'),
  );
}

function readEvents(file: string): unknown[] {
  const data: unknown = JSON.parse(readFileSync(ll2DataFile(file), 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file} is not an array of events`);
  return data;
}

function responseMode(event: unknown): keyof typeof eventSchemaByMode {
  const mode = (event as { response_mode?: unknown }).response_mode;
  if (mode === 'list' || mode === 'normal' || mode === 'detailed') return mode;
  throw new Error(`unexpected response_mode ${String(mode)}`);
}

describe('real LL2 2.3.0 data', () => {
  it.skipIf(!present)(
    `every 2.3.0 event parses in its own mode and every lower one${skipNote}`,
    () => {
      const files = eventFiles('2.3.0');
      expect(files.length).toBeGreaterThan(0);
      const failures: string[] = [];
      const parsedModes = { list: 0, normal: 0, detailed: 0 };
      for (const file of files) {
        readEvents(file).forEach((event, index) => {
          const mode = responseMode(event);
          const modes =
            mode === 'detailed'
              ? (['detailed', 'normal', 'list'] as const)
              : mode === 'normal'
                ? (['normal', 'list'] as const)
                : (['list'] as const);
          for (const checked of modes) {
            const result = eventSchemaByMode[checked].safeParse(event);
            if (result.success) parsedModes[checked] += 1;
            else {
              const issue = result.error.issues[0];
              failures.push(
                `${file}[${index}] as ${checked}: ${issue ? `${formatIssuePath(issue.path)} ${issue.message}` : ''}`,
              );
            }
          }
        });
      }
      expect(failures).toEqual([]);
      // 149 normal + 23 detailed events in the data set described by its SOURCES.md.
      expect(parsedModes.detailed).toBeGreaterThanOrEqual(20);
      expect(parsedModes.normal).toBeGreaterThanOrEqual(parsedModes.detailed + 100);
    },
  );

  it.skipIf(!present)(`detailed 2.3.0 events keep their relations${skipNote}`, () => {
    const detailed = eventFiles('2.3.0')
      .flatMap(readEvents)
      .filter((event) => responseMode(event) === 'detailed')
      .map((event) => EventDetailed.parse(event));
    const programs = detailed.flatMap((event) => event.program);
    const launches = detailed.flatMap((event) => event.launches);
    const expeditions = detailed.flatMap((event) => event.expeditions);
    expect(programs.length).toBeGreaterThan(0);
    expect(programs.every((program) => program.name.length > 0)).toBe(true);
    expect(launches.every((launch) => /^[0-9a-f-]{36}$/.test(launch.id))).toBe(true);
    expect(expeditions.every((expedition) => expedition.spacestation.name.length > 0)).toBe(true);
    expect(detailed.some((event) => event.date_precision === null)).toBe(true);
  });

  it.skipIf(!present)(`2.2.0 events are rejected: they are another shape${skipNote}`, () => {
    const events = eventFiles('2.2.0').flatMap(readEvents);
    expect(events.length).toBeGreaterThan(0);
    const accepted = events.filter(
      (event) => EventList.safeParse(event).success || EventNormal.safeParse(event).success,
    );
    expect(accepted).toEqual([]);
  });
});
