/** The virtual handset: pending mobile-money prompts per phone, approved with a PIN or declined by a person. */
package rw.paydesk.sandbox.handset;
