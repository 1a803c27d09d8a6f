package org.anju.governance;

/** How the owners meet. Message key {@code assembly.form.NAME}. */
public enum AssemblyForm {
    /** 业主大会: every owner takes part. */
    GENERAL,
    /** 业主代表大会: owners' representatives, allowed above 300 households (Henan 2017 arts. 18–21). */
    REPRESENTATIVE
}
