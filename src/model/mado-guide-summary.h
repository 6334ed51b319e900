/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mado-dataset.h"
#include "mado-guide-walk.h"
#include "mado-own-contacts.h"

G_BEGIN_DECLS

char *mado_guide_summary_build   (MadoGuideWalk   *walk,
                                  MadoDataset     *dataset,
                                  MadoOwnContacts *own_contacts,
                                  gboolean         include_unconfirmed);
char *mado_guide_summary_build_answers (MadoGuideWalk *walk);
void  mado_contact_append_text   (MadoContact   *contact,
                                  GString       *text);
void  mado_contact_append_text_full (MadoContact *contact,
                                     gboolean     include_unconfirmed,
                                     GString     *text);

void  mado_contact_append_text_at (MadoContact *contact,
                                   gboolean     include_unconfirmed,
                                   GDateTime   *now,
                                   GString     *text);

G_END_DECLS
