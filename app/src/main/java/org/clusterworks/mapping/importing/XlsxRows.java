package org.clusterworks.mapping.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook read as a stream with POI's event API ({@link XSSFReader} and
 * {@link XSSFSheetXMLHandler}): a reader thread parses the sheet's XML and hands rows over through a small bounded
 * queue, so memory stays bounded however many rows the sheet has (only the shared strings table is held).
 */
final class XlsxRows extends RowSource {

    private static final int QUEUE = 1024;
    private static final Object END = new Object();

    /** One parsed row: its 1-based row number in the sheet and its cells by column index. */
    private record Parsed(long number, List<String> cells) {}

    /** Thrown inside the parser to stop it when the reader is closed early. */
    private static final class Stopped extends SAXException {
        Stopped() {
            super("closed");
        }
    }

    private final OPCPackage pkg;
    private final BlockingQueue<Object> rows = new ArrayBlockingQueue<>(QUEUE);
    private final Counting sheet;
    private final long sheetSize;
    private Thread parser;
    private final List<String> header;
    private volatile boolean closed;
    private long row = 1;
    private boolean ended;

    XlsxRows(Path file) throws IOException {
        try {
            this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException("not a readable XLSX workbook: " + e.getMessage(), e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("the workbook has no sheet");
            }
            this.sheet = new Counting(sheets.next());
            long size = sheets.getSheetPart().getSize();
            this.sheetSize = size;
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(
                    reader.getStylesTable(), strings, new Collector(), new RawNumbers(), false));
            this.parser = Thread.ofPlatform().daemon().name("xlsx-rows").start(() -> parse(xml));
            Object first = take();
            if (first == END) {
                throw new IOException("the first sheet is empty");
            }
            List<String> h = new ArrayList<>();
            for (String s : ((Parsed) first).cells()) {
                h.add(s == null ? "" : s.strip());
            }
            this.header = List.copyOf(h);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            closeQuietly();
            throw new IOException("not a readable XLSX workbook: " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly();
            throw e;
        }
    }

    private void parse(XMLReader xml) {
        try (sheet) {
            xml.parse(new InputSource(sheet));
            put(END);
        } catch (Stopped e) {
            // closed early: nobody reads any more
        } catch (Exception e) {
            try {
                put(e);
            } catch (Stopped ignored) {
                // closed while reporting
            }
        }
    }

    private void put(Object item) throws Stopped {
        try {
            while (!rows.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private Object take() throws IOException {
        try {
            Object item = rows.take();
            if (item instanceof Exception e) {
                throw new IOException("the XLSX sheet cannot be read: " + e.getMessage(), e);
            }
            return item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the XLSX sheet", e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String[] next() throws IOException {
        while (!ended) {
            Object item = take();
            if (item == END) {
                ended = true;
                break;
            }
            Parsed p = (Parsed) item;
            String[] out = new String[header.size()];
            boolean any = false;
            for (int c = 0; c < out.length; c++) {
                String v = c < p.cells().size() ? p.cells().get(c) : null;
                out[c] = v == null ? "" : v.strip();
                any |= !out[c].isEmpty();
            }
            row = p.number();
            if (any) {
                return out;
            }
        }
        return null;
    }

    @Override
    public long rowNumber() {
        return row;
    }

    @Override
    public double progress() {
        return ended ? 1 : sheetSize <= 0 ? 0 : Math.min(1, sheet.count / (double) sheetSize);
    }

    @Override
    public void close() throws IOException {
        closeQuietly();
    }

    private void closeQuietly() {
        closed = true;
        if (parser != null) {
            rows.clear();
            try {
                parser.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pkg.revert();
    }

    /** Collects the cells of each row, by column, and queues the row at its end. */
    private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private List<String> cells = new ArrayList<>();
        private int number;

        @Override
        public void startRow(int rowNum) {
            number = rowNum;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                put(new Parsed(number + 1L, cells));
            } catch (Stopped e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int col = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < col) {
                cells.add(null);
            }
            if (cells.size() == col) {
                cells.add(value);
            } else {
                cells.set(col, value);
            }
        }
    }

    /**
     * Numbers as the shortest text that reads back as the same double (not the General format's 10 digits, no
     * exponent, no trailing zeros: 2015, 1234.5), dates as the sheet shows them.
     */
    private static final class RawNumbers extends DataFormatter {
        RawNumbers() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return DateUtil.isADateFormat(formatIndex, formatString)
                    ? super.formatRawCellContents(value, formatIndex, formatString)
                    : Double.isFinite(value)
                            ? java.math.BigDecimal.valueOf(value)
                                    .stripTrailingZeros()
                                    .toPlainString()
                            : Double.toString(value);
        }
    }

    /** Counts the bytes of the sheet's XML read so far, for the progress bar. */
    private static final class Counting extends FilterInputStream {
        volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
