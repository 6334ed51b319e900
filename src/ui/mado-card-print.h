/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mado-card.h"

G_BEGIN_DECLS

GtkPrintOperation *mado_card_print_operation_new (MadoCard  *card);
void               mado_card_print               (GtkWindow *parent,
                                                  MadoCard  *card);

G_END_DECLS
