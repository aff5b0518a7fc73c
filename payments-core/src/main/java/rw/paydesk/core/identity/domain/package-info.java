/**
 * Users, their roles, and the rules of signing in: password policy and lockout.
 * Plain domain code, tested without a container.
 */
package rw.paydesk.core.identity.domain;
