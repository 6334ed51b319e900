/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-own-contacts.h"

G_BEGIN_DECLS

GtkWidget *mado_own_contact_row_new   (MadoOwnContact *contact);
GtkWidget *mado_own_contacts_group_new (GPtrArray      *contacts,
                                        gboolean        with_edit_row);

G_END_DECLS
