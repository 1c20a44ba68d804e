export const inputClass =
  'mt-1 block w-full max-w-xl rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

export const buttonClass =
  'rounded border border-slate-300 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800';

export const dangerButtonClass =
  'rounded border border-red-300 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-50 dark:border-red-700 dark:text-red-200 dark:hover:bg-red-950';
