/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-dataset.h"
#include "mado-own-contacts.h"

G_BEGIN_DECLS

#define MADO_TYPE_OWN_CONTACTS_PAGE (mado_own_contacts_page_get_type ())

G_DECLARE_FINAL_TYPE (MadoOwnContactsPage, mado_own_contacts_page, MADO, OWN_CONTACTS_PAGE, AdwBin)

GtkWidget *mado_own_contacts_page_new         (MadoOwnContacts     *store,
                                               MadoDataset         *dataset);
void       mado_own_contacts_page_focus_start (MadoOwnContactsPage *self);
GtkWidget *mado_own_contacts_page_get_editor  (MadoOwnContactsPage *self,
                                               guint                index);

G_END_DECLS
