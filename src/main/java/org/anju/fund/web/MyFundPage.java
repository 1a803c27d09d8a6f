package org.anju.fund.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.fund.FundLedger;
import org.anju.fund.YearStatements;
import org.anju.fund.FundView.Account;
import org.anju.fund.FundView.Statement;
import org.anju.platform.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的维修资金 (phone first): each of the owner's houses, its balance, its latest movements, and the estate's latest
 * yearly statement with the house's own figures of that year.
 */
@Controller
class MyFundPage {

    /** One house on the page. */
    record MyHouse(Account account, Statement recent) {
    }

    private final FundLedger ledger;
    private final YearStatements statements;

    MyFundPage(FundLedger ledger, YearStatements statements) {
        this.ledger = ledger;
        this.statements = statements;
    }

    @GetMapping("/console/me/fund")
    String mine(Model model) {
        List<MyHouse> houses = new ArrayList<>();
        for (Account a : ledger.mine()) {
            houses.add(new MyHouse(a, ledger.statement(a.houseId(), new PageRequest(0, 5))));
        }
        model.addAttribute("houses", houses);
        // 年度公布: the estate's latest yearly statement beside the house's own figures of that year
        Map<Long, YearStatements.MyYear> years = new HashMap<>();
        statements.mine().forEach(y -> years.put(y.account().houseId(), y));
        model.addAttribute("years", years);
        return "fund/mine";
    }
}
