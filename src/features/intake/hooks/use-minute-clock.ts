import { useEffect, useState } from 'react';

function startOfMinute(time: number): Date {
  return new Date(time - (time % 60_000));
}

/**
 * The current time, truncated to the minute and updated at each minute boundary. The live
 * appointment is recomputed from it, so a form left open over lunch or past 15:00 shows
 * the date the dossier would really get.
 */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => startOfMinute(Date.now()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        setNow(startOfMinute(Date.now()));
        schedule();
      }, 60_000 - (Date.now() % 60_000) + 50);
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return now;
}
