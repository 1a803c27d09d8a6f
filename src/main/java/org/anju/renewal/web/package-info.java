/** Old estates REST API and console pages. */
package org.anju.renewal.web;
