package io.industrypulse.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The server has no Chinese font to embed, so it writes no PDF (the .docx is still there). */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
class PdfUnavailableException extends RuntimeException {

    PdfUnavailableException(String message) {
        super(message);
    }
}
