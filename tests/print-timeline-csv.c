/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads a file of incident sheets (the store's format) and prints the
 * timeline of its first sheet as CSV, or as Markdown with --markdown: how
 * check-timeline-csv.py reads the CSV back with Python's csv module. */
#include <glib.h>
#include <locale.h>
#include <stdio.h>

#include "mado-incident-codec.h"
#include "mado-incident-text.h"

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  MadoIncidentCodecReport report;
  gsize length;
  gboolean markdown = argc == 3 && g_str_equal (argv[2], "--markdown");

  setlocale (LC_ALL, "C.UTF-8");
  if (argc < 2 || !g_file_get_contents (argv[1], &data, &length, &error))
    {
      g_printerr ("usage: print-timeline-csv SHEETS.json [--markdown] (%s)\n",
                  error != NULL ? error->message : "no file");
      return 2;
    }
  sheets = mado_incident_codec_read (data, length, &report, &error);
  if (sheets == NULL || sheets->len == 0)
    {
      g_printerr ("no sheet: %s\n", error != NULL ? error->message
                  : report.first_problem != NULL ? report.first_problem->message : "empty");
      mado_incident_codec_report_clear (&report);
      return 1;
    }
  mado_incident_codec_report_clear (&report);
  if (markdown)
    {
      GString *out = g_string_new (NULL);

      mado_incident_text_append_timeline (out, g_ptr_array_index (sheets, 0), MADO_INCIDENT_TEXT_MARKDOWN);
      text = g_string_free (out, FALSE);
    }
  else
    text = mado_incident_text_timeline_csv (g_ptr_array_index (sheets, 0));
  fputs (text, stdout);
  return 0;
}
