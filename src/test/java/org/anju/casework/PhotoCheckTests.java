package org.anju.casework;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.anju.casework.PhotoCheck.Upload;
import org.anju.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads are judged by their first bytes and their size, never by their name. */
class PhotoCheckTests {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 0};

    @Test
    void jpegPngAndWebpPassByTheirSignatures() {
        List<PhotoCheck.Photo> photos = PhotoCheck.check(List.of(new Upload("a.bin", JPEG), new Upload("b", PNG),
                new Upload("c.jpg", WEBP)));
        assertThat(photos).extracting(PhotoCheck.Photo::contentType)
                .containsExactly("image/jpeg", "image/png", "image/webp");
    }

    @Test
    void aScriptNamedLikeAPhotoIsRefused() {
        byte[] html = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PhotoCheck.check(List.of(new Upload("photo.jpg", JPEG), new Upload("x.jpg", html))))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).errors()).singleElement()
                        .satisfies(f -> assertThat(f.field()).isEqualTo("photos[1]")));
    }

    @Test
    void fiveMegabytesPassAndOneByteMoreIsRefused() {
        byte[] limit = new byte[PhotoCheck.MAX_BYTES];
        System.arraycopy(JPEG, 0, limit, 0, JPEG.length);
        assertThat(PhotoCheck.check(List.of(new Upload("a.jpg", limit)))).hasSize(1);
        byte[] over = new byte[PhotoCheck.MAX_BYTES + 1];
        System.arraycopy(JPEG, 0, over, 0, JPEG.length);
        assertThatThrownBy(() -> PhotoCheck.check(List.of(new Upload("a.jpg", over))))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void sixPhotosPassAndSevenAreRefused() {
        assertThat(PhotoCheck.check(java.util.Collections.nCopies(6, new Upload("a.jpg", JPEG)))).hasSize(6);
        assertThatThrownBy(() -> PhotoCheck.check(java.util.Collections.nCopies(7, new Upload("a.jpg", JPEG))))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void anEmptyFileFieldOfAFormIsNoPhotoButAnEmptyNamedFileIsRefused() {
        assertThat(PhotoCheck.check(List.of(new Upload("", new byte[0])))).isEmpty();
        assertThatThrownBy(() -> PhotoCheck.check(List.of(new Upload("a.jpg", new byte[0]))))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(PhotoCheck.typeOf(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }
}
