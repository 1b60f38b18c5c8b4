package org.clusterworks.diagnostic.swot;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.clusterworks.diagnostic.core.InitiativeAccess;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An initiative's SWOT board over REST (read-only). */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/initiatives/{id}")
@Tag(name = "Diagnostic", description = "SWOT, value chain and collaboration network of cluster initiatives")
class SwotApiController {

    private final InitiativeAccess access;
    private final SwotService service;

    SwotApiController(InitiativeAccess access, SwotService service) {
        this.access = access;
        this.service = service;
    }

    /** A SWOT item in API answers. */
    record SwotItemDto(
            long id,
            String kind,
            String category,
            String title,
            String description,
            int votes,
            int rank,
            boolean highPriority,
            List<EvidenceDto> evidence) {}

    /** An evidence link in API answers. */
    record EvidenceDto(
            String kind,
            String label,
            Long datasetId,
            String regionCode,
            String clusterCode,
            Long roundId,
            String questionKey,
            String url) {}

    @GetMapping("/swot")
    @Operation(
            summary = "The initiative's SWOT items with votes, rank and evidence",
            description = "Items by quadrant (STRENGTH, WEAKNESS, OPPORTUNITY, THREAT), then by votes (one per user"
                    + " per item), most first; rank is the position in the quadrant; highPriority marks the first"
                    + " three of a quadrant with at least one vote.")
    List<SwotItemDto> swot(CurrentWorkspace ws, AuthenticatedUser user, @PathVariable long id) {
        var i = access.visible(ws, user, id);
        var board = service.board(ws.id(), i, null);
        return board.quadrants().values().stream()
                .flatMap(List::stream)
                .map(r -> new SwotItemDto(
                        r.row().id(),
                        r.kind().name(),
                        r.row().category(),
                        r.row().title(),
                        r.row().description(),
                        r.row().votes(),
                        r.rank(),
                        r.highPriority(),
                        board.evidence().getOrDefault(r.row().id(), List.of()).stream()
                                .map(e -> new EvidenceDto(
                                        e.kind(),
                                        e.label(),
                                        e.datasetId(),
                                        e.regionCode(),
                                        e.clusterCode(),
                                        e.roundId(),
                                        e.questionKey(),
                                        e.url()))
                                .toList()))
                .toList();
    }
}
