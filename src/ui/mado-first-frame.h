/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void mado_quit_after_first_frame (GtkWindow *window);

G_END_DECLS
