/**
 * Portal: what the county publishes for everyone, without logging in (plan §11, §12): red and
 * black lists, star ratings, disclosure boards, inspection results, fund use and notices.
 */
package org.anju.portal;
