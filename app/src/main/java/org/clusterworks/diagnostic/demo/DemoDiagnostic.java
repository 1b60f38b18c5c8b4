package org.clusterworks.diagnostic.demo;

import java.util.List;
import java.util.Map;
import org.clusterworks.diagnostic.SwotKind;
import org.clusterworks.diagnostic.report.DiagnosticService;
import org.clusterworks.diagnostic.swot.EvidenceInput;
import org.clusterworks.diagnostic.swot.SwotRepository;
import org.clusterworks.diagnostic.valuechain.ValueChainRepository;
import org.clusterworks.diagnostic.valuechain.ValueChainStage;
import org.clusterworks.identity.DemoData;
import org.clusterworks.initiatives.InitiativeSummary;
import org.clusterworks.initiatives.Initiatives;
import org.clusterworks.mapping.MappingDatasets;
import org.clusterworks.stakeholders.Stakeholders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo diagnostic of the Arusha horticulture cluster: a SWOT board with stakeholder votes and evidence, the value
 * chain with its gaps, and an approved diagnostic (after the directory's relationships and any survey rounds exist).
 * Runs once, when the initiative has no SWOT item yet.
 */
@Component
@Order(70)
class DemoDiagnostic implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDiagnostic.class);

    private final DemoData demo;
    private final JdbcClient jdbc;
    private final Initiatives initiatives;
    private final Stakeholders stakeholders;
    private final ObjectProvider<MappingDatasets> datasets;
    private final SwotRepository swot;
    private final ValueChainRepository chain;
    private final DiagnosticService diagnostics;

    DemoDiagnostic(
            DemoData demo,
            JdbcClient jdbc,
            Initiatives initiatives,
            Stakeholders stakeholders,
            ObjectProvider<MappingDatasets> datasets,
            SwotRepository swot,
            ValueChainRepository chain,
            DiagnosticService diagnostics) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
        this.datasets = datasets;
        this.swot = swot;
        this.chain = chain;
        this.diagnostics = diagnostics;
    }

    /** A SWOT item of the demo with the demo users who vote for it. */
    private record Item(SwotKind kind, String category, String title, String description, List<String> voters) {}

    private static final List<String> ALL = List.of("admin", "officer", "manager", "member");

    private static final List<Item> ITEMS = List.of(
            new Item(
                    SwotKind.STRENGTH,
                    "INPUTS",
                    "Year-round growing conditions",
                    "Altitude, volcanic soils and two rainy seasons allow vegetables, fruit and flowers all year.",
                    ALL),
            new Item(
                    SwotKind.STRENGTH,
                    "TECHNOLOGY",
                    "Research and training institutes nearby",
                    "TARI Tengeru, NM-AIST and TPRI work on varieties, pests and post-harvest handling.",
                    List.of("officer", "manager")),
            new Item(
                    SwotKind.STRENGTH,
                    "COOPERATION",
                    "An active horticulture association",
                    "TAHA links growers to buyers and represents the sector to government.",
                    List.of("member")),
            new Item(
                    SwotKind.STRENGTH,
                    "INFRASTRUCTURE",
                    "Kilimanjaro International Airport within an hour",
                    "Air freight to Europe and the Gulf for flowers, French beans and avocado.",
                    List.of()),
            new Item(
                    SwotKind.WEAKNESS,
                    "INFRASTRUCTURE",
                    "High post-harvest losses",
                    "Few smallholders have access to cold storage; losses of 30-40 % are reported for vegetables.",
                    ALL),
            new Item(
                    SwotKind.WEAKNESS,
                    "MARKETS",
                    "Few firms certified for export standards",
                    "GlobalG.A.P. and organic certification are too costly for individual smallholders.",
                    List.of("officer", "manager", "member")),
            new Item(
                    SwotKind.WEAKNESS,
                    "FINANCE",
                    "Little credit for growers and processors",
                    "Banks ask for collateral that smallholders and young processors do not have.",
                    List.of("admin", "member")),
            new Item(
                    SwotKind.WEAKNESS,
                    "COOPERATION",
                    "Weak links between growers and processors",
                    "Few written supply contracts; processors cannot count on volumes and quality.",
                    List.of("manager")),
            new Item(
                    SwotKind.OPPORTUNITY,
                    "MARKETS",
                    "Growing demand for avocado and French beans",
                    "Import demand in Europe and the Middle East grows faster than supply.",
                    List.of("admin", "officer", "manager")),
            new Item(
                    SwotKind.OPPORTUNITY,
                    "POLICY",
                    "National innovative cluster programme",
                    "COSTECH and SIDO support cluster initiatives with UNIDO technical assistance.",
                    List.of("officer")),
            new Item(
                    SwotKind.OPPORTUNITY,
                    "MARKETS",
                    "East African Community markets",
                    "Regional demand for processed fruit and vegetables within the customs union.",
                    List.of("member")),
            new Item(
                    SwotKind.THREAT,
                    "TECHNOLOGY",
                    "Pests, diseases and residue limits",
                    "Tuta absoluta and fall armyworm spread; buyers tighten pesticide residue limits.",
                    List.of("admin", "manager", "member")),
            new Item(
                    SwotKind.THREAT,
                    "INPUTS",
                    "Climate variability and water scarcity",
                    "Erratic rains and competing demand for irrigation water.",
                    List.of("officer", "member")),
            new Item(
                    SwotKind.THREAT,
                    "MARKETS",
                    "Competition from Kenyan exporters",
                    "Better logistics and certification give Kenyan exporters lower costs per kilo.",
                    List.of()));

    private static final Map<ValueChainStage, List<String>> PLACEMENTS = Map.of(
            ValueChainStage.INPUTS,
            List.of("Tengeru Seedlings Co.", "Agro Inputs East Africa Ltd"),
            ValueChainStage.PRODUCTION,
            List.of(
                    "Kimaro Greens Ltd",
                    "Meru Fresh Produce Ltd",
                    "Kilimanjaro Avocado Growers Ltd",
                    "Mount Meru Flowers Ltd",
                    "Mama Shamba Organic Farm",
                    "Kilimo Women Farmers Network"),
            ValueChainStage.PROCESSING,
            List.of("Karatu Fruit Processors", "Usa River Packhouse Cooperative"),
            ValueChainStage.DISTRIBUTION,
            List.of("Nduruma Cold Chain Services", "Arumeru Onion Traders"),
            ValueChainStage.MARKETS,
            List.of("Arumeru Onion Traders"),
            ValueChainStage.SUPPORT_SERVICES,
            List.of(
                    "Tanzania Agricultural Research Institute - Tengeru",
                    "Nelson Mandela African Institution of Science and Technology",
                    "Tengeru Institute of Community Development",
                    "SIDO Arusha Regional Office",
                    "Tanzania Horticultural Association (TAHA)",
                    "Kaskazini Agri Finance Ltd",
                    "Arusha Horticulture Cluster Association"));

    private static final Map<ValueChainStage, String> GAPS = Map.of(
            ValueChainStage.INPUTS,
            "Certified seed of improved vegetable varieties is scarce and costly.",
            ValueChainStage.PROCESSING,
            "Only one fruit processor; no drying or puree line that buys from smallholders.",
            ValueChainStage.DISTRIBUTION,
            "Cold chain reaches two packhouses only; no refrigerated transport to the airport for small exporters.",
            ValueChainStage.MARKETS,
            "No member holds group certification; export sales go through brokers in Nairobi.");

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.active()) {
            return;
        }
        Long ws = jdbc.sql("select id from workspace where slug = 'demo'")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (ws == null) {
            return;
        }
        InitiativeSummary arusha = initiatives.all(ws).stream()
                .filter(i -> i.name().startsWith("Arusha"))
                .findFirst()
                .orElse(null);
        if (arusha == null || !swot.items(ws, arusha.id()).isEmpty()) {
            return;
        }
        Long manager = user("manager");
        for (Item item : ITEMS) {
            long id = swot.insert(
                    ws, arusha.id(), item.kind().name(), item.category(), item.title(), item.description(), manager);
            for (String voter : item.voters()) {
                Long u = user(voter);
                if (u != null) {
                    swot.vote(id, u);
                }
            }
            evidence(ws, arusha, id, item, manager);
        }
        PLACEMENTS.forEach((stage, names) -> names.forEach(name -> stakeholders
                .byName(ws, name)
                .ifPresent(o -> chain.place(ws, arusha.id(), stage.name(), o.id(), null))));
        GAPS.forEach((stage, text) -> chain.addGap(ws, arusha.id(), stage.name(), text, manager));
        diagnostics.freeze(ws, arusha, manager, "Validated at the diagnostic workshop (demo)");
        log.info(
                "Demo mode: SWOT ({} items), value chain and an approved diagnostic for '{}'.",
                ITEMS.size(),
                arusha.name());
    }

    private void evidence(long ws, InitiativeSummary arusha, long itemId, Item item, Long by) {
        if (item.title().startsWith("Growing demand")) {
            MappingDatasets mapping = datasets.getIfAvailable();
            if (mapping == null) {
                return;
            }
            mapping.list(ws).stream()
                    .filter(d -> d.name().startsWith("World exports by SITC"))
                    .findFirst()
                    .ifPresent(d -> swot.addEvidence(
                            itemId,
                            new EvidenceInput(
                                            "MAPPING",
                                            "Tanzania's exports of beans (SITC 0542), 1998-2000",
                                            Long.toString(d.id()),
                                            "TZ",
                                            "0542",
                                            null,
                                            null,
                                            null)
                                    .validate(),
                            by));
        }
        if (item.kind() == SwotKind.WEAKNESS && item.category().equals("COOPERATION")) {
            swot.addEvidence(
                    itemId,
                    new EvidenceInput(
                                    "DOCUMENT",
                                    "Minutes of the cluster commission's first meeting",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    "/w/demo/initiatives/" + arusha.id() + "/governance")
                            .validate(),
                    by);
        }
        if (item.title().startsWith("High post-harvest")) {
            swot.addEvidence(
                    itemId,
                    new EvidenceInput(
                                    "DOCUMENT",
                                    "FAO: post-harvest losses in sub-Saharan Africa",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    "https://www.fao.org/food-loss-and-food-waste/en/")
                            .validate(),
                    by);
        }
    }

    private Long user(String name) {
        return jdbc.sql("select id from app_user where username = :u")
                .param("u", name)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
