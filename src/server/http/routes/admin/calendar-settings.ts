import { createRoute, z } from '@hono/zod-openapi';
import { LocalDate } from '../../../../domain/schemas/common.ts';
import { CalendarChange, CalendarDaysCreate, CalendarDayUpdate, CalendarYear, CalendarYearQuery } from '../../../../domain/schemas/admin-calendar.ts';
import { DeleteQuery } from '../../../../domain/schemas/admin-catalogue.ts';
import {
  AdminSettings,
  IdentityUpdate,
  LegSharesUpdate,
  NotificationTextsUpdate,
  SessionSettingsUpdate,
  SupplementDeadlineUpdate,
  WorkingTimeUpdate,
} from '../../../../domain/schemas/settings.ts';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../openapi.ts';
import { addCalendarDays, calendarYear, deleteCalendarDay, updateCalendarDay } from '../../../services/admin/calendar.ts';
import { getAdminSettings, updateIdentity, updateSettingsSection } from '../../../services/admin/settings.ts';

const reads = { 400: errorResponses[400], 401: errorResponses[401], 403: errorResponses[403] } as const;
const writes = { ...reads, 404: errorResponses[404], 409: errorResponses[409] } as const;
const DateParam = z.object({ date: LocalDate });

/** The working calendar and the settings (Quản trị → Lịch làm việc, Cài đặt). */
export const adminCalendarSettingsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/calendar',
      tags: ['administration'],
      summary: "A year's holidays and swapped working days, and the open dossiers due on one of its holidays",
      request: { query: CalendarYearQuery },
      responses: { 200: jsonResponse(CalendarYear, 'The year'), ...reads },
    }),
    async (c) => c.json(await calendarYear(c.get('deps').db, c.get('user'), c.req.valid('query').year), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/calendar',
      tags: ['administration'],
      summary: 'Add days (one, or a pasted list: all or none); appointments already given do not move',
      request: { body: jsonBody(CalendarDaysCreate) },
      responses: { 201: jsonResponse(CalendarChange, 'The days added and the open dossiers now due on a holiday'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await addCalendarDays(db, c.get('user'), c.req.valid('json').days, now()), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/admin/calendar/{date}',
      tags: ['administration'],
      summary: 'Rename a day or change its kind',
      request: { params: DateParam, body: jsonBody(CalendarDayUpdate) },
      responses: { 200: jsonResponse(CalendarChange, 'The day and the open dossiers due on it if it is a holiday'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await updateCalendarDay(db, c.get('user'), c.req.valid('param').date, c.req.valid('json'), now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/admin/calendar/{date}',
      tags: ['administration'],
      summary: 'Remove a day from the calendar',
      request: { params: DateParam, query: DeleteQuery },
      responses: { 204: { description: 'Removed' }, ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      await deleteCalendarDay(db, c.get('user'), c.req.valid('param').date, c.req.valid('query').version, now());
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/settings',
      tags: ['administration'],
      summary: 'Every settings section with the version an edit sends back',
      responses: { 200: jsonResponse(AdminSettings, 'Settings'), ...reads },
    }),
    async (c) => c.json(await getAdminSettings(c.get('deps').db, c.get('user')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/admin/settings/identity',
      tags: ['administration'],
      summary: "The centre's identity on every form: the centre unit, the letterhead and the signer",
      request: { body: jsonBody(IdentityUpdate) },
      responses: { 200: jsonResponse(AdminSettings, 'Settings'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      return c.json(await updateIdentity(db, c.get('user'), c.req.valid('json'), now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/admin/settings/working-time',
      tags: ['administration'],
      summary: 'Office hours per weekday, same-day cut-off and due-soon days (from the next computation on)',
      request: { body: jsonBody(WorkingTimeUpdate) },
      responses: { 200: jsonResponse(AdminSettings, 'Settings'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const { value, version } = c.req.valid('json');
      return c.json(await updateSettingsSection(db, c.get('user'), 'workingTime', value, version, now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/admin/settings/supplement-deadline',
      tags: ['administration'],
      summary: 'Working days an applicant gets to bring a supplement, unless the handler sets another',
      request: { body: jsonBody(SupplementDeadlineUpdate) },
      responses: { 200: jsonResponse(AdminSettings, 'Settings'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const { version, ...value } = c.req.valid('json');
      return c.json(await updateSettingsSection(db, c.get('user'), 'supplementDeadline', value, version, now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/admin/settings/leg-shares',
      tags: ['administration'],
      summary: 'The control-slip leg shares new procedures start from',
      request: { body: jsonBody(LegSharesUpdate) },
      responses: { 200: jsonResponse(AdminSettings, 'Settings'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const { value, version } = c.req.valid('json');
      return c.json(await updateSettingsSection(db, c.get('user'), 'legShares', value, version, now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/admin/settings/sessions',
      tags: ['administration'],
      summary: 'Idle timeout and absolute lifetime of a session',
      request: { body: jsonBody(SessionSettingsUpdate) },
      responses: { 200: jsonResponse(AdminSettings, 'Settings'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const { version, ...value } = c.req.valid('json');
      return c.json(await updateSettingsSection(db, c.get('user'), 'sessions', value, version, now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/admin/settings/notification-templates',
      tags: ['administration'],
      summary: 'The texts of the SMS and e-mail messages to applicants (a missing one uses the shipped text)',
      request: { body: jsonBody(NotificationTextsUpdate) },
      responses: { 200: jsonResponse(AdminSettings, 'Settings'), ...writes },
    }),
    async (c) => {
      const { db, now } = c.get('deps');
      const { value, version } = c.req.valid('json');
      return c.json(await updateSettingsSection(db, c.get('user'), 'notificationTexts', value, version, now()), 200);
    },
  );
