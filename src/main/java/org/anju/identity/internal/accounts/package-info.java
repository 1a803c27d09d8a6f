/**
 * Accounts administration (账号管理), the role × permission matrix (角色权限), password changes,
 * the password policy and login history (issue 3, "Accounts and sessions").
 */
package org.anju.identity.internal.accounts;
