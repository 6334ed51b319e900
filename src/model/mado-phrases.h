/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MADO_TYPE_PHRASES (mado_phrases_get_type ())

G_DECLARE_FINAL_TYPE (MadoPhrases, mado_phrases, MADO, PHRASES, GObject)

MadoPhrases *mado_phrases_new_from_bytes (GBytes       *bytes,
                                          GError      **error);
const guint *mado_phrases_lookup         (MadoPhrases  *self,
                                          const char   *text,
                                          guint        *n_phrases);
guint        mado_phrases_get_n_texts    (MadoPhrases  *self);

G_END_DECLS
