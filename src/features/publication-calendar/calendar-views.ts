// Without dayjs: the route's search schema needs only the names of the views.
export const calendarViews = ['month', 'week'] as const
export type CalendarView = (typeof calendarViews)[number]
