/** Garbage sorting's REST API and console pages. */
package org.anju.garbage.web;
