/** Workforce REST API, console pages and the public selection page. */
package org.anju.workforce.web;
