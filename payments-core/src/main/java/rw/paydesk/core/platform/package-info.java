/**
 * Technical ground every feature stands on: schema migrations, settings, the clock.
 */
package rw.paydesk.core.platform;
