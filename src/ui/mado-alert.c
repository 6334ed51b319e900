/* SPDX-License-Identifier: GPL-3.0-or-later */
/* This file alone may use libadwaita newer than the 1.2 floor, where the
 * library it is built with has it: the project's ADW_VERSION_MAX_ALLOWED
 * would flag AdwAlertDialog even behind ADW_CHECK_VERSION. */
#undef ADW_VERSION_MAX_ALLOWED

#include "config.h"

#include "mado-alert.h"

/* AdwMessageDialog measures its heading unwrapped from libadwaita 1.6 on
 * (GTK 4.18 warns "Trying to measure GtkLabel for width of 252, but it needs
 * at least 277" for a heading wider than the dialog) and is deprecated
 * there; AdwAlertDialog (1.5) wraps it. Debian 12's 1.2 has only the
 * former. Both emit "response" with the answer's id, which the caller
 * connects to on the object returned. */
GObject *
mado_alert_present (const MadoAlert *alert,
                    GtkWidget       *parent)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  AdwAlertDialog *dialog = ADW_ALERT_DIALOG (adw_alert_dialog_new (alert->heading, alert->body));

  adw_alert_dialog_add_response (dialog, alert->cancel_id, alert->cancel_label);
  if (alert->destructive_id != NULL)
    {
      adw_alert_dialog_add_response (dialog, alert->destructive_id, alert->destructive_label);
      adw_alert_dialog_set_response_appearance (dialog, alert->destructive_id,
                                                ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_alert_dialog_set_default_response (dialog, alert->cancel_id);
  adw_alert_dialog_set_close_response (dialog, alert->cancel_id);
  adw_dialog_present (ADW_DIALOG (dialog), parent);
#else
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
    adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                            alert->heading, alert->body));

  adw_message_dialog_add_response (dialog, alert->cancel_id, alert->cancel_label);
  if (alert->destructive_id != NULL)
    {
      adw_message_dialog_add_response (dialog, alert->destructive_id, alert->destructive_label);
      adw_message_dialog_set_response_appearance (dialog, alert->destructive_id,
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_set_default_response (dialog, alert->cancel_id);
  adw_message_dialog_set_close_response (dialog, alert->cancel_id);
  gtk_window_present (GTK_WINDOW (dialog));
#endif
  return G_OBJECT (dialog);
}
