/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Open now" against an injected time, never the real one: weekdays, a
 * lunch break, the minutes around closing, Saturday, national and
 * substitute holidays, the new year, a day past the holiday table, and the
 * machine's own time zone set elsewhere than Japan. The schedules are
 * tests/fixtures/minimal.json's; the holidays are the bundled table's. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "mado-call-first.h"
#include "mado-clock.h"
#include "mado-dataset.h"
#include "mado-holidays.h"
#include "mado-resources.h"
#include "mado-schedule.h"
#include "mado-test-files.h"

/* Desk A's number: weekdays 9:00-12:00 and 13:00-17:15, Saturdays
 * 10:00-12:00, closed on holidays and 12/29-1/3. */
static MadoSchedule *
desk_schedule (guint contact,
               guint phone_index)
{
  g_autoptr(MadoDataset) dataset = mado_test_load_minimal ();
  g_autoptr(MadoContact) desk = g_list_model_get_item (mado_dataset_get_contacts (dataset), contact);
  g_autoptr(MadoPhone) phone = g_list_model_get_item (mado_contact_get_phones (desk), phone_index);

  g_assert_nonnull (mado_phone_get_schedule (phone));
  return g_object_ref (mado_phone_get_schedule (phone));
}

/* The state at @iso (ISO 8601 with its offset) as the app words it. */
static char *
state_at (MadoSchedule  *schedule,
          const char    *iso,
          MadoOpenState *state)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, NULL);
  MadoOpenState local;

  g_assert_nonnull (now);
  if (state == NULL)
    state = &local;
  mado_schedule_evaluate (schedule, mado_holidays_get_default (), now, state);
  return mado_open_state_format (state);
}

static void
assert_text (MadoSchedule *schedule,
             const char   *iso,
             const char   *expected)
{
  g_autofree char *text = state_at (schedule, iso, NULL);

  g_test_message ("%s: %s", iso, text);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_weekday (void)
{
  g_autoptr(MadoSchedule) schedule = desk_schedule (0, 0);
  MadoOpenState state;
  g_autofree char *text = state_at (schedule, "2026-12-02T10:00:00+09:00", &state);

  /* Wednesday, 2 December 2026. */
  g_assert_cmpint (state.kind, ==, MADO_OPEN_OPEN);
  g_assert_cmpint (state.until, ==, 12 * 60);
  g_assert_cmpstr (text, ==, "Open until 12:00");
  assert_text (schedule, "2026-12-02T08:59:00+09:00", "Closed, opens at 9:00");
  assert_text (schedule, "2026-12-02T09:00:00+09:00", "Open until 12:00");
}

static void
test_lunch_break (void)
{
  g_autoptr(MadoSchedule) schedule = desk_schedule (0, 0);
  MadoOpenState state;
  g_autofree char *text = state_at (schedule, "2026-12-02T12:30:00+09:00", &state);

  g_assert_cmpint (state.kind, ==, MADO_OPEN_CLOSED);
  g_assert_cmpint (state.opens_in, ==, 0);
  g_assert_cmpint (state.opens_at, ==, 13 * 60);
  g_assert_cmpstr (text, ==, "Closed, opens at 13:00");
  assert_text (schedule, "2026-12-02T11:59:00+09:00", "Open until 12:00");
  assert_text (schedule, "2026-12-02T12:00:00+09:00", "Closed, opens at 13:00");
  assert_text (schedule, "2026-12-02T13:00:00+09:00", "Open until 17:15");
}

static void
test_closing_minute (void)
{
  g_autoptr(MadoSchedule) schedule = desk_schedule (0, 0);

  assert_text (schedule, "2026-12-02T17:14:00+09:00", "Open until 17:15");
  assert_text (schedule, "2026-12-02T17:14:59+09:00", "Open until 17:15");
  assert_text (schedule, "2026-12-02T17:15:00+09:00", "Closed, opens tomorrow 9:00");
  assert_text (schedule, "2026-12-02T23:59:00+09:00", "Closed, opens tomorrow 9:00");
}

static void
test_saturday (void)
{
  g_autoptr(MadoSchedule) schedule = desk_schedule (0, 0);
  MadoOpenState state;
  g_autofree char *text = NULL;

  /* Friday evening: Saturday morning is next. */
  assert_text (schedule, "2026-12-04T18:30:00+09:00", "Closed, opens tomorrow 10:00");
  assert_text (schedule, "2026-12-05T11:00:00+09:00", "Open until 12:00");
  text = state_at (schedule, "2026-12-05T13:00:00+09:00", &state);
  g_assert_cmpint (state.opens_in, ==, 2);
  g_assert_cmpint (state.opens_day, ==, G_DATE_MONDAY);
  g_assert_cmpstr (text, ==, "Closed, opens Mon 9:00");
}

static void
test_national_holiday (void)
{
  g_autoptr(MadoSchedule) schedule = desk_schedule (0, 0);

  /* Monday 23 November 2026, Labour Thanksgiving Day. */
  assert_text (schedule, "2026-11-23T10:00:00+09:00", "Closed, opens tomorrow 9:00");
  /* Saturday 3 May 2025, Constitution Day, in the middle of Golden Week:
   * the next working day is Wednesday 7 May. */
  assert_text (schedule, "2025-05-03T11:00:00+09:00", "Closed, opens Wed 9:00");
}

static void
test_substitute_holiday (void)
{
  g_autoptr(MadoSchedule) schedule = desk_schedule (0, 0);

  /* Wednesday 6 May 2026 stands in for Constitution Day (a Sunday). */
  assert_text (schedule, "2026-05-06T10:00:00+09:00", "Closed, opens tomorrow 9:00");
  /* Monday 22 March 2027 stands in for the vernal equinox (a Sunday). */
  assert_text (schedule, "2027-03-22T10:00:00+09:00", "Closed, opens tomorrow 9:00");
  /* Tuesday 22 September 2026 is a citizens' holiday between two holidays. */
  assert_text (schedule, "2026-09-19T11:00:00+09:00", "Open until 12:00");
  assert_text (schedule, "2026-09-19T12:00:00+09:00", "Closed, opens Thu 9:00");
}

static void
test_year_end (void)
{
  g_autoptr(MadoSchedule) schedule = desk_schedule (0, 0);

  /* Thursday 31 December 2026: closed until Monday 4 January 2027; the
   * Saturday 2 January is closed too, although Saturdays open. */
  assert_text (schedule, "2026-12-31T10:00:00+09:00", "Closed, opens Mon 9:00");
  assert_text (schedule, "2027-01-02T11:00:00+09:00", "Closed, opens Mon 9:00");
  assert_text (schedule, "2026-12-28T17:00:00+09:00", "Open until 17:15");
}

static void
test_beyond_table (void)
{
  g_autoptr(MadoSchedule) schedule = desk_schedule (0, 0);
  const GDate *last = mado_holidays_get_last_day (mado_holidays_get_default ());
  MadoOpenState state;
  g_autofree char *text = NULL;

  g_assert_true (g_date_valid (last));
  g_assert_cmpint (g_date_get_year (last), ==, 2027);
  g_assert_cmpint (g_date_get_month (last), ==, G_DATE_DECEMBER);
  g_assert_cmpint (g_date_get_day (last), ==, 31);

  /* A Wednesday in 2028 at 10:00 would be a working day by the week alone;
   * the table cannot say whether it is a holiday. */
  text = state_at (schedule, "2028-01-05T10:00:00+09:00", &state);
  g_assert_cmpint (state.kind, ==, MADO_OPEN_UNKNOWN);
  g_assert_cmpstr (text, ==, "Hours unknown");
  /* Closed on the table's last working evening, the new year known closed,
   * then the table ends: closed, opening unknown. */
  text = (g_free (text), state_at (schedule, "2027-12-28T18:00:00+09:00", &state));
  g_assert_cmpint (state.kind, ==, MADO_OPEN_CLOSED);
  g_assert_cmpint (state.opens_in, ==, -1);
  g_assert_cmpstr (text, ==, "Closed");
}

static void
test_always_and_unknown (void)
{
  g_autoptr(MadoSchedule) always = desk_schedule (1, 1);
  g_autoptr(MadoSchedule) weekly = desk_schedule (0, 0);

  g_assert_cmpint (mado_schedule_get_kind (always), ==, MADO_SCHEDULE_ALWAYS);
  g_assert_false (mado_schedule_needs_clock (always));
  g_assert_true (mado_schedule_needs_clock (weekly));
  assert_text (always, "2026-12-31T03:00:00+09:00", "Open 24 hours");
  /* Past the holiday table too: around the clock needs no calendar. */
  assert_text (always, "2031-01-01T03:00:00+09:00", "Open 24 hours");
  g_assert_cmpstr (mado_schedule_get_remark (weekly), ==, "Out of hours, an answering machine");
  g_assert_cmpstr (mado_schedule_get_source (weekly), ==, "Test material");
}

/* The machine's zone never changes the answer: the same instant is read in
 * Japan time, and so is "now" built in the local zone. */
static void
check_in_zone (const char *zone)
{
  g_autoptr(MadoSchedule) schedule = desk_schedule (0, 0);
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) japan_morning = NULL;
  MadoOpenState state;
  g_autofree char *text = NULL;
  g_autofree char *local_text = NULL;

  g_setenv ("TZ", zone, TRUE);
  local = g_time_zone_new_local ();
  /* 01:00 UTC on 2 December is 10:00 in Japan (a Wednesday). */
  japan_morning = g_date_time_new_from_iso8601 ("2026-12-02T01:00:00Z", NULL);
  now = g_date_time_to_timezone (japan_morning, local);
  mado_schedule_evaluate (schedule, mado_holidays_get_default (), now, &state);
  text = mado_open_state_format (&state);
  local_text = g_date_time_format (now, "%F %T %z");
  g_test_message ("TZ=%s, local %s: %s", zone, local_text, text);
  g_assert_cmpstr (text, ==, "Open until 12:00");

  /* 08:30 UTC on Friday 4 December is 17:30 Friday in Japan, but still the
   * morning or the night before there. */
  g_clear_pointer (&text, g_free);
  text = state_at (schedule, "2026-12-04T08:30:00Z", NULL);
  g_assert_cmpstr (text, ==, "Closed, opens tomorrow 10:00");
}

static void
test_zone_utc (void)
{
  check_in_zone ("UTC");
}

static void
test_zone_los_angeles (void)
{
  check_in_zone ("America/Los_Angeles");
}

static void
test_japan_time_text (void)
{
  g_autoptr(GDateTime) instant = g_date_time_new_from_iso8601 ("2026-12-04T09:30:00Z", NULL);
  g_autofree char *text = mado_format_japan_time (instant);

  g_assert_cmpstr (text, ==, "2026-12-04 18:30 JST");
}

/* When the words can next change: the next opening or closing time today,
 * else midnight in Japan. The clock's only timer is armed for it. */
static void
assert_next_change (MadoSchedule *schedule,
                    const char   *iso,
                    const char   *expected)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(GDateTime) next = mado_schedule_next_change (schedule, mado_holidays_get_default (), now);
  g_autoptr(GDateTime) want = g_date_time_new_from_iso8601 (expected, NULL);

  g_assert_nonnull (next);
  if (!g_date_time_equal (next, want))
    g_error ("%s: next change at %s, not %s", iso, g_date_time_format_iso8601 (next), expected);
}

static void
test_next_change (void)
{
  g_autoptr(MadoSchedule) schedule = desk_schedule (0, 0);
  g_autoptr(MadoSchedule) always = desk_schedule (1, 1);
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-12-02T10:00:00+09:00", NULL);

  assert_next_change (schedule, "2026-12-02T08:00:00+09:00", "2026-12-02T09:00:00+09:00");
  assert_next_change (schedule, "2026-12-02T10:00:00+09:00", "2026-12-02T12:00:00+09:00");
  assert_next_change (schedule, "2026-12-02T12:30:00+09:00", "2026-12-02T13:00:00+09:00");
  assert_next_change (schedule, "2026-12-02T17:14:30+09:00", "2026-12-02T17:15:00+09:00");
  assert_next_change (schedule, "2026-12-04T18:30:00+09:00", "2026-12-05T00:00:00+09:00");
  /* A holiday has no hours: midnight, when "tomorrow" becomes "today". */
  assert_next_change (schedule, "2026-11-23T10:00:00+09:00", "2026-11-24T00:00:00+09:00");
  /* Asked from Los Angeles: the same instant. */
  assert_next_change (schedule, "2026-12-01T17:00:00-08:00", "2026-12-02T12:00:00+09:00");
  g_assert_null (mado_schedule_next_change (always, mado_holidays_get_default (), now));
}

static MadoHolidays *
holidays_from (const char  *json,
               GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return mado_holidays_new_from_bytes (bytes, error);
}

static void
test_holiday_table (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoHolidays) table = holidays_from (
    "{\"source\": \"test\", \"checked\": \"2026-12-02\", \"first_day\": \"2030-01-01\","
    " \"last_day\": \"2030-12-31\", \"holidays\": {\"2030-01-01\": \"元日\"}}", &error);
  g_autoptr(MadoHolidays) broken = NULL;
  GDate date;

  g_assert_no_error (error);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2030);
  g_assert_cmpint (mado_holidays_classify (table, &date), ==, MADO_DAY_HOLIDAY);
  g_date_set_dmy (&date, 2, G_DATE_JANUARY, 2030);
  g_assert_cmpint (mado_holidays_classify (table, &date), ==, MADO_DAY_ORDINARY);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2031);
  g_assert_cmpint (mado_holidays_classify (table, &date), ==, MADO_DAY_UNKNOWN);
  g_date_set_dmy (&date, 31, G_DATE_DECEMBER, 2029);
  g_assert_cmpint (mado_holidays_classify (table, &date), ==, MADO_DAY_UNKNOWN);

  /* A holiday outside the years the table claims to cover. */
  broken = holidays_from (
    "{\"source\": \"test\", \"checked\": \"2026-12-02\", \"first_day\": \"2030-01-01\","
    " \"last_day\": \"2030-12-31\", \"holidays\": {\"2031-01-01\": \"元日\"}}", &error);
  g_assert_null (broken);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

/* The bundled data: every number says when it answers, or that nobody
 * knows, and where that comes from. */
static void
test_bundled_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoDataset) dataset = mado_dataset_new_from_resource (RESOURCE_BASE "/dataset/contacts.json",
                                                                   "en", &error);
  GListModel *contacts;
  guint weekly = 0, numbers = 0;

  g_assert_no_error (error);
  contacts = mado_dataset_get_contacts (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);
      GListModel *phones = mado_contact_get_phones (contact);

      for (guint j = 0; j < g_list_model_get_n_items (phones); j++)
        {
          g_autoptr(MadoPhone) phone = g_list_model_get_item (phones, j);
          MadoSchedule *schedule = mado_phone_get_schedule (phone);

          if (schedule == NULL)
            g_error ("%s: %s has no schedule", mado_contact_get_id (contact), mado_phone_get_number (phone));
          g_assert_nonnull (mado_schedule_get_source (schedule));
          weekly += mado_schedule_needs_clock (schedule);
          numbers++;
        }
    }
  g_test_message ("%u numbers, %u with weekly hours", numbers, weekly);
  g_assert_cmpuint (weekly, >, 0);
}

/* The result's out-of-hours routes come from the data, in its order. */
static void
test_after_hours_minimal (void)
{
  g_autoptr(MadoDataset) dataset = mado_test_load_minimal ();
  MadoGuideNode *virus = mado_dataset_lookup_guide_node (dataset, "r-virus");
  MadoGuideNode *unsure = mado_dataset_lookup_guide_node (dataset, "r-unsure");
  GListModel *routes = mado_guide_node_get_after_hours (virus);
  g_autoptr(MadoContact) route = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (routes), ==, 1);
  route = g_list_model_get_item (routes, 0);
  g_assert_cmpstr (mado_contact_get_id (route), ==, "desk-b");
  g_assert_cmpuint (g_list_model_get_n_items (mado_guide_node_get_after_hours (unsure)), ==, 0);
}

/* A route offered while the first desk is closed must itself answer out of
 * hours: a number open around the clock, or a way to report online. */
static void
test_after_hours_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoDataset) dataset = mado_dataset_new_from_resource (RESOURCE_BASE "/dataset/contacts.json",
                                                                   "en", &error);
  GListModel *nodes;
  guint n_routes = 0;

  g_assert_no_error (error);
  nodes = mado_dataset_get_guide_nodes (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(MadoGuideNode) node = g_list_model_get_item (nodes, i);
      GListModel *routes = mado_guide_node_get_after_hours (node);

      for (guint j = 0; routes != NULL && j < g_list_model_get_n_items (routes); j++)
        {
          g_autoptr(MadoContact) route = g_list_model_get_item (routes, j);
          g_autoptr(MadoPhone) phone = mado_call_first_contact_phone (route);
          gboolean always = phone != NULL && mado_phone_get_schedule (phone) != NULL
                            && mado_schedule_get_kind (mado_phone_get_schedule (phone)) == MADO_SCHEDULE_ALWAYS;
          gboolean online = phone == NULL && g_list_model_get_n_items (mado_contact_get_links (route)) > 0;

          if (!always && !online)
            g_error ("%s: the out-of-hours route %s does not answer out of hours",
                     mado_guide_node_get_id (node), mado_contact_get_id (route));
          n_routes++;
        }
    }
  g_test_message ("%u out-of-hours routes", n_routes);
  g_assert_cmpuint (n_routes, >, 0);
}

/* The clock: one timer while held, none at rest; setting the time tells
 * the holders at once. */
static void
tick_cb (MadoClock *clock,
         guint     *ticks)
{
  (*ticks)++;
}

static void
test_clock (void)
{
  MadoClock *clock = mado_clock_get_default ();
  g_autoptr(GDateTime) fixed = g_date_time_new_from_iso8601 ("2026-12-02T17:14:00+09:00", NULL);
  g_autoptr(GDateTime) now = NULL;
  guint ticks = 0;
  gulong handler = g_signal_connect (clock, "tick", G_CALLBACK (tick_cb), &ticks);

  g_assert_false (mado_clock_has_timer (clock));
  mado_clock_hold (clock);
  mado_clock_hold (clock);
  /* Held, but nobody asked for a tick yet: nothing to wake for. */
  g_assert_false (mado_clock_has_timer (clock));
  mado_clock_want_tick_at (clock, fixed);
  g_assert_true (mado_clock_has_timer (clock));
  mado_clock_release (clock);
  g_assert_true (mado_clock_has_timer (clock));
  mado_clock_release (clock);
  g_assert_false (mado_clock_has_timer (clock));

  mado_clock_set_now (clock, fixed);
  g_assert_cmpuint (ticks, ==, 1);
  now = mado_clock_dup_now (clock);
  g_assert_true (g_date_time_equal (now, fixed));
  mado_clock_set_now (clock, NULL);
  g_signal_handler_disconnect (clock, handler);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  mado_register_resource ();

  g_test_add_func ("/hours/weekday", test_weekday);
  g_test_add_func ("/hours/lunch-break", test_lunch_break);
  g_test_add_func ("/hours/closing-minute", test_closing_minute);
  g_test_add_func ("/hours/saturday", test_saturday);
  g_test_add_func ("/hours/national-holiday", test_national_holiday);
  g_test_add_func ("/hours/substitute-holiday", test_substitute_holiday);
  g_test_add_func ("/hours/year-end", test_year_end);
  g_test_add_func ("/hours/beyond-table", test_beyond_table);
  g_test_add_func ("/hours/always", test_always_and_unknown);
  g_test_add_func ("/hours/zone/utc", test_zone_utc);
  g_test_add_func ("/hours/zone/los-angeles", test_zone_los_angeles);
  g_test_add_func ("/hours/japan-time-text", test_japan_time_text);
  g_test_add_func ("/hours/next-change", test_next_change);
  g_test_add_func ("/hours/holiday-table", test_holiday_table);
  g_test_add_func ("/hours/bundled-numbers", test_bundled_numbers);
  g_test_add_func ("/hours/after-hours/minimal", test_after_hours_minimal);
  g_test_add_func ("/hours/after-hours/bundled", test_after_hours_bundled);
  g_test_add_func ("/hours/clock", test_clock);

  return g_test_run ();
}
