/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "mado-search-provider.h"
#include "mado-call-first.h"
#include "mado-clock.h"
#include "mado-own-contacts-text.h"
#include "mado-phone.h"
#include "mado-schedule.h"
#include "mado-search-result.h"
#include "mado-shell-search-provider.h"
#include "mado-window.h"

/* Answers GNOME Shell's search (org.gnome.Shell.SearchProvider2) from the
 * application's own search index, the one the window searches: Super, type
 * ランサム or a number, and the guide's results, contacts and sections show in
 * the Shell. A contact's description starts with its main number, which is
 * also its clipboard text, so that choosing it in the Shell copies the
 * number. The desk's own contacts and the organisation's come first, as in
 * the window, unless the setting "shell-search-own-contacts" keeps them out
 * of the Shell. Each request holds the application, so a process started
 * by D-Bus activation stays while it answers. */
struct _MadoSearchProvider
{
  GObject parent_instance;

  MadoShellSearchProvider2 *skeleton;
  MadoApplication          *application;  /* unowned: it owns the provider */
};

G_DEFINE_FINAL_TYPE (MadoSearchProvider, mado_search_provider, G_TYPE_OBJECT)

/* How long a process started only to answer the Shell stays after the last
 * answer: the Shell asks again at each keystroke. */
#define INACTIVITY_TIMEOUT_MS 20000

/**
 * mado_search_provider_dup_main_number:
 *
 * The number a person calls first: the contact's first phone number, or
 * %NULL when it has none. The one place that decides it here.
 */
char *
mado_search_provider_dup_main_number (MadoContact *contact)
{
  GListModel *phones;
  g_autoptr(MadoPhone) phone = NULL;

  g_return_val_if_fail (MADO_IS_CONTACT (contact), NULL);

  phones = mado_contact_get_phones (contact);
  if (phones == NULL || g_list_model_get_n_items (phones) == 0)
    return NULL;

  phone = g_list_model_get_item (phones, 0);
  return g_strdup (mado_phone_get_number (phone));
}

static void
hold (MadoSearchProvider *self)
{
  g_application_set_inactivity_timeout (G_APPLICATION (self->application), INACTIVITY_TIMEOUT_MS);
  g_application_hold (G_APPLICATION (self->application));
}

static void
release (MadoSearchProvider *self)
{
  g_application_release (G_APPLICATION (self->application));
}

/* Result ids of the own contacts: the desk's own, and the organisation's,
 * whose ids an administrator chose and may repeat the desk's. */
#define OWN_PREFIX "own:"
#define ORGANISATION_PREFIX "organisation:"

static gboolean
shows_own_contacts (MadoSearchProvider *self)
{
  GSettings *settings = mado_application_get_settings (self->application);

  return mado_application_get_own_contacts (self->application) != NULL &&
         (settings == NULL || g_settings_get_boolean (settings, "shell-search-own-contacts"));
}

/* The own contact @id names, or NULL. */
static MadoOwnContact *
lookup_own (MadoSearchProvider *self,
            const char         *id)
{
  MadoOwnContacts *own = mado_application_get_own_contacts (self->application);

  if (own == NULL || !shows_own_contacts (self))
    return NULL;
  if (g_str_has_prefix (id, OWN_PREFIX))
    return mado_own_contacts_lookup (own, id + strlen (OWN_PREFIX));
  if (g_str_has_prefix (id, ORGANISATION_PREFIX) && mado_own_contacts_get_organisation (own) != NULL)
    return mado_own_contacts_lookup (mado_own_contacts_get_organisation (own),
                                     id + strlen (ORGANISATION_PREFIX));
  return NULL;
}

static void
add_own_ids (MadoSearchProvider *self,
             GStrvBuilder       *ids,
             const char         *query,
             const char * const *previous)
{
  MadoOwnContacts *own = mado_application_get_own_contacts (self->application);
  g_autoptr(GPtrArray) found = NULL;

  if (!shows_own_contacts (self))
    return;
  found = mado_own_contacts_search (own, query);
  for (guint i = 0; i < found->len; i++)
    {
      MadoOwnContact *contact = found->pdata[i];
      g_autofree char *id = g_strconcat (mado_own_contact_is_shared (contact) ? ORGANISATION_PREFIX : OWN_PREFIX,
                                         mado_own_contact_get_id (contact), NULL);

      if (previous == NULL || g_strv_contains (previous, id))
        g_strv_builder_add (ids, id);
    }
}

/* The ids of what @terms find, best first; previous, when not NULL, keeps
 * only those among them. */
static char **
find_ids (MadoSearchProvider *self,
          const char * const *terms,
          const char * const *previous)
{
  MadoSearchIndex *index = mado_application_get_search_index (self->application);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autofree char *query = g_strjoinv (" ", (char **) terms);
  g_autoptr(GListModel) results = NULL;

  if (index == NULL || !g_utf8_validate (query, -1, NULL))
    return g_strv_builder_end (ids);

  add_own_ids (self, ids, query, previous);
  results = mado_search_index_query (index, query);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(MadoSearchResult) result = g_list_model_get_item (results, i);
      g_autofree char *id = mado_search_index_dup_item_id (mado_search_result_get_item (result));

      if (previous == NULL || g_strv_contains (previous, id))
        g_strv_builder_add (ids, id);
    }

  return g_strv_builder_end (ids);
}

static gboolean
handle_get_initial_result_set_cb (MadoShellSearchProvider2 *skeleton,
                                  GDBusMethodInvocation    *invocation,
                                  const char * const       *terms,
                                  MadoSearchProvider       *self)
{
  g_auto(GStrv) ids = NULL;

  hold (self);
  ids = find_ids (self, terms, NULL);
  mado_shell_search_provider2_complete_get_initial_result_set (skeleton, invocation,
                                                               (const char * const *) ids);
  release (self);
  return TRUE;
}

static gboolean
handle_get_subsearch_result_set_cb (MadoShellSearchProvider2 *skeleton,
                                    GDBusMethodInvocation    *invocation,
                                    const char * const       *previous,
                                    const char * const       *terms,
                                    MadoSearchProvider       *self)
{
  g_auto(GStrv) ids = NULL;

  hold (self);
  ids = find_ids (self, terms, previous);
  mado_shell_search_provider2_complete_get_subsearch_result_set (skeleton, invocation,
                                                                 (const char * const *) ids);
  release (self);
  return TRUE;
}

static char *
contact_name (MadoContact *contact)
{
  if (mado_contact_get_desk (contact) != NULL)
    return g_strdup_printf ("%s %s", mado_contact_get_organisation (contact),
                            mado_contact_get_desk (contact));
  return g_strdup (mado_contact_get_organisation (contact));
}

/* Whether the contact's main number answers now ("Open until 17:15",
 * "Closed, opens Mon 8:30"), as its row in the window says; NULL when the
 * data gives the number no hours. */
static char *
dup_open_text (MadoContact *contact)
{
  GListModel *phones = mado_contact_get_phones (contact);
  g_autoptr(MadoPhone) phone = NULL;
  g_autoptr(GDateTime) now = NULL;
  MadoOpenState state;

  if (phones == NULL || g_list_model_get_n_items (phones) == 0)
    return NULL;
  phone = g_list_model_get_item (phones, 0);
  if (mado_phone_get_schedule (phone) == NULL)
    return NULL;
  now = mado_clock_dup_now (mado_clock_get_default ());
  mado_call_first_phone_state (phone, now, &state);
  return mado_open_state_format (&state);
}

/* "03-5805-1731 · Open until 17:15 · what the desk handles": the number and
 * whether it answers first, as the Shell cuts a long description at its
 * end. */
static void
add_contact_meta (GVariantDict *meta,
                  MadoContact  *contact)
{
  g_autofree char *name = contact_name (contact);
  g_autofree char *number = mado_search_provider_dup_main_number (contact);
  g_autofree char *open = number != NULL ? dup_open_text (contact) : NULL;
  g_autofree char *description = NULL;

  if (number != NULL && open != NULL)
    description = g_strdup_printf ("%s · %s · %s", number, open, mado_contact_get_handles (contact));
  else if (number != NULL)
    description = g_strdup_printf ("%s · %s", number, mado_contact_get_handles (contact));
  else
    description = g_strdup (mado_contact_get_handles (contact));
  g_variant_dict_insert (meta, "name", "s", name);
  g_variant_dict_insert (meta, "description", "s", description);
  if (number != NULL)
    g_variant_dict_insert (meta, "clipboardText", "s", number);
}

static void
add_section_meta (GVariantDict *meta,
                  MadoSection  *section)
{
  g_autofree char *name = mado_section_get_check (section) != NULL
    ? g_strdup_printf ("%s %s", mado_section_get_check (section), mado_section_get_title (section))
    : g_strdup_printf ("%s %s", mado_section_get_label (section), mado_section_get_title (section));

  g_variant_dict_insert (meta, "name", "s", name);
  g_variant_dict_insert (meta, "description", "s", mado_section_get_summary (section));
}

static void
add_guide_meta (GVariantDict  *meta,
                MadoGuideNode *node)
{
  const char *urgent = mado_guide_node_get_urgent (node);

  g_variant_dict_insert (meta, "name", "s", mado_guide_node_get_title (node));
  g_variant_dict_insert (meta, "description", "s",
                         urgent != NULL ? urgent : mado_guide_node_get_steps (node)[0]);
}

/* "0120-000-000 · 24時間 · Insurer": the number, the hours as the desk
 * wrote them (own contacts have no structured hours to say "open now"
 * from), and the role. */
static void
add_own_meta (GVariantDict   *meta,
              MadoOwnContact *contact)
{
  const char *number = mado_own_contact_get_first_number (contact);
  const char *role = mado_own_role_get_label (mado_own_contact_get_role (contact));
  const char *hours = number != NULL ? mado_own_contact_get_phone_hours (contact, 0) : NULL;
  g_autofree char *description = NULL;

  if (number != NULL && hours != NULL && *hours != '\0')
    description = g_strdup_printf ("%s · %s · %s", number, hours, role);
  else if (number != NULL)
    description = g_strdup_printf ("%s · %s", number, role);
  else
    description = g_strdup (role);
  g_variant_dict_insert (meta, "name", "s", mado_own_contact_get_title (contact));
  g_variant_dict_insert (meta, "description", "s", description);
  if (number != NULL)
    g_variant_dict_insert (meta, "clipboardText", "s", number);
}

/* What the Shell shows for @id; NULL for an id that names nothing, which is
 * left out of the answer. */
static GVariant *
build_meta (MadoSearchProvider *self,
            MadoSearchIndex    *index,
            const char         *id,
            GVariant           *icon)
{
  GObject *item = index != NULL ? mado_search_index_lookup_item (index, id) : NULL;
  MadoOwnContact *own = item == NULL ? lookup_own (self, id) : NULL;
  g_auto(GVariantDict) meta = G_VARIANT_DICT_INIT (NULL);

  if (item == NULL && own == NULL)
    return NULL;

  g_variant_dict_insert (&meta, "id", "s", id);
  g_variant_dict_insert_value (&meta, "gicon", icon);
  if (own != NULL)
    add_own_meta (&meta, own);
  else if (MADO_IS_CONTACT (item))
    add_contact_meta (&meta, MADO_CONTACT (item));
  else if (MADO_IS_SECTION (item))
    add_section_meta (&meta, MADO_SECTION (item));
  else
    add_guide_meta (&meta, MADO_GUIDE_NODE (item));

  return g_variant_dict_end (&meta);
}

static gboolean
handle_get_result_metas_cb (MadoShellSearchProvider2 *skeleton,
                            GDBusMethodInvocation    *invocation,
                            const char * const       *ids,
                            MadoSearchProvider       *self)
{
  MadoSearchIndex *index;
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autofree char *icon_name = g_icon_to_string (icon);
  GVariant *icon_value;
  GVariantBuilder metas;

  hold (self);
  index = mado_application_get_search_index (self->application);
  icon_value = g_variant_ref_sink (g_variant_new_string (icon_name));
  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      GVariant *meta = build_meta (self, index, ids[i], icon_value);

      if (meta != NULL)
        g_variant_builder_add_value (&metas, meta);
    }
  g_variant_unref (icon_value);

  mado_shell_search_provider2_complete_get_result_metas (skeleton, invocation,
                                                         g_variant_builder_end (&metas));
  release (self);
  return TRUE;
}

/* The window, made and shown as a start from the app grid would. */
static MadoWindow *
present_window (MadoSearchProvider *self,
                guint32             timestamp)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (self->application));
  window = gtk_application_get_active_window (GTK_APPLICATION (self->application));
  if (!MADO_IS_WINDOW (window))
    return NULL;

  gtk_window_present_with_time (window, timestamp);
  return MADO_WINDOW (window);
}

static gboolean
handle_activate_result_cb (MadoShellSearchProvider2 *skeleton,
                           GDBusMethodInvocation    *invocation,
                           const char               *id,
                           const char * const       *terms,
                           guint32                   timestamp,
                           MadoSearchProvider       *self)
{
  MadoSearchIndex *index;
  GObject *item;
  MadoWindow *window;

  hold (self);
  index = mado_application_get_search_index (self->application);
  item = index != NULL ? mado_search_index_lookup_item (index, id) : NULL;
  if (item == NULL)
    item = G_OBJECT (lookup_own (self, id));
  if (item == NULL)
    {
      /* The Shell may keep an id from an older dataset: say so, start nothing. */
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS,
                                             "No search result has the id “%s”", id);
      release (self);
      return TRUE;
    }

  window = present_window (self, timestamp);
  if (window != NULL)
    mado_window_open_item (window, item);
  mado_shell_search_provider2_complete_activate_result (skeleton, invocation);
  release (self);
  return TRUE;
}

static gboolean
handle_launch_search_cb (MadoShellSearchProvider2 *skeleton,
                         GDBusMethodInvocation    *invocation,
                         const char * const       *terms,
                         guint32                   timestamp,
                         MadoSearchProvider       *self)
{
  g_autofree char *query = g_strjoinv (" ", (char **) terms);
  MadoWindow *window;

  hold (self);
  window = present_window (self, timestamp);
  if (window != NULL && g_utf8_validate (query, -1, NULL))
    mado_window_start_search (window, query);
  mado_shell_search_provider2_complete_launch_search (skeleton, invocation);
  release (self);
  return TRUE;
}

MadoSearchProvider *
mado_search_provider_new (MadoApplication *application)
{
  MadoSearchProvider *self;

  g_return_val_if_fail (MADO_IS_APPLICATION (application), NULL);

  self = g_object_new (MADO_TYPE_SEARCH_PROVIDER, NULL);
  self->application = application;
  return self;
}

gboolean
mado_search_provider_export (MadoSearchProvider  *self,
                             GDBusConnection     *connection,
                             const char          *object_path,
                             GError             **error)
{
  g_return_val_if_fail (MADO_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);

  return g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton),
                                           connection, object_path, error);
}

void
mado_search_provider_unexport (MadoSearchProvider *self)
{
  g_return_if_fail (MADO_IS_SEARCH_PROVIDER (self));

  if (g_dbus_interface_skeleton_get_connection (G_DBUS_INTERFACE_SKELETON (self->skeleton)) != NULL)
    g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));
}

static void
mado_search_provider_dispose (GObject *object)
{
  MadoSearchProvider *self = MADO_SEARCH_PROVIDER (object);

  if (self->skeleton != NULL)
    mado_search_provider_unexport (self);
  g_clear_object (&self->skeleton);

  G_OBJECT_CLASS (mado_search_provider_parent_class)->dispose (object);
}

static void
mado_search_provider_class_init (MadoSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mado_search_provider_dispose;
}

static void
mado_search_provider_init (MadoSearchProvider *self)
{
  self->skeleton = mado_shell_search_provider2_skeleton_new ();
  g_signal_connect (self->skeleton, "handle-get-initial-result-set",
                    G_CALLBACK (handle_get_initial_result_set_cb), self);
  g_signal_connect (self->skeleton, "handle-get-subsearch-result-set",
                    G_CALLBACK (handle_get_subsearch_result_set_cb), self);
  g_signal_connect (self->skeleton, "handle-get-result-metas",
                    G_CALLBACK (handle_get_result_metas_cb), self);
  g_signal_connect (self->skeleton, "handle-activate-result",
                    G_CALLBACK (handle_activate_result_cb), self);
  g_signal_connect (self->skeleton, "handle-launch-search",
                    G_CALLBACK (handle_launch_search_cb), self);
}
