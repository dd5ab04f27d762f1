import { Box, Progress } from '@mantine/core';
import classes from './overview.module.css';

export interface TargetProgressProps {
  /** 0–1, or null when there is nothing to measure. */
  value: number | null;
  /** 0–1: where full marks start; a tick marks it unless it is the end of the bar. None: a plain bar. */
  target?: number;
  /** Read out for the bar ("Tỷ lệ hồ sơ trực tuyến: 39,7%, mục tiêu 50%"). */
  label: string;
}

/** A thin bar of the rate with a tick at its target: teal once reached, orange below (blue when the target is all). */
export function TargetProgress({ value, target = 1, label }: TargetProgressProps) {
  const percent = Math.round((value ?? 0) * 1000) / 10;
  const reached = value !== null && value >= target;
  return (
    <Box className={classes.progress}>
      <Progress value={percent} color={target >= 1 ? 'deskBlue.6' : reached ? 'teal.7' : 'orange.6'} size="md" radius="xl" aria-label={label} />
      {target < 1 && <span className={classes.targetTick} style={{ left: `${target * 100}%` }} aria-hidden />}
    </Box>
  );
}
