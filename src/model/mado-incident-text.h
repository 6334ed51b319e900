/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-dataset.h"
#include "mado-duty.h"
#include "mado-incident-sheet.h"

G_BEGIN_DECLS

/* The same values as MadoSheetTextFormat. */
typedef enum
{
  MADO_INCIDENT_TEXT_PLAIN,
  MADO_INCIDENT_TEXT_MARKDOWN,
} MadoIncidentTextFormat;

const char *mado_incident_text_kind_label        (MadoIncidentEntryKind   kind);
char       *mado_incident_text_format_time       (GDateTime              *time);
char       *mado_incident_text_format_date       (const GDate            *date);
char       *mado_incident_text_describe_due      (const MadoDutyDue      *due);
GPtrArray  *mado_incident_text_applying_duties   (MadoIncidentSheet      *sheet,
                                                  MadoDataset            *dataset);
void        mado_incident_text_append_timeline   (GString                *text,
                                                  MadoIncidentSheet      *sheet,
                                                  MadoIncidentTextFormat  format);
void        mado_incident_text_append_deadlines  (GString                *text,
                                                  MadoIncidentSheet      *sheet,
                                                  MadoDataset            *dataset,
                                                  GDateTime              *now,
                                                  MadoIncidentTextFormat  format);
char       *mado_incident_text_timeline_csv      (MadoIncidentSheet      *sheet);

G_END_DECLS
