/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The quiet zone around a QR code, in modules: ISO/IEC 18004 asks for four. */
#define MADO_QR_QUIET_ZONE 4

typedef struct _MadoQr MadoQr;

MadoQr  *mado_qr_new             (const char *text,
                                  GError    **error);
void     mado_qr_free            (MadoQr     *self);
int      mado_qr_get_size        (MadoQr     *self);
gboolean mado_qr_get_module      (MadoQr     *self,
                                  int         x,
                                  int         y);
void     mado_qr_draw            (MadoQr     *self,
                                  cairo_t    *cr,
                                  double      x,
                                  double      y,
                                  double      side);

char    *mado_qr_dup_tel_uri     (const char *number);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MadoQr, mado_qr_free)

G_END_DECLS
