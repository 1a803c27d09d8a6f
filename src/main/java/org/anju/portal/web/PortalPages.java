package org.anju.portal.web;

import java.time.LocalDate;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.anju.disclosure.Board;
import org.anju.disclosure.Disclosures;
import org.anju.fund.FundUsages;
import org.anju.governance.Committees;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.portal.FrontPage;
import org.anju.portal.NoticeCategory;
import org.anju.portal.Notices;
import org.anju.region.PublicRegisterFigures;
import org.anju.tender.Tenders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's front page and the estate search: what is public about an estate, gathered on one page. */
@Controller
class PortalPages {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FrontPage front;
    private final Notices notices;
    private final PublicRegisterFigures register;
    private final Disclosures disclosures;
    private final Committees committees;
    private final FundUsages fund;
    private final Tenders tenders;
    private final Clock clock;

    PortalPages(FrontPage front, Notices notices, PublicRegisterFigures register, Disclosures disclosures,
                Committees committees, FundUsages fund, Tenders tenders, Clock clock) {
        this.front = front;
        this.notices = notices;
        this.register = register;
        this.disclosures = disclosures;
        this.committees = committees;
        this.fund = fund;
        this.tenders = tenders;
        this.clock = clock;
    }

    @GetMapping("/")
    String index(Model model) {
        var five = PageRequest.of(0, 5);
        var figures = front.figures();
        model.addAttribute("figures", figures);
        model.addAttribute("asOf", AS_OF.format(figures.asOf().atZone(clock.getZone())));
        model.addAttribute("notices", notices.published(NoticeCategory.NOTICE, null, five).content());
        model.addAttribute("policies", notices.published(NoticeCategory.POLICY, null, five).content());
        // the assessment of the year before is the latest one a county can have published
        model.addAttribute("assessmentYear", LocalDate.now(clock).getYear() - 1);
        return "portal/index";
    }

    @GetMapping("/public/estates")
    String estates(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                   Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", register.estates(q, PageRequest.ofConsole(page, 20)));
        model.addAttribute("pagerPath", "/public/estates");
        model.addAttribute("filterQuery", new QueryString().with("q", q).toString());
        return "portal/estates";
    }

    @GetMapping("/public/estates/{id:\\d+}")
    String estate(@PathVariable long id, Model model) {
        var estate = register.estate(id).orElseThrow(() -> new NotFoundException("estate", id));
        var ten = PageRequest.of(0, 10);
        model.addAttribute("estate", estate);
        model.addAttribute("board", board(id));
        model.addAttribute("committees", committees.publicFiled(id, null, ten).content());
        model.addAttribute("fundUses", fund.announced(id, null, ten));
        model.addAttribute("tenders", tenders.publicList(estate.name(), PageRequest.of(0, 50)).content().stream()
                .filter(t -> t.estateId() == id).limit(10).toList());
        return "portal/estate";
    }

    private Board board(long estateId) {
        try {
            return disclosures.publicBoard(estateId);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
