/**
 * The residential maintenance fund (住宅专项维修资金, plan §17, §18, §20; rules.md §3): one account (分户账) per
 * house on a double-entry ledger, deposits, interest allocation, ordinary and emergency use, and the invariant check
 * that the house accounts, the bank account and the journal agree to the fen.
 */
package org.anju.fund;
