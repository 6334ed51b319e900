/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "mado-item-status.h"

const char * const mado_status_names[] = { "as-published", "updated", "unconfirmed", NULL };

/* Reads the optional `status`, `checked` and `change` of a phone or link. As on
 * a contact, a status other than as-published must say why: that text is what
 * the desk reads beside the number before dialling it. */
gboolean
mado_item_status_read (MadoItemStatus *self,
                       MadoJsonReader *reader,
                       JsonObject     *object,
                       GString        *collect)
{
  self->own_status = json_object_has_member (object, "status");
  if (self->own_status)
    self->status = (MadoContactStatus) mado_json_reader_enum (reader, object, "status",
                                                              mado_status_names);
  if (mado_json_reader_failed (reader))
    return FALSE;

  self->change = mado_json_reader_text (reader, object, "change",
                                        self->own_status &&
                                        self->status != MADO_CONTACT_STATUS_AS_PUBLISHED,
                                        collect);
  if (mado_json_reader_failed (reader))
    return FALSE;

  self->own_checked = json_object_has_member (object, "checked");
  if (self->own_checked)
    self->checked = mado_json_reader_date (reader, object, "checked");

  return !mado_json_reader_failed (reader);
}

/* Fills in what the item left out from its contact. An item that takes the
 * contact's status also takes its reason, unless it gives one of its own. */
void
mado_item_status_inherit (MadoItemStatus    *self,
                          MadoContactStatus  status,
                          GDateTime         *checked,
                          const char        *change)
{
  if (!self->own_status)
    {
      self->status = status;
      if (self->change == NULL && status != MADO_CONTACT_STATUS_AS_PUBLISHED)
        self->change = g_strdup (change);
    }
  if (!self->own_checked && checked != NULL)
    self->checked = g_date_time_ref (checked);
}

void
mado_item_status_clear (MadoItemStatus *self)
{
  g_clear_pointer (&self->checked, g_date_time_unref);
  g_clear_pointer (&self->change, g_free);
}
