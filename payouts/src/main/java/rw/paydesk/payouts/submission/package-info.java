/**
 * What single payouts and bulk rows share when they go to the gateway: how an answer, a
 * refusal, a duplicate reference, silence or a status query is recorded.
 */
package rw.paydesk.payouts.submission;
