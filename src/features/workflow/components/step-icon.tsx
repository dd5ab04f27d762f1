import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconBan,
  IconCalendarDue,
  IconChecks,
  IconFileCheck,
  IconFilePlus,
  IconFileSearch,
  IconHandStop,
  IconInbox,
  IconLogout,
  IconSend,
  IconUserCheck,
  IconUsers,
  IconX,
  type Icon,
} from '@tabler/icons-react';
import type { DossierAction } from '../../../domain/dossier-lifecycle.ts';

const icons: Partial<Record<DossierAction, Icon>> = {
  accept_online: IconInbox,
  request_completion: IconFileSearch,
  refuse: IconBan,
  hand_over: IconArrowForwardUp,
  assign: IconUserCheck,
  reassign: IconUsers,
  request_supplement: IconFilePlus,
  receive_supplement: IconFileCheck,
  submit_result: IconSend,
  approve: IconChecks,
  return_to_handler: IconArrowBackUp,
  return_result: IconLogout,
  withdraw: IconX,
  stop: IconHandStop,
  apologize: IconCalendarDue,
  close_not_accepted: IconBan,
};

export interface StepIconProps {
  action: DossierAction;
  size?: number;
}

/** The icon of a step (decorative: the label always says it). */
export function StepIcon({ action, size = 18 }: StepIconProps) {
  const Glyph = icons[action] ?? IconArrowForwardUp;
  return <Glyph size={size} aria-hidden />;
}
