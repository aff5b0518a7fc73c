/**
 * Test-only infrastructure shared by the modules' black-box tests: a Payara Micro child
 * process and an embedded PostgreSQL. It depends on no PayDesk module.
 */
package rw.paydesk.testsupport;
