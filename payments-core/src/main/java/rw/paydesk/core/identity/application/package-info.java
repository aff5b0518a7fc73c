/**
 * Signing in, administering users, changing one's own password, and the first users of a
 * new installation. Every service checks its roles itself.
 */
package rw.paydesk.core.identity.application;
