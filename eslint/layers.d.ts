// Types for layers.js, which ESLint loads as plain JavaScript and the import-graph test reads too.
export declare const LAYERS: readonly string[];
export declare function layerOf(file: string): string | null;
export declare function featureOf(file: string): string | null;
export declare function importProblem(from: string, to: string): string | null;
