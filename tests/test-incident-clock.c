/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The incident sheet's clock: the reporting deadlines worked out from the
 * time of becoming aware with an injected "now" (month ends, a leap day,
 * time zones: Japan time always, every combination of answers), and the
 * timeline (kept in order, edited, and read back as written). */
#include <glib.h>
#include <locale.h>
#include <string.h>

#include "mado-dataset.h"
#include "mado-incident-codec.h"
#include "mado-incident-sheet.h"
#include "mado-incident-text.h"

static MadoDataset *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = mado_dataset_new_from_file (file, "en", &error);

  g_assert_no_error (error);
  return dataset;
}

static MadoDataset *
load_bundled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "dataset",
                                                 "contacts.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = mado_dataset_new_from_file (file, "ja", &error);

  g_assert_no_error (error);
  return dataset;
}

static MadoDuty *
duty_by_id (MadoDataset *dataset,
            const char  *id)
{
  GListModel *duties = mado_dataset_get_duties (dataset);

  g_assert_nonnull (duties);
  for (guint i = 0; i < g_list_model_get_n_items (duties); i++)
    {
      g_autoptr(MadoDuty) duty = g_list_model_get_item (duties, i);

      if (g_str_equal (mado_duty_get_id (duty), id))
        return duty;  /* the list keeps it */
    }
  g_error ("no duty %s", id);
}

static GDateTime *
at (const char *iso)
{
  GDateTime *time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return time;
}

static void
assert_date (const GDate *date,
             int          year,
             int          month,
             int          day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}

static const char * const improper[] = { "personal-data", "improper-purpose", NULL };
static const char * const many[] = { "personal-data", "over-1000", NULL };

/* Aware on 31 January: day 1 is the 31st, so the 30th day is 1 March in
 * 2026 (February has 28 days), and the range of 3–5 days crosses into
 * February. */
static void
test_month_end (void)
{
  g_autoptr(MadoDataset) dataset = load_bundled ();
  MadoDuty *duty = duty_by_id (dataset, "ppc-leak");
  g_autoptr(GDateTime) aware = at ("2026-01-31T10:00:00+09:00");
  g_autoptr(GDateTime) now = at ("2026-02-01T09:00:00+09:00");
  g_autoptr(GArray) dues = mado_duty_compute (duty, many, aware, now);
  MadoDutyDue *first, *final;

  g_assert_nonnull (dues);
  g_assert_cmpuint (dues->len, ==, 2);
  first = &g_array_index (dues, MadoDutyDue, 0);
  final = &g_array_index (dues, MadoDutyDue, 1);
  assert_date (&first->first, 2026, 2, 2);
  assert_date (&first->last, 2026, 2, 4);
  g_assert_cmpint (first->days_left, ==, 3);
  g_assert_cmpuint (final->days, ==, 30);
  assert_date (&final->first, 2026, 3, 1);
  g_assert_cmpint (final->days_left, ==, 28);
}

/* 2028 is a leap year: from 1 February (day 1), 29 February is day 29, so
 * the 30th day is 1 March (it would be 2 March in 2026), and with improper
 * purpose the 60th is 31 March. */
static void
test_leap_day (void)
{
  g_autoptr(MadoDataset) dataset = load_bundled ();
  MadoDuty *duty = duty_by_id (dataset, "ppc-leak");
  g_autoptr(GDateTime) aware = at ("2028-02-01T08:00:00+09:00");
  g_autoptr(GDateTime) now = at ("2028-02-29T23:59:00+09:00");
  g_autoptr(GArray) plain = mado_duty_compute (duty, many, aware, now);
  g_autoptr(GArray) longer = mado_duty_compute (duty, improper, aware, now);

  assert_date (&g_array_index (plain, MadoDutyDue, 1).first, 2028, 3, 1);
  g_assert_cmpint (g_array_index (plain, MadoDutyDue, 1).days_left, ==, 1);
  g_assert_cmpuint (g_array_index (longer, MadoDutyDue, 1).days, ==, 60);
  assert_date (&g_array_index (longer, MadoDutyDue, 1).first, 2028, 3, 31);
  /* The preliminary report was due by 5 February: 24 days late. */
  g_assert_cmpint (g_array_index (plain, MadoDutyDue, 0).days_left, ==, -24);
}

/* The same instant written in UTC or New York time counts from its date
 * in Japan: 16:00 UTC on 31 March is 1 April in Tokyo. "Now" too. */
static void
test_time_zones (void)
{
  g_autoptr(MadoDataset) dataset = load_bundled ();
  MadoDuty *duty = duty_by_id (dataset, "ppc-leak");
  const char *instants[] = { "2026-03-31T16:00:00Z", "2026-03-31T12:00:00-04:00",
                             "2026-04-01T01:00:00+09:00" };

  for (guint i = 0; i < G_N_ELEMENTS (instants); i++)
    {
      g_autoptr(GDateTime) aware = at (instants[i]);
      /* 23:30 UTC on 2 April is already 3 April in Japan. */
      g_autoptr(GDateTime) now = at ("2026-04-02T23:30:00Z");
      g_autoptr(GArray) dues = mado_duty_compute (duty, many, aware, now);

      assert_date (&g_array_index (dues, MadoDutyDue, 0).first, 2026, 4, 3);
      assert_date (&g_array_index (dues, MadoDutyDue, 1).first, 2026, 4, 30);
      g_assert_cmpint (g_array_index (dues, MadoDutyDue, 0).days_left, ==, 2);
    }
}

/* Every combination of the six answers: the PPC duty applies to personal
 * data with one of the four aggravating facts; the telecommunications duty
 * to a leak of the secrecy of communications alone. */
static void
test_trigger_combinations (void)
{
  g_autoptr(MadoDataset) dataset = load_bundled ();
  MadoDuty *ppc = duty_by_id (dataset, "ppc-leak");
  MadoDuty *telecom = duty_by_id (dataset, "telecom-secrecy-leak");
  const char *questions[] = { "personal-data", "over-1000", "special-care", "financial-harm",
                              "improper-purpose", "telecom-secrecy" };
  g_autoptr(GDateTime) aware = at ("2026-06-10T12:00:00+09:00");

  g_assert_cmpuint (mado_dataset_get_duty_questions (dataset)->len, ==, G_N_ELEMENTS (questions));
  for (guint mask = 0; mask < (1u << G_N_ELEMENTS (questions)); mask++)
    {
      const char *answers[G_N_ELEMENTS (questions) + 1] = { NULL };
      guint n = 0;
      gboolean ppc_expected = (mask & 1) && (mask & 0x1e);
      gboolean telecom_expected = (mask & 0x20) != 0;
      g_autoptr(GArray) dues = NULL;

      for (guint q = 0; q < G_N_ELEMENTS (questions); q++)
        if (mask & (1u << q))
          answers[n++] = questions[q];
      g_assert_cmpint (mado_duty_applies (ppc, answers), ==, ppc_expected);
      g_assert_cmpint (mado_duty_applies (telecom, answers), ==, telecom_expected);
      dues = mado_duty_compute (ppc, answers, aware, aware);
      g_assert_true ((dues != NULL) == ppc_expected);
      if (dues != NULL)
        g_assert_cmpuint (g_array_index (dues, MadoDutyDue, 1).days, ==, (mask & 0x10) ? 60 : 30);
    }
}

/* Every duty in the bundled data names a form and a dated source. */
static void
test_bundled_duties_cite_sources (void)
{
  g_autoptr(MadoDataset) dataset = load_bundled ();
  GListModel *duties = mado_dataset_get_duties (dataset);

  g_assert_cmpuint (g_list_model_get_n_items (duties), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (duties); i++)
    {
      g_autoptr(MadoDuty) duty = g_list_model_get_item (duties, i);

      g_assert_true (g_str_has_prefix (mado_link_get_url (mado_duty_get_source (duty)), "https://"));
      g_assert_nonnull (mado_link_get_date (mado_duty_get_source (duty)));
      g_assert_true (g_str_has_prefix (mado_link_get_url (mado_duty_get_form (duty)), "https://"));
      g_assert_cmpstr (mado_duty_get_counting (duty), !=, "");
    }
}

static void
test_fixture_duty (void)
{
  g_autoptr(MadoDataset) dataset = load_fixture ("minimal-reporting.json");
  MadoDuty *duty = duty_by_id (dataset, "ppc-leak");
  const char *stage_labels[] = { "First", "Final" };

  g_assert_cmpuint (mado_duty_get_n_stages (duty), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpstr (mado_duty_get_stage (duty, i)->label, ==, stage_labels[i]);
  g_assert_cmpstr (mado_duty_get_stage (duty, 1)->longer_if, ==, "improper-purpose");
}

/* A dataset without duties has none, and no questions. */
static void
test_no_duties (void)
{
  g_autoptr(MadoDataset) dataset = load_fixture ("minimal.json");

  g_assert_null (mado_dataset_get_duties (dataset));
  g_assert_cmpuint (mado_dataset_get_duty_questions (dataset)->len, ==, 0);
}

/* The timeline. */

static MadoIncidentEntry *
add_entry (MadoIncidentSheet     *sheet,
           MadoIncidentEntryKind  kind,
           const char            *happened,
           const char            *written,
           const char            *text)
{
  g_autoptr(GDateTime) happened_at = at (happened);
  g_autoptr(GDateTime) written_at = at (written);
  g_autoptr(MadoIncidentEntry) entry = mado_incident_entry_new (kind, happened_at, written_at);

  mado_incident_entry_set_text (entry, text);
  mado_incident_sheet_add_entry (sheet, entry);
  return entry;
}

static void
assert_order (MadoIncidentSheet  *sheet,
              const char * const *texts)
{
  GListModel *timeline = mado_incident_sheet_get_timeline (sheet);

  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, g_strv_length ((char **) texts));
  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autoptr(MadoIncidentEntry) entry = g_list_model_get_item (timeline, i);
      g_assert_cmpstr (mado_incident_entry_get_text (entry), ==, texts[i]);
    }
}

static void
count_changed_cb (MadoIncidentSheet *sheet,
                  guint             *count)
{
  (*count)++;
}

/* Sorted by when it happened, whatever the order of writing; an earlier
 * entry edited moves to its place and the change is one the store saves. */
static void
test_timeline_order_and_editing (void)
{
  g_autoptr(MadoIncidentSheet) sheet = mado_incident_sheet_new ();
  MadoIncidentEntry *late;
  g_autoptr(GDateTime) earlier = at ("2026-05-12T08:50:00+09:00");
  guint changes = 0;

  add_entry (sheet, MADO_INCIDENT_ENTRY_EVENT, "2026-05-12T09:10:00+09:00",
             "2026-05-12T09:15:00+09:00", "mail opened");
  add_entry (sheet, MADO_INCIDENT_ENTRY_ACTION, "2026-05-12T09:20:00+09:00",
             "2026-05-12T09:21:00+09:00", "cable unplugged");
  late = add_entry (sheet, MADO_INCIDENT_ENTRY_EVENT, "2026-05-12T09:12:00+09:00",
                    "2026-05-12T10:00:00+09:00", "files renamed");
  assert_order (sheet, (const char *[]) { "mail opened", "files renamed", "cable unplugged", NULL });

  g_signal_connect (sheet, "changed", G_CALLBACK (count_changed_cb), &changes);
  mado_incident_entry_set_happened (late, earlier);
  assert_order (sheet, (const char *[]) { "files renamed", "mail opened", "cable unplugged", NULL });
  g_assert_cmpuint (changes, >=, 1);
  changes = 0;
  mado_incident_entry_set_text (late, "files renamed on the share");
  g_assert_cmpuint (changes, >=, 1);
  /* When it was written does not change with an edit. */
  g_assert_cmpint (g_date_time_get_hour (mado_incident_entry_get_written (late)), ==, 10);
}

/* Ticking a desk as called writes a call on the timeline, with its name. */
static void
test_called_desk_on_timeline (void)
{
  g_autoptr(MadoIncidentSheet) sheet = mado_incident_sheet_new ();
  MadoIncidentContact *contact = mado_incident_sheet_add_contact (sheet, "mpd-cyber", "Police cyber desk");
  g_autoptr(MadoIncidentEntry) entry = NULL;

  mado_incident_contact_set_called (contact, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (mado_incident_sheet_get_timeline (sheet)), ==, 1);
  entry = g_list_model_get_item (mado_incident_sheet_get_timeline (sheet), 0);
  g_assert_cmpint (mado_incident_entry_get_kind (entry), ==, MADO_INCIDENT_ENTRY_CALL);
  g_assert_cmpstr (mado_incident_entry_get_who (entry), ==, "Police cyber desk");
  g_assert_true (g_date_time_equal (mado_incident_entry_get_happened (entry),
                                    mado_incident_contact_get_called_at (contact)));
  /* Unticking does not unwrite the record. */
  mado_incident_contact_set_called (contact, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (mado_incident_sheet_get_timeline (sheet)), ==, 1);
}

static MadoIncidentSheet *
round_trip (MadoIncidentSheet *sheet)
{
  g_autoptr(GListStore) sheets = g_list_store_new (MADO_TYPE_INCIDENT_SHEET);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) read = NULL;
  g_autoptr(GError) error = NULL;
  MadoIncidentCodecReport report;
  gsize length;
  const char *data;

  g_list_store_append (sheets, sheet);
  bytes = mado_incident_codec_write (G_LIST_MODEL (sheets));
  data = g_bytes_get_data (bytes, &length);
  read = mado_incident_codec_read (data, length, &report, &error);
  g_assert_no_error (error);
  if (report.n_broken != 0)
    g_error ("%s", report.first_problem->message);
  g_assert_cmpuint (read->len, ==, 1);
  mado_incident_codec_report_clear (&report);
  return g_object_ref (g_ptr_array_index (read, 0));
}

/* Every field of every entry, the time of becoming aware and the answers
 * come back as written, with both times to the second and their zones. */
static void
test_timeline_round_trip (void)
{
  g_autoptr(MadoIncidentSheet) sheet = mado_incident_sheet_new ();
  g_autoptr(MadoIncidentSheet) back = NULL;
  g_autoptr(GDateTime) aware = at ("2026-05-12T09:30:00+09:00");
  g_auto(GStrv) answers = NULL;
  MadoIncidentEntry *call;
  GListModel *a, *b;

  add_entry (sheet, MADO_INCIDENT_ENTRY_EVENT, "2026-05-12T09:10:00+09:00",
             "2026-05-12T09:15:00+09:00", "ransom note\non two PCs, \"urgent\"");
  call = add_entry (sheet, MADO_INCIDENT_ENTRY_CALL, "2026-05-12T09:40:00Z",
                    "2026-05-12T09:41:07Z", "");
  mado_incident_entry_set_who (call, "警視庁 サイバー犯罪対策課");
  mado_incident_entry_set_reference (call, "R-2026-0512");
  mado_incident_sheet_set_aware_at (sheet, aware);
  mado_incident_sheet_set_duty_answer (sheet, "personal-data", TRUE);
  mado_incident_sheet_set_duty_answer (sheet, "improper-purpose", TRUE);

  back = round_trip (sheet);
  g_assert_true (g_date_time_equal (mado_incident_sheet_get_aware_at (back), aware));
  answers = mado_incident_sheet_dup_duty_answers (back);
  g_assert_cmpuint (g_strv_length (answers), ==, 2);
  g_assert_cmpstr (answers[0], ==, "improper-purpose");
  g_assert_cmpstr (answers[1], ==, "personal-data");

  a = mado_incident_sheet_get_timeline (sheet);
  b = mado_incident_sheet_get_timeline (back);
  g_assert_cmpuint (g_list_model_get_n_items (b), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(MadoIncidentEntry) x = g_list_model_get_item (a, i);
      g_autoptr(MadoIncidentEntry) y = g_list_model_get_item (b, i);

      g_assert_cmpint (mado_incident_entry_get_kind (x), ==, mado_incident_entry_get_kind (y));
      g_assert_true (g_date_time_equal (mado_incident_entry_get_happened (x), mado_incident_entry_get_happened (y)));
      g_assert_true (g_date_time_equal (mado_incident_entry_get_written (x), mado_incident_entry_get_written (y)));
      g_assert_cmpstr (mado_incident_entry_get_text (x), ==, mado_incident_entry_get_text (y));
      g_assert_cmpstr (mado_incident_entry_get_who (x), ==, mado_incident_entry_get_who (y));
      g_assert_cmpstr (mado_incident_entry_get_reference (x), ==, mado_incident_entry_get_reference (y));
    }
}

/* A file from before the timeline has none, and loads. */
static void
test_older_file (void)
{
  const char data[] = "{\"version\": 1, \"sheets\": [{\"id\": \"a\", \"title\": \"old\"}]}";
  g_autoptr(GError) error = NULL;
  MadoIncidentCodecReport report;
  g_autoptr(GPtrArray) read = mado_incident_codec_read (data, sizeof data - 1, &report, &error);
  MadoIncidentSheet *sheet;

  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 1);
  sheet = g_ptr_array_index (read, 0);
  g_assert_cmpuint (g_list_model_get_n_items (mado_incident_sheet_get_timeline (sheet)), ==, 0);
  g_assert_null (mado_incident_sheet_get_aware_at (sheet));
  mado_incident_codec_report_clear (&report);
}

/* A damaged entry sets its sheet aside, and says where. */
static void
test_damaged_entry (void)
{
  const char *cases[][2] = {
    { "[{\"kind\": \"gossip\", \"written\": \"2026-05-12T09:00:00+09:00\"}]", "$.sheets[0].entries[0].kind" },
    { "[{\"kind\": \"event\"}]", "$.sheets[0].entries[0]" },
    { "[{\"kind\": \"event\", \"written\": \"yesterday\"}]", "$.sheets[0].entries[0].written" },
    { "{}", "$.sheets[0].entries" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *data = g_strdup_printf ("{\"version\": 1, \"sheets\": [{\"id\": \"a\", \"entries\": %s}]}",
                                               cases[i][0]);
      g_autoptr(GError) error = NULL;
      MadoIncidentCodecReport report;
      g_autoptr(GPtrArray) read = mado_incident_codec_read (data, strlen (data), &report, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (read->len, ==, 0);
      g_assert_cmpuint (report.n_broken, ==, 1);
      if (!g_str_has_prefix (report.first_problem->message, cases[i][1]))
        g_error ("expected “%s…”, got “%s”", cases[i][1], report.first_problem->message);
      mado_incident_codec_report_clear (&report);
    }
}

/* The deadlines as text: only the duties that apply, each date with the
 * days left, the form and the source with their addresses, and the words
 * that say it is a reminder; without a time of becoming aware, it says
 * that it is missing. */
static void
test_deadlines_text (void)
{
  g_autoptr(MadoDataset) dataset = load_bundled ();
  g_autoptr(MadoIncidentSheet) sheet = mado_incident_sheet_new ();
  g_autoptr(GDateTime) aware = at ("2026-01-31T10:00:00+09:00");
  g_autoptr(GDateTime) now = at ("2026-02-01T09:00:00+09:00");
  g_autoptr(GString) none = g_string_new (NULL);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  mado_incident_text_append_deadlines (none, sheet, dataset, now, MADO_INCIDENT_TEXT_PLAIN);
  g_assert_cmpstr (none->str, ==, "");

  mado_incident_sheet_set_duty_answer (sheet, "personal-data", TRUE);
  mado_incident_sheet_set_duty_answer (sheet, "over-1000", TRUE);
  mado_incident_text_append_deadlines (missing, sheet, dataset, now, MADO_INCIDENT_TEXT_PLAIN);
  g_assert_nonnull (strstr (missing->str, "not filled in"));

  mado_incident_sheet_set_aware_at (sheet, aware);
  mado_incident_text_append_deadlines (text, sheet, dataset, now, MADO_INCIDENT_TEXT_MARKDOWN);
  g_assert_nonnull (strstr (text->str, "\n## Reporting Deadlines\n"));
  g_assert_nonnull (strstr (text->str, "A reminder, not legal advice"));
  g_assert_nonnull (strstr (text->str, "between Monday 2 February 2026 and Wednesday 4 February 2026: 3 days left"));
  g_assert_nonnull (strstr (text->str, "by Sunday 1 March 2026: 28 days left"));
  g_assert_nonnull (strstr (text->str, "<https://www.ppc.go.jp/personalinfo/legal/leakAction/>"));
  g_assert_nonnull (strstr (text->str, "(checked 2026-12-02)"));
  /* The telecommunications duty does not apply to these answers. */
  g_assert_null (strstr (text->str, "soumu.go.jp"));
}

/* Markdown keeps every entry on a line of its own, with what was typed
 * kept from being read as markup. */
static void
test_timeline_markdown (void)
{
  g_autoptr(MadoIncidentSheet) sheet = mado_incident_sheet_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  add_entry (sheet, MADO_INCIDENT_ENTRY_EVENT, "2026-05-12T09:10:00+09:00",
             "2026-05-12T09:15:00+09:00", "*urgent* # not a heading\nsecond line");
  add_entry (sheet, MADO_INCIDENT_ENTRY_ACTION, "2026-05-12T09:20:00+09:00",
             "2026-05-12T09:21:00+09:00", "cable unplugged");
  mado_incident_text_append_timeline (text, sheet, MADO_INCIDENT_TEXT_MARKDOWN);
  g_assert_nonnull (strstr (text->str, "\n## Timeline\n\n- **"));
  g_assert_nonnull (strstr (text->str, "Event: \\*urgent\\* \\# not a heading second line — written "));
  g_assert_nonnull (strstr (text->str, "Action: cable unplugged — written "));
  g_assert_true (strstr (text->str, "urgent") < strstr (text->str, "cable"));
}

int
main (int   argc,
      char *argv[])
{
  /* The texts are checked in English, the dates in Japan time. */
  g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("TZ", "JST-9", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/incident-clock/deadline/month-end", test_month_end);
  g_test_add_func ("/incident-clock/deadline/leap-day", test_leap_day);
  g_test_add_func ("/incident-clock/deadline/time-zones", test_time_zones);
  g_test_add_func ("/incident-clock/deadline/trigger-combinations", test_trigger_combinations);
  g_test_add_func ("/incident-clock/deadline/bundled-sources", test_bundled_duties_cite_sources);
  g_test_add_func ("/incident-clock/deadline/fixture", test_fixture_duty);
  g_test_add_func ("/incident-clock/deadline/none", test_no_duties);
  g_test_add_func ("/incident-clock/timeline/order-and-editing", test_timeline_order_and_editing);
  g_test_add_func ("/incident-clock/timeline/called-desk", test_called_desk_on_timeline);
  g_test_add_func ("/incident-clock/timeline/round-trip", test_timeline_round_trip);
  g_test_add_func ("/incident-clock/timeline/older-file", test_older_file);
  g_test_add_func ("/incident-clock/timeline/damaged-entry", test_damaged_entry);
  g_test_add_func ("/incident-clock/text/deadlines", test_deadlines_text);
  g_test_add_func ("/incident-clock/text/timeline-markdown", test_timeline_markdown);
  return g_test_run ();
}
