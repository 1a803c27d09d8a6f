/** The voting API and pages (organiser's console, owner's phone pages). */
package org.anju.voting.web;
