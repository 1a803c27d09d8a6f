package org.anju.region.generator;

import java.util.List;
import org.anju.region.RegisterGenerator;

/** One county's register as COPY text, in the order the tables must be written (parents first). */
public final class CountyRows {

    final Table regions = new Table("reg_region", "id, parent_id, level, code, name, path, sort_order");
    final Table estates = new Table("reg_estate", "id, community_id, region_path, name, address, built_year, legacy");
    final Table areas = new Table("reg_management_area", "id, estate_id, name");
    final Table buildings = new Table("reg_building", "id, estate_id, management_area_id, name, floors, has_lift");
    final Table houses = new Table("reg_house",
            "id, estate_id, building_id, section, number, exclusive_area, use, built_year, has_fund_account");
    final Table owners = new Table("reg_owner", "id, kind, name, id_number_enc, id_number_hash, phone_enc, phone_hash");
    final Table ownerships = new Table("reg_ownership", "house_id, owner_id");
    final Table residents = new Table("reg_resident", "id, house_id, name, phone_enc, phone_hash, relation, moved_in");
    RegisterGenerator.County county;

    public List<Table> tables() {
        return List.of(regions, estates, areas, buildings, houses, owners, ownerships, residents);
    }

    public RegisterGenerator.County county() {
        return county;
    }

    public int houseCount() {
        return houses.rows();
    }

    public int ownerCount() {
        return owners.rows();
    }
}
