/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *mado_test_find_alert        (void);
char      *mado_test_alert_dup_heading (GtkWidget  *alert);
char      *mado_test_alert_dup_body    (GtkWidget  *alert);
void       mado_test_alert_respond     (GtkWidget  *alert,
                                        const char *response);

G_END_DECLS
