/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean mado_guide_graph_check (GListModel  *nodes,
                                 const char  *start_id,
                                 GError     **error);

G_END_DECLS
