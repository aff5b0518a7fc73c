/** Rwanda Pay's wire: its Rest Client interface and the JSON translation. Nothing here leaves the adapter. */
package rw.paydesk.core.gateway.infrastructure.rwandapay.internal;
