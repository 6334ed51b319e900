/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a line of the timeline records. */
typedef enum
{
  MADO_INCIDENT_ENTRY_EVENT,   /* something that happened */
  MADO_INCIDENT_ENTRY_ACTION,  /* something the organisation did */
  MADO_INCIDENT_ENTRY_CALL,    /* a desk called, or its number copied to call it */
} MadoIncidentEntryKind;

#define MADO_INCIDENT_ENTRY_N_KINDS (MADO_INCIDENT_ENTRY_CALL + 1)

#define MADO_TYPE_INCIDENT_ENTRY_KIND (mado_incident_entry_kind_get_type ())
GType mado_incident_entry_kind_get_type (void) G_GNUC_CONST;

#define MADO_TYPE_INCIDENT_ENTRY (mado_incident_entry_get_type ())

G_DECLARE_FINAL_TYPE (MadoIncidentEntry, mado_incident_entry, MADO, INCIDENT_ENTRY, GObject)

const char            *mado_incident_entry_kind_to_string (MadoIncidentEntryKind  kind);
gboolean               mado_incident_entry_kind_from_string (const char          *name,
                                                           MadoIncidentEntryKind *kind);

MadoIncidentEntry     *mado_incident_entry_new           (MadoIncidentEntryKind  kind,
                                                          GDateTime             *happened,
                                                          GDateTime             *written);
GDateTime             *mado_incident_entry_get_happened  (MadoIncidentEntry     *self);
void                   mado_incident_entry_set_happened  (MadoIncidentEntry     *self,
                                                          GDateTime             *happened);
GDateTime             *mado_incident_entry_get_written   (MadoIncidentEntry     *self);
MadoIncidentEntryKind  mado_incident_entry_get_kind      (MadoIncidentEntry     *self);
void                   mado_incident_entry_set_kind      (MadoIncidentEntry     *self,
                                                          MadoIncidentEntryKind  kind);
const char            *mado_incident_entry_get_text      (MadoIncidentEntry     *self);
void                   mado_incident_entry_set_text      (MadoIncidentEntry     *self,
                                                          const char            *text);
const char            *mado_incident_entry_get_who       (MadoIncidentEntry     *self);
void                   mado_incident_entry_set_who       (MadoIncidentEntry     *self,
                                                          const char            *who);
const char            *mado_incident_entry_get_reference (MadoIncidentEntry     *self);
void                   mado_incident_entry_set_reference (MadoIncidentEntry     *self,
                                                          const char            *reference);
int                    mado_incident_entry_compare       (MadoIncidentEntry     *a,
                                                          MadoIncidentEntry     *b);

G_END_DECLS
