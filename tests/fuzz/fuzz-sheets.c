/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: arbitrary bytes into the incident sheet codec. Whatever
 * the input, reading returns sheets or a MADO_INCIDENT_ERROR, never crashes,
 * hangs or leaks; and what it returns is written and read back to the same
 * sheets, in UTF-8, with nothing left out: a file that loads once keeps
 * loading after every save. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mado-incident-codec.h"
#include "mado-incident-error.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
assert_same_sheets (GPtrArray *a,
                    GPtrArray *b)
{
  g_assert (a->len == b->len);
  for (guint i = 0; i < a->len; i++)
    {
      MadoIncidentSheet *sheet_a = g_ptr_array_index (a, i);
      MadoIncidentSheet *sheet_b = g_ptr_array_index (b, i);

      g_assert (g_str_equal (mado_incident_sheet_get_id (sheet_a), mado_incident_sheet_get_id (sheet_b)));
      for (guint field = 0; field < MADO_INCIDENT_N_FIELDS; field++)
        g_assert (g_str_equal (mado_incident_sheet_get_text (sheet_a, field),
                               mado_incident_sheet_get_text (sheet_b, field)));
      g_assert (g_list_model_get_n_items (mado_incident_sheet_get_contacts (sheet_a))
                == g_list_model_get_n_items (mado_incident_sheet_get_contacts (sheet_b)));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GBytes) written = NULL;
  MadoIncidentCodecReport report;
  const char *bytes;
  gsize length;

  sheets = mado_incident_codec_read ((const char *) data, size, &report, &error);
  mado_incident_codec_report_clear (&report);
  g_assert ((sheets == NULL) != (error == NULL));
  if (sheets == NULL)
    {
      g_assert (error->domain == MADO_INCIDENT_ERROR);
      return 0;
    }

  store = g_list_store_new (MADO_TYPE_INCIDENT_SHEET);
  for (guint i = 0; i < sheets->len; i++)
    g_list_store_append (store, g_ptr_array_index (sheets, i));
  written = mado_incident_codec_write (G_LIST_MODEL (store));
  bytes = g_bytes_get_data (written, &length);
  g_assert (g_utf8_validate_len (bytes, length, NULL));

  again = mado_incident_codec_read (bytes, length, &report, &error);
  g_assert (again != NULL);
  g_assert (report.n_broken == 0 && report.n_repaired == 0);
  mado_incident_codec_report_clear (&report);
  assert_same_sheets (sheets, again);
  return 0;
}
