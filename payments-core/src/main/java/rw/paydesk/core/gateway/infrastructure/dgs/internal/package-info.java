/**
 * The DGS-Pay wire format: the Rest Client interface and the JSON translation. Nothing
 * outside the DGS adapter may use this package.
 */
package rw.paydesk.core.gateway.infrastructure.dgs.internal;
