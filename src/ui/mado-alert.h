/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A message over a window, or a question with a cancelling and a
 * destructive answer. */
typedef struct
{
  const char *heading;
  const char *body;
  /* The default answer, and the one Escape gives. */
  const char *cancel_id;
  const char *cancel_label;
  /* NULL for a message with one answer. */
  const char *destructive_id;
  const char *destructive_label;
} MadoAlert;

GObject *mado_alert_present (const MadoAlert *alert,
                             GtkWidget       *parent);

G_END_DECLS
