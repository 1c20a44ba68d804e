import type { FaultController, ServerErrorStatus } from './faults.ts';
import type { RequestBudget } from './requestBudget.ts';
import { EventEditError, type EventChanges, type SampleData } from './sampleData.ts';
import type { VidUrl } from './types.ts';

export interface AdminContext {
  data: SampleData;
  faults: FaultController;
  budget: RequestBudget;
  requestLog: RequestLogEntry[];
  /** Clears faults, the request log and budget use, and regenerates the data. */
  reset(overrides: { size?: number; seed?: number; hostile?: boolean }): void;
}

export interface RequestLogEntry {
  method: string;
  /** Path and query relative to the mount, e.g. `/events/?limit=100`. */
  path: string;
  status: number;
  atMs: number;
}

export interface AdminAnswer {
  status: number;
  body: unknown;
}

class BadRequest extends Error {}

type Json = Record<string, unknown>;

function asObject(value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new BadRequest('The body must be a JSON object');
  return value as Json;
}

function optional<T>(
  body: Json,
  key: string,
  check: (value: unknown) => value is T,
  expected: string,
): T | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (!check(value)) throw new BadRequest(`${key}: expected ${expected}`);
  return value;
}

const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isString = (value: unknown): value is string => typeof value === 'string';
const isNullableString = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isNullableWhole = (value: unknown): value is number | null =>
  value === null || isWhole(value);
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

function readChanges(raw: unknown): EventChanges {
  const body = asObject(raw);
  const known = [
    'name',
    'description',
    'date',
    'location',
    'slug',
    'typeId',
    'datePrecisionId',
    'duration',
    'webcastLive',
    'vidUrls',
    'imageNull',
    'addUpdate',
  ];
  const unknownKeys = Object.keys(body).filter((key) => !known.includes(key));
  if (unknownKeys.length)
    throw new BadRequest(
      `Unknown change(s): ${unknownKeys.join(', ')}; allowed: ${known.join(', ')}`,
    );
  const addUpdate = optional(body, 'addUpdate', isObject, 'an object');
  if (addUpdate && typeof addUpdate.comment !== 'string')
    throw new BadRequest('addUpdate.comment: expected a string');
  const changes: EventChanges = {
    name: optional(body, 'name', isString, 'a string'),
    description: optional(body, 'description', isString, 'a string'),
    date: optional(body, 'date', isNullableString, 'an ISO date/time or null'),
    location: optional(body, 'location', isNullableString, 'a string or null'),
    slug: optional(body, 'slug', isString, 'a string'),
    typeId: optional(body, 'typeId', isWhole, 'an event type id'),
    datePrecisionId: optional(
      body,
      'datePrecisionId',
      isNullableWhole,
      'a precision id 0–16 or null',
    ),
    duration: optional(body, 'duration', isNullableString, 'an ISO 8601 duration or null'),
    webcastLive: optional(body, 'webcastLive', isBoolean, 'true or false'),
    vidUrls: optional(body, 'vidUrls', isArray, 'an array of webcasts') as VidUrl[] | undefined,
    imageNull: optional(body, 'imageNull', isBoolean, 'true or false'),
    addUpdate: addUpdate && {
      comment: String(addUpdate.comment),
      info_url: isString(addUpdate.info_url) ? addUpdate.info_url : null,
      created_by: isString(addUpdate.created_by) ? addUpdate.created_by : undefined,
    },
  };
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}

function applyFaults(faults: FaultController, budget: RequestBudget, body: Json): void {
  const latencyMs = optional(body, 'latencyMs', isWhole, 'milliseconds ≥ 0');
  const throttle = optional(body, 'throttle', isObject, '{ afterCalls, retryAfterSeconds? }');
  const serverErrors = optional(body, 'serverErrors', isObject, '{ count, status? }');
  const truncate = optional(body, 'truncate', isWhole, 'a count');
  const malformed = optional(body, 'malformed', isWhole, 'a count');
  const malformedRecord = optional(body, 'malformedRecord', isWhole, 'a count');
  const disconnect = optional(body, 'disconnect', isWhole, 'a count');
  const requestLimit = optional(body, 'requestLimit', isNullableWhole, 'calls per hour or null');
  const requestWindowSeconds = optional(body, 'requestWindowSeconds', isWhole, 'seconds ≥ 1');
  if (requestWindowSeconds === 0)
    throw new BadRequest('requestWindowSeconds: expected seconds ≥ 1');
  if (throttle && !isWhole(throttle.afterCalls))
    throw new BadRequest('throttle.afterCalls: expected a count');
  if (throttle && throttle.retryAfterSeconds !== undefined && !isWhole(throttle.retryAfterSeconds))
    throw new BadRequest('throttle.retryAfterSeconds: expected seconds');
  if (serverErrors && !isWhole(serverErrors.count))
    throw new BadRequest('serverErrors.count: expected a count');
  const status = serverErrors?.status ?? 500;
  if (serverErrors && ![500, 502, 503, 504].includes(status as number))
    throw new BadRequest('serverErrors.status: expected 500, 502, 503 or 504');
  if (latencyMs !== undefined) faults.setLatency(latencyMs);
  if (throttle)
    faults.throttleAfter(
      throttle.afterCalls as number,
      throttle.retryAfterSeconds as number | undefined,
    );
  if (serverErrors) faults.failNext(serverErrors.count as number, status as ServerErrorStatus);
  if (truncate !== undefined) faults.truncateNext(truncate);
  if (malformed !== undefined) faults.malformNext(malformed);
  if (malformedRecord !== undefined) faults.malformRecordNext(malformedRecord);
  if (disconnect !== undefined) faults.disconnectNext(disconnect);
  if (requestLimit !== undefined) budget.limit = requestLimit;
  if (requestWindowSeconds !== undefined) budget.windowSeconds = requestWindowSeconds;
}

function state(context: AdminContext): Json {
  return {
    options: context.data.options,
    count: context.data.store.all().length,
    faults: context.faults.snapshot(),
    requestLimit: context.budget.limit,
    requestWindowSeconds: context.budget.windowSeconds,
    requestsLogged: context.requestLog.length,
  };
}

function eventId(body: Json): number {
  if (!isWhole(body.id)) throw new BadRequest('id: expected an event id');
  return body.id;
}

/** Routes `<mount>/__admin/<action>`; see README.md for the bodies. */
export function answerAdminRequest(
  method: string,
  action: string,
  rawBody: unknown,
  context: AdminContext,
): AdminAnswer {
  try {
    if (method === 'GET' && action === 'state') return { status: 200, body: state(context) };
    if (method === 'GET' && action === 'requests')
      return { status: 200, body: { requests: context.requestLog } };
    if (method !== 'POST')
      return { status: 405, body: { detail: `Use POST for __admin/${action}` } };
    const body = rawBody === undefined ? {} : asObject(rawBody);
    switch (action) {
      case 'faults':
        applyFaults(context.faults, context.budget, body);
        return { status: 200, body: state(context) };
      case 'faults/clear':
        context.faults.clear();
        return { status: 200, body: state(context) };
      case 'requests/clear':
        context.requestLog.length = 0;
        return { status: 200, body: state(context) };
      case 'events/edit': {
        const id = eventId(body);
        if (!context.data.get(id))
          return { status: 404, body: { detail: `No event with id ${id}` } };
        return {
          status: 200,
          body: { event: context.data.edit(id, readChanges(body.changes ?? {})) },
        };
      }
      case 'events/delete': {
        const id = eventId(body);
        return context.data.remove(id)
          ? { status: 200, body: { deleted: id } }
          : { status: 404, body: { detail: `No event with id ${id}` } };
      }
      case 'events/create': {
        const changes = readChanges(body);
        if (changes.name === undefined || changes.typeId === undefined)
          throw new BadRequest('name and typeId are required');
        return {
          status: 201,
          body: {
            event: context.data.create({ ...changes, name: changes.name, typeId: changes.typeId }),
          },
        };
      }
      case 'reset': {
        const size = optional(body, 'size', isWhole, 'a count');
        const seed = optional(body, 'seed', isWhole, 'a whole number');
        const hostile = optional(body, 'hostile', isBoolean, 'true or false');
        context.reset({ size, seed, hostile });
        return { status: 200, body: state(context) };
      }
      default:
        return { status: 404, body: { detail: `Unknown admin action "${action}"` } };
    }
  } catch (error) {
    if (
      error instanceof BadRequest ||
      error instanceof EventEditError ||
      error instanceof RangeError
    )
      return { status: 400, body: { detail: error.message } };
    throw error;
  }
}
