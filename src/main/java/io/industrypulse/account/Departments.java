package io.industrypulse.account;

import io.industrypulse.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments (部门) as the administrator maintains them (issue 12): their names, whether the city may assign
 * tickets to them (交办) and whether they are in use, and each department's users. Reading is open to every service
 * and page ({@code ${@departments.label(d)}}); changing is the {@link Role#CITY_ADMIN}'s, audited.
 */
@Service
public class Departments {

    private final DepartmentRepository repository;
    private final AccountRepository users;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    Departments(DepartmentRepository repository, AccountRepository users, AuditLog audit, CurrentUser currentUser) {
        this.repository = repository;
        this.users = users;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Every department, in the administrator's order. */
    @Transactional(readOnly = true)
    public List<DepartmentEntry> all() {
        return repository.all();
    }

    /** The departments in use, in order: what a user's form and the ticket filters offer. */
    public List<Department> active() {
        return all().stream()
                .filter(DepartmentEntry::active)
                .map(DepartmentEntry::department)
                .toList();
    }

    /** The departments the city may assign a ticket to (in use and taking tickets), in order. */
    public List<Department> assignable() {
        return all().stream()
                .filter(e -> e.active() && e.takesTickets())
                .map(DepartmentEntry::department)
                .toList();
    }

    public Optional<DepartmentEntry> find(Department department) {
        return repository.find(department);
    }

    /** The department's name in the current language; its code when it is not (any longer) in the table. */
    public String label(@Nullable Department department) {
        if (department == null) {
            return "";
        }
        boolean english = Locale.ENGLISH
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
        return repository
                .find(department)
                .map(e -> english ? e.nameEn() : e.name())
                .orElse(department.code());
    }

    /** Each department's users, by department code (departments without users left out). */
    @Transactional(readOnly = true)
    public Map<String, List<String>> usersByDepartment() {
        requireAdmin();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (UserAccount u : users.findAll()) {
            if (u.department() != null) {
                out.computeIfAbsent(u.department().code(), k -> new java.util.ArrayList<>())
                        .add(u.displayName() + "（" + u.username() + "）");
            }
        }
        return out;
    }

    /**
     * Adds a department or changes one (by its code). Only a {@link Role#CITY_ADMIN} may.
     *
     * @throws IllegalArgumentException naming the field when the code, a name or the order is missing or wrong, or the
     *     Chinese name is another department's
     */
    @Transactional
    public DepartmentEntry save(
            @Nullable String code,
            @Nullable String name,
            @Nullable String nameEn,
            boolean takesTickets,
            boolean active,
            @Nullable Integer sortOrder) {
        requireAdmin();
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(Messages.get("account.error.departmentCode", ""));
        }
        Department department = Department.valueOf(code.strip());
        String zh = required(name, "account.departments.name");
        String en = required(nameEn, "account.departments.nameEn");
        if (sortOrder == null || sortOrder < 0 || sortOrder > 9999) {
            throw new IllegalArgumentException(Messages.get("account.error.departmentOrder"));
        }
        if (repository.nameTaken(zh, department)) {
            throw new IllegalArgumentException(Messages.get("account.error.departmentName", zh));
        }
        DepartmentEntry after = new DepartmentEntry(department, zh, en, takesTickets, active, sortOrder);
        Optional<DepartmentEntry> before = repository.find(department);
        if (before.isEmpty()) {
            repository.insert(after);
            audit.record("department.create", "department", department.code(), null, after);
        } else if (!Objects.equals(before.get(), after)) {
            repository.update(after);
            audit.record("department.update", "department", department.code(), before.get(), after);
        }
        return after;
    }

    private static String required(@Nullable String value, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > 100) {
            throw new IllegalArgumentException(Messages.get("account.error.departmentField", Messages.get(field)));
        }
        return v;
    }

    private void requireAdmin() {
        if (currentUser.scope().role() != Role.CITY_ADMIN) {
            throw new AccessDeniedException(Messages.get("account.error.manageDenied"));
        }
    }
}
