/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>
#include <string.h>

#include "mado-incident-private.h"
#include "mado-incident-sheet.h"

/* One incident, as the desk works it: CHECK2's facts, who reported it and
 * when, the guide's answers and the desks to call. Every property is
 * writable and notifies; any change of content also moves "modified" and
 * emits "changed", which is all the store listens to for saving. */
struct _MadoIncidentSheet
{
  GObject parent_instance;

  char                *id;
  GDateTime           *created;
  GDateTime           *modified;
  char                *texts[MADO_INCIDENT_N_FIELDS];
  MadoIncidentOngoing  ongoing;
  GListStore          *contacts;  /* MadoIncidentContact */
  GHashTable          *contact_by_id;  /* borrowed from the list */
  GListStore          *timeline;  /* MadoIncidentEntry, by time of happening */
  GDateTime           *aware_at;  /* when the organisation became aware, or NULL */
  GHashTable          *duty_answers;  /* the questions answered "yes" */
};

G_DEFINE_FINAL_TYPE (MadoIncidentSheet, mado_incident_sheet, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_ONGOING,
  PROP_AWARE_AT,
  PROP_FIRST_TEXT,
  N_PROPS = PROP_FIRST_TEXT + MADO_INCIDENT_N_FIELDS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const field_properties[MADO_INCIDENT_N_FIELDS] = {
  [MADO_INCIDENT_FIELD_TITLE] = "title",
  [MADO_INCIDENT_FIELD_DEVICE] = "device",
  [MADO_INCIDENT_FIELD_OS] = "os",
  [MADO_INCIDENT_FIELD_SECURITY_SOFTWARE] = "security-software",
  [MADO_INCIDENT_FIELD_CLOUD_SERVICES] = "cloud-services",
  [MADO_INCIDENT_FIELD_TIMELINE] = "timeline",
  [MADO_INCIDENT_FIELD_SUSPICION] = "suspicion",
  [MADO_INCIDENT_FIELD_OTHER_DESKS] = "other-desks",
  [MADO_INCIDENT_FIELD_NOTICED_AT] = "noticed-at",
  [MADO_INCIDENT_FIELD_REPORTED_BY] = "reported-by",
  [MADO_INCIDENT_FIELD_NOTES] = "notes",
  [MADO_INCIDENT_FIELD_GUIDE_ANSWERS] = "guide-answers",
};

GType
mado_incident_ongoing_get_type (void)
{
  static gsize type = 0;
  static const GEnumValue values[] = {
    { MADO_INCIDENT_ONGOING_UNKNOWN, "MADO_INCIDENT_ONGOING_UNKNOWN", "unknown" },
    { MADO_INCIDENT_ONGOING_YES, "MADO_INCIDENT_ONGOING_YES", "yes" },
    { MADO_INCIDENT_ONGOING_NO, "MADO_INCIDENT_ONGOING_NO", "no" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("MadoIncidentOngoing", values));
  return type;
}

/* The name of @field's property, for bindings; also its key on disk. */
const char *
mado_incident_field_get_property_name (MadoIncidentField field)
{
  g_return_val_if_fail (field < MADO_INCIDENT_N_FIELDS, NULL);
  return field_properties[field];
}

static int
compare_strings (const char **a,
               const char **b)
{
  return g_strcmp0 (*a, *b);
}

/* Called after every change of content: the store saves on "changed". */
static void
changed (MadoIncidentSheet *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
touch (MadoIncidentSheet *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = g_steal_pointer (&now);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  changed (self);
}

MadoIncidentSheet *
mado_incident_sheet_new (void)
{
  return g_object_new (MADO_TYPE_INCIDENT_SHEET, NULL);
}

const char *
mado_incident_sheet_get_id (MadoIncidentSheet *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), NULL);
  return self->id;
}

void
mado_incident_sheet_set_id (MadoIncidentSheet *self,
                            const char        *id)
{
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self));
  g_return_if_fail (id != NULL && *id != '\0');

  if (!mado_incident_set_text (&self->id, id))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  changed (self);
}

GDateTime *
mado_incident_sheet_get_created (MadoIncidentSheet *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), NULL);
  return self->created;
}

GDateTime *
mado_incident_sheet_get_modified (MadoIncidentSheet *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), NULL);
  return self->modified;
}

static gboolean
set_time (GDateTime **field,
          GDateTime  *value)
{
  if (mado_incident_same_time (*field, value))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  *field = g_date_time_ref (value);
  return TRUE;
}

/* The times are set as they are (a loaded sheet keeps its own), without
 * touching "modified". */
void
mado_incident_sheet_set_created (MadoIncidentSheet *self,
                                 GDateTime         *created)
{
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self));
  g_return_if_fail (created != NULL);

  if (!set_time (&self->created, created))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
  changed (self);
}

void
mado_incident_sheet_set_modified (MadoIncidentSheet *self,
                                  GDateTime         *modified)
{
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self));
  g_return_if_fail (modified != NULL);

  if (!set_time (&self->modified, modified))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  changed (self);
}

/* Never NULL: "" for a field not filled in. */
const char *
mado_incident_sheet_get_text (MadoIncidentSheet *self,
                              MadoIncidentField  field)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), NULL);
  g_return_val_if_fail (field < MADO_INCIDENT_N_FIELDS, NULL);

  return self->texts[field];
}

void
mado_incident_sheet_set_text (MadoIncidentSheet *self,
                              MadoIncidentField  field,
                              const char        *text)
{
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self));
  g_return_if_fail (field < MADO_INCIDENT_N_FIELDS);

  if (!mado_incident_set_text (&self->texts[field], text))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_TEXT + field]);
  touch (self);
}

const char *
mado_incident_sheet_get_title (MadoIncidentSheet *self)
{
  return mado_incident_sheet_get_text (self, MADO_INCIDENT_FIELD_TITLE);
}

void
mado_incident_sheet_set_title (MadoIncidentSheet *self,
                               const char        *title)
{
  mado_incident_sheet_set_text (self, MADO_INCIDENT_FIELD_TITLE, title);
}

MadoIncidentOngoing
mado_incident_sheet_get_ongoing (MadoIncidentSheet *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), MADO_INCIDENT_ONGOING_UNKNOWN);
  return self->ongoing;
}

void
mado_incident_sheet_set_ongoing (MadoIncidentSheet   *self,
                                 MadoIncidentOngoing  ongoing)
{
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self));
  g_return_if_fail (ongoing <= MADO_INCIDENT_ONGOING_NO);

  if (self->ongoing == ongoing)
    return;
  self->ongoing = ongoing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONGOING]);
  touch (self);
}

/* Adds the guide's answers after those already attached, unless the very
 * same text is there already (attaching twice from one result). Returns
 * whether the sheet changed. */
gboolean
mado_incident_sheet_add_guide_answers (MadoIncidentSheet *self,
                                       const char        *answers)
{
  const char *old;
  g_autofree char *joined = NULL;

  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);

  old = self->texts[MADO_INCIDENT_FIELD_GUIDE_ANSWERS];
  if (*answers == '\0' || strstr (old, answers) != NULL)
    return FALSE;

  joined = *old == '\0' ? g_strdup (answers) : g_strconcat (old, "\n\n", answers, NULL);
  mado_incident_sheet_set_text (self, MADO_INCIDENT_FIELD_GUIDE_ANSWERS, joined);
  return TRUE;
}

GListModel *
mado_incident_sheet_get_contacts (MadoIncidentSheet *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), NULL);
  return G_LIST_MODEL (self->contacts);
}

/* The attached contact with @contact_id and its position, or NULL; the list
 * holds its own reference, so the one returned is borrowed. A table finds
 * it: a sheet of 10,000 desks must not take quadratic time to fill. */
static MadoIncidentContact *
find_contact (MadoIncidentSheet *self,
              const char        *contact_id,
              guint             *position)
{
  MadoIncidentContact *contact = g_hash_table_lookup (self->contact_by_id, contact_id);

  if (contact != NULL && position != NULL)
    g_list_store_find (self->contacts, contact, position);
  return contact;
}

/* The attached contact with @contact_id, or NULL (transfer none). */
MadoIncidentContact *
mado_incident_sheet_lookup_contact (MadoIncidentSheet *self,
                                    const char        *contact_id)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), NULL);
  g_return_val_if_fail (contact_id != NULL, NULL);

  return find_contact (self, contact_id, NULL);
}

/* A desk ticked as called goes on the timeline too, at the time of the
 * tick: the timeline is the one record of the incident in order. */
static void
add_call_entry (MadoIncidentSheet   *self,
                MadoIncidentContact *contact)
{
  g_autoptr(MadoIncidentEntry) entry = NULL;

  entry = mado_incident_entry_new (MADO_INCIDENT_ENTRY_CALL,
                                   mado_incident_contact_get_called_at (contact), NULL);
  mado_incident_entry_set_who (entry, mado_incident_contact_get_name (contact));
  mado_incident_sheet_add_entry (self, entry);
}

/* One handler for every property: a sheet of 10,000 desks must not hold
 * twice as many connections. */
static void
contact_notify_cb (MadoIncidentContact *contact,
                   GParamSpec          *pspec,
                   MadoIncidentSheet   *self)
{
  if (g_str_equal (pspec->name, "called") && mado_incident_contact_get_called (contact))
    add_call_entry (self, contact);
  touch (self);
}

static void
watch_contact (MadoIncidentSheet   *self,
               MadoIncidentContact *contact)
{
  g_signal_connect_object (contact, "notify", G_CALLBACK (contact_notify_cb), self, 0);
}

static void
unwatch_contact (MadoIncidentSheet   *self,
                 MadoIncidentContact *contact)
{
  g_signal_handlers_disconnect_by_func (contact, contact_notify_cb, self);
}

/* Puts @contact back at @position (clamped): how a removal is undone, and
 * how a sheet is loaded. */
void
mado_incident_sheet_insert_contact (MadoIncidentSheet   *self,
                                    guint                position,
                                    MadoIncidentContact *contact)
{
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self));
  g_return_if_fail (MADO_IS_INCIDENT_CONTACT (contact));
  g_return_if_fail (find_contact (self, mado_incident_contact_get_contact_id (contact), NULL) == NULL);

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->contacts)));
  watch_contact (self, contact);
  g_hash_table_insert (self->contact_by_id,
                       (gpointer) mado_incident_contact_get_contact_id (contact), contact);
  g_list_store_insert (self->contacts, position, contact);
  touch (self);
}

/* Adds @contacts (MadoIncidentContact, with ids not yet on the sheet nor
 * twice in @contacts) at the end, in one change: how a sheet is loaded. */
void
mado_incident_sheet_append_contacts (MadoIncidentSheet *self,
                                     GPtrArray         *contacts)
{
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self));
  g_return_if_fail (contacts != NULL);

  if (contacts->len == 0)
    return;
  for (guint i = 0; i < contacts->len; i++)
    {
      MadoIncidentContact *contact = g_ptr_array_index (contacts, i);
      const char *id = mado_incident_contact_get_contact_id (contact);

      g_return_if_fail (!g_hash_table_contains (self->contact_by_id, id));
      watch_contact (self, contact);
      g_hash_table_insert (self->contact_by_id, (gpointer) id, contact);
    }
  g_list_store_splice (self->contacts, g_list_model_get_n_items (G_LIST_MODEL (self->contacts)),
                       0, contacts->pdata, contacts->len);
  touch (self);
}

/* Attaches the desk @contact_id at the end, or returns the one already
 * attached: attaching a guide result twice does not list a desk twice, nor
 * forget that it was called. */
MadoIncidentContact *
mado_incident_sheet_add_contact (MadoIncidentSheet *self,
                                 const char        *contact_id,
                                 const char        *name)
{
  MadoIncidentContact *contact;
  g_autoptr(MadoIncidentContact) added = NULL;

  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), NULL);
  g_return_val_if_fail (contact_id != NULL, NULL);

  contact = find_contact (self, contact_id, NULL);
  if (contact != NULL)
    return contact;

  added = mado_incident_contact_new (contact_id, name);
  mado_incident_sheet_insert_contact (self, G_MAXUINT, added);
  return added;
}

/* Returns the position @contact had, for an undo. */
guint
mado_incident_sheet_remove_contact (MadoIncidentSheet   *self,
                                    MadoIncidentContact *contact)
{
  guint position;

  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), 0);
  g_return_val_if_fail (MADO_IS_INCIDENT_CONTACT (contact), 0);

  if (!g_list_store_find (self->contacts, contact, &position))
    g_return_val_if_reached (0);

  unwatch_contact (self, contact);
  g_hash_table_remove (self->contact_by_id, mado_incident_contact_get_contact_id (contact));
  g_list_store_remove (self->contacts, position);
  touch (self);
  return position;
}

/* The timeline. */

GListModel *
mado_incident_sheet_get_timeline (MadoIncidentSheet *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), NULL);
  return G_LIST_MODEL (self->timeline);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return mado_incident_entry_compare ((MadoIncidentEntry *) a, (MadoIncidentEntry *) b);
}

/* An entry whose time of happening changed moves to its place; any change
 * is saved. */
static void
entry_notify_cb (MadoIncidentEntry *entry,
                 GParamSpec        *pspec,
                 MadoIncidentSheet *self)
{
  guint position;

  if (g_str_equal (pspec->name, "happened") && g_list_store_find (self->timeline, entry, &position))
    {
      g_autoptr(MadoIncidentEntry) held = g_object_ref (entry);

      g_list_store_remove (self->timeline, position);
      g_list_store_insert_sorted (self->timeline, held, compare_entries, NULL);
    }
  touch (self);
}

/* Adds @entry at its place by time: an event learnt late goes before what
 * followed it. */
void
mado_incident_sheet_add_entry (MadoIncidentSheet *self,
                               MadoIncidentEntry *entry)
{
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self));
  g_return_if_fail (MADO_IS_INCIDENT_ENTRY (entry));

  g_signal_connect_object (entry, "notify", G_CALLBACK (entry_notify_cb), self, 0);
  g_list_store_insert_sorted (self->timeline, entry, compare_entries, NULL);
  touch (self);
}

/* Adds @entries (MadoIncidentEntry) in one change: how a sheet is loaded. */
void
mado_incident_sheet_append_entries (MadoIncidentSheet *self,
                                    GPtrArray         *entries)
{
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self));
  g_return_if_fail (entries != NULL);

  if (entries->len == 0)
    return;
  for (guint i = 0; i < entries->len; i++)
    g_signal_connect_object (g_ptr_array_index (entries, i), "notify",
                             G_CALLBACK (entry_notify_cb), self, 0);
  g_list_store_splice (self->timeline, g_list_model_get_n_items (G_LIST_MODEL (self->timeline)),
                       0, entries->pdata, entries->len);
  g_list_store_sort (self->timeline, compare_entries, NULL);
  touch (self);
}

/* Returns the position @entry had. */
guint
mado_incident_sheet_remove_entry (MadoIncidentSheet *self,
                                  MadoIncidentEntry *entry)
{
  guint position;

  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), 0);
  g_return_val_if_fail (MADO_IS_INCIDENT_ENTRY (entry), 0);

  if (!g_list_store_find (self->timeline, entry, &position))
    g_return_val_if_reached (0);
  g_signal_handlers_disconnect_by_func (entry, entry_notify_cb, self);
  g_list_store_remove (self->timeline, position);
  touch (self);
  return position;
}

/* The reporting deadlines count from when the organisation became aware:
 * a time of its own, apart from the free text of "noticed at". */
GDateTime *
mado_incident_sheet_get_aware_at (MadoIncidentSheet *self)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), NULL);
  return self->aware_at;
}

void
mado_incident_sheet_set_aware_at (MadoIncidentSheet *self,
                                  GDateTime         *aware_at)
{
  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self));

  if (mado_incident_same_time (self->aware_at, aware_at))
    return;
  g_clear_pointer (&self->aware_at, g_date_time_unref);
  self->aware_at = aware_at != NULL ? g_date_time_ref (aware_at) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AWARE_AT]);
  touch (self);
}

/* The questions that decide which reporting duties apply, by their ids in
 * the dataset: answered "yes", or not (unanswered). */
gboolean
mado_incident_sheet_get_duty_answer (MadoIncidentSheet *self,
                                     const char        *question)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), FALSE);
  g_return_val_if_fail (question != NULL, FALSE);

  return g_hash_table_contains (self->duty_answers, question);
}

void
mado_incident_sheet_set_duty_answer (MadoIncidentSheet *self,
                                     const char        *question,
                                     gboolean           yes)
{
  gboolean changed;

  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self));
  g_return_if_fail (question != NULL && *question != '\0');

  if (yes)
    changed = g_hash_table_add (self->duty_answers, g_strdup (question));
  else
    changed = g_hash_table_remove (self->duty_answers, question);
  if (changed)
    touch (self);
}

/* The questions answered "yes", sorted: a file does not change with the
 * order of a hash table. */
char **
mado_incident_sheet_dup_duty_answers (MadoIncidentSheet *self)
{
  GHashTableIter iter;
  gpointer key;
  guint n = 0;
  char **answers;

  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (self), NULL);

  /* Not g_hash_table_get_keys_as_array (): tests/lsan.supp suppresses a
   * leak of GTK 4.8's inside that function, so the app does not call it. */
  answers = g_new0 (char *, g_hash_table_size (self->duty_answers) + 1);
  g_hash_table_iter_init (&iter, self->duty_answers);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    answers[n++] = g_strdup (key);
  qsort (answers, n, sizeof (char *), (int (*) (const void *, const void *)) compare_strings);
  return answers;
}

static void
mado_incident_sheet_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MadoIncidentSheet *self = MADO_INCIDENT_SHEET (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;
    case PROP_ONGOING:
      g_value_set_enum (value, self->ongoing);
      break;
    case PROP_AWARE_AT:
      g_value_set_boxed (value, self->aware_at);
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        g_value_set_string (value, self->texts[prop_id - PROP_FIRST_TEXT]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_incident_sheet_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MadoIncidentSheet *self = MADO_INCIDENT_SHEET (object);

  switch (prop_id)
    {
    case PROP_ID:
      mado_incident_sheet_set_id (self, g_value_get_string (value));
      break;
    case PROP_CREATED:
      mado_incident_sheet_set_created (self, g_value_get_boxed (value));
      break;
    case PROP_MODIFIED:
      mado_incident_sheet_set_modified (self, g_value_get_boxed (value));
      break;
    case PROP_ONGOING:
      mado_incident_sheet_set_ongoing (self, g_value_get_enum (value));
      break;
    case PROP_AWARE_AT:
      mado_incident_sheet_set_aware_at (self, g_value_get_boxed (value));
      break;
    default:
      if (prop_id >= PROP_FIRST_TEXT && prop_id < N_PROPS)
        mado_incident_sheet_set_text (self, prop_id - PROP_FIRST_TEXT, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_incident_sheet_dispose (GObject *object)
{
  MadoIncidentSheet *self = MADO_INCIDENT_SHEET (object);

  if (self->contacts != NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->contacts)); i++)
        {
          g_autoptr(MadoIncidentContact) contact = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);
          unwatch_contact (self, contact);
        }
      g_clear_object (&self->contacts);
    }
  if (self->timeline != NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->timeline)); i++)
        {
          g_autoptr(MadoIncidentEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->timeline), i);
          g_signal_handlers_disconnect_by_data (entry, self);
        }
      g_clear_object (&self->timeline);
    }
  g_clear_pointer (&self->duty_answers, g_hash_table_unref);
  g_clear_pointer (&self->contact_by_id, g_hash_table_unref);

  G_OBJECT_CLASS (mado_incident_sheet_parent_class)->dispose (object);
}

static void
mado_incident_sheet_finalize (GObject *object)
{
  MadoIncidentSheet *self = MADO_INCIDENT_SHEET (object);

  g_free (self->id);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_clear_pointer (&self->aware_at, g_date_time_unref);
  for (guint i = 0; i < MADO_INCIDENT_N_FIELDS; i++)
    g_free (self->texts[i]);

  G_OBJECT_CLASS (mado_incident_sheet_parent_class)->finalize (object);
}

static void
mado_incident_sheet_class_init (MadoIncidentSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = mado_incident_sheet_get_property;
  object_class->set_property = mado_incident_sheet_set_property;
  object_class->dispose = mado_incident_sheet_dispose;
  object_class->finalize = mado_incident_sheet_finalize;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_ONGOING] = g_param_spec_enum ("ongoing", NULL, NULL, MADO_TYPE_INCIDENT_ONGOING,
                                                MADO_INCIDENT_ONGOING_UNKNOWN, flags);
  properties[PROP_AWARE_AT] = g_param_spec_boxed ("aware-at", NULL, NULL, G_TYPE_DATE_TIME, flags);
  for (guint i = 0; i < MADO_INCIDENT_N_FIELDS; i++)
    properties[PROP_FIRST_TEXT + i] = g_param_spec_string (field_properties[i], NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after any change of what a sheet holds, its contacts included. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* A new sheet has a fresh id and is created and modified now. */
static void
mado_incident_sheet_init (MadoIncidentSheet *self)
{
  self->id = g_uuid_string_random ();
  self->created = g_date_time_new_now_local ();
  self->modified = g_date_time_ref (self->created);
  for (guint i = 0; i < MADO_INCIDENT_N_FIELDS; i++)
    self->texts[i] = g_strdup ("");
  self->contacts = g_list_store_new (MADO_TYPE_INCIDENT_CONTACT);
  self->contact_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->timeline = g_list_store_new (MADO_TYPE_INCIDENT_ENTRY);
  self->duty_answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}
