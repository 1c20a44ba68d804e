/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ll2DataFile, locateLl2Data } from '../testing/ll2Data.ts';
import * as schemas from './schemas.ts';

/*
 * Holds the schemas against LL2's published OpenAPI 2.3.0 document (kept outside the repository
 * with the real data): value objects must cover every published field, nothing may invent a field,
 * and whatever LL2 declares nullable must accept null.
 */
const OPENAPI_FILE = 'openapi-2.3.0-events.json';
const openApiFile = ll2DataFile(OPENAPI_FILE);
const { present, skipNote } = locateLl2Data([OPENAPI_FILE]);

interface OpenApiProperty {
  nullable?: boolean;
}
interface OpenApiSchema {
  properties?: Record<string, OpenApiProperty>;
}

type AnyObjectSchema = z.ZodObject;

/** Published schemas that the app keeps whole. */
const complete: Record<string, AnyObjectSchema> = {
  EventEndpointList: schemas.EventList,
  EventEndpointNormal: schemas.EventNormal,
  EventEndpointDetailed: schemas.EventDetailed,
  VidURL: schemas.VidUrl,
  InfoURL: schemas.InfoUrl,
  Update: schemas.EventUpdate,
  Image: schemas.Image,
  ImageLicense: schemas.License,
  ImageVariant: schemas.ImageVariant,
  NetPrecision: schemas.DatePrecision,
  Language: schemas.Language,
  EventType: schemas.EventTypeConfig,
  APIThrottle: schemas.ApiThrottle,
};

/** Large, often-changing relations: the app keeps a subset, minus `url`/`response_mode`. */
const subset: Record<string, AnyObjectSchema> = {
  AgencyMini: schemas.AgencyMini,
  LaunchBasic: schemas.LaunchBasic,
  LaunchStatus: schemas.LaunchStatus,
  ExpeditionNormal: schemas.Expedition,
  SpaceStationNormal: schemas.SpaceStation,
  ProgramNormal: schemas.Program,
  AstronautNormal: schemas.Astronaut,
  MissionPatch: schemas.MissionPatch,
  SpacewalkList: schemas.Spacewalk,
};

function published(): Record<string, OpenApiSchema> {
  const document = JSON.parse(readFileSync(openApiFile, 'utf8')) as {
    components: { schemas: Record<string, OpenApiSchema> };
  };
  return document.components.schemas;
}

describe('schemas against the published OpenAPI 2.3.0 document', () => {
  it.skipIf(!present)(`cover every field of the value objects${skipNote}`, () => {
    const components = published();
    const missing = Object.entries(complete).flatMap(([name, schema]) =>
      Object.keys(components[name]?.properties ?? { missingComponent: {} })
        .filter((field) => !(field in schema.shape))
        .map((field) => `${name}.${field}`),
    );
    expect(missing).toEqual([]);
  });

  it.skipIf(!present)(`invent no fields${skipNote}`, () => {
    const components = published();
    const invented = Object.entries({ ...complete, ...subset }).flatMap(([name, schema]) =>
      Object.keys(schema.shape)
        .filter((field) => !(field in (components[name]?.properties ?? {})))
        .map((field) => `${name}.${field}`),
    );
    expect(invented).toEqual([]);
  });

  it.skipIf(!present)(`accept null wherever LL2 declares a field nullable${skipNote}`, () => {
    const components = published();
    const refused = Object.entries({ ...complete, ...subset }).flatMap(([name, schema]) =>
      Object.entries(components[name]?.properties ?? {})
        .filter(([field, property]) => property.nullable === true && field in schema.shape)
        .filter(([field]) => {
          const fieldSchema = schema.shape[field] as z.ZodType | undefined;
          return fieldSchema === undefined || !z.safeParse(fieldSchema, null).success;
        })
        .map(([field]) => `${name}.${field}`),
    );
    expect(refused).toEqual([]);
  });
});
