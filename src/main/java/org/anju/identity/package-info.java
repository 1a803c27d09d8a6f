/**
 * Identity: accounts and their roles, the jurisdiction each account is bound to, login, and
 * the audit trail (plan §12, §14). Every module scopes its queries with {@link org.anju.identity.Jurisdiction}
 * and records changes through {@link org.anju.identity.AuditLog}.
 */
package org.anju.identity;
