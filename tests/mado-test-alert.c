/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app's alerts (src/ui/mado-alert.c) as a test sees them, whichever
 * libadwaita shows them: an AdwAlertDialog inside its window (1.5 and
 * later), an AdwMessageDialog as a window of its own (1.2). Answered by
 * clicking the answer's button, as a person would. Like mado-alert.c, this
 * file alone may name libadwaita newer than the floor. */
#undef ADW_VERSION_MAX_ALLOWED

#include "mado-test-alert.h"
#include "mado-test-utils.h"

static GType
alert_type (void)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  return ADW_TYPE_ALERT_DIALOG;
#else
  return ADW_TYPE_MESSAGE_DIALOG;
#endif
}

/* The alert shown now in any window, or NULL. */
GtkWidget *
mado_test_find_alert (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      g_autoptr(GPtrArray) alerts = mado_test_find_all (window, alert_type ());

      for (guint j = 0; j < alerts->len; j++)
        if (gtk_widget_get_visible (g_ptr_array_index (alerts, j)))
          return g_ptr_array_index (alerts, j);
    }
  return NULL;
}

/* Both types call them "heading" and "body". */
char *
mado_test_alert_dup_heading (GtkWidget *alert)
{
  char *heading = NULL;

  g_object_get (alert, "heading", &heading, NULL);
  return heading;
}

char *
mado_test_alert_dup_body (GtkWidget *alert)
{
  char *body = NULL;

  g_object_get (alert, "body", &body, NULL);
  return body;
}

void
mado_test_alert_respond (GtkWidget  *alert,
                         const char *response)
{
  g_autoptr(GPtrArray) buttons = mado_test_find_all (alert, GTK_TYPE_BUTTON);
  const char *label;

#if ADW_CHECK_VERSION (1, 5, 0)
  label = adw_alert_dialog_get_response_label (ADW_ALERT_DIALOG (alert), response);
#else
  label = adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (alert), response);
#endif
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkButton *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_button_get_label (button), label) == 0)
        {
          g_signal_emit_by_name (button, "clicked");
          return;
        }
    }
  g_error ("no button for the answer %s (%s)", response, label);
}
