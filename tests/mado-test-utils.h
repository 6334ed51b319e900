/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mado-window.h"

G_BEGIN_DECLS

void             mado_test_init             (int            *argc,
                                             char         ***argv);
MadoApplication *mado_test_application_new  (const char     *fixture);
MadoWindow      *mado_test_window_new       (MadoApplication *app);
void             mado_test_iterate          (guint           milliseconds);
char            *mado_test_read_clipboard   (GtkWidget      *widget);
GtkWidget       *mado_test_find_widget      (GtkWidget      *root,
                                             GType           type,
                                             const char     *accessible_label);
GPtrArray       *mado_test_find_all         (GtkWidget      *root,
                                             GType           type);
char            *mado_test_collect_text     (GtkWidget      *root);
void             mado_test_destroy_window   (MadoWindow     *window);
void             mado_test_add_in_subprocess (const char     *path,
                                              GTestFunc       func);
void             mado_test_assert_setting    (GSettings      *settings,
                                              const char     *key,
                                              const char     *expected);

G_END_DECLS
