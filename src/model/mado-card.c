/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-call-first.h"
#include "mado-card.h"
#include "mado-contact.h"
#include "mado-link.h"
#include "mado-phone.h"
#include "mado-qr.h"

/* The text of the printed emergency card, modelled on the BSI's
 * IT-Notfallkarte: the organisation's own contacts first, then the police
 * (110, #9110) and the few public desks the dataset names for any time (its
 * guide's "home" list, as on the home page), what to have ready before
 * calling (CHECK2), and the date the data was checked. Only text: where it
 * goes on the page is the drawing's business. */

static char *
dup_nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/* @role, @hours and @reference may be NULL; @number may be NULL for a
 * contact reached otherwise (its line then has no code). */
MadoCardEntry *
mado_card_entry_new (const char *name,
                     const char *role,
                     const char *number,
                     const char *hours,
                     const char *reference)
{
  MadoCardEntry *self = g_new0 (MadoCardEntry, 1);

  g_return_val_if_fail (name != NULL, NULL);

  self->name = g_strdup (name);
  self->role = dup_nonempty (role);
  self->number = dup_nonempty (number);
  self->tel_uri = number != NULL ? mado_qr_dup_tel_uri (number) : NULL;
  self->hours = dup_nonempty (hours);
  self->reference = dup_nonempty (reference);
  return self;
}

void
mado_card_entry_set_link (MadoCardEntry *self,
                          const char    *label,
                          const char    *uri)
{
  g_return_if_fail (self != NULL);

  g_free (self->link_label);
  g_free (self->link_uri);
  self->link_label = g_strdup (label);
  self->link_uri = g_strdup (uri);
}

void
mado_card_entry_free (MadoCardEntry *self)
{
  if (self == NULL)
    return;
  g_free (self->name);
  g_free (self->role);
  g_free (self->number);
  g_free (self->tel_uri);
  g_free (self->hours);
  g_free (self->reference);
  g_free (self->link_label);
  g_free (self->link_uri);
  g_free (self);
}

/* A desk's page for the card: its report form where it has one (what a
 * phone can fill in there and then), else its first page. */
static MadoLink *
desk_link (MadoContact *contact)
{
  GListModel *links = mado_contact_get_links (contact);
  g_autoptr(MadoLink) first = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(MadoLink) link = g_list_model_get_item (links, i);

      if (!mado_link_is_confirmed (link))
        continue;
      if (mado_link_get_kind (link) == MADO_LINK_KIND_FORM)
        return g_steal_pointer (&link);
      if (first == NULL)
        first = g_steal_pointer (&link);
    }
  return g_steal_pointer (&first);
}

static MadoCardEntry *
public_entry (MadoContact *contact,
              MadoPhone   *phone)
{
  const char *hours = mado_phone_get_hours (phone);
  g_autoptr(MadoLink) link = desk_link (contact);
  MadoCardEntry *entry;

  if (hours == NULL)
    hours = mado_contact_get_hours (contact);
  entry = mado_card_entry_new (mado_contact_get_organisation (contact),
                               mado_contact_get_desk (contact),
                               mado_phone_get_number (phone), hours, NULL);
  if (link != NULL)
    {
      mado_card_entry_set_link (entry, mado_link_get_label (link), mado_link_get_url (link));
      entry->link_is_form = mado_link_get_kind (link) == MADO_LINK_KIND_FORM;
    }
  return entry;
}

/* The numbers the home page offers at any time; a desk whose number is
 * unconfirmed is left out, as there. */
static GPtrArray *
public_entries (MadoDataset *dataset)
{
  GListModel *contacts = mado_dataset_get_home_contacts (dataset);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) mado_card_entry_free);

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(MadoContact) contact = g_list_model_get_item (contacts, i);
      g_autoptr(MadoPhone) phone = mado_call_first_contact_phone (contact);

      if (phone != NULL)
        g_ptr_array_add (entries, public_entry (contact, phone));
    }
  return entries;
}

static GPtrArray *
copy_own_entries (GPtrArray *own_entries)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) mado_card_entry_free);

  for (guint i = 0; own_entries != NULL && i < own_entries->len; i++)
    {
      MadoCardEntry *own = g_ptr_array_index (own_entries, i);

      g_ptr_array_add (entries, mado_card_entry_new (own->name, own->role, own->number,
                                                     own->hours, own->reference));
    }
  return entries;
}

static char *
dup_date_line (MadoDataset *dataset)
{
  /* Translators: a date as g_date_time_format() takes it, e.g. "%Y年%-m月%-d日" in Japanese. */
  g_autofree char *reviewed = g_date_time_format (mado_dataset_get_reviewed (dataset), _("%-d %B %Y"));

  /* Translators: at the foot of the printed emergency card; %s is a date. */
  return g_strdup_printf (_("Public contacts last checked on %s"), reviewed);
}

/* @own_entries (may be NULL or empty) are the organisation's own contacts,
 * in the order the desk gave them; they are copied. */
MadoCard *
mado_card_new (MadoDataset *dataset,
               GPtrArray   *own_entries)
{
  MadoCard *self;
  const char * const *prepare;

  g_return_val_if_fail (MADO_IS_DATASET (dataset), NULL);

  self = g_new0 (MadoCard, 1);
  self->language = g_strdup (mado_dataset_get_language (dataset));
  /* Translators: the title of the printed emergency card. */
  self->title = g_strdup (_("Emergency Contact Card"));
  /* Translators: under the title of the printed emergency card. */
  self->subtitle = g_strdup (_("Cyber attack, data leak, ransom note: whom to call, and what to have ready"));
  /* Translators: a heading on the printed card, above the organisation's own contacts. */
  self->own_heading = g_strdup (C_("card", "Your organisation"));
  self->own = copy_own_entries (own_entries);
  /* Translators: on the printed card when the organisation has entered no contacts of its own. */
  self->own_empty = g_strdup (_("Enter your organisation’s own contacts in Madoguchi to print them here."));
  /* Translators: a heading on the printed card, above 110, #9110 and the public desks. */
  self->public_heading = g_strdup (_("Police and public desks"));
  self->public_desks = public_entries (dataset);
  /* Translators: a heading on the printed card, above the seven things to have ready. */
  self->prepare_heading = g_strdup (C_("card", "Have ready before you call"));
  prepare = mado_dataset_get_preparation_items (dataset);
  self->prepare = prepare != NULL ? g_strdupv ((char **) prepare) : g_new0 (char *, 1);
  self->date_line = dup_date_line (dataset);
  self->source_line = g_strdup (mado_dataset_get_publisher (dataset));
  /* Translators: a caption under a QR code on the printed card that dials a number. */
  self->call_caption = g_strdup (C_("card", "Call"));
  /* Translators: a caption under a QR code on the printed card that opens a web page. */
  self->link_caption = g_strdup (C_("card", "Web page"));
  /* Translators: a caption under a QR code on the printed card that opens a report form. */
  self->form_caption = g_strdup (C_("card", "Form"));
  return self;
}

/* The line that stands for own contacts the card had no room for. */
char *
mado_card_dup_more_line (MadoCard *self,
                         guint     n_left_out)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: on the printed card; %u own contacts did not fit. */
                                       "%u more contact in Madoguchi",
                                       "%u more contacts in Madoguchi", n_left_out),
                          n_left_out);
}

void
mado_card_free (MadoCard *self)
{
  if (self == NULL)
    return;
  g_free (self->language);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->own_heading);
  g_clear_pointer (&self->own, g_ptr_array_unref);
  g_free (self->own_empty);
  g_free (self->public_heading);
  g_clear_pointer (&self->public_desks, g_ptr_array_unref);
  g_free (self->prepare_heading);
  g_strfreev (self->prepare);
  g_free (self->date_line);
  g_free (self->source_line);
  g_free (self->call_caption);
  g_free (self->link_caption);
  g_free (self->form_caption);
  g_free (self);
}
