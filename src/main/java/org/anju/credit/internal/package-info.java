/** The credit module's SQL, its event listeners, its job and the beans it offers other modules. */
package org.anju.credit.internal;
