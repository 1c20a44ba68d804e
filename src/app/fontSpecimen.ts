/**
 * Every size and weight of text the pages use, as Tailwind classes: warmFonts.ts looks each up
 * before the pages need it (decision 036), and e2e/font-specimen.spec.ts fails when a page uses one
 * that is missing here. The brand and the shell's status line (index.css) are looked up by the
 * shell's own first layout.
 */
export const FONT_SPECIMEN: readonly string[] = [
  'text-xs font-normal',
  'text-xs font-medium',
  'text-xs font-semibold',
  'text-xs font-bold',
  'text-sm font-normal',
  'text-sm font-medium',
  'text-sm font-semibold',
  'text-sm font-bold',
  'text-base font-normal',
  'text-base font-medium',
  'text-base font-semibold',
  'text-base font-bold',
  'text-lg font-semibold',
  'text-lg font-bold',
  'text-lg font-black',
  'text-xl font-semibold',
  'text-xl font-bold',
  'text-2xl font-bold',
  'text-3xl font-bold',
];
