/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>

#include "mado-about.h"
#include "mado-data-digest.h"
#include "mado-application.h"
#include "mado-card-drawing.h"
#include "mado-card-print.h"
#include "mado-first-frame.h"
#include "mado-own-contacts.h"
#include "mado-resources.h"
#include "mado-search-provider.h"
#include "mado-window.h"

#define DATASET_RESOURCE RESOURCE_BASE "/dataset/contacts.json"

/* The application: one instance per session (a second start raises the open
 * window), the dataset loaded once, app-wide actions and settings. */
struct _MadoApplication
{
  AdwApplication parent_instance;

  MadoDataset *dataset;
  MadoDataChoice *data_choice;
  GPtrArray   *data_changes;
  char        *extension_dir;
  char       **data_dirs;
  GSettingsBackend *settings_backend;
  GSettings   *settings;
  MadoIncidentStore *incident_store;
  MadoOwnContacts   *own_contacts;
  GError            *organisation_error;
  gboolean     quit_after_first_frame;
  MadoSearchIndex    *search_index;
  MadoSearchProvider *search_provider;
};

G_DEFINE_FINAL_TYPE (MadoApplication, mado_application, ADW_TYPE_APPLICATION)

static gboolean
is_plain_c (const char *locale)
{
  return locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX");
}

/* Debian 13's glibc (2.41) ignores LANGUAGE under C.UTF-8 as well as under
 * C (Debian 12's 2.36 does not): Japanese messages then need a Japanese
 * locale for LC_MESSAGES, where one is installed. */
static void
set_messages_locale (const char *language)
{
  const char *current = setlocale (LC_MESSAGES, NULL);

  if (g_str_equal (language, "ja") && current != NULL
      && (g_str_equal (current, "C.UTF-8") || g_str_equal (current, "C.utf8")))
    setlocale (LC_MESSAGES, "ja_JP.UTF-8");
}

/* Decides the one language of the interface and the content, and sets up
 * gettext for it. The setting (or --language) wins over the system; a system
 * language other than Japanese or English gives English. LANGUAGE is then set
 * to that one language, so gettext and the dataset cannot disagree; and since
 * gettext ignores LANGUAGE under the plain C locale (LANG=C, POSIX, unset, or
 * a locale that is not installed), C becomes C.UTF-8 for text and messages.
 * It may run twice (the saved setting, then --language): the session's own
 * LANGUAGE is kept from the first call, so "system" still means the system.
 * GTK must not set the locale after this (gtk_disable_setlocale() in main).
 * An uninstalled build (meson devenv) points MADOGUCHI_LOCALEDIR at the
 * translations in the build tree. */
void
mado_application_setup_locale (const char *language)
{
  static const int categories[] = { LC_CTYPE, LC_MESSAGES };
  static char *session_language;
  static gboolean session_language_saved;
  const char *localedir = g_getenv ("MADOGUCHI_LOCALEDIR");

  if (!session_language_saved)
    {
      session_language = g_strdup (g_getenv ("LANGUAGE"));
      session_language_saved = TRUE;
    }

  if (language != NULL && *language != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
  else if (session_language != NULL)
    g_setenv ("LANGUAGE", session_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  setlocale (LC_ALL, "");
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      if (is_plain_c (setlocale (categories[i], NULL)))
        setlocale (categories[i], "C.UTF-8");
    }

  g_setenv ("LANGUAGE", mado_dataset_pick_language (g_get_language_names ()), TRUE);
  set_messages_locale (g_getenv ("LANGUAGE"));

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* The language chosen in the app for the next start, or NULL to follow the
 * system. Read before the application exists, so straight from GSettings. */
char *
mado_application_dup_language_setting (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  char *language;

  /* A missing schema would abort; start in the system's language instead. */
  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                            APP_ID, TRUE);
  if (schema == NULL)
    return NULL;

  settings = g_settings_new (APP_ID);
  language = g_settings_get_string (settings, "language");
  if (*language == '\0')
    g_clear_pointer (&language, g_free);
  return language;
}

/* Saves @language ("ja", "en", or "" for the system's) for this and later
 * starts; without an installed schema there is nowhere to save it. */
void
mado_application_save_language_setting (const char *language)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                            APP_ID, TRUE);
  if (schema == NULL)
    return;

  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "language", language);
  g_settings_sync ();
}

/* Registers the compiled-in resources once; tests that build widgets without
 * an application call it too. */
void
mado_application_register_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      mado_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

MadoApplication *
mado_application_new (void)
{
  return g_object_new (MADO_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

MadoDataset *
mado_application_get_dataset (MadoApplication *self)
{
  g_return_val_if_fail (MADO_IS_APPLICATION (self), NULL);
  return self->dataset;
}

/* Replaces the bundled dataset before the window is built: tests run the real
 * window on small fixtures. */
void
mado_application_set_dataset (MadoApplication *self,
                              MadoDataset     *dataset)
{
  g_return_if_fail (MADO_IS_APPLICATION (self));
  g_return_if_fail (MADO_IS_DATASET (dataset));

  g_set_object (&self->dataset, dataset);
  g_clear_object (&self->search_index);
}

/* The one search index of the process, which the window and the desktop's
 * search share; built on the first search rather than at start-up (the
 * first frame does not need it, and it takes a few milliseconds). NULL
 * without a dataset. */
MadoSearchIndex *
mado_application_get_search_index (MadoApplication *self)
{
  g_return_val_if_fail (MADO_IS_APPLICATION (self), NULL);

  if (self->search_index == NULL && self->dataset != NULL)
    self->search_index = mado_search_index_new (self->dataset);
  return self->search_index;
}

/* Where the administrator's dataset is looked for, before startup: tests
 * point it at a folder of their own. */
void
mado_application_set_data_locations (MadoApplication    *self,
                                     const char         *extension_dir,
                                     const char * const *data_dirs)
{
  g_return_if_fail (MADO_IS_APPLICATION (self));

  g_free (self->extension_dir);
  self->extension_dir = g_strdup (extension_dir);
  g_strfreev (self->data_dirs);
  self->data_dirs = g_strdupv ((char **) data_dirs);
}

/* The settings' backend, before startup: tests give one that reports keys
 * locked as dconf does for an administrator's lock. */
void
mado_application_set_settings_backend (MadoApplication  *self,
                                       GSettingsBackend *backend)
{
  g_return_if_fail (MADO_IS_APPLICATION (self));
  g_return_if_fail (G_IS_SETTINGS_BACKEND (backend));

  g_set_object (&self->settings_backend, backend);
}

/* What changed in the numbers and addresses since the last start; NULL at
 * the first start. */
GPtrArray *
mado_application_get_data_changes (MadoApplication *self)
{
  g_return_val_if_fail (MADO_IS_APPLICATION (self), NULL);
  return self->data_changes;
}

/* Untranslated, for whoever checks a deployment (G_MESSAGES_DEBUG). */
static void
log_data_in_use (MadoApplication *self)
{
  g_autofree char *path = NULL;

  if (self->data_choice->origin != MADO_DATA_ORIGIN_BUNDLED)
    path = g_file_get_path (self->data_choice->admin_file);
  g_debug ("Dataset in use: %s (%s)", path != NULL ? path : "bundled",
           mado_dataset_get_title (self->dataset));
}

/* Compares the data in use with the digest saved at the last start, and
 * saves the new one. */
static void
compare_with_last_start (MadoApplication *self)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "madoguchi", "data-digest", NULL);
  g_autofree char *old_digest = mado_data_digest_load (path);
  g_autofree char *digest = mado_data_digest_new (self->dataset);
  g_autoptr(GError) error = NULL;

  if (old_digest != NULL && !g_str_equal (old_digest, digest))
    self->data_changes = mado_data_digest_compare (old_digest, digest);
  if ((old_digest == NULL || !g_str_equal (old_digest, digest))
      && !mado_data_digest_save (path, digest, &error))
    g_message ("%s", error->message);
}

/* Which dataset is in use, where it came from, and what was refused. */
const MadoDataChoice *
mado_application_get_data_choice (MadoApplication *self)
{
  g_return_val_if_fail (MADO_IS_APPLICATION (self), NULL);
  return self->data_choice;
}

/* For the benchmark only; see mado-first-frame.c. */
void
mado_application_set_quit_after_first_frame (MadoApplication *self,
                                             gboolean         quit)
{
  g_return_if_fail (MADO_IS_APPLICATION (self));
  self->quit_after_first_frame = quit;
}

/* The incident sheets: one store per process, read at startup. */
MadoIncidentStore *
mado_application_get_incident_store (MadoApplication *self)
{
  g_return_val_if_fail (MADO_IS_APPLICATION (self), NULL);
  return self->incident_store;
}

/* The desk's own contacts: one store per process, read at startup. */
MadoOwnContacts *
mado_application_get_own_contacts (MadoApplication *self)
{
  g_return_val_if_fail (MADO_IS_APPLICATION (self), NULL);
  return self->own_contacts;
}

GSettings *
mado_application_get_settings (MadoApplication *self)
{
  g_return_val_if_fail (MADO_IS_APPLICATION (self), NULL);
  return self->settings;
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  MadoApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing the windows (rather than g_application_quit) lets each one save
   * its state on the way out. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

/* Which data the desk is looking at: the one built in, or the
 * administrator's and from where, with its title. */
char *
mado_application_dup_provenance (MadoApplication *self)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (MADO_IS_APPLICATION (self), NULL);

  if (self->dataset == NULL)
    return NULL;
  if (self->data_choice == NULL || self->data_choice->origin == MADO_DATA_ORIGIN_BUNDLED
      || self->dataset != self->data_choice->dataset)
    /* Translators: in About, which contact data is in use; %s is its title. */
    return g_strdup_printf (_("Data in use: built into Madoguchi, “%s”"),
                            mado_dataset_get_title (self->dataset));

  path = g_file_get_path (self->data_choice->admin_file);
  /* Translators: in About, which contact data is in use; the first %s is its
   * title, the second the file it was read from. */
  return g_strdup_printf (_("Data in use: your administrator’s, “%s”, from %s"),
                          mado_dataset_get_title (self->dataset), path);
}

/* The ids of @dataset's situations, which imported contacts may be tagged
 * with; NULL without a dataset. */
static GStrv
situation_ids (MadoDataset *dataset)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *situations;

  if (dataset == NULL)
    return NULL;
  situations = mado_dataset_get_situations (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (situations); i++)
    {
      g_autoptr(MadoSituation) situation = g_list_model_get_item (situations, i);

      g_strv_builder_add (builder, mado_situation_get_id (situation));
    }
  return g_strv_builder_end (builder);
}

/* The administrator's organisation-wide contacts, read-only, listed
 * before the desk's own. A file that is refused is not used, and the
 * window says which file and which JSON path. */
static void
load_organisation_contacts (MadoApplication    *self,
                            const char * const *situations)
{
  g_autoptr(GFile) dir = mado_data_source_find_own_contacts_dir (self->extension_dir,
                                                                 (const char * const *) self->data_dirs);
  g_autofree char *path = NULL;
  g_autoptr(MadoOwnContacts) organisation = NULL;

  if (dir == NULL)
    return;
  path = g_file_get_path (dir);
  organisation = mado_own_contacts_new_organisation (path, situations);
  if (!mado_own_contacts_load (organisation, NULL))
    {
      self->organisation_error = g_error_copy (mado_own_contacts_get_load_error (organisation));
      g_message ("%s", self->organisation_error->message);
      return;
    }
  mado_own_contacts_set_organisation (self->own_contacts, organisation);
}

/* One own contact on the card: its first number, with that number's hours;
 * its role under its name (the role alone when it has no name). */
static MadoCardEntry *
own_card_entry (MadoOwnContact *contact)
{
  const char *name = mado_own_contact_get_name (contact);
  gboolean named = name != NULL && *name != '\0';
  const char *number = NULL;
  const char *hours = NULL;

  for (guint i = 0; i < mado_own_contact_get_n_phones (contact) && number == NULL; i++)
    {
      const char *candidate = mado_own_contact_get_phone_number (contact, i);

      if (candidate != NULL && *candidate != '\0')
        {
          number = candidate;
          hours = mado_own_contact_get_phone_hours (contact, i);
        }
    }
  return mado_card_entry_new (mado_own_contact_get_title (contact),
                              named ? mado_own_role_get_label (mado_own_contact_get_role (contact)) : NULL,
                              number, hours, mado_own_contact_get_reference (contact));
}

static void
add_own_card_entries (GPtrArray       *entries,
                      MadoOwnContacts *store)
{
  for (guint i = 0; store != NULL && i < mado_own_contacts_get_n (store); i++)
    g_ptr_array_add (entries, own_card_entry (mado_own_contacts_get (store, i)));
}

/* The organisation's own contacts for the card: the administrator's
 * organisation-wide ones first, then the desk's, in the desk's order, as
 * the app shows them. Without a running desk (--export-card), the desk's
 * file and the administrator's are read without the right to write: a copy
 * of the app open at the desk keeps the file, and a card never changes it.
 * A file that cannot be read gives a card without its contacts, and says
 * so. */
static GPtrArray *
dup_own_card_entries (MadoApplication *self,
                      MadoDataset     *dataset)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) mado_card_entry_free);
  g_autoptr(MadoOwnContacts) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) situations = NULL;

  if (self->own_contacts != NULL)
    {
      add_own_card_entries (entries, mado_own_contacts_get_organisation (self->own_contacts));
      add_own_card_entries (entries, self->own_contacts);
      return entries;
    }

  situations = situation_ids (dataset);
  store = mado_own_contacts_new (NULL, NULL);
  mado_own_contacts_set_read_only (store, TRUE);
  if (!mado_own_contacts_load (store, &error))
    g_printerr ("%s\n", error->message);
  self->own_contacts = g_steal_pointer (&store);
  load_organisation_contacts (self, (const char * const *) situations);
  if (self->organisation_error != NULL)
    g_printerr ("%s\n", self->organisation_error->message);
  add_own_card_entries (entries, mado_own_contacts_get_organisation (self->own_contacts));
  add_own_card_entries (entries, self->own_contacts);
  g_clear_object (&self->own_contacts);
  return entries;
}

/* The emergency card of @dataset with the organisation's own contacts. */
static MadoCard *
dup_card (MadoApplication *self,
          MadoDataset     *dataset)
{
  g_autoptr(GPtrArray) own = dup_own_card_entries (self, dataset);

  return mado_card_new (dataset, own);
}

static void
print_card_activated_cb (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  MadoApplication *self = user_data;

  if (self->dataset == NULL)
    return;
  mado_card_print (gtk_application_get_active_window (GTK_APPLICATION (self)),
                   dup_card (self, self->dataset));
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  MadoApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *source = NULL;

  if (self->dataset != NULL)
    {
      g_autofree char *provenance = mado_application_dup_provenance (self);

      source = g_strdup_printf ("%s\n%s\n%s", provenance,
                                mado_dataset_get_publisher (self->dataset),
                                mado_dataset_get_source_url (self->dataset));
    }
  mado_about_present (parent, source,
                      self->dataset != NULL ? mado_dataset_get_reviewed (self->dataset) : NULL);
}

static void
language_changed_cb (MadoApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (MADO_IS_WINDOW (window))
    mado_window_add_toast (MADO_WINDOW (window),
                           /* Translators: a toast after choosing another language in the menu. */
                           _("The new language applies from the next start"));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated_cb },
  { "about", about_activated_cb },
  { "print-card", print_card_activated_cb },
};

/* Ending the app from outside. A logout sends SIGTERM, a terminal SIGINT
 * or SIGHUP: each saves what was typed in the last half second, then quits
 * (no dialog: the session is going). The session manager's end of session
 * does the same, before it signals. A file-size limit would otherwise kill
 * the app in the middle of a save (SIGXFSZ): ignored, the write fails,
 * says so and keeps the old file. */

static void
flush_own_contacts (MadoApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->own_contacts != NULL && !mado_own_contacts_is_read_only (self->own_contacts)
      && !mado_own_contacts_flush (self->own_contacts, &error))
    g_message ("%s", error->message);
}

static void
flush_sheets (MadoApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->incident_store != NULL && !mado_incident_store_flush (self->incident_store, &error))
    g_message ("%s", error->message);
  flush_own_contacts (self);
}

static gboolean
quit_signal_cb (gpointer user_data)
{
  MadoApplication *self = user_data;

  flush_sheets (self);
  g_application_quit (G_APPLICATION (self));
  return G_SOURCE_CONTINUE;
}

static void
watch_end_of_session (MadoApplication *self)
{
  static const int signals[] = { SIGTERM, SIGINT, SIGHUP };

  signal (SIGXFSZ, SIG_IGN);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_unix_signal_add (signals[i], quit_signal_cb, self);
  g_signal_connect_object (self, "query-end", G_CALLBACK (flush_sheets), self, G_CONNECT_SWAPPED);
}

/* Why the administrator's organisation-wide contacts are not shown, or
 * NULL. */
const GError *
mado_application_get_organisation_error (MadoApplication *self)
{
  g_return_val_if_fail (MADO_IS_APPLICATION (self), NULL);
  return self->organisation_error;
}

/* The own contacts live beside the sheets, under the sheets' lock: a
 * second copy of the app shows them and does not save. */
static void
load_own_contacts (MadoApplication *self)
{
  g_auto(GStrv) situations = situation_ids (self->dataset);
  g_autoptr(GError) error = NULL;

  self->own_contacts = mado_own_contacts_new (NULL, (const char * const *) situations);
  mado_own_contacts_set_read_only (self->own_contacts,
                                   mado_incident_store_is_read_only (self->incident_store));
  if (!mado_own_contacts_load (self->own_contacts, &error))
    g_message ("%s", error->message);
  load_organisation_contacts (self, (const char * const *) situations);
}

static void
mado_application_startup (GApplication *app)
{
  MadoApplication *self = MADO_APPLICATION (app);
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.print-card", { "<Control>p", NULL } },
    { "win.show-guide", { "<Control>g", NULL } },
    { "win.show-sheet", { "<Control>i", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.go-back", { "<Alt>Left", NULL } },
    { "win.show-shortcuts", { "<Control>question", NULL } },
  };
  g_autoptr(GAction) language_action = NULL;
  g_autoptr(GAction) start_page_action = NULL;
  g_autoptr(GError) sheet_error = NULL;

  mado_application_register_resources ();

  G_APPLICATION_CLASS (mado_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);

  if (self->settings_backend != NULL)
    self->settings = g_settings_new_with_backend (APP_ID, self->settings_backend);
  else
    self->settings = g_settings_new (APP_ID);
  /* The Language menu's radio items write the setting directly. The action
   * is disabled while an administrator locks the key (dconf), so the items
   * are insensitive and nothing tries to write. */
  language_action = g_settings_create_action (self->settings, "language");
  g_action_map_add_action (G_ACTION_MAP (self), language_action);
  g_signal_connect_object (self->settings, "changed::language",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
  /* The Start Page menu works the same way, and is locked the same way. */
  start_page_action = g_settings_create_action (self->settings, "start-page");
  g_action_map_add_action (G_ACTION_MAP (self), start_page_action);
  /* A damaged file of sheets is set aside and the window says so; the
   * message names the file, never what is in it. */
  self->incident_store = mado_incident_store_new (NULL);
  if (!mado_incident_store_load (self->incident_store, &sheet_error))
    g_message ("%s", sheet_error->message);
  /* The administrator's dataset when there is a valid one; the bundled one
   * otherwise (a broken install without it still opens a window that says
   * so rather than vanishing). */
  self->data_choice = mado_data_source_choose (self->extension_dir,
                                               (const char * const *) self->data_dirs,
                                               DATASET_RESOURCE, NULL);
  if (self->data_choice->dataset != NULL)
    {
      self->dataset = g_object_ref (self->data_choice->dataset);
      log_data_in_use (self);
      compare_with_last_start (self);
    }
  load_own_contacts (self);

  watch_end_of_session (self);
}

static void
mado_application_activate (GApplication *app)
{
  MadoApplication *self = MADO_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (mado_window_new (self));
      if (self->quit_after_first_frame)
        mado_quit_after_first_frame (window);
    }

  gtk_window_present (window);
}

/* The windows flushed the sheets as they closed; this catches a quit
 * without a window (and a window closed some other way). */
static void
mado_application_shutdown (GApplication *app)
{
  MadoApplication *self = MADO_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  if (self->incident_store != NULL && !mado_incident_store_flush (self->incident_store, &error))
    g_message ("%s", error->message);
  flush_own_contacts (self);

  G_APPLICATION_CLASS (mado_application_parent_class)->shutdown (app);
}

/* --validate=FILE: the check an administrator runs before deploying a
 * dataset, with the loader the desks run; no window opens. */
static int
validate_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (!mado_data_source_validate_file (file, &error))
    {
      g_printerr ("%s: %s\n", path, error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

/* The dataset the desk would see, chosen as at startup but without a
 * display: the card is made by administrators' scripts as well. */
static MadoDataset *
load_dataset_headless (MadoApplication *self)
{
  g_autoptr(MadoDataChoice) choice = NULL;

  mado_application_register_resources ();
  choice = mado_data_source_choose (self->extension_dir, (const char * const *) self->data_dirs,
                                    DATASET_RESOURCE, NULL);
  if (choice->admin_error != NULL)
    g_printerr ("%s\n", choice->admin_error->message);
  return choice->dataset != NULL ? g_object_ref (choice->dataset) : NULL;
}

/* --export-card=FILE.pdf [--card-size=a4|card] [--language=ja|en]: the
 * printable emergency card, written headless. The language applies to this
 * card only: an administrator's script must not change the desk's choice. */
static int
export_card (MadoApplication *self,
             const char      *path,
             const char      *size_name,
             const char      *language)
{
  g_autoptr(MadoDataset) dataset = NULL;
  g_autoptr(MadoCard) card = NULL;
  g_autoptr(GError) error = NULL;
  MadoCardSize size = MADO_CARD_SIZE_A4;

  if (size_name != NULL && !mado_card_size_from_string (size_name, &size))
    {
      /* Translators: an error on the command line. Keep “--card-size”, “a4” and
       * “card” as they are: they are what is typed. */
      g_printerr (_("madoguchi: --card-size takes a4 or card, not “%s”"), size_name);
      g_printerr ("\n");
      return EXIT_FAILURE;
    }
  if (language != NULL)
    mado_application_setup_locale (g_str_equal (language, "system") ? "" : language);

  dataset = load_dataset_headless (self);
  if (dataset == NULL)
    return EXIT_FAILURE;
  card = dup_card (self, dataset);
  if (!mado_card_export_pdf (card, size, path, NULL, &error))
    {
      g_printerr ("madoguchi: %s\n", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}

static gboolean
language_is_valid (const char *language)
{
  if (g_str_equal (language, "ja") || g_str_equal (language, "en") || g_str_equal (language, "system"))
    return TRUE;

  /* Translators: an error on the command line. Keep “--language”, “ja”,
   * “en” and “system” as they are: they are what is typed. */
  g_printerr (_("madoguchi: --language takes ja, en or system, not “%s”"), language);
  g_printerr ("\n");
  return FALSE;
}

/* --import-contacts=FILE: an administrator's list of own contacts into the
 * desk's, checked against the situations of the data in use; a bad file
 * changes nothing and the message names the JSON path. No window opens. */
static int
import_contacts (MadoApplication *self,
                 const char      *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(MadoDataChoice) choice = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) situations = NULL;
  guint added = 0, updated = 0;

  mado_application_register_resources ();
  choice = mado_data_source_choose (self->extension_dir, (const char * const *) self->data_dirs,
                                    DATASET_RESOURCE, NULL);
  situations = situation_ids (choice->dataset);
  if (!mado_own_contacts_import_into_folder (NULL, (const char * const *) situations, file,
                                             &added, &updated, &error))
    {
      g_printerr ("madoguchi: %s\n", error->message);
      return EXIT_FAILURE;
    }
  /* Translators: after --import-contacts; the numbers count contacts. */
  g_print (_("Imported: %u new, %u updated."), added, updated);
  g_print ("\n");
  return EXIT_SUCCESS;
}

/* --export-contacts=FILE: the desk's own contacts, in the format that
 * --import-contacts reads, for another desk. */
static int
export_contacts (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  guint n_contacts = 0;

  if (!mado_own_contacts_export_folder (NULL, file, &n_contacts, &error))
    {
      g_printerr ("madoguchi: %s\n", error->message);
      return EXIT_FAILURE;
    }
  /* Translators: after --export-contacts; %u counts contacts, %s is the file. */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u contact to %s.",
                        "Exported %u contacts to %s.", n_contacts),
           n_contacts, path);
  g_print ("\n");
  return EXIT_SUCCESS;
}

/* The command line, read in the process that was started (before GTK starts
 * and before an instance already open at the desk is asked to show itself).
 * --language saves the choice and applies it to this start; given twice, the
 * last one counts, and a wrong value anywhere saves nothing. Files and
 * addresses are not something the app opens: it says so rather than leaving
 * GApplication to complain. */
static int
mado_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  g_autofree const char **arguments = NULL;
  const char *language = NULL;
  const char *validate = NULL;
  const char *card_path = NULL;
  const char *card_size = NULL;
  const char *contacts_file = NULL;

  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&s", &arguments))
    {
      /* Translators: an error on the command line; %s is the file or address
       * given. Keep "madoguchi" as it is: it is the command's name. */
      g_printerr (_("madoguchi: opens no files or addresses (“%s”); start it without one"),
                  arguments[0]);
      g_printerr ("\n");
      return EXIT_FAILURE;
    }

  if (g_variant_dict_lookup (options, "validate", "^&ay", &validate))
    return validate_file (validate);
  if (g_variant_dict_lookup (options, "import-contacts", "^&ay", &contacts_file))
    return import_contacts (MADO_APPLICATION (app), contacts_file);
  if (g_variant_dict_lookup (options, "export-contacts", "^&ay", &contacts_file))
    return export_contacts (contacts_file);

  g_variant_dict_lookup (options, "language", "&s", &language);
  if (language != NULL && !language_is_valid (language))
    return EXIT_FAILURE;

  g_variant_dict_lookup (options, "card-size", "&s", &card_size);
  if (g_variant_dict_lookup (options, "export-card", "^&ay", &card_path))
    return export_card (MADO_APPLICATION (app), card_path, card_size, language);
  if (card_size != NULL)
    {
      /* Translators: an error on the command line. Keep “--card-size” and
       * “--export-card” as they are: they are what is typed. */
      g_printerr (_("madoguchi: --card-size goes with --export-card"));
      g_printerr ("\n");
      return EXIT_FAILURE;
    }

  if (language != NULL)
    {

      if (g_str_equal (language, "system"))
        language = "";
      mado_application_save_language_setting (language);
      mado_application_setup_locale (language);
    }

  return -1;
}

/* GNOME Shell's search finds the app's content through an object beside the
 * application's own on the bus, named in the search provider's .ini. */
static gboolean
mado_application_dbus_register (GApplication     *app,
                                GDBusConnection  *connection,
                                const char       *object_path,
                                GError          **error)
{
  MadoApplication *self = MADO_APPLICATION (app);
  g_autofree char *path = g_strconcat (object_path, "/SearchProvider", NULL);

  if (!G_APPLICATION_CLASS (mado_application_parent_class)->dbus_register (app, connection,
                                                                           object_path, error))
    return FALSE;

  if (self->search_provider == NULL)
    self->search_provider = mado_search_provider_new (self);
  return mado_search_provider_export (self->search_provider, connection, path, error);
}

static void
mado_application_dbus_unregister (GApplication    *app,
                                  GDBusConnection *connection,
                                  const char      *object_path)
{
  MadoApplication *self = MADO_APPLICATION (app);

  if (self->search_provider != NULL)
    mado_search_provider_unexport (self->search_provider);

  G_APPLICATION_CLASS (mado_application_parent_class)->dbus_unregister (app, connection,
                                                                        object_path);
}

static void
mado_application_dispose (GObject *object)
{
  MadoApplication *self = MADO_APPLICATION (object);

  g_clear_object (&self->search_provider);
  g_clear_object (&self->search_index);

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->data_choice, mado_data_choice_free);
  g_clear_pointer (&self->data_changes, g_ptr_array_unref);
  g_clear_pointer (&self->extension_dir, g_free);
  g_clear_pointer (&self->data_dirs, g_strfreev);
  g_clear_object (&self->settings);
  g_clear_object (&self->settings_backend);
  g_clear_object (&self->incident_store);
  g_clear_object (&self->own_contacts);
  g_clear_error (&self->organisation_error);

  G_OBJECT_CLASS (mado_application_parent_class)->dispose (object);
}

static void
mado_application_class_init (MadoApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = mado_application_dispose;
  app_class->startup = mado_application_startup;
  app_class->shutdown = mado_application_shutdown;
  app_class->activate = mado_application_activate;
  app_class->handle_local_options = mado_application_handle_local_options;

  app_class->dbus_register = mado_application_dbus_register;
  app_class->dbus_unregister = mado_application_dbus_unregister;
}

static void
mado_application_init (MadoApplication *self)
{
  self->extension_dir = g_strdup (MADO_ADMIN_EXTENSION_DIR);
  self->data_dirs = g_strdupv ((char **) g_get_system_data_dirs ());
  g_application_add_main_option (G_APPLICATION (self), "language", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_STRING,
                                 /* Translators: the description of --language in --help.
                                  * Keep “ja”, “en” and “system” as they are: they are
                                  * what is typed. */
                                 _("Language of the interface and the content, from this start on: ja, en or system"),
                                 /* Translators: the placeholder for the value of
                                  * --language in --help. */
                                 _("LANGUAGE"));
  g_application_add_main_option (G_APPLICATION (self), "validate", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 /* Translators: the description of --validate in --help. */
                                 _("Check a contact data file as the app would load it, and exit: 0 if valid, 1 with the JSON path of the error if not"),
                                 /* Translators: the placeholder for the value of
                                  * --validate in --help. */
                                 _("FILE"));
  g_application_add_main_option (G_APPLICATION (self), "export-card", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 /* Translators: the description of --export-card in --help.
                                  * Keep “--card-size” and “--language” as they are. */
                                 _("Write the printable emergency card to a PDF file, and exit (with --card-size and --language)"),
                                 /* Translators: the placeholder for the value of
                                  * --export-card in --help. */
                                 _("FILE.pdf"));
  g_application_add_main_option (G_APPLICATION (self), "card-size", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_STRING,
                                 /* Translators: the description of --card-size in --help.
                                  * Keep “a4” and “card” as they are: they are what is typed. */
                                 _("Size of the exported card: a4 (a poster, the default) or card (A6, for a pocket)"),
                                 /* Translators: the placeholder for the value of
                                  * --card-size in --help. */
                                 _("SIZE"));
  g_application_add_main_option (G_APPLICATION (self), "import-contacts", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 /* Translators: the description of --import-contacts in --help. */
                                 _("Add the own contacts of a file (as --export-contacts writes them) to yours, and exit; a bad file changes nothing"),
                                 _("FILE"));
  g_application_add_main_option (G_APPLICATION (self), "export-contacts", 0, G_OPTION_FLAG_NONE,
                                 G_OPTION_ARG_FILENAME,
                                 /* Translators: the description of --export-contacts in --help. */
                                 _("Write your own contacts to a file, and exit"),
                                 _("FILE"));
  /* Taken, so that a file or address given gets a clear message. */
  g_application_add_main_option (G_APPLICATION (self), G_OPTION_REMAINING, 0, G_OPTION_FLAG_HIDDEN,
                                 G_OPTION_ARG_STRING_ARRAY, "", NULL);

  /* For "query-end": the sheets are saved before the session ends. */
  g_object_set (self, "register-session", TRUE, NULL);
}
