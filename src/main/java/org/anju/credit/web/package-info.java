/** The credit API, the public honor roll and the console pages. */
package org.anju.credit.web;
