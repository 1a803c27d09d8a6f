package org.anju.fund.web;

import java.util.ArrayList;
import java.util.List;
import org.anju.fund.FundLedger;
import org.anju.fund.FundView.Account;
import org.anju.fund.FundView.Statement;
import org.anju.platform.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 我的维修资金 (phone first): each of the owner's houses, its balance, and its latest movements. */
@Controller
class MyFundPage {

    /** One house on the page. */
    record MyHouse(Account account, Statement recent) {
    }

    private final FundLedger ledger;

    MyFundPage(FundLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/console/me/fund")
    String mine(Model model) {
        List<MyHouse> houses = new ArrayList<>();
        for (Account a : ledger.mine()) {
            houses.add(new MyHouse(a, ledger.statement(a.houseId(), new PageRequest(0, 5))));
        }
        model.addAttribute("houses", houses);
        return "fund/mine";
    }
}
