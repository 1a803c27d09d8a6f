/** Governance API (/api/v1/committees) and console pages (/console/committees). */
package org.anju.governance.web;
