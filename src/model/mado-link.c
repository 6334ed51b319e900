/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-link.h"

#include "mado-model-private.h"

/* A web address (or mailto:) with the words a person sees for it. */
struct _MadoLink
{
  GObject parent_instance;

  char           *url;
  char           *label;
  MadoLinkKind    kind;
  GDateTime      *date;   /* the date its source gives, if any */
  MadoItemStatus  status;
};

G_DEFINE_FINAL_TYPE (MadoLink, mado_link, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_URL,
  PROP_LABEL,
  PROP_ENCRYPTED,
  PROP_CONFIRMED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const fields[] = {
  "url", "label", "kind", "published", "updated", "status", "checked", "change", NULL
};
static const char * const source_fields[] = { "url", "label", "date", NULL };
static const char * const kinds[] = { "site", "form", "guide", NULL };

MadoLink *
mado_link_new_from_json (MadoJsonReader *reader,
                         JsonNode       *node,
                         GString        *collect)
{
  g_autoptr(MadoLink) self = g_object_new (MADO_TYPE_LINK, NULL);
  JsonObject *object = mado_json_reader_object (reader, node, fields);

  if (object == NULL)
    return NULL;

  self->url = mado_json_reader_url (reader, object, "url");
  self->label = mado_json_reader_text (reader, object, "label", TRUE, collect);
  self->kind = (MadoLinkKind) mado_json_reader_enum (reader, object, "kind", kinds);
  self->date = mado_dated_read (reader, object);
  if (!mado_json_reader_failed (reader))
    mado_item_status_read (&self->status, reader, object, collect);

  if (mado_json_reader_failed (reader))
    return NULL;

  g_string_append_printf (collect, "%s\n", self->url);
  return g_steal_pointer (&self);
}

/* A source a guide result cites: an address, what it is, and the date it was
 * published or read. Kept as a link so the pages show it like any other. */
MadoLink *
mado_link_new_source_from_json (MadoJsonReader *reader,
                                JsonNode       *node,
                                GString        *collect)
{
  g_autoptr(MadoLink) self = g_object_new (MADO_TYPE_LINK, NULL);
  JsonObject *object = mado_json_reader_object (reader, node, source_fields);

  if (object == NULL)
    return NULL;

  self->url = mado_json_reader_url (reader, object, "url");
  self->label = mado_json_reader_text (reader, object, "label", TRUE, collect);
  self->kind = MADO_LINK_KIND_GUIDE;
  self->date = mado_json_reader_date (reader, object, "date");

  return mado_json_reader_failed (reader) ? NULL : g_steal_pointer (&self);
}

/* Reads `updated`, or else `published`: the newer date the source gives is
 * the one its age is judged by. */
GDateTime *
mado_dated_read (MadoJsonReader *reader,
                 JsonObject     *object)
{
  g_autoptr(GDateTime) published = mado_json_reader_optional_date (reader, object, "published");
  g_autoptr(GDateTime) updated = mado_json_reader_optional_date (reader, object, "updated");

  if (updated != NULL && published != NULL && g_date_time_compare (updated, published) < 0)
    {
      gsize mark = mado_json_reader_push_member (reader, "updated");
      mado_json_reader_fail (reader, MADO_DATASET_ERROR_BAD_DATE,
                             "is earlier than “published”");
      mado_json_reader_pop (reader, mark);
      return NULL;
    }
  return updated != NULL ? g_steal_pointer (&updated) : g_steal_pointer (&published);
}

/* TRUE when @date lies more than @current_years years before @today: such
 * content is shown as an older item, never as the present state. Content
 * without a date is current (its page as a whole carries the review date). */
gboolean
mado_date_is_older (GDateTime *date,
                    GDateTime *today,
                    guint      current_years)
{
  g_autoptr(GDateTime) limit = NULL;

  g_return_val_if_fail (today != NULL, FALSE);

  if (date == NULL)
    return FALSE;
  limit = g_date_time_add_years (today, -(int) current_years);
  return g_date_time_compare (date, limit) < 0;
}

const char *
mado_link_get_url (MadoLink *self)
{
  g_return_val_if_fail (MADO_IS_LINK (self), NULL);
  return self->url;
}

const char *
mado_link_get_label (MadoLink *self)
{
  g_return_val_if_fail (MADO_IS_LINK (self), NULL);
  return self->label;
}

MadoLinkKind
mado_link_get_kind (MadoLink *self)
{
  g_return_val_if_fail (MADO_IS_LINK (self), MADO_LINK_KIND_SITE);
  return self->kind;
}

/* The date its source gives (`updated`, else `published`; a source's
 * `date`), or NULL. */
GDateTime *
mado_link_get_date (MadoLink *self)
{
  g_return_val_if_fail (MADO_IS_LINK (self), NULL);
  return self->date;
}

gboolean
mado_link_is_older (MadoLink  *self,
                    GDateTime *today,
                    guint      current_years)
{
  g_return_val_if_fail (MADO_IS_LINK (self), FALSE);
  return mado_date_is_older (self->date, today, current_years);
}

/* Links outside a contact (a section's references) have no contact to take a
 * status from: they stay as their source page gives them unless they say
 * otherwise. */
void
mado_link_inherit_status (MadoLink          *self,
                          MadoContactStatus  status,
                          GDateTime         *checked,
                          const char        *change)
{
  g_assert (MADO_IS_LINK (self));
  mado_item_status_inherit (&self->status, status, checked, change);
}

MadoContactStatus
mado_link_get_status (MadoLink *self)
{
  g_return_val_if_fail (MADO_IS_LINK (self), MADO_CONTACT_STATUS_UNCONFIRMED);
  return self->status.status;
}

/* NULL for a link outside a contact that gives no date of its own. */
GDateTime *
mado_link_get_checked (MadoLink *self)
{
  g_return_val_if_fail (MADO_IS_LINK (self), NULL);
  return self->status.checked;
}

const char *
mado_link_get_change (MadoLink *self)
{
  g_return_val_if_fail (MADO_IS_LINK (self), NULL);
  return self->status.change;
}

gboolean
mado_link_is_confirmed (MadoLink *self)
{
  g_return_val_if_fail (MADO_IS_LINK (self), FALSE);
  return self->status.status != MADO_CONTACT_STATUS_UNCONFIRMED;
}

/* Plain-http links stay as their source gives them; the interface warns about
 * them instead of silently rewriting an address nobody has checked. */
gboolean
mado_link_get_encrypted (MadoLink *self)
{
  g_return_val_if_fail (MADO_IS_LINK (self), FALSE);
  return g_ascii_strncasecmp (self->url, "http:", 5) != 0;
}

static void
mado_link_finalize (GObject *object)
{
  MadoLink *self = MADO_LINK (object);

  g_free (self->url);
  g_free (self->label);
  g_clear_pointer (&self->date, g_date_time_unref);
  mado_item_status_clear (&self->status);

  G_OBJECT_CLASS (mado_link_parent_class)->finalize (object);
}

static void
mado_link_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MadoLink *self = MADO_LINK (object);

  switch (prop_id)
    {
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_ENCRYPTED:
      g_value_set_boolean (value, mado_link_get_encrypted (self));
      break;
    case PROP_CONFIRMED:
      g_value_set_boolean (value, mado_link_is_confirmed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_link_class_init (MadoLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mado_link_finalize;
  object_class->get_property = mado_link_get_property;

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENCRYPTED] =
    g_param_spec_boolean ("encrypted", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CONFIRMED] =
    g_param_spec_boolean ("confirmed", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mado_link_init (MadoLink *self)
{
}
