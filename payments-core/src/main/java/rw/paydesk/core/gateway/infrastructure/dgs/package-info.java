/**
 * The DGS-Pay API v2 adapter behind the gateway port: Rest Client, token keeper and its
 * renewal timer, and the mapping of answers to domain outcomes.
 */
package rw.paydesk.core.gateway.infrastructure.dgs;
