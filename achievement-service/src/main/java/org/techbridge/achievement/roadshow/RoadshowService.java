package org.techbridge.achievement.roadshow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.techbridge.achievement.catalog.Achievement;
import org.techbridge.achievement.institution.Institution;
import org.techbridge.achievement.institution.InstitutionType;
import org.techbridge.platform.problem.Problem.FieldError;
import org.techbridge.platform.problem.ProblemException;
import org.techbridge.achievement.roadshow.RoadshowView.Invitee;
import org.techbridge.achievement.roadshow.RoadshowView.LineupEntry;
import org.techbridge.platform.web.ETags;
import org.techbridge.platform.web.Page;
import org.techbridge.platform.web.PageRequest;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RoadshowService {

    private static final Set<InstitutionType> INVITABLE = Set.of(InstitutionType.ENTERPRISE, InstitutionType.INVESTOR);

    @Transactional
    public RoadshowView create(RoadshowRequest request) {
        Roadshow roadshow = new Roadshow();
        roadshow.id = UUID.randomUUID();
        roadshow.createdAt = Instant.now();
        apply(roadshow, request);
        roadshow.persist();
        return view(roadshow);
    }

    public RoadshowView get(UUID id) {
        return view(find(id));
    }

    public Page<RoadshowView> list(LocalDate from, LocalDate to, PageRequest page) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badRequest("from", "must not be after to");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("from", from == null ? LocalDate.of(1900, 1, 1) : from);
        params.put("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        var query = Roadshow.<Roadshow>find("date between :from and :to", Sort.descending("date").and("id"), params);
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count()).map(this::view);
    }

    @Transactional
    public RoadshowView update(UUID id, String ifMatch, RoadshowRequest request) {
        Roadshow roadshow = find(id);
        ETags.requireMatch(ifMatch, roadshow.version);
        apply(roadshow, request);
        return flushed(roadshow);
    }

    @Transactional
    public RoadshowView addToLineup(UUID id, String ifMatch, LineupRequests.Add request) {
        Roadshow roadshow = find(id);
        ETags.checkMatch(ifMatch, roadshow.version);
        if (roadshow.lineup.contains(request.achievementId())) {
            throw ProblemException.conflict("The achievement is already in the line-up.");
        }
        requireAchievements(List.of(request.achievementId()), "achievementId", false);
        int position = request.position() == null ? roadshow.lineup.size()
                : Math.min(request.position(), roadshow.lineup.size());
        roadshow.lineup.add(position, request.achievementId());
        roadshow.updatedAt = Instant.now();
        return flushed(roadshow);
    }

    @Transactional
    public RoadshowView removeFromLineup(UUID id, UUID achievementId, String ifMatch) {
        Roadshow roadshow = find(id);
        ETags.checkMatch(ifMatch, roadshow.version);
        if (!roadshow.lineup.remove(achievementId)) {
            throw ProblemException.notFound("achievement in the line-up of this roadshow", achievementId);
        }
        roadshow.updatedAt = Instant.now();
        return flushed(roadshow);
    }

    @Transactional
    public RoadshowView reorderLineup(UUID id, String ifMatch, LineupRequests.Order request) {
        Roadshow roadshow = find(id);
        ETags.requireMatch(ifMatch, roadshow.version);
        roadshow.lineup.clear();
        roadshow.lineup.addAll(checkedLineup(request.achievementIds(), "achievementIds"));
        roadshow.updatedAt = Instant.now();
        return flushed(roadshow);
    }

    /** A roadshow date between 1900 and 2200: anything else is a typo (and beyond PostgreSQL's range). */
    static LocalDate checkedDate(LocalDate date, String field) {
        if (date.getYear() < 1900 || date.getYear() > 2200) {
            throw ProblemException.badRequest(field, "must be a date between 1900 and 2200");
        }
        return date;
    }

    private void apply(Roadshow roadshow, RoadshowRequest request) {
        checkedDate(request.date(), "date");
        if (request.organiserId() != null && Institution.findById(request.organiserId()) == null) {
            throw ProblemException.badRequest("organiserId", "no institution with id " + request.organiserId());
        }
        List<UUID> lineup = checkedLineup(request.lineup() == null ? List.of() : request.lineup(), "lineup");
        Set<UUID> invitees = checkedInvitees(request.invitees() == null ? List.of() : request.invitees());
        roadshow.title = request.title().trim();
        roadshow.date = request.date();
        roadshow.venue = request.venue().trim();
        roadshow.organiser = request.organiser().trim();
        roadshow.organiserId = request.organiserId();
        roadshow.description = request.description();
        roadshow.lineup.clear();
        roadshow.lineup.addAll(lineup);
        roadshow.invitees.clear();
        roadshow.invitees.addAll(invitees);
        roadshow.updatedAt = Instant.now();
    }

    private static List<UUID> checkedLineup(List<UUID> ids, String field) {
        Set<UUID> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", "appears twice in the line-up"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        requireAchievements(ids, field, true);
        return ids;
    }

    private static void requireAchievements(List<UUID> ids, String field, boolean indexed) {
        Set<UUID> known = byId(Achievement.<Achievement>list("id in ?1", ids), a -> a.id).keySet();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                errors.add(new FieldError(indexed ? field + "[" + i + "]" : field,
                        "no achievement with id " + ids.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static Set<UUID> checkedInvitees(List<UUID> ids) {
        Map<UUID, Institution> known = byId(Institution.<Institution>list("id in ?1", ids), i -> i.id);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Institution institution = known.get(ids.get(i));
            if (institution == null) {
                errors.add(new FieldError("invitees[" + i + "]", "no institution with id " + ids.get(i)));
            } else if (!INVITABLE.contains(institution.type)) {
                errors.add(new FieldError("invitees[" + i + "]", "must be an ENTERPRISE or INVESTOR, not "
                        + institution.type));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new LinkedHashSet<>(ids);
    }

    private RoadshowView flushed(Roadshow roadshow) {
        Roadshow.flush();
        return view(roadshow);
    }

    private RoadshowView view(Roadshow r) {
        Map<UUID, Achievement> achievements = byId(
                r.lineup.isEmpty() ? List.of() : Achievement.<Achievement>list("id in ?1", r.lineup), a -> a.id);
        List<LineupEntry> lineup = new ArrayList<>();
        for (UUID id : r.lineup) {
            Achievement a = achievements.get(id);
            lineup.add(new LineupEntry(lineup.size(), id, a == null ? null : a.title, a == null ? null : a.status,
                    a == null ? null : a.institutionId));
        }
        Map<UUID, Institution> institutions = byId(
                r.invitees.isEmpty() ? List.of() : Institution.<Institution>list("id in ?1", r.invitees), i -> i.id);
        List<Invitee> invitees = r.invitees.stream()
                .map(institutions::get)
                .filter(Objects::nonNull)
                .map(i -> new Invitee(i.id, i.name, i.type))
                .toList();
        return new RoadshowView(r.id, r.title, r.date, r.venue, r.organiser, r.organiserId, r.description, lineup,
                invitees, r.version, r.createdAt, r.updatedAt);
    }

    private Roadshow find(UUID id) {
        Roadshow roadshow = Roadshow.findById(id);
        if (roadshow == null) {
            throw ProblemException.notFound("roadshow", id);
        }
        return roadshow;
    }

    private static <T> Map<UUID, T> byId(Collection<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
