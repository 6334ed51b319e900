/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-dataset.h"

G_BEGIN_DECLS

#define MADO_TYPE_SECTION_PAGE (mado_section_page_get_type ())

G_DECLARE_FINAL_TYPE (MadoSectionPage, mado_section_page, MADO, SECTION_PAGE, AdwBin)

GtkWidget   *mado_section_page_new           (MadoDataset     *dataset,
                                              MadoSection     *section,
                                              int              first_screen);
MadoSection *mado_section_page_get_section   (MadoSectionPage *self);
GtkWidget   *mado_section_page_find_card     (MadoSectionPage *self,
                                              const char      *contact_id);
void         mado_section_page_complete      (MadoSectionPage *self);
gboolean     mado_section_page_is_complete   (MadoSectionPage *self);

G_END_DECLS
