/**
 * Receiving, processing in arrival order, and replaying gateway webhooks; the log an
 * administrator reads. The endpoint only authenticates and hands over.
 */
package rw.paydesk.core.webhook.application;
