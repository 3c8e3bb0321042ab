/* Simulated times, durations, dates and ratings: the formats scenario authors type by hand. */
#include "check.h"
#include "simtime.h"
#include "vocab.h"

static void test_simtime(void)
{
    int m = -1;
    char buf[32];
    CHECK(simtime_parse("0:00", &m) && m == 0);
    CHECK(simtime_parse("0:05", &m) && m == 5);
    CHECK(simtime_parse("72:00", &m) && m == 72 * 60);
    CHECK(simtime_parse("9999:59", &m) && m == SIMTIME_MAX_MINUTES);
    CHECK(!simtime_parse("0:5", &m));
    CHECK(!simtime_parse("1:60", &m));
    CHECK(!simtime_parse(":30", &m));
    CHECK(!simtime_parse("1:300", &m));
    CHECK(!simtime_parse("10000:00", &m));
    CHECK(!simtime_parse("T+1:00", &m));
    CHECK(!simtime_parse("", &m));
    CHECK(!simtime_parse("1:0a", &m));
    CHECK_STR(simtime_format(75, buf, sizeof buf), "1:15");
    CHECK_STR(simtime_format(72 * 60, buf, sizeof buf), "72:00");
}

static void test_duration(void)
{
    int s = -1;
    char buf[32];
    CHECK(duration_parse("90s", &s) && s == 90);
    CHECK(duration_parse("10m", &s) && s == 600);
    CHECK(duration_parse("1h30m", &s) && s == 5400);
    CHECK(duration_parse("1h", &s) && s == 3600);
    CHECK(duration_parse("1h0m30s", &s) && s == 3630);
    CHECK(duration_parse("24h", &s) && s == DURATION_MAX_SECONDS);
    CHECK(!duration_parse("25h", &s));
    CHECK(!duration_parse("0m", &s));
    CHECK(!duration_parse("10", &s));
    CHECK(!duration_parse("10min", &s));
    CHECK(!duration_parse("30m1h", &s));
    CHECK(!duration_parse("1m1m", &s));
    CHECK(!duration_parse("m", &s));
    CHECK(!duration_parse("", &s));
    CHECK(!duration_parse("99999999999999s", &s));
    CHECK_STR(duration_format(5400, buf, sizeof buf), "1h30m");
    CHECK_STR(duration_format(90, buf, sizeof buf), "1m30s");
    CHECK_STR(duration_format(0, buf, sizeof buf), "0s");
}

static void test_date(void)
{
    Date d;
    char buf[32];
    CHECK(date_parse("2026-12-01", &d) && d.year == 2026 && d.month == 12 && d.day == 1);
    CHECK(date_parse("2024-02-29", &d));
    CHECK(!date_parse("2026-02-29", &d));
    CHECK(!date_parse("2026-13-01", &d));
    CHECK(!date_parse("2026-1-01", &d));
    CHECK(!date_parse("2026-12-01x", &d));
    CHECK(date_to_days((Date){1970, 1, 1}) == 0);
    /* +30 days across a year end, as the action items' due dates need. */
    CHECK_STR(date_format(date_from_days(date_to_days((Date){2026, 12, 15}) + 30), buf, 32),
              "2027-01-14");
    CHECK_STR(date_format(date_from_days(date_to_days((Date){2028, 2, 10}) + 30), buf, 32),
              "2028-03-11");
}

static void test_rating(void)
{
    CHECK(score_round(89.5) == 90);
    CHECK(score_round(89.4999) == 89);
    CHECK(score_round(0) == 0);
    CHECK(rating_for_score(90) == RATING_A);
    CHECK(rating_for_score(89) == RATING_B);
    CHECK(rating_for_score(70) == RATING_B);
    CHECK(rating_for_score(69) == RATING_C);
    CHECK(rating_for_score(40) == RATING_C);
    CHECK(rating_for_score(39) == RATING_D);
    CHECK(phase_step(PHASE_FIRST_REPORT) == STEP_REPORT);
    CHECK(phase_step(PHASE_PREVENTION) == STEP_RECOVER);
    CHECK(vocab_find(&VOCAB_PHASE, "follow_up") == PHASE_FOLLOW_UP);
    CHECK(vocab_find(&VOCAB_PHASE, "follow-up") == -1);
}

int main(void)
{
    test_simtime();
    test_duration();
    test_date();
    test_rating();
    return check_done();
}
