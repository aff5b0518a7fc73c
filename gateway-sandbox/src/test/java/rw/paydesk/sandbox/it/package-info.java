/** Black-box tests: one Payara Micro with sandbox.war per test JVM, driven over HTTP as a client would. */
package rw.paydesk.sandbox.it;
