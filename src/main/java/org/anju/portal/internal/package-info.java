/** The portal's SQL: notices and the public complaints' lookup codes. */
package org.anju.portal.internal;
