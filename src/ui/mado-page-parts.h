/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-section.h"

G_BEGIN_DECLS

GtkWidget *mado_decorative_icon_new  (const char         *icon_name);
void       mado_set_accessible_label (GtkWidget          *widget,
                                      const char         *label);
void       mado_box_append           (GtkWidget          *box,
                                      GtkWidget          *widget);
void       mado_binding_unbind_and_unref (gpointer        binding);
GtkWidget *mado_page_column_new      (GtkWidget         **box);
GtkWidget *mado_text_label           (const char         *text,
                                      const char         *css_class);
void       mado_label_make_selectable (GtkLabel          *label);
void       mado_page_forget_selections (GtkWidget        *page);
GtkWidget *mado_copy_menu_new        (GtkWidget          *row,
                                      const char         *copy_text,
                                      const char         *uri,
                                      const char         *qr_uri);
char      *mado_strip_mnemonic       (const char         *label);
GtkWidget *mado_text_button_new      (const char         *label,
                                      const char         *action_name,
                                      const char         *css_class);
GtkWidget *mado_plain_label          (const char         *text,
                                      const char         *css_class);
GtkWidget *mado_row_label_new        (const char         *text,
                                      const char         *css_class,
                                      gboolean            wrap);
GtkWidget *mado_items_widget         (const char * const *items,
                                      gboolean            numbered);
GtkWidget *mado_boxed_list           (const char         *accessible_label);
GtkWidget *mado_action_row_new       (const char         *title,
                                      const char         *subtitle,
                                      const char         *icon_name,
                                      const char         *action_name,
                                      GVariant           *target);
GtkWidget *mado_unconfirmed_tag_new  (const char         *reason);
GtkWidget *mado_section_link_row_new (MadoSection        *target,
                                      const char         *subtitle);

G_END_DECLS
