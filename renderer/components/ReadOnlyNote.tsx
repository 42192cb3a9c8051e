/** The one-line reason beside an editor that this person cannot change (see sync/readOnly.ts); nothing otherwise. */
export function ReadOnlyNote({ reason, id }: { reason: string | null; id?: string }) {
  return reason ? (
    <p className="muted small read-only-note" id={id}>
      {reason}
    </p>
  ) : null;
}
