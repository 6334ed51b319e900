/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "mado-section.h"

G_BEGIN_DECLS

GtkWidget *mado_page_parts_decorative_icon_new   (const char         *icon_name);
void       mado_page_parts_set_accessible_label  (GtkWidget          *widget,
                                                  const char         *label);
void       mado_page_parts_box_append            (GtkWidget          *box,
                                                  GtkWidget          *widget);
void       mado_page_parts_unbind_and_unref      (gpointer            binding);
GtkWidget *mado_page_parts_text_label            (const char         *text,
                                                  const char         *css_class);
void       mado_page_parts_forget_selections     (GtkWidget          *page);
void       mado_page_parts_own_action_scope      (GtkWidget          *page);
GtkWidget *mado_page_parts_copy_menu_new         (GtkWidget          *row,
                                                  const char         *copy_text,
                                                  const char         *uri,
                                                  const char         *qr_uri);
void       mado_page_parts_install_popup_menu    (GtkWidgetClass     *widget_class,
                                                  GtkWidgetActionActivateFunc activate);
void       mado_page_parts_point_menu            (GtkWidget          *menu,
                                                  GtkGesture         *gesture,
                                                  double              x,
                                                  double              y);
char      *mado_page_parts_strip_mnemonic        (const char         *label);
GtkWidget *mado_page_parts_text_button_new       (const char         *label,
                                                  const char         *action_name,
                                                  const char         *css_class);
GtkWidget *mado_page_parts_plain_label           (const char         *text,
                                                  const char         *css_class);
GtkWidget *mado_page_parts_row_label_new         (const char         *text,
                                                  const char         *css_class,
                                                  gboolean            wrap);
GtkWidget *mado_page_parts_items_new             (const char * const *items,
                                                  gboolean            numbered);
GtkWidget *mado_page_parts_boxed_list_new        (const char         *accessible_label);
GtkWidget *mado_page_parts_action_row_new        (const char         *title,
                                                  const char         *subtitle,
                                                  const char         *icon_name,
                                                  const char         *action_name,
                                                  GVariant           *target);
GtkWidget *mado_page_parts_unconfirmed_tag_new   (const char         *reason);
GtkWidget *mado_page_parts_section_link_row_new  (MadoSection        *target,
                                                  const char         *subtitle);

G_END_DECLS
