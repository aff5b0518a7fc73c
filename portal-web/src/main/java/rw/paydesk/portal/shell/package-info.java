/**
 * The portal's frame: areas and menu, the signed-in user, the environment badge.
 */
package rw.paydesk.portal.shell;
