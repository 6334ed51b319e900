/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The incident sheet as text, without a display: plain text for the
 * clipboard and Markdown for a file, every field in CHECK2's order (a "—"
 * where nothing is written yet), the report fields, the desks with their
 * numbers from the dataset, the timeline in the order things happened, and
 * multi-line text kept as lines in both forms. */
#include <glib.h>
#include <locale.h>
#include <string.h>

#include "mado-dataset.h"
#include "mado-incident-sheet.h"
#include "mado-incident-text.h"
#include "mado-sheet-text.h"
#include "mado-test-files.h"

static GDateTime *
japan_time (const char *iso)
{
  GDateTime *time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return time;
}

static void
add_entry (MadoIncidentSheet *sheet,
           const char        *happened,
           const char        *text)
{
  g_autoptr(GDateTime) at = japan_time (happened);
  g_autoptr(GDateTime) written = japan_time ("2026-12-02T12:00:00+09:00");
  g_autoptr(MadoIncidentEntry) entry = mado_incident_entry_new (MADO_INCIDENT_ENTRY_EVENT, at, written);

  mado_incident_entry_set_text (entry, text);
  mado_incident_sheet_add_entry (sheet, entry);
}

/* A sheet with some fields, a desk, two timeline lines written out of
 * order, and notes of two lines. */
static MadoIncidentSheet *
sample_sheet (void)
{
  MadoIncidentSheet *sheet = mado_incident_sheet_new ();
  g_autoptr(GDateTime) created = japan_time ("2026-12-02T09:30:00+09:00");

  mado_incident_sheet_set_created (sheet, created);
  mado_incident_sheet_set_modified (sheet, created);
  mado_incident_sheet_set_title (sheet, "Ransom note on the file server");
  mado_incident_sheet_set_text (sheet, MADO_INCIDENT_FIELD_DEVICE, "FS-01, Windows Server");
  mado_incident_sheet_set_text (sheet, MADO_INCIDENT_FIELD_REPORTED_BY, "Sato (accounts)");
  mado_incident_sheet_set_text (sheet, MADO_INCIDENT_FIELD_NOTES, "first line\nsecond line");
  mado_incident_sheet_add_contact (sheet, "desk-a", "Desk A");
  add_entry (sheet, "2026-12-02T11:00:00+09:00", "server disconnected");
  add_entry (sheet, "2026-12-02T08:15:00+09:00", "files renamed");
  return sheet;
}

/* @needles appear in @text, each after the one before. */
static void
assert_in_order (const char         *text,
                 const char * const *needles)
{
  const char *at = text;

  for (guint i = 0; needles[i] != NULL; i++)
    {
      const char *found = strstr (at, needles[i]);

      if (found == NULL)
        g_error ("“%s” not found (in order) in:\n%s", needles[i], text);
      at = found + strlen (needles[i]);
    }
}

static void
test_plain (void)
{
  g_autoptr(MadoDataset) dataset = mado_test_load_minimal ();
  g_autoptr(MadoIncidentSheet) sheet = sample_sheet ();
  g_autofree char *text = mado_sheet_text_build (sheet, dataset, MADO_SHEET_TEXT_PLAIN);
  const char *order[] = {
    "Incident sheet: Ransom note on the file server\n",
    mado_sheet_field_get_label (MADO_INCIDENT_FIELD_DEVICE), ": FS-01, Windows Server\n",
    mado_sheet_field_get_label (MADO_INCIDENT_FIELD_OS), ": —\n",
    mado_sheet_field_get_label (MADO_INCIDENT_FIELD_REPORTED_BY), ": Sato (accounts)\n",
    "Desk A",
    "files renamed",
    "server disconnected",
    mado_sheet_field_get_label (MADO_INCIDENT_FIELD_NOTES), ":\n  first line\n  second line\n",
    NULL,
  };

  assert_in_order (text, order);
  /* Plain text has no Markdown in it. */
  g_assert_null (strstr (text, "## "));
  g_assert_null (strstr (text, "**"));
}

static void
test_markdown (void)
{
  g_autoptr(MadoDataset) dataset = mado_test_load_minimal ();
  g_autoptr(MadoIncidentSheet) sheet = sample_sheet ();
  g_autofree char *text = mado_sheet_text_build (sheet, dataset, MADO_SHEET_TEXT_MARKDOWN);
  g_autofree char *device = g_strdup_printf ("- **%s:** FS-01, Windows Server\n",
                                             mado_sheet_field_get_label (MADO_INCIDENT_FIELD_DEVICE));
  g_autofree char *notes = g_strdup_printf ("## %s\n\nfirst line  \nsecond line\n",
                                            mado_sheet_field_get_label (MADO_INCIDENT_FIELD_NOTES));
  const char *order[] = {
    "# Ransom note on the file server\n",
    device,
    "Desk A",
    "files renamed",
    "server disconnected",
    notes,
    NULL,
  };

  assert_in_order (text, order);
}

/* Without the dataset (a desk it no longer has), the desk is listed by the
 * name it was attached with. */
static void
test_without_dataset (void)
{
  g_autoptr(MadoIncidentSheet) sheet = sample_sheet ();
  g_autofree char *text = mado_sheet_text_build (sheet, NULL, MADO_SHEET_TEXT_PLAIN);

  g_assert_nonnull (strstr (text, "* Desk A\n"));
}

/* An export's content follows the name of its file. */
static void
test_for_file (void)
{
  g_autoptr(MadoDataset) dataset = mado_test_load_minimal ();
  g_autoptr(MadoIncidentSheet) sheet = sample_sheet ();
  g_autofree char *plain = mado_sheet_text_build (sheet, dataset, MADO_SHEET_TEXT_PLAIN);
  g_autofree char *markdown = mado_sheet_text_build (sheet, dataset, MADO_SHEET_TEXT_MARKDOWN);
  g_autofree char *csv = mado_incident_text_timeline_csv (sheet);
  g_autofree char *as_txt = mado_sheet_text_build_for_file (sheet, dataset, "sheet.txt");
  g_autofree char *as_md = mado_sheet_text_build_for_file (sheet, dataset, "sheet.md");
  g_autofree char *as_other = mado_sheet_text_build_for_file (sheet, dataset, "sheet");
  g_autofree char *as_csv = mado_sheet_text_build_for_file (sheet, dataset, "timeline.csv");

  g_assert_cmpstr (plain, !=, markdown);
  g_assert_cmpstr (as_txt, ==, plain);
  g_assert_cmpstr (as_md, ==, markdown);
  g_assert_cmpstr (as_other, ==, markdown);
  g_assert_cmpstr (as_csv, ==, csv);
}

int
main (int   argc,
      char *argv[])
{
  /* The texts are checked in English, the times in Japan time. */
  g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("TZ", "JST-9", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sheet-text/plain", test_plain);
  g_test_add_func ("/sheet-text/markdown", test_markdown);
  g_test_add_func ("/sheet-text/without-dataset", test_without_dataset);
  g_test_add_func ("/sheet-text/for-file", test_for_file);

  return g_test_run ();
}
