/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the widget tests share: an application on a fixture dataset, a real
 * window, waiting for the main loop, reading the clipboard back, finding
 * widgets as a person would (by type and by what they are called). */
#include <locale.h>

#include "mado-test-utils.h"

/* The one warning that is not ours to fix: GTK 4.20 and later, on X11 under
 * Xvfb (the Flatpak runtime's GTK in its build sandbox), warn about their own
 * frame bookkeeping when a window or a popover maps. Nothing an application
 * does causes or avoids it. It is written as a TAP comment instead of going
 * to the default writer, which G_DEBUG=fatal-warnings makes abort; every
 * other message goes there, so every other warning stays fatal. (GTK logs
 * through the structured API, which g_test_log_set_fatal_handler () does
 * not see.) */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN") && fields[i].length < 0)
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
        message = fields[i].value;
    }

  if (g_strcmp0 (domain, "Gdk") == 0 &&
      g_strcmp0 (message, "gdk_frame_timings_submitted() called on submitted frame.") == 0)
    {
      g_print ("# %s-WARNING (not fatal, GTK's own): %s\n", domain, message);
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

void
mado_test_init (int    *argc,
                char ***argv)
{
  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  mado_application_setup_locale (NULL);
  /* The tests assert on text: keep numbers and dates in one known form. */
  setlocale (LC_NUMERIC, "C.UTF-8");
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  mado_application_register_resources ();
}

/* An application registered (so startup has run) but not activated, its
 * dataset replaced by @fixture from tests/fixtures when not NULL. */
MadoApplication *
mado_test_application_new (const char *fixture)
{
  MadoApplication *app = mado_application_new ();
  g_autoptr(GError) error = NULL;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  if (fixture != NULL)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", fixture, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(MadoDataset) dataset = mado_dataset_new_from_file (file, NULL, &error);

      g_assert_no_error (error);
      mado_application_set_dataset (app, dataset);
    }

  return app;
}

MadoWindow *
mado_test_window_new (MadoApplication *app)
{
  MadoWindow *window = mado_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  mado_test_iterate (50);
  /* Mapped and laid out at its size before a test looks at it: on a busy
   * machine, or under the sanitizers, that takes many more frames (10 s at
   * the most). */
  for (guint i = 0; i < 100 && (!gtk_widget_get_mapped (GTK_WIDGET (window))
                                || gtk_widget_get_width (GTK_WIDGET (window)) == 0); i++)
    mado_test_iterate (100);
  return window;
}

static gboolean
done_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @milliseconds, so that layout, paint and idle
 * handlers happen as they would for a person. */
void
mado_test_iterate (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  if (*text == NULL)
    *text = g_strdup ("");
}

char *
mado_test_read_clipboard (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL,
                                 clipboard_read_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  return text;
}

static void
find_all (GtkWidget *root,
          GType      type,
          GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_all (child, type, found);
}

GPtrArray *
mado_test_find_all (GtkWidget *root,
                    GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  find_all (root, type, found);
  return found;
}

/* The first widget of @type under @root whose accessible label is @label
 * (GTK 4.8 has no getter for it: the accessibility test API compares), or
 * the first of @type when @label is NULL. */
GtkWidget *
mado_test_find_widget (GtkWidget  *root,
                       GType       type,
                       const char *label)
{
  g_autoptr(GPtrArray) found = mado_test_find_all (root, type);

  for (guint i = 0; i < found->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (found, i);
      g_autofree char *failure = NULL;

      if (label == NULL)
        return widget;

      failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      if (failure == NULL)
        return widget;
    }

  return NULL;
}

static void
collect_text (GtkWidget *root,
              GString   *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_visible (root))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (root)));

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/* All the text a person could read under @root, one label a line. */
char *
mado_test_collect_text (GtkWidget *root)
{
  GString *text = g_string_new (NULL);

  collect_text (root, text);
  return g_string_free (text, FALSE);
}

/* Destroys @window and checks that nothing kept it (or its pages) alive. */
void
mado_test_destroy_window (MadoWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  mado_test_iterate (10);
  g_assert_null (window);
}

static void
run_in_subprocess (gconstpointer data)
{
  g_autofree char *path = g_strconcat (g_test_get_path (), "/subprocess", NULL);

  g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Adds @func as the test @path, run in a process of its own: one
 * application per process can own its name on the bus. */
void
mado_test_add_in_subprocess (const char *path,
                             GTestFunc   func)
{
  g_autofree char *sub = g_strconcat (path, "/subprocess", NULL);

  g_test_add_func (sub, func);
  g_test_add_data_func (path, NULL, run_in_subprocess);
}

/* g_settings_get_string() returns a copy for the caller to free. */
void
mado_test_assert_setting (GSettings  *settings,
                          const char *key,
                          const char *expected)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}
