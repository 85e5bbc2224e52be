package io.industrypulse.statdata;

import io.industrypulse.statdata.MonthlyDetail.Figures;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The B204-1 detail of one revision as one value of {@code monthly_detail_pack}. The detail is written once, when the
 * revision is made, and only ever read whole (to compare two revisions, or to keep the other counties' rows on a
 * county import), so it is one deflated value per revision rather than a table row per enterprise: a 100,000-row
 * import on H2 spent 3 s of its 10 s inserting, indexing and committing those rows one by one.
 *
 * <p>Format 1, deflated: the row count, then per row in credit-code order its credit code and name (modified UTF-8),
 * whether it has electricity, and its 12 or 16 amounts as zig-zag variable-length longs in hundredths: the amounts
 * are 万元 with two decimals, as the table's {@code NUMERIC(18,2)} columns held them, rounded half-up to two places
 * the same way and limited to the same 18 digits; names to the same 200 characters.
 */
final class DetailPack {

    /** The format written; {@link #unpack} refuses any other. */
    static final int FORMAT = 1;

    private static final int SCALE = 2;
    private static final int DIGITS = 18;

    private DetailPack() {}

    static byte[] pack(Collection<MonthlyDetail> rows) {
        List<MonthlyDetail> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(MonthlyDetail::creditCode));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, rows.size() * 48));
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes, deflater), 1 << 16))) {
            writeVarLong(out, sorted.size());
            for (MonthlyDetail row : sorted) {
                if (row.name().length() > MonthlyDetail.NAME_LENGTH) {
                    throw new IllegalArgumentException(
                            "name of " + row.creditCode() + " is over " + MonthlyDetail.NAME_LENGTH);
                }
                out.writeUTF(row.creditCode());
                out.writeUTF(row.name());
                out.writeBoolean(row.electricity() != null);
                write(out, row.output());
                write(out, row.sales());
                write(out, row.export());
                if (row.electricity() != null) {
                    write(out, row.electricity());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    static List<MonthlyDetail> unpack(int format, byte[] packed) {
        if (format != FORMAT) {
            throw new IllegalStateException("monthly_detail_pack format " + format + " is not " + FORMAT);
        }
        Inflater inflater = new Inflater();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(packed), inflater), 1 << 16))) {
            int count = Math.toIntExact(readVarLong(in));
            List<MonthlyDetail> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String creditCode = in.readUTF();
                String name = in.readUTF();
                boolean electricity = in.readBoolean();
                rows.add(new MonthlyDetail(
                        creditCode, name, read(in), read(in), read(in), electricity ? read(in) : null));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            inflater.end();
        }
    }

    private static void write(DataOutputStream out, Figures figures) throws IOException {
        writeAmount(out, figures.month());
        writeAmount(out, figures.cumulative());
        writeAmount(out, figures.monthLastYear());
        writeAmount(out, figures.cumulativeLastYear());
    }

    private static Figures read(DataInputStream in) throws IOException {
        return new Figures(readAmount(in), readAmount(in), readAmount(in), readAmount(in));
    }

    private static void writeAmount(DataOutputStream out, BigDecimal amount) throws IOException {
        BigDecimal hundredths = amount.setScale(SCALE, RoundingMode.HALF_UP);
        if (hundredths.precision() > DIGITS) {
            throw new IllegalArgumentException("amount " + amount + " has more than " + DIGITS + " digits");
        }
        writeVarLong(out, hundredths.unscaledValue().longValueExact());
    }

    private static BigDecimal readAmount(DataInputStream in) throws IOException {
        return BigDecimal.valueOf(readVarLong(in), SCALE);
    }

    /** Zig-zag, then 7 bits a byte, low bits first: most amounts take 3 or 4 bytes instead of 8. */
    private static void writeVarLong(DataOutputStream out, long value) throws IOException {
        long v = (value << 1) ^ (value >> 63);
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (v >>> 1) ^ -(v & 1);
            }
        }
        throw new IOException("a variable-length number longer than 64 bits");
    }
}
