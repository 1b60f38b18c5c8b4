package org.clusterworks.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.clusterworks.funding.core.Domain.Call;
import org.clusterworks.funding.core.Domain.CallStatus;
import org.junit.jupiter.api.Test;

/** A call accepts submissions from its opening up to and including its closing second, in its own time zone. */
class DeadlineTest {

    static Call call(String zone, String opens, String closes) {
        ZoneId z = ZoneId.of(zone);
        return new Call(
                1,
                1,
                "P",
                "T",
                null,
                null,
                null,
                null,
                null,
                "TZS",
                BigDecimal.TEN,
                BigDecimal.ONE,
                BigDecimal.ZERO,
                z,
                LocalDateTime.parse(opens).atZone(z).toInstant(),
                LocalDateTime.parse(closes).atZone(z).toInstant(),
                null,
                0,
                5);
    }

    @Test
    void darEsSalaamClosingAtFivePmIsTwoPmUtc() {
        // East Africa Time is UTC+3 all year (no daylight saving).
        Call c = call("Africa/Dar_es_Salaam", "2026-03-01T09:00", "2026-03-31T17:00");
        assertThat(c.closes()).isEqualTo(Instant.parse("2026-03-31T14:00:00Z"));
        assertThat(c.acceptsSubmissionAt(Instant.parse("2026-03-31T14:00:00Z"))).isTrue();
        assertThat(c.acceptsSubmissionAt(Instant.parse("2026-03-31T14:00:01Z"))).isFalse();
        assertThat(c.status(Instant.parse("2026-03-31T14:00:01Z"))).isEqualTo(CallStatus.CLOSED);
        // 16:30 in Dar es Salaam is still open although it is already 13:30 UTC... and 17:30 UTC is long closed.
        assertThat(c.acceptsSubmissionAt(Instant.parse("2026-03-31T13:30:00Z"))).isTrue();
    }

    @Test
    void parisDeadlineFollowsSummerTime() {
        // 2026-03-29 is the switch to CEST (UTC+2): a call closing at noon on 30 March closes at 10:00 UTC.
        Call c = call("Europe/Paris", "2026-03-01T00:00", "2026-03-30T12:00");
        assertThat(c.closes()).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
        assertThat(c.acceptsSubmissionAt(Instant.parse("2026-03-30T10:00:00Z"))).isTrue();
        assertThat(c.acceptsSubmissionAt(Instant.parse("2026-03-30T10:00:01Z"))).isFalse();
        // The opening on 1 March is in winter time (UTC+1): 23:00 UTC the day before.
        assertThat(c.opens()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(c.acceptsSubmissionAt(Instant.parse("2026-02-28T22:59:59Z"))).isFalse();
        assertThat(c.status(Instant.parse("2026-02-28T22:59:59Z"))).isEqualTo(CallStatus.UPCOMING);
    }

    @Test
    void closingIsShownInTheCallsZone() {
        Call c = call("Africa/Dar_es_Salaam", "2026-03-01T09:00", "2026-03-31T17:00");
        assertThat(c.closesLocal().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-31T17:00"));
        assertThat(c.closesLocal().getOffset().getTotalSeconds()).isEqualTo(3 * 3600);
    }
}
