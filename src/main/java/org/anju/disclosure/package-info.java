/**
 * Disclosure boards (信息公示栏, plan §11; rules.md §2 Henan Art. 39): each estate's board as structured,
 * versioned data published by the company serving it, read by the township and county (missing items, stale
 * boards), shown to the public without login and printed as an A3 poster; charging an item not on the board
 * is a recorded violation announced as {@link org.anju.disclosure.UndisclosedChargeRecorded}.
 */
package org.anju.disclosure;
