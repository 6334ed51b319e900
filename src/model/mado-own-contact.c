/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-incident-private.h"
#include "mado-own-contact.h"

/* One of the organisation's own contacts: the CSIRT, the IT vendor, the
 * insurer's hotline with the policy number… Entered by the desk, so every
 * field is free text in the desk's language, and every change is told
 * ("changed") for the store to save it. */
struct _MadoOwnContact
{
  GObject parent_instance;

  char        *id;
  MadoOwnRole  role;
  char        *name;
  GPtrArray   *numbers;      /* char*, never NULL */
  GPtrArray   *hours;        /* char*, "" when none; as long as numbers */
  char        *email;
  char        *reference;
  char        *note;
  GStrv        situations;   /* ids of the dataset's situations; empty: all */
  gboolean     shared;       /* the administrator's, for every desk */
};

G_DEFINE_FINAL_TYPE (MadoOwnContact, mado_own_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_NAME,
  PROP_TITLE,
  PROP_EMAIL,
  PROP_REFERENCE,
  PROP_NOTE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* In the order of MadoOwnRole: the names in the file. */
static const char * const role_names[] = {
  "csirt", "it-vendor", "insurer", "lawyer", "management", "police-liaison", "other", NULL
};

const char *
mado_own_role_to_string (MadoOwnRole role)
{
  g_return_val_if_fail (role < MADO_OWN_N_ROLES, NULL);
  return role_names[role];
}

/* The role named @name in a file, or -1. */
int
mado_own_role_from_string (const char *name)
{
  for (int i = 0; role_names[i] != NULL; i++)
    if (g_strcmp0 (name, role_names[i]) == 0)
      return i;
  return -1;
}

const char *
mado_own_role_get_label (MadoOwnRole role)
{
  switch (role)
    {
    case MADO_OWN_ROLE_CSIRT:
      return _("CSIRT or IT manager");
    case MADO_OWN_ROLE_IT_VENDOR:
      return _("IT vendor");
    case MADO_OWN_ROLE_INSURER:
      return _("Cyber insurance");
    case MADO_OWN_ROLE_LAWYER:
      return _("Lawyer");
    case MADO_OWN_ROLE_MANAGEMENT:
      return _("Management");
    case MADO_OWN_ROLE_POLICE_LIAISON:
      return _("Police liaison");
    case MADO_OWN_ROLE_OTHER:
    case MADO_OWN_N_ROLES:
    default:
      return _("Other");
    }
}

MadoOwnContact *
mado_own_contact_new (void)
{
  return g_object_new (MADO_TYPE_OWN_CONTACT, NULL);
}

/* A copy with the same id: what an import compares and what an undo puts
 * back. */
MadoOwnContact *
mado_own_contact_copy (MadoOwnContact *self)
{
  MadoOwnContact *copy;

  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), NULL);

  copy = mado_own_contact_new ();
  mado_incident_set_text (&copy->id, self->id);
  copy->role = self->role;
  mado_incident_set_text (&copy->name, self->name);
  for (guint i = 0; i < self->numbers->len; i++)
    mado_own_contact_add_phone (copy, g_ptr_array_index (self->numbers, i),
                                g_ptr_array_index (self->hours, i));
  mado_incident_set_text (&copy->email, self->email);
  mado_incident_set_text (&copy->reference, self->reference);
  mado_incident_set_text (&copy->note, self->note);
  mado_own_contact_set_situations (copy, (const char * const *) self->situations);
  return copy;
}

static gboolean
same_strings (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

/* The same content, the id aside: an import does not add a contact the
 * desk already has. */
gboolean
mado_own_contact_equal (MadoOwnContact *a,
                        MadoOwnContact *b)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (a), FALSE);
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (b), FALSE);

  return a->role == b->role
         && g_str_equal (a->name, b->name)
         && same_strings (a->numbers, b->numbers)
         && same_strings (a->hours, b->hours)
         && g_str_equal (a->email, b->email)
         && g_str_equal (a->reference, b->reference)
         && g_str_equal (a->note, b->note)
         && g_strv_equal ((const char * const *) a->situations,
                          (const char * const *) b->situations);
}

const char *
mado_own_contact_get_id (MadoOwnContact *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), NULL);
  return self->id;
}

MadoOwnRole
mado_own_contact_get_role (MadoOwnContact *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), MADO_OWN_ROLE_OTHER);
  return self->role;
}

/* The name as entered, "" when none. */
const char *
mado_own_contact_get_name (MadoOwnContact *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), NULL);
  return self->name;
}

/* What to call the contact on screen: its name, or its role until it has
 * one. */
const char *
mado_own_contact_get_title (MadoOwnContact *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), NULL);
  return self->name[0] != '\0' ? self->name : mado_own_role_get_label (self->role);
}

guint
mado_own_contact_get_n_phones (MadoOwnContact *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), 0);
  return self->numbers->len;
}

const char *
mado_own_contact_get_phone_number (MadoOwnContact *self,
                                   guint           index)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), NULL);
  g_return_val_if_fail (index < self->numbers->len, NULL);
  return g_ptr_array_index (self->numbers, index);
}

/* When the number answers, as the desk wrote it ("平日 9:00–18:00"); "" when
 * not given. */
const char *
mado_own_contact_get_phone_hours (MadoOwnContact *self,
                                  guint           index)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), NULL);
  g_return_val_if_fail (index < self->hours->len, NULL);
  return g_ptr_array_index (self->hours, index);
}

/* The first number that is filled in, or NULL: the one to call first. */
const char *
mado_own_contact_get_first_number (MadoOwnContact *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), NULL);

  for (guint i = 0; i < self->numbers->len; i++)
    {
      const char *number = g_ptr_array_index (self->numbers, i);

      if (number[0] != '\0')
        return number;
    }
  return NULL;
}

const char *
mado_own_contact_get_email (MadoOwnContact *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), NULL);
  return self->email;
}

/* A policy or contract number, which the other side asks for first. */
const char *
mado_own_contact_get_reference (MadoOwnContact *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), NULL);
  return self->reference;
}

const char *
mado_own_contact_get_note (MadoOwnContact *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), NULL);
  return self->note;
}

/* The ids of the situations the contact is for; empty when it is for
 * every situation. */
const char * const *
mado_own_contact_get_situations (MadoOwnContact *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), NULL);
  return (const char * const *) self->situations;
}

gboolean
mado_own_contact_is_for_every_situation (MadoOwnContact *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), FALSE);
  return self->situations[0] == NULL;
}

/* Whether the contact is tagged with @situation itself (a contact for
 * every situation is not). */
gboolean
mado_own_contact_has_situation (MadoOwnContact *self,
                                const char     *situation)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), FALSE);
  return situation != NULL && g_strv_contains ((const char * const *) self->situations, situation);
}

static void
changed (MadoOwnContact *self,
         GParamSpec     *pspec)
{
  if (pspec != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_text (MadoOwnContact *self,
          char          **field,
          const char     *value,
          GParamSpec     *pspec)
{
  if (mado_incident_set_text (field, value))
    changed (self, pspec);
}

/* Stable across saves and exports; given by the store to a contact that
 * has none. */
void
mado_own_contact_set_id (MadoOwnContact *self,
                         const char     *id)
{
  g_return_if_fail (MADO_IS_OWN_CONTACT (self));
  set_text (self, &self->id, id, NULL);
}

void
mado_own_contact_set_role (MadoOwnContact *self,
                           MadoOwnRole     role)
{
  g_return_if_fail (MADO_IS_OWN_CONTACT (self));
  g_return_if_fail (role < MADO_OWN_N_ROLES);

  if (self->role == role)
    return;
  self->role = role;
  if (self->name[0] == '\0')
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  changed (self, properties[PROP_ROLE]);
}

void
mado_own_contact_set_name (MadoOwnContact *self,
                           const char     *name)
{
  g_return_if_fail (MADO_IS_OWN_CONTACT (self));

  if (!mado_incident_set_text (&self->name, name))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  changed (self, properties[PROP_NAME]);
}

/* Sets phone @index (which may be one past the last, to add one). */
void
mado_own_contact_set_phone (MadoOwnContact *self,
                            guint           index,
                            const char     *number,
                            const char     *hours)
{
  gboolean number_changed, hours_changed;

  g_return_if_fail (MADO_IS_OWN_CONTACT (self));
  g_return_if_fail (index <= self->numbers->len);

  if (index == self->numbers->len)
    {
      mado_own_contact_add_phone (self, number, hours);
      return;
    }
  number_changed = mado_incident_set_text ((char **) &self->numbers->pdata[index], number);
  hours_changed = mado_incident_set_text ((char **) &self->hours->pdata[index], hours);
  if (number_changed || hours_changed)
    changed (self, NULL);
}

void
mado_own_contact_add_phone (MadoOwnContact *self,
                            const char     *number,
                            const char     *hours)
{
  g_return_if_fail (MADO_IS_OWN_CONTACT (self));

  g_ptr_array_add (self->numbers, g_strdup (number != NULL ? number : ""));
  g_ptr_array_add (self->hours, g_strdup (hours != NULL ? hours : ""));
  changed (self, NULL);
}

void
mado_own_contact_remove_phone (MadoOwnContact *self,
                               guint           index)
{
  g_return_if_fail (MADO_IS_OWN_CONTACT (self));
  g_return_if_fail (index < self->numbers->len);

  g_ptr_array_remove_index (self->numbers, index);
  g_ptr_array_remove_index (self->hours, index);
  changed (self, NULL);
}

void
mado_own_contact_set_email (MadoOwnContact *self,
                            const char     *email)
{
  g_return_if_fail (MADO_IS_OWN_CONTACT (self));
  set_text (self, &self->email, email, properties[PROP_EMAIL]);
}

void
mado_own_contact_set_reference (MadoOwnContact *self,
                                const char     *reference)
{
  g_return_if_fail (MADO_IS_OWN_CONTACT (self));
  set_text (self, &self->reference, reference, properties[PROP_REFERENCE]);
}

void
mado_own_contact_set_note (MadoOwnContact *self,
                           const char     *note)
{
  g_return_if_fail (MADO_IS_OWN_CONTACT (self));
  set_text (self, &self->note, note, properties[PROP_NOTE]);
}

/* @situations NULL or empty: the contact is for every situation. */
void
mado_own_contact_set_situations (MadoOwnContact     *self,
                                 const char * const *situations)
{
  static const char * const none[] = { NULL };

  g_return_if_fail (MADO_IS_OWN_CONTACT (self));

  if (situations == NULL)
    situations = none;
  if (g_strv_equal ((const char * const *) self->situations, situations))
    return;
  g_strfreev (self->situations);
  self->situations = g_strdupv ((char **) situations);
  changed (self, NULL);
}

/* Tags the contact with @situation, or takes the tag away, keeping the
 * order of the others. */
void
mado_own_contact_set_situation (MadoOwnContact *self,
                                const char     *situation,
                                gboolean        tagged)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) situations = NULL;

  g_return_if_fail (MADO_IS_OWN_CONTACT (self));
  g_return_if_fail (situation != NULL);

  if (mado_own_contact_has_situation (self, situation) == tagged)
    return;
  for (guint i = 0; self->situations[i] != NULL; i++)
    if (!g_str_equal (self->situations[i], situation))
      g_strv_builder_add (builder, self->situations[i]);
  if (tagged)
    g_strv_builder_add (builder, situation);
  situations = g_strv_builder_end (builder);
  mado_own_contact_set_situations (self, (const char * const *) situations);
}

/* Whether the contact is the administrator's, the same at every desk
 * (organisation-wide, read-only), rather than the desk's own. */
gboolean
mado_own_contact_is_shared (MadoOwnContact *self)
{
  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), FALSE);
  return self->shared;
}

void
mado_own_contact_set_shared (MadoOwnContact *self,
                             gboolean        shared)
{
  g_return_if_fail (MADO_IS_OWN_CONTACT (self));
  self->shared = !!shared;
}

/* Everything search should find the contact by, one field per line. */
char *
mado_own_contact_get_search_text (MadoOwnContact *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (MADO_IS_OWN_CONTACT (self), NULL);

  g_string_append_printf (text, "%s\n%s\n", self->name, mado_own_role_get_label (self->role));
  for (guint i = 0; i < self->numbers->len; i++)
    g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (self->numbers, i));
  g_string_append_printf (text, "%s\n%s\n%s", self->email, self->reference, self->note);
  return g_string_free (text, FALSE);
}

static void
mado_own_contact_finalize (GObject *object)
{
  MadoOwnContact *self = MADO_OWN_CONTACT (object);

  g_free (self->id);
  g_free (self->name);
  g_ptr_array_unref (self->numbers);
  g_ptr_array_unref (self->hours);
  g_free (self->email);
  g_free (self->reference);
  g_free (self->note);
  g_strfreev (self->situations);

  G_OBJECT_CLASS (mado_own_contact_parent_class)->finalize (object);
}

static void
mado_own_contact_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MadoOwnContact *self = MADO_OWN_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_int (value, self->role);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, mado_own_contact_get_title (self));
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_own_contact_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MadoOwnContact *self = MADO_OWN_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      mado_own_contact_set_role (self, (MadoOwnRole) g_value_get_int (value));
      break;
    case PROP_NAME:
      mado_own_contact_set_name (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      mado_own_contact_set_email (self, g_value_get_string (value));
      break;
    case PROP_REFERENCE:
      mado_own_contact_set_reference (self, g_value_get_string (value));
      break;
    case PROP_NOTE:
      mado_own_contact_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
text_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
mado_own_contact_class_init (MadoOwnContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_own_contact_finalize;
  object_class->get_property = mado_own_contact_get_property;
  object_class->set_property = mado_own_contact_set_property;

  properties[PROP_ROLE] =
    g_param_spec_int ("role", NULL, NULL, 0, MADO_OWN_N_ROLES - 1, MADO_OWN_ROLE_CSIRT,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = text_property ("name");
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] = text_property ("email");
  properties[PROP_REFERENCE] = text_property ("reference");
  properties[PROP_NOTE] = text_property ("note");
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Any field changed, phones and situations included. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mado_own_contact_init (MadoOwnContact *self)
{
  self->id = g_strdup ("");
  self->name = g_strdup ("");
  self->numbers = g_ptr_array_new_with_free_func (g_free);
  self->hours = g_ptr_array_new_with_free_func (g_free);
  self->email = g_strdup ("");
  self->reference = g_strdup ("");
  self->note = g_strdup ("");
  self->situations = g_new0 (char *, 1);
}
