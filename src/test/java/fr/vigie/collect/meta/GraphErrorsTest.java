package fr.vigie.collect.meta;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.collect.AccountGone;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GraphErrorsTest {
    private static String error(int code, int subcode, String message) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                + ",\"error_subcode\":" + subcode + "}}";
    }

    @Test
    void throttlingCodesInA400Or403BodyAreWaitedFor() {
        for (int code : new int[] {4, 17, 32, 613, 80001}) {
            assertThat(GraphErrors.THROTTLED.test(400, error(code, 0, "limit").getBytes(StandardCharsets.UTF_8)))
                    .as("code %d", code)
                    .isTrue();
        }
        assertThat(GraphErrors.THROTTLED.test(403, error(100, 0, "x").getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(GraphErrors.THROTTLED.test(429, new byte[0])).isTrue();
        assertThat(GraphErrors.THROTTLED.test(400, "not json".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }

    @Test
    void unknownObjectsAreGoneButAnInvalidParameterIsAFailure() {
        assertThat(GraphErrors.classify("page", 404, error(803, 0, "aliases do not exist"), null))
                .isInstanceOf(AccountGone.class);
        assertThat(GraphErrors.classify("page", 400, error(100, 33, "Object does not exist"), null))
                .isInstanceOf(AccountGone.class);
        assertThat(GraphErrors.classify("page", 400, error(100, 0, "(#100) Tried accessing nonexisting field"), null))
                .isNotInstanceOf(AccountGone.class)
                .hasMessageContaining("nonexisting field");
    }

    @Test
    void noMessageCarriesTheToken() {
        String token = "EAAsecret";
        assertThat(GraphErrors.classify("page", 400, error(190, 0, "Malformed access token " + token), token))
                .hasMessageContaining("renew VIGIE_META_ACCESS_TOKEN")
                .hasMessageNotContaining(token);
        assertThat(GraphErrors.classify("page", 400, error(1, 0, "bad " + token), token))
                .hasMessageNotContaining(token);
        assertThat(GraphErrors.classify("page", 400, "<html>" + token + "</html>", token))
                .hasMessageNotContaining(token);
    }
}
