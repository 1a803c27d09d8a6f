/** Casework API (/api/v1/complaints, /api/v1/stats/casework) and console pages (/console/complaints). */
package org.anju.casework.web;
