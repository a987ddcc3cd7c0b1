/** Positions and messages for problems in user input; depends on nothing else in Casebook. */
package org.casebook.diag;
