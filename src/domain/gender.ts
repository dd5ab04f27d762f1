/** A person's sex as the citizen ID card states it (Nam / Nữ). */
export const genders = ['male', 'female'] as const;
export type Gender = (typeof genders)[number];
