/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mado-dataset.h"

G_BEGIN_DECLS

/* One line of the emergency card: whom to call, the number and its tel: URI,
 * and for a public desk the page (a form where it has one) with its URL. */
typedef struct
{
  char *name;
  char *role;
  char *number;
  char *tel_uri;
  char *hours;
  char *reference;
  char *link_label;
  char *link_uri;
  gboolean link_is_form;
} MadoCardEntry;

/* The words of the emergency card, in the running language; the drawing
 * (mado-card-drawing.c) lays them out on paper. */
typedef struct
{
  char      *language;
  char      *title;
  char      *subtitle;
  char      *own_heading;
  GPtrArray *own;
  char      *own_empty;
  char      *public_heading;
  GPtrArray *public_desks;
  char      *prepare_heading;
  GStrv      prepare;
  char      *date_line;
  char      *source_line;
  char      *call_caption;
  char      *link_caption;
  char      *form_caption;
} MadoCard;

MadoCardEntry *mado_card_entry_new      (const char    *name,
                                         const char    *role,
                                         const char    *number,
                                         const char    *hours,
                                         const char    *reference);
void           mado_card_entry_set_link (MadoCardEntry *self,
                                         const char    *label,
                                         const char    *uri);
void           mado_card_entry_free     (MadoCardEntry *self);

MadoCard      *mado_card_new            (MadoDataset   *dataset,
                                         GPtrArray     *own_entries);
char          *mado_card_dup_more_line  (MadoCard      *self,
                                         guint          n_left_out);
void           mado_card_free           (MadoCard      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MadoCardEntry, mado_card_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MadoCard, mado_card_free)

G_END_DECLS
