/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mado-dataset.h"

G_BEGIN_DECLS

/* The file an administrator deploys in their location. */
#define MADO_ADMIN_DATASET_NAME "contacts.json"
/* The organisation-wide own contacts, beside it (SCHEMA.md, "Own contacts"). */
#define MADO_ADMIN_OWN_CONTACTS_NAME "own-contacts.json"
/* Where the Flatpak data extension io.github.madoguchi.Madoguchi.Data is
 * mounted (add-extensions in the manifest). */
#define MADO_ADMIN_EXTENSION_DIR "/app/share/madoguchi/extension"

/* Where the dataset in use came from. */
typedef enum
{
  MADO_DATA_ORIGIN_BUNDLED,
  MADO_DATA_ORIGIN_EXTENSION,
  MADO_DATA_ORIGIN_SYSTEM,
} MadoDataOrigin;

/* The result of choosing a dataset: the administrator's when it is valid,
 * the bundled one otherwise, with what was refused and why. */
typedef struct
{
  MadoDataset    *dataset;
  MadoDataOrigin  origin;
  /* The administrator's file: the one in use, or the one refused. */
  GFile          *admin_file;
  /* Why the administrator's file was refused; NULL when it was not. */
  GError         *admin_error;
} MadoDataChoice;

GFile          *mado_data_source_find_admin_dir (const char         *extension_dir,
                                                 const char * const *data_dirs,
                                                 MadoDataOrigin     *origin);
GFile          *mado_data_source_find_own_contacts_dir (const char         *extension_dir,
                                                        const char * const *data_dirs);
MadoDataChoice *mado_data_source_choose         (const char         *extension_dir,
                                                 const char * const *data_dirs,
                                                 const char         *bundled_resource,
                                                 const char         *language);
gboolean        mado_data_source_validate_file  (GFile              *file,
                                                 GError            **error);
void            mado_data_choice_free           (MadoDataChoice     *choice);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MadoDataChoice, mado_data_choice_free)

G_END_DECLS
