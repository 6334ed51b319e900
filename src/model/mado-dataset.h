/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mado-block.h"
#include "mado-contact.h"
#include "mado-dataset-error.h"
#include "mado-guide-node.h"
#include "mado-section.h"
#include "mado-situation.h"

G_BEGIN_DECLS

#define MADO_TYPE_DATASET (mado_dataset_get_type ())

/* The largest dataset accepted: the real one is a few hundred KiB, and a
 * bigger file is a mistake, not content. */
#define MADO_DATASET_MAX_SIZE (8 * 1024 * 1024)
/* Deeper nesting than any valid dataset has; refused before parsing. */
#define MADO_DATASET_MAX_DEPTH 32

G_DECLARE_FINAL_TYPE (MadoDataset, mado_dataset, MADO, DATASET, GObject)

MadoDataset   *mado_dataset_new_from_bytes    (GBytes             *bytes,
                                               const char         *language,
                                               GError            **error);
MadoDataset   *mado_dataset_new_from_resource (const char         *path,
                                               const char         *language,
                                               GError            **error);
MadoDataset   *mado_dataset_new_from_file     (GFile              *file,
                                               const char         *language,
                                               GError            **error);

const char    *mado_dataset_pick_language     (const char * const *language_names);

const char    *mado_dataset_get_language      (MadoDataset        *self);
const char    *mado_dataset_get_title         (MadoDataset        *self);
const char    *mado_dataset_get_publisher     (MadoDataset        *self);
const char    *mado_dataset_get_source_url    (MadoDataset        *self);
GDateTime     *mado_dataset_get_source_updated (MadoDataset       *self);
GDateTime     *mado_dataset_get_reviewed      (MadoDataset        *self);
guint          mado_dataset_get_current_years (MadoDataset        *self);
GListModel    *mado_dataset_get_contacts      (MadoDataset        *self);
GListModel    *mado_dataset_get_sections      (MadoDataset        *self);
GListModel    *mado_dataset_get_all_sections  (MadoDataset        *self);
GListModel    *mado_dataset_get_guide_nodes   (MadoDataset        *self);
MadoContact   *mado_dataset_lookup_contact    (MadoDataset        *self,
                                               const char         *id);
MadoSection   *mado_dataset_lookup_section    (MadoDataset        *self,
                                               const char         *id);
MadoGuideNode *mado_dataset_lookup_guide_node (MadoDataset        *self,
                                               const char         *id);
MadoGuideNode *mado_dataset_get_guide_start   (MadoDataset        *self);
GListModel    *mado_dataset_get_home_contacts (MadoDataset        *self);
GListModel    *mado_dataset_get_situations    (MadoDataset        *self);
MadoSituation *mado_dataset_lookup_situation  (MadoDataset        *self,
                                               const char         *id);
const char * const *mado_dataset_get_preparation_items (MadoDataset *self);
MadoSection   *mado_dataset_find_contact_section (MadoDataset     *self,
                                                  const char      *contact_id);
GPtrArray     *mado_dataset_get_aliases       (MadoDataset        *self);

G_END_DECLS
