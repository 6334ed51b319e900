/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-uri-check.h"
#include "mado-uri-opener.h"

/* The one way out of the app to the browser or mail client. Whatever the
 * dataset says, only plain http, https and mailto addresses ever reach the
 * system: the loader refuses other links with mado_uri_check(), and this
 * checks again with the same function. */
struct _MadoUriOpener
{
  GObject parent_instance;

  MadoUriLaunchFunc launch;
  gpointer          launch_data;
};

G_DEFINE_FINAL_TYPE (MadoUriOpener, mado_uri_opener, G_TYPE_OBJECT)

static void
show_uri_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

#if GTK_CHECK_VERSION (4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (source), result, &error))
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
#endif
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* The system's way, which goes through the OpenURI portal inside Flatpak.
 * GTK 4.10 replaced gtk_show_uri_full() with GtkUriLauncher; both paths stay
 * here, and nowhere else. */
static void
launch_now (GtkWindow  *parent,
            const char *uri,
            GTask      *task)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);
    gtk_uri_launcher_launch (launcher, parent, NULL, show_uri_done_cb, task);
  }
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, show_uri_done_cb, task);
#endif
}

typedef struct
{
  GtkWindow *parent;
  char      *uri;
  GTask     *task;
} PortalCheck;

static void
portal_version_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PortalCheck *check = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) version = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(v)", &version);

  if (version != NULL && g_variant_is_of_type (version, G_VARIANT_TYPE_UINT32)
      && g_variant_get_uint32 (version) >= 3)
    launch_now (check->parent, check->uri, check->task);
  else
    {
      g_task_return_new_error (check->task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               "The OpenURI portal is not available");
      g_object_unref (check->task);
    }

  g_clear_object (&check->parent);
  g_free (check->uri);
  g_free (check);
}

/* Inside Flatpak, GTK opens a URI only through the OpenURI portal. When there
 * is none, GTK 4.18 prints a warning and a critical and never reports an
 * error, so the person would see nothing: ask the portal for its version
 * first, as GTK does, and fail like any other launch without it. */
static void
launch_with_gtk (GtkWindow  *parent,
                 const char *uri,
                 GTask      *task,
                 gpointer    user_data)
{
  g_autoptr(GDBusConnection) bus = NULL;
  PortalCheck *check;

  /* GTK 4.8 crashes in gdk_x11_surface_get_xid() when handed a parent that is
   * not realized yet; the portal only needs the parent to place its dialog. */
  if (parent != NULL && !gtk_widget_get_realized (GTK_WIDGET (parent)))
    parent = NULL;

  if (!g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS)
      || (bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL)) == NULL)
    {
      launch_now (parent, uri, task);
      return;
    }

  check = g_new0 (PortalCheck, 1);
  check->parent = parent != NULL ? g_object_ref (parent) : NULL;
  check->uri = g_strdup (uri);
  check->task = task;
  g_dbus_connection_call (bus, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                          "org.freedesktop.DBus.Properties", "Get",
                          g_variant_new ("(ss)", "org.freedesktop.portal.OpenURI", "version"),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, 5000, NULL,
                          portal_version_cb, check);
}

/* What the person is told. The address is quoted with anything invisible
 * spelt out, so that the message cannot deceive in turn. */
static char *
dup_refusal_message (const char     *uri,
                     MadoUriProblem  problem)
{
  g_autofree char *printable = mado_uri_dup_printable (uri);

  if (problem == MADO_URI_PROBLEM_SCHEME)
    /* Translators: %s is a web address the app refused to open. */
    return g_strdup_printf (_("Only web and mail addresses can be opened, not “%s”"), printable);

  /* Translators: %s is a web or mail address the app refused to open because
   * it is written in a form that could mislead (a user name before the host,
   * invisible characters, look-alike letters, an IP address...). */
  return g_strdup_printf (_("Not opened: “%s” could lead somewhere other than it reads"),
                          printable);
}

MadoUriOpener *
mado_uri_opener_new (void)
{
  return g_object_new (MADO_TYPE_URI_OPENER, NULL);
}

/* @func NULL restores the system's launcher. */
void
mado_uri_opener_set_launch_func (MadoUriOpener     *self,
                                 MadoUriLaunchFunc  func,
                                 gpointer           user_data)
{
  g_return_if_fail (MADO_IS_URI_OPENER (self));

  self->launch = func != NULL ? func : launch_with_gtk;
  self->launch_data = user_data;
}

void
mado_uri_opener_open (MadoUriOpener       *self,
                      GtkWindow           *parent,
                      const char          *uri,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  MadoUriProblem problem;

  g_return_if_fail (MADO_IS_URI_OPENER (self));
  g_return_if_fail (uri != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mado_uri_opener_open);

  problem = mado_uri_check (uri);
  if (problem != MADO_URI_PROBLEM_NONE)
    {
      g_autofree char *message = dup_refusal_message (uri, problem);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED, "%s", message);
      return;
    }

  self->launch (parent, uri, g_steal_pointer (&task), self->launch_data);
}

gboolean
mado_uri_opener_open_finish (MadoUriOpener  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
mado_uri_opener_class_init (MadoUriOpenerClass *klass)
{
}

static void
mado_uri_opener_init (MadoUriOpener *self)
{
  self->launch = launch_with_gtk;
}
