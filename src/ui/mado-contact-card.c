/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-address-row.h"
#include "mado-contact-card.h"
#include "mado-page-parts.h"
#include "mado-row.h"
#include "mado-text-format.h"

/* Everything about one contact on one card: who it is, what it handles, whom
 * it serves and when, what changed since the page, then one row per phone
 * number, web address and e-mail address. */
struct _MadoContactCard
{
  AdwBin parent_instance;

  MadoContact *contact;
  guint        highlight_id;
};

G_DEFINE_FINAL_TYPE (MadoContactCard, mado_contact_card, ADW_TYPE_BIN)

/* An informative row: not activatable, its text selectable by the keyboard
 * through the card's labels instead. */
static void
add_info_row (GtkListBox *list,
              const char *icon_name,
              const char *title,
              const char *subtitle,
              const char *css_class)
{
  GtkWidget *row = mado_row_new (title, subtitle);
  GtkWidget *icon = mado_decorative_icon_new (icon_name);
  g_autofree char *accessible = NULL;

  mado_row_add_prefix (MADO_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (icon, css_class);
  /* Read as one: "Changed since the source page: <what changed>". */
  accessible = subtitle != NULL ? g_strdup_printf ("%s: %s", title, subtitle) : g_strdup (title);
  mado_set_accessible_label (row, accessible);
  gtk_list_box_append (list, row);
}

static const char *
audience_text (MadoAudience audience)
{
  switch (audience)
    {
    case MADO_AUDIENCE_ORGANISATIONS:
      return _("For organisations");
    case MADO_AUDIENCE_INDIVIDUALS:
      return _("For individuals");
    case MADO_AUDIENCE_BOTH:
      return _("For organisations and individuals");
    case MADO_AUDIENCE_UNKNOWN:
    default:
      return NULL;
    }
}

static void
add_details (MadoContactCard *self,
             GtkListBox      *list)
{
  MadoContact *contact = self->contact;
  const char * const *notes = mado_contact_get_notes (contact);
  const char *audience = audience_text (mado_contact_get_audience (contact));

  if (mado_contact_get_status (contact) == MADO_CONTACT_STATUS_UPDATED)
    add_info_row (list, "mado-dialog-warning-symbolic",
                  _("Changed since the source page"),
                  mado_contact_get_change (contact), "change-note");
  else if (mado_contact_get_status (contact) == MADO_CONTACT_STATUS_UNCONFIRMED)
    add_info_row (list, "mado-dialog-warning-symbolic",
                  _("Not re-verified: check before relying on it"),
                  mado_contact_get_change (contact), "change-note");

  if (audience != NULL)
    add_info_row (list, "mado-system-users-symbolic", audience, NULL, NULL);
  if (mado_contact_get_hours (contact) != NULL)
    add_info_row (list, "mado-preferences-system-time-symbolic",
                  mado_contact_get_hours (contact), NULL, NULL);
  for (guint i = 0; notes[i] != NULL; i++)
    add_info_row (list, "mado-dialog-information-symbolic", notes[i], NULL, NULL);
}

static void
add_addresses (GtkListBox  *list,
               GListModel  *items,
               GtkWidget *(*new_row) (gpointer))
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      gtk_list_box_append (list, new_row (item));
    }
}

static GtkWidget *
build_header (MadoContactCard *self)
{
  MadoContact *contact = self->contact;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_box_append (GTK_BOX (box), mado_text_label (mado_contact_get_organisation (contact),
                                                "heading"));
  if (mado_contact_get_desk (contact) != NULL)
    gtk_box_append (GTK_BOX (box), mado_text_label (mado_contact_get_desk (contact), NULL));
  gtk_box_append (GTK_BOX (box), mado_text_label (mado_contact_get_handles (contact),
                                                "dim-label"));
  return box;
}

static GtkWidget *
build_footer (MadoContactCard *self)
{
  g_autofree char *checked = mado_format_date (mado_contact_get_checked (self->contact));
  /* Translators: under a contact card; the first %s names the sources, the second is a date. */
  g_autofree char *text = g_strdup_printf (_("Source: %s · checked %s"),
                                           mado_contact_get_source (self->contact), checked);
  GtkWidget *label = mado_text_label (text, "dim-label");

  gtk_widget_add_css_class (label, "caption");
  return label;
}

static void
build (MadoContactCard *self)
{
  MadoContact *contact = self->contact;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  mado_contact_get_organisation (contact), -1);

  add_details (self, GTK_LIST_BOX (list));
  add_addresses (GTK_LIST_BOX (list), mado_contact_get_phones (contact),
                 (GtkWidget *(*) (gpointer)) mado_address_row_new_for_phone);
  add_addresses (GTK_LIST_BOX (list), mado_contact_get_links (contact),
                 (GtkWidget *(*) (gpointer)) mado_address_row_new_for_link);
  add_addresses (GTK_LIST_BOX (list), mado_contact_get_emails (contact),
                 (GtkWidget *(*) (gpointer)) mado_address_row_new_for_email);

  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), build_footer (self));
  adw_bin_set_child (ADW_BIN (self), box);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  mado_contact_get_organisation (contact), -1);
}

GtkWidget *
mado_contact_card_new (MadoContact *contact)
{
  MadoContactCard *self;

  g_return_val_if_fail (MADO_IS_CONTACT (contact), NULL);

  self = g_object_new (MADO_TYPE_CONTACT_CARD,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                       NULL);
  self->contact = g_object_ref (contact);
  build (self);
  return GTK_WIDGET (self);
}

MadoContact *
mado_contact_card_get_contact (MadoContactCard *self)
{
  g_return_val_if_fail (MADO_IS_CONTACT_CARD (self), NULL);
  return self->contact;
}

static gboolean
unhighlight_cb (gpointer user_data)
{
  MadoContactCard *self = user_data;

  gtk_widget_remove_css_class (GTK_WIDGET (self), "highlight");
  self->highlight_id = 0;
  return G_SOURCE_REMOVE;
}

/* Marks the card for a moment, so the eye finds it after a jump from search or
 * the guide. A one-shot timeout: nothing runs once it is over. */
void
mado_contact_card_highlight (MadoContactCard *self)
{
  g_return_if_fail (MADO_IS_CONTACT_CARD (self));

  gtk_widget_add_css_class (GTK_WIDGET (self), "highlight");
  g_clear_handle_id (&self->highlight_id, g_source_remove);
  self->highlight_id = g_timeout_add_seconds (2, unhighlight_cb, self);
}

static void
mado_contact_card_dispose (GObject *object)
{
  MadoContactCard *self = MADO_CONTACT_CARD (object);

  g_clear_handle_id (&self->highlight_id, g_source_remove);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (mado_contact_card_parent_class)->dispose (object);
}

static void
mado_contact_card_class_init (MadoContactCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mado_contact_card_dispose;
}

static void
mado_contact_card_init (MadoContactCard *self)
{
}
