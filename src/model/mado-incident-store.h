/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-dataset.h"
#include "mado-guide-walk.h"
#include "mado-incident-error.h"
#include "mado-incident-sheet.h"

G_BEGIN_DECLS

/* Changes are on disk at most this long after they were made. */
#define MADO_INCIDENT_STORE_SAVE_DELAY_MS 500

#define MADO_TYPE_INCIDENT_STORE (mado_incident_store_get_type ())

G_DECLARE_FINAL_TYPE (MadoIncidentStore, mado_incident_store, MADO, INCIDENT_STORE, GObject)

MadoIncidentStore *mado_incident_store_new                 (const char         *directory);
const char        *mado_incident_store_get_path            (MadoIncidentStore  *self);
gboolean           mado_incident_store_load                (MadoIncidentStore  *self,
                                                            GError            **error);
const GError      *mado_incident_store_get_load_error      (MadoIncidentStore  *self);
const char        *mado_incident_store_get_set_aside_path  (MadoIncidentStore  *self);
gboolean           mado_incident_store_flush               (MadoIncidentStore  *self,
                                                            GError            **error);
gboolean           mado_incident_store_has_unsaved_changes (MadoIncidentStore  *self);
gboolean           mado_incident_store_is_read_only        (MadoIncidentStore  *self);
gboolean           mado_incident_store_delete_all          (MadoIncidentStore  *self,
                                                            GError            **error);

void               mado_incident_store_add                 (MadoIncidentStore  *self,
                                                            MadoIncidentSheet  *sheet);
guint              mado_incident_store_remove              (MadoIncidentStore  *self,
                                                            MadoIncidentSheet  *sheet);
void               mado_incident_store_restore             (MadoIncidentStore  *self,
                                                            MadoIncidentSheet  *sheet,
                                                            guint               position);
void               mado_incident_store_remove_all          (MadoIncidentStore  *self);
MadoIncidentSheet *mado_incident_store_lookup              (MadoIncidentStore  *self,
                                                            const char         *id);
MadoIncidentSheet *mado_incident_store_get_current         (MadoIncidentStore  *self);
void               mado_incident_store_set_current         (MadoIncidentStore  *self,
                                                            MadoIncidentSheet  *sheet);

/* What the desk does with the sheets (mado-incident-store-desk.c). */
gboolean           mado_incident_store_undo_remove         (MadoIncidentStore  *self,
                                                            MadoIncidentSheet  *sheet,
                                                            guint               position);
MadoIncidentSheet *mado_incident_store_new_sheet           (MadoIncidentStore  *self);
MadoIncidentSheet *mado_incident_store_attach_walk         (MadoIncidentStore  *self,
                                                            MadoGuideWalk      *walk);
gboolean           mado_incident_store_note_copied         (MadoIncidentStore  *self,
                                                            MadoDataset        *dataset,
                                                            const char         *text);

G_END_DECLS
