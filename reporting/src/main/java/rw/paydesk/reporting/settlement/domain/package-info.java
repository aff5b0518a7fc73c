/**
 * The settlement summary's figures: what was collected, paid out and charged in fees over a
 * period, per currency and provider, and how many movements ended each way.
 */
package rw.paydesk.reporting.settlement.domain;
