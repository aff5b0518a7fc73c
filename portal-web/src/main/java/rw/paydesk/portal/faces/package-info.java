/**
 * Small helpers shared by the views: messages and display formats.
 */
package rw.paydesk.portal.faces;
