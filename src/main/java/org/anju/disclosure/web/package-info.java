/** Disclosure boards' REST API, console pages, public page and A3 poster. */
package org.anju.disclosure.web;
