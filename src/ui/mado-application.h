/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "mado-data-source.h"
#include "mado-dataset.h"
#include "mado-incident-store.h"
#include "mado-own-contacts.h"
#include "mado-search-index.h"

G_BEGIN_DECLS

#define MADO_TYPE_APPLICATION (mado_application_get_type ())

G_DECLARE_FINAL_TYPE (MadoApplication, mado_application, MADO, APPLICATION, AdwApplication)

void             mado_application_setup_locale        (const char *language);
char            *mado_application_dup_language_setting (void);
void             mado_application_save_language_setting (const char *language);
void             mado_application_register_resources (void);
MadoApplication *mado_application_new          (void);
MadoDataset     *mado_application_get_dataset  (MadoApplication *self);
void             mado_application_set_dataset  (MadoApplication *self,
                                                MadoDataset     *dataset);
void             mado_application_set_data_locations (MadoApplication    *self,
                                                      const char         *extension_dir,
                                                      const char * const *data_dirs);
void             mado_application_set_settings_backend (MadoApplication  *self,
                                                        GSettingsBackend *backend);
char            *mado_application_dup_provenance (MadoApplication *self);
GPtrArray       *mado_application_get_data_changes (MadoApplication *self);
const MadoDataChoice *mado_application_get_data_choice (MadoApplication *self);
GSettings       *mado_application_get_settings (MadoApplication *self);
MadoSearchIndex *mado_application_get_search_index (MadoApplication *self);
MadoIncidentStore *mado_application_get_incident_store (MadoApplication *self);
MadoOwnContacts *mado_application_get_own_contacts (MadoApplication *self);
const GError    *mado_application_get_organisation_error (MadoApplication *self);
void             mado_application_set_quit_after_first_frame (MadoApplication *self,
                                                              gboolean         quit);

G_END_DECLS
