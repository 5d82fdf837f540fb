package org.techbridge.achievement.institution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.techbridge.platform.problem.ProblemException;
import org.techbridge.platform.web.ETags;
import org.techbridge.platform.web.Page;
import org.techbridge.platform.web.PageRequest;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InstitutionService {

    @Transactional
    public InstitutionView create(InstitutionRequest request) {
        Institution institution = new Institution();
        institution.id = UUID.randomUUID();
        institution.createdAt = Instant.now();
        apply(institution, request);
        institution.persist();
        return InstitutionView.of(institution);
    }

    public InstitutionView get(UUID id) {
        return InstitutionView.of(find(id));
    }

    public Page<InstitutionView> list(InstitutionType type, String region, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (type != null) {
            where.add("type = :type");
            params.put("type", type);
        }
        if (region != null) {
            where.add("region like :region escape '\\'");
            params.put("region", region.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var query = Institution.<Institution>find(String.join(" and ", where), Sort.by("name").and("id"), params);
        List<InstitutionView> items = query.page(page.page(), page.size()).list().stream()
                .map(InstitutionView::of).toList();
        return Page.of(items, page, query.count());
    }

    @Transactional
    public InstitutionView update(UUID id, String ifMatch, InstitutionRequest request) {
        Institution institution = find(id);
        ETags.requireMatch(ifMatch, institution.version);
        apply(institution, request);
        Institution.flush();
        return InstitutionView.of(institution);
    }

    /** Deletes an institution nothing refers to; one with achievements or roadshows is a 409. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Institution institution = find(id);
        ETags.checkMatch(ifMatch, institution.version);
        long references = ((Number) Institution.getEntityManager().createNativeQuery("""
                select (select count(*) from achievement where institution_id = :id)
                     + (select count(*) from roadshow_invitee where institution_id = :id)
                     + (select count(*) from roadshow where organiser_id = :id)""")
                .setParameter("id", id).getSingleResult()).longValue();
        if (references > 0) {
            throw ProblemException.conflict("The institution owns achievements or takes part in roadshows ("
                    + references + " references) and cannot be deleted.");
        }
        institution.delete();
        Institution.flush();
    }

    public Institution find(UUID id) {
        Institution institution = Institution.findById(id);
        if (institution == null) {
            throw ProblemException.notFound("institution", id);
        }
        return institution;
    }

    private static void apply(Institution institution, InstitutionRequest request) {
        institution.name = request.name().trim();
        institution.nameEn = request.nameEn();
        institution.type = request.type();
        institution.region = request.region().trim();
        institution.contact = request.contact();
        institution.updatedAt = Instant.now();
    }
}
