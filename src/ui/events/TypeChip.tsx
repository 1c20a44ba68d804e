import { eventTypeChipClass } from './eventTypeColors.ts';

export function TypeChip({ typeId, name }: { typeId: number; name: string }) {
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${eventTypeChipClass(typeId)}`}
    >
      {name}
    </span>
  );
}
