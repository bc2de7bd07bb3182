/**
 * The day every unit and integration test runs on, whatever the calendar says: the seed's
 * scheduled releases (December 2026) would otherwise publish themselves once it has passed.
 */
export const TEST_TODAY = new Date('2026-11-27T12:00:00Z')
