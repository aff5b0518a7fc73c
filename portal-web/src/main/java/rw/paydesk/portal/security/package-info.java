/**
 * How people sign in: the form mechanism, the identity store over PayDesk's users, and the
 * rule that a temporary password must be replaced first.
 */
package rw.paydesk.portal.security;
