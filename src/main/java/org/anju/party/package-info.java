/**
 * Party: Party organisations (党支部、网格党支部) covering estates, and cross-appointments (plan §2(二)1, §7).
 */
package org.anju.party;
