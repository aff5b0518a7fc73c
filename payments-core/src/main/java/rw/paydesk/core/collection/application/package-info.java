/**
 * Collecting money: the mobile-money request, each step committed on its own, the webhook
 * updates, and the queries behind the collections page.
 */
package rw.paydesk.core.collection.application;
