/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "mado-card.h"

G_BEGIN_DECLS

typedef enum
{
  MADO_CARD_SIZE_A4,
  MADO_CARD_SIZE_A6,
} MadoCardSize;

/* How the card was made to fit its page. */
typedef struct
{
  gboolean whole;
  double   text_scale;
  guint    own_shown;
} MadoCardFit;

gboolean mado_card_size_from_string (const char   *name,
                                     MadoCardSize *size);
void     mado_card_size_get_points  (MadoCardSize  size,
                                     double       *width,
                                     double       *height);
gboolean mado_card_draw             (MadoCard     *card,
                                     cairo_t      *cr,
                                     double        width,
                                     double        height,
                                     MadoCardFit  *fit);
gboolean mado_card_export_pdf       (MadoCard     *card,
                                     MadoCardSize  size,
                                     const char   *path,
                                     MadoCardFit  *fit,
                                     GError      **error);

G_END_DECLS
