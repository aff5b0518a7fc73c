/**
 * The collections page: mobile-money requests and the charges list that updates itself.
 */
package rw.paydesk.portal.collections;
