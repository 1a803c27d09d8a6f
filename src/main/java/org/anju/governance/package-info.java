/**
 * Self-governance: owners' committees (业委会) and interim property management committees (物管会) of an
 * estate, their members, filing (备案), re-election, dissolution and negative list (plan §4, §5, §7; rules.md §2).
 */
package org.anju.governance;
