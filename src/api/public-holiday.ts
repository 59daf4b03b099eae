import { z } from 'zod';

/** shareddata.PublicHolidayWithUserAccountID: a holiday of the country of one user (GET `/public-holidays`). */
export const publicHolidaySchema = z.object({
  user_account_id: z.number().int(),
  // `YYYY-MM-DD`, a calendar date (the same day in every zone).
  date: z.string(),
  name: z.string(),
  // ISO 3166-1 alpha-2 code, e.g. "DE".
  country: z.string(),
});
export type PublicHoliday = z.infer<typeof publicHolidaySchema>;
export const publicHolidayListSchema = z.array(publicHolidaySchema);
