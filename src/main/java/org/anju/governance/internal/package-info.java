/** Governance storage: jurisdiction-scoped SQL for committees, members, timeline and settings. */
package org.anju.governance.internal;
