/** Billing's REST API and console pages. */
package org.anju.billing.web;
