/**
 * Figures for the dashboard, shared by every module that counts money: Kigali business days,
 * and counts and amounts per currency and outcome.
 */
package rw.paydesk.core.figures;
