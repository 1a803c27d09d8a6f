/**
 * Platform: what every module shares and no module owns: the embedded database for a bare
 * machine, RFC 9457 error answers, paging, masking of personal data, and the page layout.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.anju.platform;
