package io.industrypulse.ingest;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import io.industrypulse.i18n.Messages;
import io.industrypulse.ingest.SheetCell.Kind;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EmptyFileException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * Reads .xlsx and .xls workbooks row by row. The format is detected from the content, not the name (an .xls named
 * .xlsx is read as .xls). An .xlsx is streamed with POI's event API ({@link XSSFReader}, read-only shared strings) and a
 * StAX reader per sheet: memory does not grow with the number of rows. An .xls (at most 65,536 rows) is loaded with
 * HSSF. Zip-bomb limits ({@link ZipSecureFile}) apply to every .xlsx entry; formulas are never evaluated.
 */
final class WorkbookStream {

    /** Inflated size / compressed size below which an .xlsx entry is taken for a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    /** The largest entry an .xlsx may inflate to (a 500,000-row sheet is far below it). */
    static final long MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private WorkbookStream() {}

    /** What the file holds, by its first bytes. */
    enum Format {
        XLSX,
        XLS
    }

    static Format detect(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            FileMagic magic = FileMagic.valueOf(in);
            return switch (magic) {
                case OOXML -> Format.XLSX;
                case OLE2 -> Format.XLS;
                default -> throw new ImportRejected(Messages.get("ingest.error.notWorkbook"));
            };
        } catch (EmptyFileException e) {
            throw new ImportRejected(Messages.get("ingest.error.emptyFile"));
        } catch (IOException e) {
            if (isEmpty(file)) {
                throw new ImportRejected(Messages.get("ingest.error.emptyFile"));
            }
            throw new ImportRejected(Messages.get("ingest.error.unreadable", e.getMessage()), e);
        }
    }

    static void read(Path file, SheetVisitor visitor) {
        Format format = detect(file);
        try {
            if (format == Format.XLSX) {
                readXlsx(file, visitor);
            } else {
                readXls(file, visitor);
            }
        } catch (ImportRejected | StopReading e) {
            throw e;
        } catch (Exception e) {
            throw new ImportRejected(describe(e, format), e);
        }
    }

    /** Thrown by a visitor to stop reading (e.g. too many rows); passed through unchanged. */
    static class StopReading extends RuntimeException {
        StopReading(String message) {
            super(message);
        }
    }

    private static String describe(Throwable e, Format format) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("MaxEntrySize")) {
                throw new ImportRejected(Messages.get("ingest.error.zipBomb"), e);
            }
        }
        return format == Format.XLSX
                ? Messages.get("ingest.error.badXlsx", e.getMessage())
                : Messages.get("ingest.error.badXls", e.getMessage());
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void readXlsx(Path file, SheetVisitor visitor)
            throws IOException, OpenXML4JException, SAXException, XMLStreamException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (!visitor.startSheet(sheets.getSheetName())) {
                        continue;
                    }
                    new SheetReader(strings, visitor).read(sheet);
                }
                if (!visitor.endSheet()) {
                    return;
                }
            }
        } catch (InvalidFormatException e) {
            throw new ImportRejected(Messages.get("ingest.error.badXlsx", e.getMessage()), e);
        }
    }

    private static void readXls(Path file, SheetVisitor visitor) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
            for (Sheet sheet : workbook) {
                if (!visitor.startSheet(sheet.getSheetName())) {
                    continue;
                }
                for (Row row : sheet) {
                    List<SheetCell> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        SheetCell value = xlsCell(cell);
                        if (value != null) {
                            cells.add(value);
                        }
                    }
                    if (!cells.isEmpty()) {
                        visitor.row(row.getRowNum(), cells);
                    }
                }
                for (CellRangeAddress region : sheet.getMergedRegions()) {
                    visitor.merged(
                            region.getFirstRow(), region.getLastRow(), region.getFirstColumn(), region.getLastColumn());
                }
                if (!visitor.endSheet()) {
                    return;
                }
            }
        }
    }

    private static SheetCell xlsCell(Cell cell) {
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> new SheetCell(column, Kind.NUMBER, plain(cell.getNumericCellValue()));
            case STRING -> new SheetCell(column, Kind.TEXT, cell.getStringCellValue());
            case BOOLEAN -> new SheetCell(column, Kind.BOOLEAN, String.valueOf(cell.getBooleanCellValue()));
            case ERROR -> new SheetCell(column, Kind.ERROR, "#ERROR");
            case BLANK -> null;
            default -> new SheetCell(column, Kind.FORMULA_WITHOUT_VALUE, "");
        };
    }

    private static String plain(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /**
     * The StAX factory of the worksheet parts: Aalto, a few times faster than the JDK's parser on a large sheet (ADR
     * 005). A worksheet needs no DTD: a DOCTYPE is not processed and an entity other than the five predefined ones is
     * an error, so no external entity is ever read and none expands ({@code WorkbookStreamTest}).
     */
    private static final XMLInputFactory SHEET_XML = sheetXml();

    private static XMLInputFactory sheetXml() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Reader of one worksheet part (SpreadsheetML {@code sheetData} and {@code mergeCells}). */
    private static final class SheetReader {

        private final ReadOnlySharedStringsTable strings;
        private final SheetVisitor visitor;
        private final StringBuilder text = new StringBuilder();
        private final List<SheetCell> cells = new ArrayList<>();
        private int rowIndex = -1;
        private int column;
        private int nextColumn;
        private String type;
        private boolean inValue;
        private boolean inInlineText;
        private boolean hasValue;
        private boolean hasFormula;

        SheetReader(ReadOnlySharedStringsTable strings, SheetVisitor visitor) {
            this.strings = strings;
            this.visitor = visitor;
        }

        void read(InputStream sheet) throws XMLStreamException {
            XMLStreamReader xml = SHEET_XML.createXMLStreamReader(sheet);
            try {
                while (xml.hasNext()) {
                    switch (xml.next()) {
                        case XMLStreamConstants.START_ELEMENT -> startElement(xml.getLocalName(), xml);
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (inValue || inInlineText) {
                                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> endElement(xml.getLocalName());
                        default -> {}
                    }
                }
            } finally {
                xml.close();
            }
        }

        private void startElement(String localName, XMLStreamReader xml) {
            switch (localName) {
                case "row" -> {
                    String r = xml.getAttributeValue(null, "r");
                    rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                    cells.clear();
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = xml.getAttributeValue(null, "r");
                    column = ref == null ? nextColumn : column(ref);
                    nextColumn = column + 1;
                    type = xml.getAttributeValue(null, "t");
                    hasValue = false;
                    hasFormula = false;
                    text.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                    text.setLength(0);
                }
                case "f" -> hasFormula = true;
                case "t" -> {
                    if ("inlineStr".equals(type)) {
                        inInlineText = true;
                        hasValue = true;
                    }
                }
                case "mergeCell" -> {
                    CellRangeAddress region = CellRangeAddress.valueOf(xml.getAttributeValue(null, "ref"));
                    visitor.merged(
                            region.getFirstRow(), region.getLastRow(), region.getFirstColumn(), region.getLastColumn());
                }
                default -> {}
            }
        }

        private void endElement(String localName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> {
                    SheetCell cell = cell();
                    if (cell != null) {
                        cells.add(cell);
                    }
                }
                case "row" -> {
                    if (!cells.isEmpty()) {
                        visitor.row(rowIndex, List.copyOf(cells));
                    }
                    cells.clear();
                }
                default -> {}
            }
        }

        /** The 0-based column of a reference like {@code AB12} (letters first, as SpreadsheetML writes them). */
        private static int column(String ref) {
            int column = 0;
            int i = 0;
            while (i < ref.length()) {
                char c = ref.charAt(i);
                if (c == '$') {
                    i++;
                    continue;
                }
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
                i++;
            }
            return column == 0 ? new CellReference(ref).getCol() : column - 1;
        }

        private SheetCell cell() {
            if (!hasValue) {
                return hasFormula ? new SheetCell(column, Kind.FORMULA_WITHOUT_VALUE, "") : null;
            }
            String value = text.toString();
            if (type == null || type.equals("n")) {
                return value.isEmpty()
                        ? (hasFormula ? new SheetCell(column, Kind.FORMULA_WITHOUT_VALUE, "") : null)
                        : new SheetCell(column, Kind.NUMBER, value.strip());
            }
            return switch (type) {
                case "s" ->
                    new SheetCell(
                            column,
                            Kind.TEXT,
                            strings.getItemAt(Integer.parseInt(value.strip())).getString());
                case "inlineStr", "str" -> new SheetCell(column, Kind.TEXT, value);
                case "b" -> new SheetCell(column, Kind.BOOLEAN, "1".equals(value.strip()) ? "true" : "false");
                case "e" -> new SheetCell(column, Kind.ERROR, value);
                default -> new SheetCell(column, Kind.TEXT, value);
            };
        }
    }
}
