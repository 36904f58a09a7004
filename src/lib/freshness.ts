/**
 * When a sheet needs a new review: more than 24 months after its last one, it shows a
 * "pendent de revisió" notice. Measured at build time, so each deploy refreshes the notices.
 */
export const REVIEW_MONTHS = 24;

export function isStale(reviewed: Date, now: Date = new Date()): boolean {
	const due = new Date(reviewed);
	due.setUTCMonth(due.getUTCMonth() + REVIEW_MONTHS);
	return now.getTime() > due.getTime();
}
