/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-contact.h"

#include "mado-model-private.h"

/* An organisation or desk to contact, with everything needed to reach it and
 * to judge how current that is. */
struct _MadoContact
{
  GObject parent_instance;

  char              *id;
  char              *organisation;
  char              *desk;
  char              *handles;
  MadoAudience       audience;
  char              *hours;
  GListModel        *phones;
  GListModel        *links;
  GListModel        *emails;
  char             **notes;
  MadoContactStatus  status;
  char              *change;
  char              *source;
  GDateTime         *checked;

  /* Every language, gathered at load so that a keystroke never walks the JSON. */
  char              *search_names;
  char              *search_body;
};

G_DEFINE_FINAL_TYPE (MadoContact, mado_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ORGANISATION,
  PROP_DESK,
  PROP_HANDLES,
  PROP_HOURS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const fields[] = {
  "id", "organisation", "desk", "handles", "audience", "hours", "phones", "links",
  "emails", "notes", "status", "change", "source", "checked", NULL
};
/* In the order of MadoAudience. */
static const char * const audiences[] = { "unknown", "organisations", "individuals", "both", NULL };

static void
read_reachability (MadoContact    *self,
                   MadoJsonReader *reader,
                   JsonObject     *object,
                   GString        *body)
{
  self->phones = mado_json_reader_list (reader, object, "phones", FALSE, MADO_TYPE_PHONE,
                                        (MadoJsonReadFunc) mado_phone_new_from_json, body);
  self->links = mado_json_reader_list (reader, object, "links", FALSE, MADO_TYPE_LINK,
                                       (MadoJsonReadFunc) mado_link_new_from_json, body);
  self->emails = mado_json_reader_list (reader, object, "emails", FALSE, MADO_TYPE_EMAIL,
                                        (MadoJsonReadFunc) mado_email_new_from_json, body);

  if (!mado_json_reader_failed (reader) &&
      g_list_model_get_n_items (self->phones) == 0 &&
      g_list_model_get_n_items (self->links) == 0 &&
      g_list_model_get_n_items (self->emails) == 0)
    mado_json_reader_fail (reader, MADO_DATASET_ERROR_EMPTY_VALUE,
                           "the contact “%s” has no phone, link or e-mail address",
                           self->id);
}

/* A contact whose facts differ from the page, or could not be re-verified, must
 * say why: that is what the person at the desk reads before calling. */
static void
read_provenance (MadoContact    *self,
                 MadoJsonReader *reader,
                 JsonObject     *object,
                 GString        *body)
{
  self->status = (MadoContactStatus) mado_json_reader_enum (reader, object, "status",
                                                              mado_status_names);
  self->change = mado_json_reader_text (reader, object, "change",
                                        self->status != MADO_CONTACT_STATUS_AS_PUBLISHED,
                                        body);
  self->source = mado_json_reader_text (reader, object, "source", TRUE, NULL);
  self->checked = mado_json_reader_date (reader, object, "checked");
}

/* Phones and links that say nothing of their own status share the contact's. */
static void
hand_down_status (MadoContact *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->phones); i++)
    {
      g_autoptr(MadoPhone) phone = g_list_model_get_item (self->phones, i);
      mado_phone_inherit_status (phone, self->status, self->checked, self->change);
    }
  for (guint i = 0; i < g_list_model_get_n_items (self->links); i++)
    {
      g_autoptr(MadoLink) link = g_list_model_get_item (self->links, i);
      mado_link_inherit_status (link, self->status, self->checked, self->change);
    }
}

MadoContact *
mado_contact_new_from_json (MadoJsonReader *reader,
                            JsonNode       *node,
                            GString        *unused)
{
  g_autoptr(MadoContact) self = g_object_new (MADO_TYPE_CONTACT, NULL);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) body = g_string_new (NULL);
  JsonObject *object = mado_json_reader_object (reader, node, fields);

  if (object == NULL)
    return NULL;

  self->id = mado_json_reader_id (reader, object, "id");
  self->organisation = mado_json_reader_text (reader, object, "organisation", TRUE, names);
  self->desk = mado_json_reader_text (reader, object, "desk", FALSE, names);
  self->handles = mado_json_reader_text (reader, object, "handles", TRUE, body);
  self->audience = (MadoAudience) mado_json_reader_enum (reader, object, "audience", audiences);
  self->hours = mado_json_reader_text (reader, object, "hours", FALSE, NULL);
  self->notes = mado_json_reader_text_array (reader, object, "notes", FALSE, body);
  read_reachability (self, reader, object, body);
  read_provenance (self, reader, object, body);

  if (mado_json_reader_failed (reader) ||
      !mado_json_reader_register (reader, "contact", self->id, self))
    return NULL;

  hand_down_status (self);
  self->search_names = g_string_free (g_steal_pointer (&names), FALSE);
  self->search_body = g_string_free (g_steal_pointer (&body), FALSE);
  return g_steal_pointer (&self);
}

const char *
mado_contact_get_id (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->id;
}

const char *
mado_contact_get_organisation (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->organisation;
}

const char *
mado_contact_get_desk (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->desk;
}

const char *
mado_contact_get_handles (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->handles;
}

MadoAudience
mado_contact_get_audience (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), MADO_AUDIENCE_UNKNOWN);
  return self->audience;
}

const char *
mado_contact_get_hours (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->hours;
}

GListModel *
mado_contact_get_phones (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->phones;
}

/* The number to offer first: the first one that is not unconfirmed. NULL when
 * the contact has no phone, or none that anyone could confirm. */
MadoPhone *
mado_contact_get_primary_phone (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (self->phones); i++)
    {
      g_autoptr(MadoPhone) phone = g_list_model_get_item (self->phones, i);

      if (mado_phone_is_confirmed (phone))
        return phone;
    }
  return NULL;
}

GListModel *
mado_contact_get_links (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->links;
}

GListModel *
mado_contact_get_emails (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->emails;
}

/* Never NULL: an empty vector when the contact has no notes. */
const char * const *
mado_contact_get_notes (MadoContact *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->notes != NULL ? (const char * const *) self->notes : none;
}

MadoContactStatus
mado_contact_get_status (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), MADO_CONTACT_STATUS_AS_PUBLISHED);
  return self->status;
}

const char *
mado_contact_get_change (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->change;
}

const char *
mado_contact_get_source (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->source;
}

GDateTime *
mado_contact_get_checked (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->checked;
}

const char *
mado_contact_get_search_names (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->search_names;
}

const char *
mado_contact_get_search_body (MadoContact *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT (self), NULL);
  return self->search_body;
}

static void
mado_contact_finalize (GObject *object)
{
  MadoContact *self = MADO_CONTACT (object);

  g_free (self->id);
  g_free (self->organisation);
  g_free (self->desk);
  g_free (self->handles);
  g_free (self->hours);
  g_clear_object (&self->phones);
  g_clear_object (&self->links);
  g_clear_object (&self->emails);
  g_strfreev (self->notes);
  g_free (self->change);
  g_free (self->source);
  g_clear_pointer (&self->checked, g_date_time_unref);
  g_free (self->search_names);
  g_free (self->search_body);

  G_OBJECT_CLASS (mado_contact_parent_class)->finalize (object);
}

static void
mado_contact_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MadoContact *self = MADO_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    case PROP_DESK:
      g_value_set_string (value, self->desk);
      break;
    case PROP_HANDLES:
      g_value_set_string (value, self->handles);
      break;
    case PROP_HOURS:
      g_value_set_string (value, self->hours);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_contact_class_init (MadoContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_contact_finalize;
  object_class->get_property = mado_contact_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESK] =
    g_param_spec_string ("desk", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HANDLES] =
    g_param_spec_string ("handles", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOURS] =
    g_param_spec_string ("hours", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_contact_init (MadoContact *self)
{
}
