/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MADO_TYPE_QR_DIALOG (mado_qr_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MadoQrDialog, mado_qr_dialog, MADO, QR_DIALOG, AdwWindow)

GtkWidget  *mado_qr_dialog_new       (GtkWindow    *parent,
                                      const char   *uri,
                                      const char   *text);
const char *mado_qr_dialog_get_uri   (MadoQrDialog *self);
GtkWidget  *mado_qr_dialog_get_code  (MadoQrDialog *self);

G_END_DECLS
