package org.clusterworks.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clusterworks.funding.eligibility.EligibilityContext;
import org.clusterworks.funding.eligibility.EligibilityRule;
import org.clusterworks.funding.eligibility.EligibilityRules;
import org.clusterworks.funding.eligibility.Finding;
import org.clusterworks.funding.eligibility.Partner;
import org.clusterworks.funding.eligibility.Proposal;
import org.clusterworks.funding.eligibility.RuleKind;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Helix;
import org.junit.jupiter.api.Test;

/** Every rule kind, built from its stored parameters, passes and fails with the reason and figures it gives. */
class EligibilityRulesTest {

    /** Arusha (TZ-01) lies in Tanzania; FRK23 lies in FRK2, FRK and FR; initiative 7 has members 1 and 2. */
    static final EligibilityContext CONTEXT = new EligibilityContext() {
        final Map<String, List<String>> ancestors =
                Map.of("TZ-01", List.of("TZ"), "TZ-09", List.of("TZ"), "FRK23", List.of("FRK2", "FRK", "FR"));

        @Override
        public boolean liesWithin(String code, String region) {
            return code.equals(region)
                    || ancestors.getOrDefault(code, List.of()).contains(region);
        }

        @Override
        public Collection<Long> activeMembers(long initiativeId) {
            return initiativeId == 7 ? Set.of(1L, 2L) : Set.of();
        }
    };

    static Partner p(long id, Helix helix, boolean sme, String territory, long cost, boolean lead) {
        return new Partner(id, "Org" + id, helix, sme, territory, BigDecimal.valueOf(cost), lead);
    }

    /** Lead Org1 (business SME in Arusha), Org2 (research), Org3 (business, not SME); total cost 100. */
    static final Proposal THREE = new Proposal(
            List.of(
                    p(1, Helix.BUSINESS, true, "TZ-01", 50, true),
                    p(2, Helix.RESEARCH_EDUCATION, false, "TZ-01", 30, false),
                    p(3, Helix.BUSINESS, false, "TZ-09", 20, false)),
            new BigDecimal("70"));

    static Finding check(RuleKind kind, Map<String, String> params, Proposal proposal) {
        EligibilityRule rule = EligibilityRules.of(kind, params);
        return rule.check(proposal, CONTEXT);
    }

    @Test
    void minimumPartnersCountsDistinctOrganisations() {
        Finding ok = check(RuleKind.MIN_PARTNERS, Map.of("min", "3"), THREE);
        assertThat(ok.passed()).isTrue();
        Finding fail = check(RuleKind.MIN_PARTNERS, Map.of("min", "4"), THREE);
        assertThat(fail.passed()).isFalse();
        assertThat(fail.messageKey()).isEqualTo("funding.rule.min-partners.fail");
        assertThat(fail.args()).containsExactly(3L, 4);
    }

    @Test
    void helixRolesCountsDifferentRoles() {
        assertThat(check(RuleKind.MIN_HELIX_ROLES, Map.of("min", "2"), THREE).passed())
                .isTrue();
        Finding fail = check(RuleKind.MIN_HELIX_ROLES, Map.of("min", "3"), THREE);
        assertThat(fail.passed()).isFalse();
        assertThat(fail.args()).containsExactly(2L, 3);
    }

    @Test
    void smesAreCounted() {
        assertThat(check(RuleKind.MIN_SMES, Map.of("min", "1"), THREE).passed()).isTrue();
        Finding fail = check(RuleKind.MIN_SMES, Map.of("min", "2"), THREE);
        assertThat(fail.passed()).isFalse();
        assertThat(fail.args()).containsExactly(1L, 2);
    }

    @Test
    void leadMustLieInTheTerritoryOrInsideIt() {
        assertThat(check(RuleKind.LEAD_IN_TERRITORY, Map.of("codes", "TZ-01"), THREE)
                        .passed())
                .isTrue();
        assertThat(check(RuleKind.LEAD_IN_TERRITORY, Map.of("codes", "TZ"), THREE)
                        .passed())
                .isTrue();
        Finding fail = check(RuleKind.LEAD_IN_TERRITORY, Map.of("codes", "TZ-09, FRK"), THREE);
        assertThat(fail.passed()).isFalse();
        assertThat(fail.messageKey()).isEqualTo("funding.rule.lead-in-territory.fail");
        assertThat(fail.args()).containsExactly("Org1", "TZ-01", "TZ-09, FRK");
        // A partner outside the territory does not matter: only the lead is checked.
        var frenchLead = new Proposal(List.of(p(9, Helix.BUSINESS, true, "FRK23", 10, true)), BigDecimal.ONE);
        assertThat(check(RuleKind.LEAD_IN_TERRITORY, Map.of("codes", "FRK"), frenchLead)
                        .passed())
                .isTrue();
    }

    @Test
    void initiativeMembershipOfTheLeadOrOfEveryPartner() {
        assertThat(check(RuleKind.INITIATIVE_MEMBERS, Map.of("initiativeId", "7", "all", "false"), THREE)
                        .passed())
                .isTrue();
        Finding fail = check(RuleKind.INITIATIVE_MEMBERS, Map.of("initiativeId", "7", "all", "true"), THREE);
        assertThat(fail.passed()).isFalse();
        assertThat(fail.args()).containsExactly("Org3");
        assertThat(check(RuleKind.INITIATIVE_MEMBERS, Map.of("initiativeId", "8"), THREE)
                        .args())
                .containsExactly("Org1");
    }

    @Test
    void partnerShareComparesTheLargestCostWithTheTotal() {
        // Org1 holds 50 of 100 = 50.0 %.
        Finding ok = check(RuleKind.MAX_PARTNER_SHARE, Map.of("maxPct", "50"), THREE);
        assertThat(ok.passed()).isTrue();
        Finding fail = check(RuleKind.MAX_PARTNER_SHARE, Map.of("maxPct", "49.9"), THREE);
        assertThat(fail.passed()).isFalse();
        assertThat(fail.args()).containsExactly("Org1", new BigDecimal("50.0"), new BigDecimal("49.9"));
        var empty = new Proposal(List.of(p(1, Helix.BUSINESS, true, "TZ-01", 0, true)), null);
        assertThat(check(RuleKind.MAX_PARTNER_SHARE, Map.of("maxPct", "60"), empty)
                        .messageKey())
                .isEqualTo("funding.rule.no-budget");
    }

    @Test
    void grantMustBePositiveAndAtMostTheMaximum() {
        assertThat(check(RuleKind.MAX_GRANT, Map.of("max", "70"), THREE).passed())
                .isTrue();
        Finding fail = check(RuleKind.MAX_GRANT, Map.of("max", "69.99"), THREE);
        assertThat(fail.passed()).isFalse();
        assertThat(fail.args()).containsExactly(new BigDecimal("70"), new BigDecimal("69.99"));
        assertThat(check(RuleKind.MAX_GRANT, Map.of("max", "70"), new Proposal(THREE.partners(), null))
                        .passed())
                .isFalse();
    }

    @Test
    void coFinancingIsTheShareOfCostNotCoveredByTheGrant() {
        // Cost 100, grant 70: the applicants pay 30 = 30.0 %.
        assertThat(check(RuleKind.MIN_COFINANCING, Map.of("minPct", "30"), THREE)
                        .passed())
                .isTrue();
        Finding fail = check(RuleKind.MIN_COFINANCING, Map.of("minPct", "30.1"), THREE);
        assertThat(fail.passed()).isFalse();
        assertThat(fail.messageKey()).isEqualTo("funding.rule.min-cofinancing.fail");
        assertThat(fail.args()).containsExactly(new BigDecimal("30.0"), new BigDecimal("30.1"));
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> EligibilityRules.of(RuleKind.MIN_PARTNERS, Map.of("min", "zero")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).containsEntry("min", "funding.rule.error.positive-integer"));
        assertThatThrownBy(() -> EligibilityRules.of(RuleKind.MIN_COFINANCING, Map.of("minPct", "120")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).containsEntry("minPct", "funding.rule.error.percent"));
        assertThatThrownBy(() -> EligibilityRules.of(RuleKind.LEAD_IN_TERRITORY, Map.of("codes", " ")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.errors()).containsEntry("codes", "funding.rule.error.codes"));
        assertThatThrownBy(() -> EligibilityRules.of(null, Map.of()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.errors()).containsKey("kind"));
    }

    @Test
    void storedParametersRebuildTheSameRule() {
        for (RuleKind kind : RuleKind.values()) {
            Map<String, String> params = switch (kind) {
                case LEAD_IN_TERRITORY -> Map.of("codes", "TZ-01,TZ-02");
                case INITIATIVE_MEMBERS -> Map.of("initiativeId", "7", "all", "true");
                case MAX_PARTNER_SHARE, MIN_COFINANCING -> Map.of("maxPct", "40", "minPct", "40");
                case MAX_GRANT -> Map.of("max", "1000");
                default -> Map.of("min", "2");
            };
            EligibilityRule rule = EligibilityRules.of(kind, params);
            assertThat(EligibilityRules.of(kind, rule.parameters())).isEqualTo(rule);
        }
    }
}
