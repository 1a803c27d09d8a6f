/**
 * Importing a register (楼栋, 房屋, 业主) into one estate from the county's xlsx or CSV template,
 * all rows or none, and exporting the register's lists to Excel with personal data masked (plan §22).
 */
package org.anju.region.importing;
