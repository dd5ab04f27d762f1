/** Every test runs at this instant (a Monday, 10:00 in Vietnam): seeded data and the API agree on "now". */
export const TEST_NOW = new Date('2026-11-23T10:00:00+07:00');
