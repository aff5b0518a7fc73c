/**
 * The settings area: the configuration PayDesk runs with, secrets masked.
 */
package rw.paydesk.portal.settings;
