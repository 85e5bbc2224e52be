package io.industrypulse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the message bundles, so that an English session reads English and a wording is
 * changed in one place. A Chinese string literal in the main sources is allowed only where the Chinese is data or a
 * vocabulary the files we read and write are made of, each with its reason below.
 */
class SourcesHaveNoChineseMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/industrypulse");

    /** A string literal holding at least one CJK ideograph. */
    private static final Pattern CHINESE_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*[\\x{4e00}-\\x{9fff}]");

    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("demo/", "the demo city is Chinese data: names, divisions, chains, contacts"),
            Map.entry("cli/DemoDataCommand.java", "names the demo city 示例市 in the usage text, beside English"),
            Map.entry("cli/IndustryPulseCommand.java", "the product's Chinese name in the usage text, beside English"),
            Map.entry("account/AdminBootstrap.java", "the stored display name of the first administrator"),
            Map.entry("monitor/MonitorService.java", "the group name stored beside the catalogue's Chinese names"),
            Map.entry(
                    "statdata/Explanations.java", "the lexicon of Chinese stock phrases an explanation is checked for"),
            Map.entry("statdata/ReasonCategory.java", "the Chinese reason words matched in explanations"),
            Map.entry("target/TargetIndicator.java", "the indicator names of the Chinese targets workbook"),
            Map.entry("ingest/MonthlySheetParser.java", "the B204-1 sheet's headers and units it recognises"),
            Map.entry("ingest/MonthlyTemplate.java", "the B204-1 template's Chinese headers and instructions"),
            Map.entry("ingest/TableTemplate.java", "the import templates' Chinese instruction sheet"),
            Map.entry("ingest/TableReader.java", "the names of instruction sheets it skips"),
            Map.entry("ingest/TableRow.java", "the Chinese date forms (2026年11月) it parses"),
            Map.entry("ingest/RegistryKind.java", "the registry template's Chinese column names"),
            Map.entry("ingest/OfficialKind.java", "the official-figures template's Chinese column names"),
            Map.entry("ingest/PpiKind.java", "the PPI template's Chinese column names"),
            Map.entry("ingest/VaRatioKind.java", "the value-added-ratio template's Chinese column names"),
            Map.entry("ingest/TargetsKind.java", "the targets template's Chinese column names"),
            Map.entry("ingest/BenchmarksKind.java", "the benchmarks template's Chinese column names"),
            Map.entry("ingest/SoftReview.java", "review-flag texts stored with the data, read by the 统计局 in Chinese"),
            Map.entry("ingest/ImportProblem.java", "the rule codes of the Chinese error workbook's 规则 column"),
            Map.entry("ingest/ErrorWorkbook.java", "the error workbook's Chinese sheet names"),
            Map.entry("ingest/ImportController.java", "the Chinese file names of the downloaded templates"),
            Map.entry("ingest/PackageImporter.java", "the stored title of a package import in the import history"),
            Map.entry("environment/ListKind.java", "the list template's Chinese column names and instructions"),
            Map.entry("environment/EnvironmentService.java", "the Chinese compass points and grade forms it parses"),
            Map.entry("cultivation/PoolTable.java", "the pool template's Chinese column names and instructions"),
            Map.entry(
                    "cultivation/PoolMonthsTable.java", "the months template's Chinese column names and instructions"),
            Map.entry("report/DocxWriter.java", "the Chinese font family names Word and WPS look fonts up by"),
            Map.entry("investment/LedgerTable.java", "the ledger template's Chinese column names and instructions"),
            Map.entry(
                    "investment/OfficialInvestmentTable.java",
                    "the official investment template's Chinese column names and instructions"),
            Map.entry("account/FieldInputException.java", "the full-width colon it strips from a message"));

    @Test
    void userFacingTextsLiveInTheBundles() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !allowed(SOURCES.relativize(f).toString().replace('\\', '/')))
                    .forEach(f -> offenders.addAll(chineseLiterals(f)));
        }
        assertThat(offenders).as("Chinese literals outside the bundles").isEmpty();
    }

    @Test
    void theScanFindsALiteralAndIgnoresComments() {
        assertThat(CHINESE_LITERAL.matcher("throw new X(\"期间格式错误\");").find()).isTrue();
        assertThat(CHINESE_LITERAL.matcher("String s = \"a\\\"b 中\";").find()).isTrue();
        assertThat(code(" * whose text names the field (\"统一社会信用代码\")")).isEmpty();
        assertThat(code("int x = 1; // \"县级用户\"")).isEqualTo("int x = 1; ");
    }

    private static boolean allowed(String relative) {
        return ALLOWED.keySet().stream().anyMatch(relative::startsWith);
    }

    private static List<String> chineseLiterals(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> found = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (CHINESE_LITERAL.matcher(code(lines.get(i))).find()) {
                    found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": "
                            + lines.get(i).strip());
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line without a Javadoc or block-comment continuation and without a trailing line comment. */
    private static String code(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("*") || stripped.startsWith("/*") || stripped.startsWith("//")) {
            return "";
        }
        int comment = line.indexOf("// ");
        return comment >= 0 && line.lastIndexOf('"', comment) < 0 ? line.substring(0, comment) : line;
    }
}
