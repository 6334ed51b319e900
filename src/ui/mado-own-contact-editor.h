/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-dataset.h"
#include "mado-own-contacts.h"

G_BEGIN_DECLS

#define MADO_TYPE_OWN_CONTACT_EDITOR (mado_own_contact_editor_get_type ())

G_DECLARE_FINAL_TYPE (MadoOwnContactEditor, mado_own_contact_editor, MADO, OWN_CONTACT_EDITOR, AdwBin)

GtkWidget      *mado_own_contact_editor_new         (MadoOwnContacts      *store,
                                                     MadoOwnContact       *contact,
                                                     MadoDataset          *dataset);
MadoOwnContact *mado_own_contact_editor_get_contact (MadoOwnContactEditor *self);
void            mado_own_contact_editor_focus_name  (MadoOwnContactEditor *self);
GtkWidget      *mado_own_contact_editor_get_number_entry (MadoOwnContactEditor *self,
                                                          guint                 index);

G_END_DECLS
