/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-own-rows.h"
#include "mado-page-parts.h"
#include "mado-row.h"

/* The desk's own contacts where they are used (the home page, a guide
 * result): one row each, the number in large type as the public numbers
 * are, activating it copies the number. Built from the data, so in C. */

/* What the row says under the number: who, in what role, when, and what
 * to have ready for them. */
static char *
details (MadoOwnContact *contact)
{
  GString *text = g_string_new (mado_own_contact_get_title (contact));
  const char *role = mado_own_role_get_label (mado_own_contact_get_role (contact));
  const char *reference = mado_own_contact_get_reference (contact);

  if (*mado_own_contact_get_name (contact) != '\0')
    /* Translators: joins the parts under an own contact's number: name · role · hours. */
    g_string_append_printf (text, _(" · %s"), role);
  for (guint i = 0; i < mado_own_contact_get_n_phones (contact); i++)
    if (g_strcmp0 (mado_own_contact_get_phone_number (contact, i),
                   mado_own_contact_get_first_number (contact)) == 0)
      {
        const char *hours = mado_own_contact_get_phone_hours (contact, i);

        if (*hours != '\0')
          g_string_append_printf (text, _(" · %s"), hours);
        break;
      }
  if (*reference != '\0')
    /* Translators: under an own contact's number, what to quote when calling; %s is e.g. a policy number. */
    g_string_append_printf (text, _(" · Ref. %s"), reference);
  if (mado_own_contact_is_shared (contact))
    /* Translators: under an own contact the administrator gave every desk (read-only). */
    g_string_append_printf (text, _(" · %s"), _("organisation-wide"));
  return g_string_free (text, FALSE);
}

GtkWidget *
mado_own_contact_row_new (MadoOwnContact *contact)
{
  const char *number;
  g_autofree char *subtitle = NULL;
  g_autofree char *label = NULL;
  GtkWidget *row;

  g_return_val_if_fail (MADO_IS_OWN_CONTACT (contact), NULL);

  number = mado_own_contact_get_first_number (contact);
  subtitle = details (contact);
  if (number == NULL)
    {
      /* Nothing to copy yet: the row leads to where the number is added. */
      row = mado_page_parts_action_row_new (mado_own_contact_get_title (contact),
                                            mado_own_role_get_label (mado_own_contact_get_role (contact)),
                                            "mado-document-edit-symbolic", "win.show-own-contacts", NULL);
      return row;
    }

  row = mado_page_parts_action_row_new (number, subtitle, "mado-edit-copy-symbolic", "win.copy-text",
                                        g_variant_new_string (number));
  /* Translators: what activating a phone row does; %s is the number. */
  label = g_strdup_printf (_("Copy %s"), number);
  gtk_widget_add_css_class (row, "home-number");
  gtk_widget_add_css_class (row, "numeric");
  mado_row_add_prefix (MADO_ROW (row), mado_page_parts_decorative_icon_new ("mado-system-users-symbolic"));
  mado_page_parts_set_accessible_label (row, label);
  gtk_widget_set_tooltip_text (row, label);
  return row;
}

/* "Your organisation": a heading and one row per contact of @contacts
 * (MadoOwnContact), in order; with @with_edit_row, a last row that opens
 * the page where they are edited (the only row when there are none). */
GtkWidget *
mado_own_contacts_group_new (GPtrArray *contacts,
                             gboolean   with_edit_row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* Translators: heading of the organisation's own contacts (CSIRT, vendor, insurer…); in Japanese 社内・契約先. */
  GtkWidget *heading = mado_page_parts_plain_label (_("Your Organisation"), "heading");
  GtkWidget *list = mado_page_parts_boxed_list_new (_("Your Organisation"));

  gtk_widget_add_css_class (box, "own-contacts");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  for (guint i = 0; contacts != NULL && i < contacts->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), mado_own_contact_row_new (g_ptr_array_index (contacts, i)));
  if (with_edit_row)
    {
      gboolean empty = contacts == NULL || contacts->len == 0;
      GtkWidget *row = mado_page_parts_action_row_new (empty ? _("Add Your Own Contacts")
                                                       /* Translators: the row under the own contacts on the home page. */
                                                       : _("Edit Your Own Contacts"),
                                                       empty ? _("Your CSIRT, IT vendor, insurer, lawyer: first on every result they are for")
                                                       : NULL,
                                                       "mado-go-next-symbolic", "win.show-own-contacts", NULL);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), list);
  return box;
}
