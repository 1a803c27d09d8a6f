/** The fund's API under /api/v1/fund and its console and owner pages. */
package org.anju.fund.web;
