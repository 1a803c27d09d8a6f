/**
 * Credit evaluation of property companies (信用评价, plan §12, rules.md §5): credit events from closed complaints,
 * inspection findings, contract endings, townships' opinions, commendations and county records, each traced to its
 * source; the score, grade and red and black lists ({@link org.anju.credit.CreditScheme}); objections and credit
 * repair; the public honor roll. Public API: {@link org.anju.credit.CreditBook}.
 */
package org.anju.credit;
