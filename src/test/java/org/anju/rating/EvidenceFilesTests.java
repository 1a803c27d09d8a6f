package org.anju.rating;

import java.util.Arrays;
import java.util.List;
import org.anju.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule for evidence files at its edges: type by first bytes, the size limit of each type, the counts. */
class EvidenceFilesTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1};
    static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7'};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'};

    static EvidenceFiles.Upload upload(String name, byte[] head, int size) {
        return new EvidenceFiles.Upload(name, Arrays.copyOf(head, size));
    }

    @Test
    void aPhotoOfExactlyFiveMegabytesPassesAndOneByteMoreIsRefused() {
        assertThat(EvidenceFiles.check(List.of(upload("a.png", PNG, EvidenceFiles.MAX_PHOTO_BYTES)), 0))
                .extracting(EvidenceFiles.Checked::contentType).containsExactly("image/png");
        assertThatThrownBy(() -> EvidenceFiles.check(List.of(upload("a.jpg", JPEG, EvidenceFiles.MAX_PHOTO_BYTES + 1)), 0))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("rating.error.evidenceSize"));
    }

    @Test
    void aPdfMayBeTenMegabytesButNotMore() {
        assertThat(EvidenceFiles.check(List.of(upload("a.pdf", PDF, EvidenceFiles.MAX_DOCUMENT_BYTES)), 0)).hasSize(1);
        assertThatThrownBy(() -> EvidenceFiles.check(List.of(upload("a.pdf", PDF, EvidenceFiles.MAX_DOCUMENT_BYTES + 1)), 0))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aWebpOrATextFileNamedLikeAPhotoIsRefusedWhateverItsName() {
        for (byte[] head : List.of(WEBP, "hello".getBytes())) {
            assertThatThrownBy(() -> EvidenceFiles.check(List.of(upload("photo.jpg", head, 64)), 0))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors().get(0)
                            .messageKey()).isEqualTo("rating.error.evidenceType"));
        }
    }

    @Test
    void theCountsAreSixAnUploadAndThirtyAProject() {
        List<EvidenceFiles.Upload> six = java.util.Collections.nCopies(6, upload("a.png", PNG, 16));
        assertThat(EvidenceFiles.check(six, 24)).hasSize(6);
        assertThatThrownBy(() -> EvidenceFiles.check(six, 25)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.status()).isEqualTo(422));
        List<EvidenceFiles.Upload> seven = java.util.Collections.nCopies(7, upload("a.png", PNG, 16));
        assertThatThrownBy(() -> EvidenceFiles.check(seven, 0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> EvidenceFiles.check(List.of(), 0)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theNameLosesItsPathAndQuotesAndGetsADefaultWhenBlank() {
        assertThat(EvidenceFiles.name("C:\\\\scan\\\\巡查\"记录\".pdf", "application/pdf", 0)).isEqualTo("巡查_记录_.pdf");
        assertThat(EvidenceFiles.name("../../etc/a.png", "image/png", 0)).isEqualTo("a.png");
        assertThat(EvidenceFiles.name("  ", "image/jpeg", 2)).isEqualTo("evidence-3.jpg");
        assertThat(EvidenceFiles.name("x".repeat(300), "image/png", 0)).hasSize(200);
    }
}
