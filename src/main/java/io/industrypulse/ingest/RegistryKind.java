package io.industrypulse.ingest;

import io.industrypulse.account.UserScope;
import io.industrypulse.enterprise.Enterprise;
import io.industrypulse.enterprise.EnterpriseDetail;
import io.industrypulse.enterprise.EnterpriseForm;
import io.industrypulse.enterprise.EnterpriseRegistration;
import io.industrypulse.enterprise.EnterpriseService;
import io.industrypulse.enterprise.IndustryDivision;
import io.industrypulse.i18n.Messages;
import io.industrypulse.region.Region;
import io.industrypulse.region.RegionService;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code registry}: 企业名录. A row with a new credit code registers the enterprise, a known one updates its name,
 * county, industry class and (when filled) contact fields; both through {@link EnterpriseService}, which audits each
 * enterprise with before/after. The above-size history is not changed here (小升规 and 退规 have their own steps).
 */
@Component
class RegistryKind implements TableKind<RegistryKind.Entry> {

    private static final int CODE = 0;
    private static final int NAME = 1;
    private static final int COUNTY = 2;
    private static final int INDUSTRY = 3;
    private static final int SINCE = 4;
    private static final int PERSON = 5;
    private static final int PHONE = 6;
    private static final int ADDRESS = 7;

    private static final List<TableColumn> COLUMNS = List.of(
            TableColumn.of("统一社会信用代码", "credit_code", TableColumn.Type.CREDIT_CODE, true, "18 位，校验位按 GB 32100 检查"),
            TableColumn.of("企业名称", "name", TableColumn.Type.TEXT, true, "不超过 200 字"),
            TableColumn.of("县(市、区)代码", "county_code", TableColumn.Type.CODE, true, "企业所在县 (市、区) 的 6 位行政区划代码"),
            TableColumn.of(
                    "行业小类代码", "industry_class", TableColumn.Type.CODE, true, "GB/T 4754-2017 四位行业小类，前两位为 06-46 的工业大类"),
            TableColumn.of(
                    "规上起始年月", "above_size_since", TableColumn.Type.PERIOD, false, "成为规上企业的年月 YYYY-MM；新登记的规上企业必填"),
            TableColumn.of("联系人", "contact_person", TableColumn.Type.TEXT, false, "不超过 50 字；留空则不改"),
            TableColumn.of("联系电话", "contact_phone", TableColumn.Type.TEXT, false, "数字、+、-、括号，3 到 30 位；留空则不改"),
            TableColumn.of("地址", "address", TableColumn.Type.TEXT, false, "不超过 300 字；留空则不改"));

    /** One row: the enterprise as the file describes it, and the registry's record of it if known. */
    record Entry(
            String creditCode,
            String name,
            String countyCode,
            String industryClass,
            YearMonth aboveSizeSince,
            String contactPerson,
            String contactPhone,
            String address,
            EnterpriseDetail existing) {}

    private final EnterpriseService enterprises;
    private final RegionService regions;

    RegistryKind(EnterpriseService enterprises, RegionService regions) {
        this.enterprises = enterprises;
        this.regions = regions;
    }

    @Override
    public String code() {
        return "registry";
    }

    @Override
    public String title() {
        return Messages.get("ingest.kind.registry");
    }

    @Override
    public String sheetName() {
        return "企业名录";
    }

    @Override
    public List<TableColumn> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> instructions() {
        return List.of(
                "名录中没有的信用代码新登记企业；已有的信用代码修改企业名称、所在县、行业小类和联系方式，每家企业的修改记入审计日志。",
                "规上起始年月只用于新登记的企业；已登记企业的规上状态变化 (小升规、退规) 请在企业页面办理，填写的年月须与名录一致。",
                "重点企业、产业链、环保绩效等标签请在企业页面维护，导入不改变它们。");
    }

    @Override
    public RowReader<Entry> reader(UserScope scope) {
        Set<String> counties = regions.counties().stream().map(Region::code).collect(Collectors.toSet());
        Set<String> divisions =
                enterprises.divisions().stream().map(IndustryDivision::code).collect(Collectors.toSet());
        Map<String, Enterprise> known = enterprises.allForStatistics().stream()
                .collect(Collectors.toMap(Enterprise::creditCode, Function.identity(), (a, b) -> a));
        return new RowReader<>() {
            @Override
            public Entry read(TableRow row) {
                String code = row.creditCode(CODE);
                String name = row.plainText(NAME, 200);
                String county = row.code(COUNTY, 6);
                String industry = row.code(INDUSTRY, 4);
                YearMonth since = row.period(SINCE);
                String person = row.plainText(PERSON, 50);
                String phone = row.plainText(PHONE, 30);
                String address = row.plainText(ADDRESS, 300);
                if (county != null && !counties.contains(county)) {
                    row.problem(COUNTY, ImportProblem.REFERENCE, Messages.get("ingest.registry.county", county));
                }
                if (industry != null && !divisions.contains(industry.substring(0, 2))) {
                    row.problem(INDUSTRY, ImportProblem.REFERENCE, Messages.get("ingest.registry.industry", industry));
                }
                if (phone != null && !phone.matches("[0-9+\\-() ]{3,30}")) {
                    row.problem(PHONE, ImportProblem.FORMAT, Messages.get("ingest.registry.phone", phone));
                }
                EnterpriseDetail existing = null;
                if (code != null && known.containsKey(code)) {
                    existing = enterprises.find(code, scope).orElse(null);
                    if (existing == null) {
                        row.problem(CODE, ImportProblem.REFERENCE, Messages.get("ingest.registry.outOfScope", code));
                    } else if (since != null && !since.equals(firstSince(existing))) {
                        row.problem(
                                SINCE,
                                ImportProblem.RANGE,
                                "与名录不一致 (名录为 " + Objects.toString(firstSince(existing), "非规上") + ")；规上状态变化请在企业页面办理");
                    }
                }
                if (code == null || name == null || county == null || industry == null || row.hasProblems()) {
                    return null;
                }
                return new Entry(code, name, county, industry, since, person, phone, address, existing);
            }

            @Override
            public String key(Entry value) {
                return Messages.get("ingest.registry.key", value.creditCode());
            }
        };
    }

    private static YearMonth firstSince(EnterpriseDetail detail) {
        return detail.aboveSize().isEmpty() ? null : detail.aboveSize().get(0).since();
    }

    @Override
    public String store(List<Entry> values, UserScope scope) {
        List<EnterpriseRegistration> created = new ArrayList<>();
        int updated = 0;
        for (Entry entry : values) {
            if (entry.existing() == null) {
                EnterpriseRegistration minimal = EnterpriseRegistration.of(
                        entry.creditCode(),
                        entry.name(),
                        entry.countyCode(),
                        entry.industryClass(),
                        entry.aboveSizeSince());
                created.add(new EnterpriseRegistration(
                        minimal.creditCode(),
                        minimal.name(),
                        minimal.countyCode(),
                        minimal.industryCode(),
                        minimal.aboveSizeSince(),
                        minimal.entryKind(),
                        null,
                        null,
                        false,
                        null,
                        false,
                        List.of(),
                        entry.contactPerson(),
                        entry.contactPhone(),
                        entry.address()));
                continue;
            }
            EnterpriseForm form = EnterpriseForm.of(entry.existing());
            EnterpriseForm changed = new EnterpriseForm(
                    form.creditCode(),
                    entry.name(),
                    entry.countyCode(),
                    entry.industryClass(),
                    form.aboveSizeSince(),
                    form.entryKind(),
                    form.keyEnterprise(),
                    form.pollutionGrade(),
                    form.airPolluting(),
                    form.chainCodes(),
                    entry.contactPerson() == null ? form.contactPerson() : entry.contactPerson(),
                    entry.contactPhone() == null ? form.contactPhone() : entry.contactPhone(),
                    entry.address() == null ? form.address() : entry.address(),
                    form.legacyCodeReason());
            if (!changed.equals(form)) {
                enterprises.update(entry.creditCode(), changed, scope);
                updated++;
            }
        }
        if (!created.isEmpty()) {
            enterprises.registerAll(created);
        }
        return TableSummary.of(values.size(), created.size(), updated);
    }
}
