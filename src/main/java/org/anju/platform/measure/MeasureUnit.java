package org.anju.platform.measure;

/** How a measure's value reads. */
public enum MeasureUnit {
    /** A rate from 0 to 100. */
    PERCENT,
    /** A count of things. */
    COUNT,
    /** A score on the measure's own scale. */
    SCORE;

    /** Message key of the unit's name. */
    public String messageKey() {
        return "measure.unit." + name();
    }
}
