/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

gboolean mado_enum_binding_to_position (GBinding     *binding,
                                        const GValue *from,
                                        GValue       *to,
                                        gpointer      user_data);
gboolean mado_enum_binding_to_enum     (GBinding     *binding,
                                        const GValue *from,
                                        GValue       *to,
                                        gpointer      user_data);

G_END_DECLS
