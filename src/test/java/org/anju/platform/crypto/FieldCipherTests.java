package org.anju.platform.crypto;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sealing of personal data: AES-GCM that names its key, refuses tampering, and survives key rotation. */
class FieldCipherTests {

    private static final String ID = "41092719900101123X";

    private final FieldCipher cipher = TestKeys.cipher("t1");

    @Test
    void aSealedValueOpensToTheSameTextAndNamesItsKey() {
        String sealed = cipher.seal(ID);
        assertThat(sealed).startsWith("t1:").doesNotContain(ID).doesNotContain("1990");
        assertThat(cipher.open(sealed)).isEqualTo(ID);
        assertThat(cipher.seal(null)).isNull();
        assertThat(cipher.open(null)).isNull();
    }

    @Test
    void theSameValueIsSealedDifferentlyEachTime() {
        assertThat(cipher.seal(ID)).isNotEqualTo(cipher.seal(ID));
    }

    @Test
    void anAlteredValueIsRefused() {
        String sealed = cipher.seal(ID);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 20] ^= 1;
        String tampered = "t1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(CryptoException.class).hasMessageContaining("altered");
        assertThatThrownBy(() -> cipher.open("t1:not base64!")).isInstanceOf(CryptoException.class);
        assertThatThrownBy(() -> cipher.open("t1:AAAA")).isInstanceOf(CryptoException.class);
        assertThatThrownBy(() -> cipher.open(ID)).isInstanceOf(CryptoException.class).hasMessageContaining("key id");
    }

    @Test
    void aValueOfAnUnconfiguredKeyIsRefusedByName() {
        String sealed = TestKeys.cipher("t9").seal(ID);
        assertThatThrownBy(() -> cipher.open(sealed)).isInstanceOf(CryptoException.class)
                .hasMessageContaining("'t9'").hasMessageContaining("anju.crypto.keys");
    }

    @Test
    void aValueSealedUnderAnotherKeyWithTheSameIdIsRefused() {
        String foreign = new FieldCipher(java.util.Map.of("t1", TestKeys.key("other")), "t1").seal(ID);
        assertThatThrownBy(() -> cipher.open(foreign)).isInstanceOf(CryptoException.class);
    }

    @Test
    void afterRotationTheOldKeyStillOpensAndOnlyTheNewOneSeals() {
        String old = cipher.seal(ID);
        FieldCipher rotated = TestKeys.cipher("t2", "t1");
        assertThat(rotated.open(old)).isEqualTo(ID);
        assertThat(rotated.isSealedWithActiveKey(old)).isFalse();
        String fresh = rotated.seal(ID);
        assertThat(fresh).startsWith("t2:");
        assertThat(rotated.isSealedWithActiveKey(fresh)).isTrue();
        assertThatThrownBy(() -> cipher.open(fresh)).isInstanceOf(CryptoException.class);
    }

    @Test
    void theActiveKeyMustBeConfigured() {
        assertThatThrownBy(() -> new FieldCipher(java.util.Map.of("t1", TestKeys.key("t1")), "t2"))
                .hasMessageContaining("anju.crypto.active-key");
    }

    @Test
    void theBlindIndexMatchesNormalisedValuesOnly() {
        BlindIndex index = TestKeys.index();
        assertThat(index.idNumber("41092719900101123x")).isEqualTo(index.idNumber(ID)).hasSize(22);
        assertThat(index.phone("138 1234-5678")).isEqualTo(index.phone("13812345678"));
        assertThat(index.phone("13812345679")).isNotEqualTo(index.phone("13812345678"));
        assertThat(index.idNumber("13812345678")).isNotEqualTo(index.phone("13812345678"));
        assertThat(new BlindIndex(TestKeys.key("x")).idNumber(ID)).isNotEqualTo(index.idNumber(ID));
        assertThat(index.phone(null)).isNull();
    }

    @Test
    void withoutKeysOrWithTheDemoKeyOutsideTheDemoTheApplicationRefusesToStart() {
        CryptoConfiguration config = new CryptoConfiguration();
        String key = Base64.getEncoder().encodeToString(TestKeys.key("t1").getEncoded());
        assertThatThrownBy(() -> config.fieldCipher(List.of(), "", false)).hasMessageContaining("ANJU_CRYPTO_KEYS");
        assertThatThrownBy(() -> config.fieldCipher(List.of("demo=" + key), "demo", false)).hasMessageContaining("public");
        assertThatThrownBy(() -> config.fieldCipher(List.of("k1=c2hvcnQ="), "k1", false)).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> config.blindIndex("", false)).hasMessageContaining("ANJU_CRYPTO_HASH_KEY");
        assertThatThrownBy(() -> config.blindIndex("demo:" + key, false)).hasMessageContaining("public");
        assertThat(config.fieldCipher(List.of("k1=" + key, "k2=" + key), "k2", false).seal(ID)).startsWith("k2:");
        assertThat(config.fieldCipher(List.of("demo=" + key), "demo", true).activeKey()).isEqualTo("demo");
    }
}
