/**
 * Owners' joint decisions (业主共同决定, plan §5; rules.md §1): votes of an estate or one building, their motions,
 * the roll of houses and owners frozen when a vote opens, online and paper ballots, the count under Civil Code
 * art. 278 and the 2020 SPC interpretation arts. 8–9, signed ballot receipts, and {@link org.anju.voting.MotionCarried}
 * for the modules that act on a decision.
 */
package org.anju.voting;
