package org.anju.region.generator;

/**
 * The next id of each generated table. Ids are assigned here, not by the database, so that
 * COPY can write parents and children in one pass; {@link CopyWriter} moves the sequences on.
 */
public final class Ids {

    long region;
    long estate;
    long area;
    long building;
    long house;
    long owner;
    long resident;

    /** Ids of an empty database, for tests that never write. */
    public static Ids fresh() {
        Ids ids = new Ids();
        ids.region = ids.estate = ids.area = ids.building = ids.house = ids.owner = ids.resident = 1;
        return ids;
    }
}
