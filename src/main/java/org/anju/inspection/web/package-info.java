/** The inspection and hazard API, the public inspection pages and the console pages. */
package org.anju.inspection.web;
