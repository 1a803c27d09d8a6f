/**
 * Console: the signed-in workbench: the layout every page shares (user, role, jurisdiction,
 * navigation by the plan's areas) and each role's home page.
 */
package org.anju.console;
