/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void mado_a11y_name_drop_down  (GtkWidget  *drop_down,
                                const char *label);
void mado_a11y_name_by_label   (GtkWidget  *button);
void mado_a11y_name_menu_items (GtkWidget  *popover_menu);
void mado_a11y_name_menus      (GtkWidget  *root);

G_END_DECLS
