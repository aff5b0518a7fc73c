/**
 * The period a report covers (a day, a week, a month or a range of dates), in Kigali time, and
 * which period a scheduled report sent at a given moment covers.
 */
package rw.paydesk.reporting.period.domain;
