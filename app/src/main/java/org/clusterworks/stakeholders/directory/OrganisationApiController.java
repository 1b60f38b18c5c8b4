package org.clusterworks.stakeholders.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterworks.identity.AuthenticatedUser;
import org.clusterworks.identity.CurrentWorkspace;
import org.clusterworks.identity.Permission;
import org.clusterworks.shared.EditVersions;
import org.clusterworks.shared.InvalidInput;
import org.clusterworks.stakeholders.Helix;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organisation directory over REST. */
@RestController
@RequestMapping("/api/v1/workspaces/{workspace}/organisations")
@Tag(name = "Organisations", description = "The stakeholder directory of a workspace")
class OrganisationApiController {

    private final DirectoryRepository repo;
    private final DirectoryService service;

    private final ReferenceCodes codes;

    OrganisationApiController(DirectoryRepository repo, DirectoryService service, ReferenceCodes codes) {
        this.repo = repo;
        this.service = service;
        this.codes = codes;
    }

    /** Looks each code up once per answer. */
    private java.util.function.Function<Organisation, OrganisationDto> dtos() {
        Map<String, String> titles = new HashMap<>();
        Map<String, Optional<String>> places = new HashMap<>();
        return o -> {
            Map<String, String> industries = new LinkedHashMap<>();
            if (o.industryCodes() != null) {
                for (String c : ReferenceCodes.codes(o.industryCodes())) {
                    industries.put(
                            c,
                            titles.computeIfAbsent(
                                    c, k -> codes.industryTitles(k).get(k)));
                }
            }
            String place = o.territoryCode() == null
                    ? null
                    : places.computeIfAbsent(o.territoryCode(), k -> Optional.ofNullable(codes.territoryName(k)))
                            .orElse(null);
            return OrganisationDto.of(o, industries, place);
        };
    }

    /** An organisation in API answers. */
    record OrganisationDto(
            long id,
            String name,
            String helix,
            String legalForm,
            String taxId,
            String employeesBand,
            String turnoverBand,
            boolean sme,
            List<String> industryCodes,
            Map<String, String> industryTitles,
            String territoryCode,
            String territoryName,
            String address,
            String city,
            String countryCode,
            Double latitude,
            Double longitude,
            Integer foundedIn,
            String website,
            String email,
            String phone,
            String description,
            String ownerGender) {

        static OrganisationDto of(Organisation o, Map<String, String> industryTitles, String territoryName) {
            return new OrganisationDto(
                    o.id(),
                    o.name(),
                    o.helix().name(),
                    o.legalForm(),
                    o.taxId(),
                    o.employeesBand() == null ? null : o.employeesBand().name(),
                    o.turnoverBand() == null ? null : o.turnoverBand().name(),
                    o.sme(),
                    o.industryCodes() == null
                            ? List.of()
                            : List.of(o.industryCodes().split("\\s*,\\s*")),
                    industryTitles,
                    o.territoryCode(),
                    territoryName,
                    o.address(),
                    o.city(),
                    o.countryCode(),
                    o.latitude(),
                    o.longitude(),
                    o.foundedIn(),
                    o.website(),
                    o.email(),
                    o.phone(),
                    o.description(),
                    o.ownerGender() == null ? null : o.ownerGender().name());
        }
    }

    @GetMapping
    @Operation(summary = "Organisations of the directory, filtered by helix role and/or a name search (q)")
    List<OrganisationDto> list(
            CurrentWorkspace ws,
            @RequestParam(required = false) String helix,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String territory) {
        ws.require(Permission.VIEW);
        if (helix != null && !helix.isBlank() && Helix.parse(helix) == null) {
            throw new InvalidInput(java.util.Map.of("helix", "input.unknown-choice"));
        }
        String h = helix == null || helix.isBlank() ? null : Helix.parse(helix).name();
        return repo.search(ws.id(), new DirectoryRepository.Filter(q, h, size, sector, territory), 10_000).stream()
                .map(dtos())
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    OrganisationDto get(CurrentWorkspace ws, @PathVariable long id, HttpServletResponse response) {
        ws.require(Permission.VIEW);
        OrganisationDto dto = dtos().apply(service.require(ws, id));
        response.setHeader("ETag", EditVersions.etag(service.version(ws, id)));
        return dto;
    }

    @PostMapping
    @Operation(summary = "Adds an organisation (cluster managers and programme officers)")
    ResponseEntity<OrganisationDto> create(
            CurrentWorkspace ws, @RequestBody(required = false) OrganisationInput input) {
        long id = service.create(ws, input == null ? OrganisationInput.empty() : input);
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + ws.slug() + "/organisations/" + id))
                .body(dtos().apply(service.require(ws, id)));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replaces an organisation's fields (managers; a member only for their own organisation)",
            description = "Send the ETag of the organisation as read in If-Match: a save over a later change is"
                    + " refused with 409")
    OrganisationDto update(
            CurrentWorkspace ws,
            AuthenticatedUser user,
            @PathVariable long id,
            @RequestBody(required = false) OrganisationInput input,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            HttpServletResponse response) {
        service.update(
                ws, user, id, input == null ? OrganisationInput.empty() : input, EditVersions.fromIfMatch(ifMatch));
        response.setHeader("ETag", EditVersions.etag(service.version(ws, id)));
        return dtos().apply(service.require(ws, id));
    }
}
