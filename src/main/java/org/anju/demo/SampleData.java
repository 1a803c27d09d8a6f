package org.anju.demo;

import java.util.List;
import org.anju.region.RegisterGenerator;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Generated;
import org.anju.region.RegisterGenerator.Scale;
import org.springframework.stereotype.Component;

/**
 * Loads a generated register with its market, departments and demo accounts: the demo profile
 * at county scale, the benchmarks at any scale. 台前县 is always the first county, so the demo
 * accounts exist at every scale.
 */
@Component
class SampleData {

    /** The demo's seed: the day the county plan was issued. */
    static final long SEED = 20_221_019L;

    private final RegisterGenerator register;
    private final SampleMarket market;
    private final DemoAccounts accounts;
    private final SampleCommittees committees;
    private final SampleServiceModes modes;
    private final SampleParty party;
    private final SampleVotes votes;
    private final SampleContracts contracts;
    private final SampleCasework casework;
    private final SampleDisclosure disclosure;
    private final SampleTenders tenders;
    private final SampleAssemblies assemblies;
    private final SampleFund fund;
    private final SampleLife life;
    private final SampleIot iot;
    private final SampleCredit credit;
    private final SampleInspections inspections;
    private final SamplePlanWork planWork;
    private final SampleRatings ratings;
    private final SampleAssessment assessment;
    private final SamplePortal portal;
    private final SampleFundYear fundYear;
    private final SampleAreas areas;
    private final SampleDeliveries deliveries;

    SampleData(RegisterGenerator register, SampleMarket market, DemoAccounts accounts, SampleCommittees committees,
               SampleServiceModes modes, SampleParty party, SampleVotes votes, SampleContracts contracts,
               SampleCasework casework, SampleDisclosure disclosure, SampleTenders tenders,
               SampleAssemblies assemblies, SampleFund fund, SampleLife life, SampleIot iot,
               SampleCredit credit, SampleInspections inspections, SamplePlanWork planWork, SampleRatings ratings, SampleAssessment assessment, SamplePortal portal, SampleFundYear fundYear, SampleAreas areas,
               SampleDeliveries deliveries) {
        this.areas = areas;
        this.deliveries = deliveries;
        this.credit = credit;
        this.inspections = inspections;
        this.planWork = planWork;
        this.ratings = ratings;
        this.fundYear = fundYear;
        this.votes = votes;
        this.contracts = contracts;
        this.casework = casework;
        this.disclosure = disclosure;
        this.tenders = tenders;
        this.assemblies = assemblies;
        this.fund = fund;
        this.life = life;
        this.iot = iot;
        this.assessment = assessment;
        this.portal = portal;
        this.committees = committees;
        this.register = register;
        this.market = market;
        this.accounts = accounts;
        this.modes = modes;
        this.party = party;
    }

    boolean registerIsEmpty() {
        return register.registerIsEmpty();
    }

    Generated load(Scale scale, long seed) {
        Generated generated = register.generate(scale, seed);
        List<County> counties = generated.counties();
        SampleMarket.Market taiqian = market.register(counties.get(0), 0, seed);
        modes.record(counties.get(0), taiqian, seed);
        party.record(counties.get(0), seed);
        for (int c = 1; c < counties.size(); c++) {
            modes.record(counties.get(c), market.register(counties.get(c), c, seed), seed);
            party.record(counties.get(c), seed);
        }
        long committeeEstate = accounts.create(counties.get(0), taiqian);
        committees.register(counties.get(0), committeeEstate, seed);
        assemblies.register(counties.get(0));
        areas.record(counties.get(0), committeeEstate);
        votes.record(counties.get(0), committeeEstate, seed);
        contracts.record(counties.get(0), taiqian, committeeEstate, seed);
        casework.record(counties.get(0), taiqian, committeeEstate, seed);
        disclosure.record(counties.get(0), taiqian, taiqian.companyOf(committeeEstate), seed);
        List<Long> experts = tenders.record(counties.get(0), taiqian, seed);
        fund.record(counties.get(0), committeeEstate, seed);
        life.load(counties.get(0), taiqian, committeeEstate, seed);
        deliveries.record(counties.get(0), committeeEstate);
        fundYear.record(counties.get(0), committeeEstate);
        iot.record(counties.get(0), seed);
        credit.record(counties.get(0), taiqian, taiqian.companyOf(committeeEstate));
        inspections.record(counties.get(0), taiqian, taiqian.companyOf(committeeEstate));
        planWork.record(counties.get(0), taiqian, committeeEstate);
        ratings.record(counties.get(0), taiqian, committeeEstate, experts, seed);
        assessment.record(counties.get(0), seed);
        portal.record(counties.get(0), committeeEstate);
        // every other county too, so the coverage benchmark measures a whole province's committees
        for (int c = 1; c < counties.size(); c++) {
            committees.register(counties.get(c), SampleCommittees.NO_ACCOUNT_ESTATE, seed + c);
        }
        return generated;
    }
}
