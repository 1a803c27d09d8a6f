package org.anju.workforce;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.anju.market.Companies;
import org.anju.market.CompanyView.Company;
import org.anju.market.CompanyView.Staff;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.stereotype.Service;

/**
 * Skill certificates of company staff (plan §23: 职业技能等级认定), read from the market module, which keeps each
 * staff member's level and certificate: per company of the caller's scope, staff registered, staff certified and
 * the count per level (1 the highest). Nothing is stored here.
 */
@Service
public class Certificates {

    /** One company's certification. */
    public record CompanyCertificates(long companyId, String companyName, int staff, int certified,
                                      Map<Integer, Integer> byLevel) {
    }

    private final Companies companies;

    Certificates(Companies companies) {
        this.companies = companies;
    }

    public PageResult<CompanyCertificates> list(String text, PageRequest page) {
        PageResult<Company> result = companies.list(text, null, null, page);
        List<CompanyCertificates> rows = result.content().stream().map(c -> {
            List<Staff> staff = companies.staff(c.id());
            Map<Integer, Integer> levels = new TreeMap<>();
            staff.stream().filter(s -> s.skillLevel() != null && s.certificateNo() != null)
                    .forEach(s -> levels.merge(s.skillLevel(), 1, Integer::sum));
            int certified = levels.values().stream().mapToInt(Integer::intValue).sum();
            return new CompanyCertificates(c.id(), c.name(), staff.size(), certified, levels);
        }).toList();
        return new PageResult<>(rows, result.totalElements(), result.page(), result.size());
    }

    /** The staff of one company (404 outside the caller's scope), for the forms that pick a staff member. */
    public List<Staff> staff(long companyId) {
        return companies.staff(companyId);
    }
}
