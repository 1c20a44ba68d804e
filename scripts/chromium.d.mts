export function findChromium(): string | undefined;
export const chromiumArgs: string[];
export const howToGetChromium: string;
