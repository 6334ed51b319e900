/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MADO_TYPE_ROW (mado_row_get_type ())

G_DECLARE_DERIVABLE_TYPE (MadoRow, mado_row, MADO, ROW, GtkListBoxRow)

struct _MadoRowClass
{
  GtkListBoxRowClass parent_class;
};

GtkWidget  *mado_row_new          (const char *title,
                                   const char *subtitle);
const char *mado_row_get_title    (MadoRow    *self);
void        mado_row_set_title    (MadoRow    *self,
                                   const char *title);
const char *mado_row_get_subtitle (MadoRow    *self);
void        mado_row_set_subtitle (MadoRow    *self,
                                   const char *subtitle);
void        mado_row_add_prefix   (MadoRow    *self,
                                   GtkWidget  *widget);
void        mado_row_add_suffix   (MadoRow    *self,
                                   GtkWidget  *widget);

G_END_DECLS
