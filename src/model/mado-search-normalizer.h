/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *mado_search_normalize         (const char *text,
                                         gssize      length,
                                         GArray     *offsets);
char    **mado_search_split_words       (const char *text);
char    **mado_search_normalize_words   (const char *text);
char     *mado_search_normalize_digits  (const char *text);
gboolean  mado_search_looks_like_phone  (const char *text);

G_END_DECLS
