/** The portal's pages (public and console) and its REST API. */
package org.anju.portal.web;
