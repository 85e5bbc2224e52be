package io.industrypulse.dispatch;

import io.industrypulse.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The one set of rules for a file people attach (a ticket's attachment, a project's site photo): the name only, at
 * most 200 characters, at most 10 MB, at most 5 per thing, and bytes that are what the name says (an image, a PDF or
 * an Office file, recognised by their signature). Messages name the file.
 */
public final class Attachments {

    /** The largest file, in bytes. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The most files one thing carries. */
    public static final int MAX_COUNT = 5;

    private Attachments() {}

    /**
     * A stored file served as a download of what its bytes are: its sniffed type, its name as an attachment, and no
     * sniffing by the browser (an uploaded page never renders as one of ours).
     */
    public static org.springframework.http.ResponseEntity<byte[]> download(
            String fileName, String contentType, byte[] content) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(contentType))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /** A file that passed: its name without a path and the content type its bytes show. */
    public record Checked(String name, String contentType, boolean image) {}

    /**
     * Checks a file added to something that already has {@code before} files.
     *
     * @throws IllegalArgumentException naming the file when it is empty, too large, one too many, or its bytes are not
     *     what its name says
     */
    public static Checked check(@Nullable String fileName, byte[] content, int before) {
        // the name only, whatever path a browser sends with it
        String name = fileName == null
                ? ""
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                        .strip();
        if (name.isBlank() || content.length == 0) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.attachmentEmpty"));
        }
        if (name.length() > 200) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.attachmentName", 200));
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    Messages.get("dispatch.ticket.error.attachmentSize", name, MAX_BYTES / 1024 / 1024));
        }
        if (before >= MAX_COUNT) {
            throw new IllegalArgumentException(Messages.get("dispatch.ticket.error.attachmentCount", MAX_COUNT));
        }
        FileKind kind = FileKind.of(name, content)
                .orElseThrow(
                        () -> new IllegalArgumentException(Messages.get("dispatch.ticket.error.attachmentKind", name)));
        return new Checked(
                name, kind.contentType, kind == FileKind.PNG || kind == FileKind.JPEG || kind == FileKind.GIF);
    }
}
