/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sys/resource.h>

#include "mado-dataset.h"
#include "mado-incident-store.h"

G_BEGIN_DECLS

/* A user data folder of a test's own: base/madoguchi (not made yet: the
 * stores make it) and the store's file in it. */
typedef struct
{
  char *base;
  char *directory;
  char *path;
} MadoTestFolder;

void         mado_test_folder_set_up     (MadoTestFolder *folder,
                                          const char     *file_name);
void         mado_test_folder_tear_down  (MadoTestFolder *folder);
char        *mado_test_read_file         (const char     *path,
                                          gsize          *length);
guint        mado_test_count_files       (const char     *directory,
                                          const char     *prefix);
void         mado_test_limit_file_size   (rlim_t          size);
void         mado_test_keep_save_failure (gpointer        store,
                                          const GError   *error,
                                          GError        **failure);
MadoDataset *mado_test_load_minimal      (void);
gboolean     mado_test_file_contains     (const char     *path,
                                          const char     *text);

MadoIncidentStore *mado_test_load_incident_store  (const char        *directory);
MadoIncidentSheet *mado_test_nth_sheet            (MadoIncidentStore *store,
                                                   guint              position);
void               mado_test_flush_incident_store (MadoIncidentStore *store);

G_END_DECLS
