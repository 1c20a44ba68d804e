import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSampleServer, type RunningSampleServer } from './server.ts';

const NOW = Date.parse('2026-07-20T09:00:00Z');
let server: RunningSampleServer;

beforeEach(async () => {
  server = await startSampleServer({ size: 200, seed: 11, now: NOW });
});
afterEach(async () => {
  await server.close();
});

async function admin(
  action: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.baseUrl}/__admin/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function getJson(path: string): Promise<Record<string, unknown>> {
  return (await (await fetch(`${server.baseUrl}${path}`)).json()) as Record<string, unknown>;
}

describe('editing over HTTP', () => {
  it('changes the event and bumps last_updated past every other event, so a delta sync finds it', async () => {
    const [first] = server.data.events();
    const newest = Math.max(...server.data.events().map((event) => Date.parse(event.last_updated)));
    const edited = await admin('events/edit', {
      id: first?.id,
      changes: {
        name: 'Progress MS-35 Docking (rescheduled)',
        date: '2026-08-01T10:00:00Z',
        datePrecisionId: 5,
        addUpdate: { comment: 'New docking time.' },
      },
    });
    expect(edited.status).toBe(200);
    const event = await getJson(`/events/${first?.id}/`);
    expect(event.name).toBe('Progress MS-35 Docking (rescheduled)');
    expect(event.date).toBe('2026-08-01T10:00:00Z');
    expect(Date.parse(event.last_updated as string)).toBeGreaterThan(newest);
    expect(
      (event.updates as { comment: string }[]).some(
        (update) => update.comment === 'New docking time.',
      ),
    ).toBe(true);
    const delta = await getJson(
      `/events/?ordering=last_updated&last_updated__gte=${encodeURIComponent(event.last_updated as string)}`,
    );
    expect((delta.results as { id: number }[]).map((result) => result.id)).toEqual([first?.id]);
  });

  it('rejects unknown fields, bad dates and unknown ids clearly', async () => {
    const id = server.data.events()[0]?.id;
    expect((await admin('events/edit', { id, changes: { colour: 'red' } })).body.detail).toContain(
      'Unknown change',
    );
    expect((await admin('events/edit', { id, changes: { date: 'tomorrow' } })).status).toBe(400);
    expect((await admin('events/edit', { id: 1, changes: { name: 'x' } })).status).toBe(404);
    const broken = await fetch(`${server.baseUrl}/__admin/events/edit`, {
      method: 'POST',
      body: '{not json',
    });
    expect(broken.status).toBe(400);
  });

  it('deletes an event: 404 afterwards and gone from every list', async () => {
    const id = server.data.events()[5]?.id ?? 0;
    const before = (await getJson('/events/?limit=1')).count as number;
    expect((await admin('events/delete', { id })).body).toEqual({ deleted: id });
    expect((await fetch(`${server.baseUrl}/events/${id}/`)).status).toBe(404);
    expect((await getJson('/events/?limit=1')).count).toBe(before - 1);
    expect((await admin('events/delete', { id })).status).toBe(404);
  });

  it('creates an event with the next id', async () => {
    const maxId = Math.max(...server.data.events().map((event) => event.id));
    const created = await admin('events/create', {
      name: 'Crew-13 Undocking',
      typeId: 8,
      date: '2026-07-21T12:00:00Z',
    });
    expect(created.status).toBe(201);
    const event = await getJson(`/events/${maxId + 1}/?mode=list`);
    expect(event).toMatchObject({
      name: 'Crew-13 Undocking',
      slug: 'crew-13-undocking',
      type: { id: 8, name: 'Spacecraft Undocking' },
    });
  });

  it('resets data, faults and the request log', async () => {
    const id = server.data.events()[0]?.id ?? 0;
    await admin('events/delete', { id });
    await admin('faults', { serverErrors: { count: 3 } });
    expect((await fetch(`${server.baseUrl}/events/`)).status).toBe(500);
    const reset = await admin('reset', {});
    expect(reset.body.count).toBe(200);
    expect((await fetch(`${server.baseUrl}/events/${id}/`)).status).toBe(200);
    const resized = await admin('reset', { size: 50 });
    expect(resized.body.count).toBe(50);
  });

  it('logs API requests for tests to inspect', async () => {
    await fetch(`${server.baseUrl}/events/upcoming/?limit=3`);
    const log = (await getJson('/__admin/requests')).requests as { path: string; status: number }[];
    expect(log.at(-1)).toMatchObject({ path: '/events/upcoming/?limit=3', status: 200 });
  });
});

describe('editing through the programmatic handle', () => {
  it('edits and deletes', async () => {
    const id = server.data.events()[3]?.id ?? 0;
    server.data.edit(id, { description: 'Edited in a test.' });
    expect((await getJson(`/events/${id}/`)).description).toBe('Edited in a test.');
    expect(server.data.remove(id)).toBe(true);
    expect((await fetch(`${server.baseUrl}/events/${id}/`)).status).toBe(404);
  });
});
