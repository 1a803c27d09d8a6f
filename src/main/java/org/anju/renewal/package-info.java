/**
 * Old estates (老旧小区, plan §20): each old estate's renovation (planned, under way, done; year, scope, building
 * area), its grouping into service areas of about 30 000 m² (checked against a target the county edits), the
 * service station a township sets up for each area, and the area's funding by source in yuan.
 */
package org.anju.renewal;
