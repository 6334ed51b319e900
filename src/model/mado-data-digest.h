/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mado-dataset.h"

G_BEGIN_DECLS

/* What a desk may need to know changed in the data: a number or an address
 * (web or mail) of a contact. */
typedef enum
{
  MADO_DATA_CHANGE_NUMBER,
  MADO_DATA_CHANGE_ADDRESS,
} MadoDataChangeKind;

typedef struct
{
  MadoDataChangeKind  kind;
  char               *contact_id;
  /* NULL for a value added; new_value NULL for one removed. */
  char               *old_value;
  char               *new_value;
} MadoDataChange;

char      *mado_data_digest_new      (MadoDataset *dataset);
GPtrArray *mado_data_digest_compare  (const char  *old_digest,
                                      const char  *new_digest);
guint      mado_data_changes_count   (GPtrArray   *changes,
                                      MadoDataChangeKind kind);
char      *mado_data_digest_load     (const char  *path);
gboolean   mado_data_digest_save     (const char  *path,
                                      const char  *digest,
                                      GError     **error);

G_END_DECLS
