/** Tenders' REST API, console pages and public award page. */
package org.anju.tender.web;
