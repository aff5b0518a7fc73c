/**
 * Creating payment links around the gateway call, and reading them.
 */
package rw.paydesk.core.link.application;
