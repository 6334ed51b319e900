/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mado-json-reader.h"

G_BEGIN_DECLS

/* One group of aliases: terms as the dataset writes them, and the contacts
 * that are the answer when one of them is typed alone (unowned). */
typedef struct
{
  char      **terms;
  GPtrArray  *first;
} MadoSearchAlias;

void mado_search_alias_free (MadoSearchAlias *alias);

/* The dataset's "search" table: words that mean the same to a person typing
 * (aliases), and the section each contact belongs to when its card is shown
 * on several pages (home sections). Private to the model. */
void mado_search_table_read (MadoJsonReader  *reader,
                             JsonObject      *top,
                             GPtrArray      **aliases,
                             GHashTable     **homes);

G_END_DECLS
