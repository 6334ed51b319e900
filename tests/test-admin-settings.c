/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Settings an administrator locks with dconf: the Language menu's action is
 * disabled (its items insensitive) while the key is locked, and nothing
 * warns; unlocked, the same menu writes the setting. The backend here
 * reports one key not writable, as dconf does for a lock. */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "mado-guide-page.h"
#include "mado-test-utils.h"

#define MADO_TYPE_LOCKING_BACKEND (mado_locking_backend_get_type ())
G_DECLARE_FINAL_TYPE (MadoLockingBackend, mado_locking_backend, MADO, LOCKING_BACKEND, GSettingsBackend)

struct _MadoLockingBackend
{
  GSettingsBackend parent_instance;

  GHashTable *values;
  char       *locked;
};

G_DEFINE_FINAL_TYPE (MadoLockingBackend, mado_locking_backend, G_TYPE_SETTINGS_BACKEND)

static GVariant *
locking_read (GSettingsBackend   *backend,
              const char         *key,
              const GVariantType *expected_type,
              gboolean            default_value)
{
  MadoLockingBackend *self = MADO_LOCKING_BACKEND (backend);
  GVariant *value = default_value ? NULL : g_hash_table_lookup (self->values, key);

  return value != NULL ? g_variant_ref (value) : NULL;
}

static gboolean
locking_get_writable (GSettingsBackend *backend,
                      const char       *key)
{
  MadoLockingBackend *self = MADO_LOCKING_BACKEND (backend);

  return self->locked == NULL || !g_str_equal (key, self->locked);
}

static gboolean
locking_write (GSettingsBackend *backend,
               const char       *key,
               GVariant         *value,
               gpointer          origin_tag)
{
  MadoLockingBackend *self = MADO_LOCKING_BACKEND (backend);

  if (!locking_get_writable (backend, key))
    return FALSE;
  g_hash_table_insert (self->values, g_strdup (key), g_variant_ref_sink (value));
  g_settings_backend_changed (backend, key, origin_tag);
  return TRUE;
}

static gboolean
write_one_cb (gpointer key,
              gpointer value,
              gpointer user_data)
{
  locking_write (user_data, key, value, NULL);
  return FALSE;
}

static gboolean
locking_write_tree (GSettingsBackend *backend,
                    GTree            *tree,
                    gpointer          origin_tag)
{
  g_tree_foreach (tree, write_one_cb, backend);
  return TRUE;
}

static void
locking_reset (GSettingsBackend *backend,
               const char       *key,
               gpointer          origin_tag)
{
  MadoLockingBackend *self = MADO_LOCKING_BACKEND (backend);

  if (g_hash_table_remove (self->values, key))
    g_settings_backend_changed (backend, key, origin_tag);
}

static void
mado_locking_backend_finalize (GObject *object)
{
  MadoLockingBackend *self = MADO_LOCKING_BACKEND (object);

  g_hash_table_unref (self->values);
  g_free (self->locked);
  G_OBJECT_CLASS (mado_locking_backend_parent_class)->finalize (object);
}

static void
mado_locking_backend_class_init (MadoLockingBackendClass *klass)
{
  GSettingsBackendClass *backend_class = G_SETTINGS_BACKEND_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = mado_locking_backend_finalize;
  backend_class->read = locking_read;
  backend_class->write = locking_write;
  backend_class->write_tree = locking_write_tree;
  backend_class->reset = locking_reset;
  backend_class->get_writable = locking_get_writable;
}

static void
mado_locking_backend_init (MadoLockingBackend *self)
{
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_variant_unref);
}

/* A backend where the administrator preset @key to @value and, if @locked,
 * locked it. */
static GSettingsBackend *
backend_new_for_key (const char *key_name,
                     const char *value,
                     gboolean    locked)
{
  MadoLockingBackend *self = g_object_new (MADO_TYPE_LOCKING_BACKEND, NULL);
  g_autofree char *key = g_strconcat (SCHEMA_PATH, key_name, NULL);

  g_hash_table_insert (self->values, g_strdup (key), g_variant_ref_sink (g_variant_new_string (value)));
  if (locked)
    self->locked = g_steal_pointer (&key);
  return G_SETTINGS_BACKEND (self);
}

static GSettingsBackend *
backend_new (const char *language,
             gboolean    locked)
{
  return backend_new_for_key ("language", language, locked);
}

static MadoApplication *
app_with_backend (GSettingsBackend *backend)
{
  MadoApplication *app = mado_application_new ();
  g_autoptr(GError) error = NULL;

  mado_application_set_settings_backend (app, backend);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

static void
test_locked_language (void)
{
  g_autoptr(GSettingsBackend) backend = backend_new ("ja", TRUE);
  g_autoptr(MadoApplication) app = app_with_backend (backend);
  GSettings *settings = mado_application_get_settings (app);
  g_autoptr(GVariant) state = NULL;

  g_assert_false (g_settings_is_writable (settings, "language"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "language"));
  state = g_action_group_get_action_state (G_ACTION_GROUP (app), "language");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "ja");

  /* Activating a disabled action is ignored: no write, no warning (the test
   * runs with fatal warnings). */
  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string ("en"));
  mado_test_assert_setting (settings, "language", "ja");
  /* Other keys stay writable. */
  g_assert_true (g_settings_is_writable (settings, "last-section"));
}

static void
test_preset_language_unlocked (void)
{
  g_autoptr(GSettingsBackend) backend = backend_new ("en", FALSE);
  g_autoptr(MadoApplication) app = app_with_backend (backend);
  GSettings *settings = mado_application_get_settings (app);
  g_autofree char *language = NULL;

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "language"));
  mado_test_assert_setting (settings, "language", "en");
  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string ("ja"));
  language = g_settings_get_string (settings, "language");
  g_assert_cmpstr (language, ==, "ja");
}

/* An administrator who wants every desk to open on the guided questions
 * presets and locks the start page: the menu's items are insensitive, and
 * the window opens there. */
static void
test_locked_start_page (void)
{
  g_autoptr(GSettingsBackend) backend = backend_new_for_key ("start-page", "guide", TRUE);
  g_autoptr(MadoApplication) app = app_with_backend (backend);
  GSettings *settings = mado_application_get_settings (app);
  MadoWindow *window;

  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "start-page"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "start-page", g_variant_new_string ("home"));
  mado_test_assert_setting (settings, "start-page", "guide");

  window = mado_test_window_new (app);
  g_assert_true (MADO_IS_GUIDE_PAGE (mado_window_get_page (window)));
  mado_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  mado_test_init (&argc, &argv);

  mado_test_add_in_subprocess ("/admin-settings/locked-language", test_locked_language);
  mado_test_add_in_subprocess ("/admin-settings/preset-language-unlocked", test_preset_language_unlocked);

  mado_test_add_in_subprocess ("/admin-settings/locked-start-page", test_locked_start_page);

  return g_test_run ();
}
