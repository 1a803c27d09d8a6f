package org.anju.market;

import java.time.LocalDate;
import java.util.List;

/** What the company API returns. */
public final class CompanyView {

    private CompanyView() {
    }

    /** A property company (物业服务企业); {@code bar} is the bar in force, or null. */
    public record Company(long id, String name, String creditCode, String address, String legalRepresentative,
                          LocalDate registeredOn, String phone, CompanyStatus status, long activeProjects,
                          long staffCount, Bar bar) {

        /** Whether the company may take a new project today: active and not barred. */
        public boolean mayTakeProjects() {
            return status == CompanyStatus.ACTIVE && bar == null;
        }
    }

    /** One of its staff, with the skill certificate (职业技能等级 1–5, 1 the highest) if any. */
    public record Staff(long id, long companyId, String name, String position, Integer skillLevel,
                        String certificateNo, LocalDate certifiedOn) {
    }

    /** A bar from new projects (退出机制); {@code liftedOn} null while in force. */
    public record Bar(long id, long companyId, String companyName, String creditCode, String reason,
                      LocalDate barredOn, LocalDate liftedOn, String liftReason) {
    }

    /** The company page: staff, projects, contracts and its bars. */
    public record Detail(Company company, List<Staff> staff, List<ProjectView.Project> projects,
                         List<ContractView.Contract> contracts, List<Bar> bars) {
    }

    /** What the public sees of a bar from new projects. */
    public record PublicBar(String companyName, String creditCode, String reason, LocalDate barredOn) {
    }
}
