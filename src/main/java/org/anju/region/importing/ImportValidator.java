package org.anju.region.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anju.region.HouseUse;
import org.anju.region.MobileNumber;
import org.anju.region.OwnerKind;
import org.anju.region.ResidentIdNumber;
import org.anju.region.UnifiedSocialCreditCode;
import org.anju.region.importing.ImportPlan.Existing;

/**
 * Checks every row of a file (plan §22) and either plans the whole write or lists every bad row.
 * One row is one house and one owner; rows of the same house (楼栋+单元+房号) must agree on area
 * and use; rows with the same 证件号码 are one owner and must agree on the name.
 */
final class ImportValidator {

    static final BigDecimal MAX_AREA = new BigDecimal("9999.99");
    private static final int PROGRESS_STEP = 200;

    private final Existing existing;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<ImportPlan.House> houses = new ArrayList<>();
    private final List<ImportPlan.Owner> owners = new ArrayList<>();
    private final List<ImportPlan.Ownership> ownerships = new ArrayList<>();
    private final Map<String, Integer> houseIndex = new HashMap<>();
    private final Map<String, Integer> houseFirstRow = new HashMap<>();
    private final Map<String, Integer> ownerIndex = new HashMap<>();
    private final Map<String, Integer> ownerFirstRow = new HashMap<>();
    private final Set<Long> pairs = new HashSet<>();

    ImportValidator(Existing existing) {
        this.existing = existing;
    }

    /** The plan, or {@link ImportRefused} listing every problem of every row. */
    ImportPlan validate(List<SourceRow> rows, ImportProgress progress) {
        for (int i = 0; i < rows.size(); i++) {
            check(rows.get(i));
            if ((i + 1) % PROGRESS_STEP == 0 || i + 1 == rows.size()) {
                progress.update(ImportProgress.Stage.VALIDATING, i + 1, rows.size());
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        return new ImportPlan(rows.size(), houses, owners, ownerships);
    }

    /** The ID number as the register stores it: no spaces, upper-case X. */
    static String normalizeId(String raw) {
        return raw.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private void check(SourceRow row) {
        int before = problems.size();
        String building = text(row, ImportColumn.BUILDING, 32, true);
        String section = text(row, ImportColumn.SECTION, 16, false);
        String number = text(row, ImportColumn.NUMBER, 32, true);
        BigDecimal area = area(row);
        HouseUse use = use(row);
        String name = text(row, ImportColumn.OWNER_NAME, 128, true);
        String idNumber = normalizeId(row.cell(ImportColumn.ID_NUMBER));
        OwnerKind kind = kind(row, idNumber);
        String phone = phone(row);
        if (problems.size() > before) {
            return; // cross-row rules need a row whose every cell is well formed
        }
        int house = house(row, new ImportPlan.House(building, section, number, area, use));
        int owner = owner(row, new ImportPlan.Owner(kind, name, idNumber, phone, null));
        if (house >= 0 && owner >= 0 && !pairs.add(((long) house << 32) | owner)) {
            problem(row, ImportColumn.ID_NUMBER, "import.row.duplicateOwnership");
        } else if (house >= 0 && owner >= 0) {
            ownerships.add(new ImportPlan.Ownership(house, owner));
        }
    }

    private int house(SourceRow row, ImportPlan.House h) {
        String key = ImportPlan.houseKey(h.building(), h.section(), h.number());
        if (existing.houseKeys().contains(key)) {
            problem(row, ImportColumn.NUMBER, "import.row.houseRegistered");
            return -1;
        }
        Integer index = houseIndex.get(key);
        if (index == null) {
            houseIndex.put(key, houses.size());
            houseFirstRow.put(key, row.row());
            houses.add(h);
            return houses.size() - 1;
        }
        ImportPlan.House first = houses.get(index);
        if (first.area().compareTo(h.area()) != 0) {
            problem(row, ImportColumn.AREA, "import.row.houseAreaDiffers", houseFirstRow.get(key));
            return -1;
        }
        if (first.use() != h.use()) {
            problem(row, ImportColumn.USE, "import.row.houseUseDiffers", houseFirstRow.get(key));
            return -1;
        }
        return index;
    }

    private int owner(SourceRow row, ImportPlan.Owner o) {
        Integer index = ownerIndex.get(o.idNumber());
        if (index != null) {
            ImportPlan.Owner first = owners.get(index);
            int firstRow = ownerFirstRow.get(o.idNumber());
            if (!first.name().equals(o.name())) {
                problem(row, ImportColumn.OWNER_NAME, "import.row.ownerNameDiffers", firstRow);
                return -1;
            }
            if (o.phone() != null && first.phone() != null && !first.phone().equals(o.phone())) {
                problem(row, ImportColumn.PHONE, "import.row.ownerPhoneDiffers", firstRow);
                return -1;
            }
            if (first.phone() == null && o.phone() != null) {
                owners.set(index, new ImportPlan.Owner(first.kind(), first.name(), first.idNumber(), o.phone(),
                        first.existingId()));
            }
            return index;
        }
        ImportPlan.RegisteredOwner registered = existing.owners().get(o.idNumber());
        if (registered != null && !registered.name().equals(o.name())) {
            problem(row, ImportColumn.OWNER_NAME, "import.row.ownerRegisteredOtherName");
            return -1;
        }
        ownerIndex.put(o.idNumber(), owners.size());
        ownerFirstRow.put(o.idNumber(), row.row());
        owners.add(registered == null ? o
                : new ImportPlan.Owner(o.kind(), o.name(), o.idNumber(), o.phone(), registered.id()));
        return owners.size() - 1;
    }

    private String text(SourceRow row, ImportColumn column, int maxLength, boolean required) {
        String value = row.cell(column);
        if (required && value.isEmpty()) {
            problem(row, column, "import.row.required");
        } else if (value.length() > maxLength) {
            problem(row, column, "import.row.tooLong", maxLength);
        }
        return value;
    }

    private BigDecimal area(SourceRow row) {
        String value = row.cell(ImportColumn.AREA);
        if (value.isEmpty()) {
            problem(row, ImportColumn.AREA, "import.row.required");
            return null;
        }
        BigDecimal area;
        try {
            area = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problem(row, ImportColumn.AREA, "import.row.areaNotNumber");
            return null;
        }
        if (area.signum() <= 0) {
            problem(row, ImportColumn.AREA, "import.row.areaNotPositive");
        } else if (area.stripTrailingZeros().scale() > 2) {
            problem(row, ImportColumn.AREA, "import.row.areaScale");
        } else if (area.compareTo(MAX_AREA) > 0) {
            problem(row, ImportColumn.AREA, "import.row.areaTooLarge", MAX_AREA.toPlainString());
        } else {
            return area.setScale(2, RoundingMode.UNNECESSARY);
        }
        return null;
    }

    private HouseUse use(SourceRow row) {
        String value = row.cell(ImportColumn.USE);
        Optional<HouseUse> use = value.isEmpty() ? Optional.empty() : HouseUse.fromChinese(value);
        if (use.isEmpty()) {
            problem(row, ImportColumn.USE, value.isEmpty() ? "import.row.required" : "import.row.use");
        }
        return use.orElse(null);
    }

    private OwnerKind kind(SourceRow row, String idNumber) {
        if (idNumber.isEmpty()) {
            problem(row, ImportColumn.ID_NUMBER, "import.row.required");
        } else if (idNumber.length() != 18) {
            problem(row, ImportColumn.ID_NUMBER, "import.row.idLength", idNumber.length());
        } else if (ResidentIdNumber.isValid(idNumber)) {
            return OwnerKind.PERSON;
        } else if (UnifiedSocialCreditCode.isValid(idNumber)) {
            return OwnerKind.ORGANIZATION;
        } else {
            problem(row, ImportColumn.ID_NUMBER, "import.row.idInvalid");
        }
        return null;
    }

    private String phone(SourceRow row) {
        String value = row.cell(ImportColumn.PHONE).replace(" ", "").replace("-", "");
        if (value.isEmpty()) {
            return null;
        }
        if (!MobileNumber.isValid(value)) {
            problem(row, ImportColumn.PHONE, "import.row.phone");
        }
        return value;
    }

    private void problem(SourceRow row, ImportColumn column, String key, Object... args) {
        problems.add(new RowProblem(row.row(), column, key, args));
    }
}
