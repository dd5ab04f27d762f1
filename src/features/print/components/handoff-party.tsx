import type { HolderRef } from '../../../domain/schemas/common.ts';
import classes from './sheet.module.css';

/**
 * One side of a handoff on the control slip: the unit (short name, the header gives the
 * full one) and the person, in bold, who signs for it.
 */
export function HandoffParty({ holder }: { holder: HolderRef }) {
  return (
    <>
      <div>{holder.unitShortName}</div>
      {holder.userName && <div className={classes.strong}>{holder.userName}</div>}
    </>
  );
}
