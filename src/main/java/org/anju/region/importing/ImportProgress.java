package org.anju.region.importing;

/** Receives how far an import has come, for the page's progress line. */
@FunctionalInterface
interface ImportProgress {

    /** The stages a clerk sees. */
    enum Stage {
        /** 校验中: rows being checked */
        VALIDATING,
        /** 写入中: rows being written */
        WRITING
    }

    ImportProgress NONE = (stage, done, total) -> {
    };

    void update(Stage stage, int done, int total);
}
