package io.industrypulse.dispatch;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a ticket may carry, recognised from their first bytes (the file's signature), never from the
 * type the upload claims: the name's extension must be one of the kind's, so a renamed program or page is refused.
 * Office files of 2007 on are ZIP containers, the older ones OLE compound files.
 */
enum FileKind {
    PNG("image/png", List.of("png"), new int[] {0x89, 'P', 'N', 'G'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new int[] {0xFF, 0xD8, 0xFF}),
    GIF("image/gif", List.of("gif"), new int[] {'G', 'I', 'F', '8'}),
    PDF("application/pdf", List.of("pdf"), new int[] {'%', 'P', 'D', 'F'}),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), zip()),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), zip()),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"), zip()),
    DOC("application/msword", List.of("doc"), ole()),
    XLS("application/vnd.ms-excel", List.of("xls"), ole()),
    PPT("application/vnd.ms-powerpoint", List.of("ppt"), ole());

    final String contentType;
    final List<String> extensions;
    private final int[] signature;

    FileKind(String contentType, List<String> extensions, int[] signature) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.signature = signature;
    }

    private static int[] zip() {
        return new int[] {'P', 'K', 3, 4};
    }

    private static int[] ole() {
        return new int[] {0xD0, 0xCF, 0x11, 0xE0};
    }

    /** The kind whose extension the name has and whose signature the bytes start with; empty otherwise. */
    static Optional<FileKind> of(String fileName, byte[] bytes) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileKind kind : values()) {
            if (kind.extensions.contains(extension) && kind.matches(bytes)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private boolean matches(byte[] bytes) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
