package org.anju.region.importing;

import java.math.BigDecimal;
import java.util.List;
import org.anju.region.HouseUse;
import org.anju.region.OwnerKind;

/**
 * A checked file, ready to write: its houses, the owners it names (new or already registered) and
 * who owns what. Indexes point into the lists, so the writer needs no lookups by text.
 */
record ImportPlan(int rows, List<House> houses, List<Owner> owners, List<Ownership> ownerships) {

    /** A house to create. section is "" where the building has no sections. */
    record House(String building, String section, String number, BigDecimal area, HouseUse use) {
    }

    /** An owner named in the file; existingId is set when the ID number is already registered. */
    record Owner(OwnerKind kind, String name, String idNumber, String phone, Long existingId) {
    }

    /** The owner at ownerIndex owns the house at houseIndex. */
    record Ownership(int houseIndex, int ownerIndex) {
    }

    /** What the register already holds that the file must not contradict. */
    record Existing(java.util.Set<String> houseKeys, java.util.Map<String, RegisteredOwner> owners) {
    }

    /** An owner already in the register, by ID number. */
    record RegisteredOwner(long id, String name) {
    }

    static String houseKey(String building, String section, String number) {
        return building + '\u0000' + section + '\u0000' + number;
    }
}
