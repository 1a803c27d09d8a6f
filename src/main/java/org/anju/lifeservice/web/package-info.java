/** Life services REST API and console pages. */
package org.anju.lifeservice.web;
