/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-incident-sheet.h"

G_BEGIN_DECLS

/* The version written into the file; a file of another version is refused
 * (and so set aside, never overwritten) rather than half understood. */
#define MADO_INCIDENT_FILE_VERSION 1

/* Refused at load, as the mistake it would be: a person does not type
 * this much, and json-glib needs many times the size in memory. */
#define MADO_INCIDENT_FILE_MAX_SIZE (256 * 1024 * 1024)

/* What reading a file left out or changed. */
typedef struct
{
  guint   n_broken;       /* sheets left out */
  GError *first_problem;  /* why the first of them was */
  guint   n_repaired;     /* lone surrogate escapes made U+FFFD */
} MadoIncidentCodecReport;

char      *mado_incident_codec_write_sheet  (MadoIncidentSheet        *sheet);
GBytes    *mado_incident_codec_join         (const char * const       *sheets,
                                             guint                     n_sheets);
GBytes    *mado_incident_codec_write        (GListModel               *sheets);
GPtrArray *mado_incident_codec_read         (const char               *data,
                                             gsize                     length,
                                             MadoIncidentCodecReport  *report,
                                             GError                  **error);
void       mado_incident_codec_report_clear (MadoIncidentCodecReport  *report);

G_END_DECLS
