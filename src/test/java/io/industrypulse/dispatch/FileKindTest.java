package io.industrypulse.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Attachments are what their bytes are: the signature and the extension must agree. */
class FileKindTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1};

    @Test
    void recognisesImagesPdfAndOfficeFiles() {
        assertThat(FileKind.of("现场照片.PNG", PNG)).contains(FileKind.PNG);
        assertThat(FileKind.of("说明.pdf", PDF)).contains(FileKind.PDF);
        assertThat(FileKind.of("台账.xlsx", ZIP)).contains(FileKind.XLSX);
        assertThat(FileKind.of("报告.doc", OLE)).contains(FileKind.DOC);
        assertThat(FileKind.PDF.contentType).isEqualTo("application/pdf");
    }

    @Test
    void refusesAFileWhoseBytesAreNotWhatItsNameSays() {
        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThat(FileKind.of("photo.png", html)).isEmpty();
        assertThat(FileKind.of("photo.pdf", PNG)).isEmpty(); // a PNG called .pdf
        assertThat(FileKind.of("setup.exe", new byte[] {'M', 'Z', 0, 0})).isEmpty();
        assertThat(FileKind.of("noextension", PDF)).isEmpty();
        assertThat(FileKind.of("tiny.png", new byte[] {(byte) 0x89})).isEmpty();
    }
}
