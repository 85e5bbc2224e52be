package io.industrypulse.report;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font the PDFs embed (subset): {@code industrypulse.report.font} when set, else the first of the usual
 * places of Noto Sans CJK SC (Debian's fonts-noto-cjk, other Linux distributions) or 思源黑体. A font collection
 * (.ttc) is named with the face's index after a comma. Loaded once; without any, PDFs cannot be written and say so,
 * while the .docx still can.
 */
@Component
class CjkFont {

    /** Noto Sans CJK's collections hold JP, KR, SC, TC...: index 2 is Simplified Chinese. */
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
            "/usr/share/fonts/adobe-source-han-sans/SourceHanSansSC-Regular.otf");

    private final @Nullable String configured;
    private volatile @Nullable Optional<BaseFont> font;

    CjkFont(@Value("${industrypulse.report.font:}") @Nullable String configured) {
        this.configured = configured == null || configured.isBlank() ? null : configured.trim();
    }

    /** The font, or empty when none of the places has one. */
    Optional<BaseFont> font() {
        Optional<BaseFont> loaded = font;
        if (loaded == null) {
            synchronized (this) {
                loaded = font;
                if (loaded == null) {
                    loaded = load();
                    font = loaded;
                }
            }
        }
        return loaded;
    }

    /** Where the font is looked for, for the message when none is found. */
    String places() {
        return configured != null ? configured : String.join(", ", CANDIDATES);
    }

    private Optional<BaseFont> load() {
        for (String place : configured != null ? List.of(configured) : CANDIDATES) {
            String file = place.contains(",") ? place.substring(0, place.lastIndexOf(',')) : place;
            if (Files.isReadable(Path.of(file))) {
                try {
                    return Optional.of(BaseFont.createFont(place, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
                } catch (Exception e) {
                    throw new IllegalStateException("cannot read the PDF font " + place, e);
                }
            }
        }
        return Optional.empty();
    }
}
