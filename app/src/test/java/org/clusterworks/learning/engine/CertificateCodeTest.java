package org.clusterworks.learning.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Certificate codes are unguessable and unique; the QR code decodes to the verification address. */
class CertificateCodeTest {

    @Test
    void codesAreLongRandomAndUnique() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = Certificates.newCode();
            assertThat(code).matches("[A-HJ-NP-Z2-9]{5}(-[A-HJ-NP-Z2-9]{5}){3}");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void qrCodeDecodesToTheVerificationUrl() throws Exception {
        String url = "https://clusterworks.example.org/verify/ABCDE-FGHJK-LMNPQ-RSTUV";
        String dataUri = Certificates.qrDataUri(url);
        assertThat(dataUri).startsWith("data:image/png;base64,");
        var image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()))));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
    }
}
