/** Life services SQL. */
package org.anju.lifeservice.internal;
