package org.anju.voting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.voting.Ballots;
import org.anju.voting.Channel;
import org.anju.voting.Choice;
import org.anju.voting.VoteStatus;
import org.anju.voting.VoteView.Ballot;
import org.anju.voting.VoteView.Vote;
import org.anju.voting.Votes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的表决, phone first: the votes of the owner's houses, the ballot (one choice per motion, changeable until the
 * period ends), the signed receipts and, once published, the result.
 */
@Controller
@RequestMapping("/console/me/votes")
class OwnerVotePages {

    private final Votes votes;
    private final Ballots ballots;
    private final java.time.Clock clock;

    OwnerVotePages(Votes votes, Ballots ballots, java.time.Clock clock) {
        this.clock = clock;
        this.votes = votes;
        this.ballots = ballots;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", votes.list(null, null, null, null, PageRequest.ofConsole(page, 20)));
        model.addAttribute("pagerPath", "/console/me/votes");
        model.addAttribute("filterQuery", "");
        return "voting/my-votes";
    }

    @GetMapping("/{id:\\d+}")
    String vote(@PathVariable long id, Model model) {
        Vote v = votes.get(id);
        List<Ballot> mine = ballots.mine(id);
        model.addAttribute("vote", v);
        model.addAttribute("mine", mine.stream().collect(Collectors.toMap(Ballot::motionId, b -> b)));
        model.addAttribute("paper", mine.stream().anyMatch(b -> b.channel() == Channel.PAPER));
        model.addAttribute("choices", Choice.values());
        model.addAttribute("open", v.status() == VoteStatus.OPEN
                && v.closesAt().toInstant().isAfter(clock.instant()));
        model.addAttribute("result", v.status() == VoteStatus.PUBLISHED ? votes.result(id) : null);
        return "voting/my-vote";
    }

    /** Checks a receipt the owner kept (pasted), and shows whether the count holds that ballot as cast. */
    @PostMapping("/{id:\\d+}/check")
    String check(@PathVariable long id, @RequestParam(required = false) String receipt, Model model) {
        model.addAttribute("check", ballots.check(id, receipt));
        model.addAttribute("checked", receipt);
        return vote(id, model);
    }

    @PostMapping("/{id:\\d+}")
    String cast(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        Map<Long, Choice> choices = new java.util.LinkedHashMap<>();
        for (var m : votes.get(id).motions()) {
            choices.put(m.id(), VotePages.enumOf(Choice.class, params.get("choice" + m.id())));
        }
        try {
            ballots.castOwnSheet(id, choices);
            redirect.addFlashAttribute("flash", "vote.cast");
            return "redirect:/console/me/votes/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return vote(id, model);
        }
    }
}
