/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-page-parts.h"
#include "mado-phone.h"
#include "mado-sheet-contact-row.h"
#include "mado-sheet-text.h"

/* A desk attached to an incident sheet, as the person calls it: its name, its
 * numbers (activating one copies it), a check button that records when it
 * was called ("Called 14:05"), and an entry for the ticket number or what
 * the desk said. */
struct _MadoSheetContactRow
{
  GtkListBoxRow parent_instance;

  MadoIncidentContact *contact;
  GtkWidget           *called;
};

G_DEFINE_FINAL_TYPE (MadoSheetContactRow, mado_sheet_contact_row, GTK_TYPE_LIST_BOX_ROW)

static void
update_called (MadoSheetContactRow *self)
{
  g_autofree char *status = mado_sheet_format_called (self->contact);
  /* Translators: the accessible name of a desk's "called" check button:
   * the desk, then "Called 14:05" or "Not called yet". */
  g_autofree char *label = g_strdup_printf (_("%s: %s"), mado_incident_contact_get_name (self->contact),
                                            status);

  gtk_check_button_set_label (GTK_CHECK_BUTTON (self->called), status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->called), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *label,
             const char *action_name,
             GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static GtkWidget *
name_line (MadoSheetContactRow *self)
{
  const char *name = mado_incident_contact_get_name (self->contact);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = mado_page_parts_text_label (name, "heading");

  /* Not a stop for the keyboard: the row is read, its controls are used. */
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  /* Translators: tooltip of the button that takes a desk off an incident sheet; %s is the desk. */
  g_autofree char *remove = g_strdup_printf (_("Remove %s From the Sheet"), name);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box),
                  icon_button ("mado-list-remove-symbolic", remove, "sheet.remove-contact",
                               g_variant_new_string (mado_incident_contact_get_contact_id (self->contact))));
  return box;
}

/* The numbers as the dataset has them now: copying one is the step before
 * dialling it. */
static GtkWidget *
phones_line (MadoContact *contact)
{
  GListModel *phones = mado_contact_get_phones (contact);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  for (guint i = 0; i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr(MadoPhone) phone = g_list_model_get_item (phones, i);
      const char *number = mado_phone_get_number (phone);
      /* Translators: tooltip of a phone number button; %s is the number. */
      g_autofree char *copy = g_strdup_printf (_("Copy %s"), number);
      GtkWidget *button = gtk_button_new_with_label (number);

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (button, copy);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, copy, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.copy-text");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", number);
      gtk_box_append (GTK_BOX (box), button);
    }
  return box;
}

static GtkWidget *
note_entry (MadoSheetContactRow *self)
{
  GtkWidget *entry = gtk_entry_new ();
  /* Translators: accessible name of the note entry of a called desk; %s is the desk. */
  g_autofree char *label = g_strdup_printf (_("Ticket Number or Note for %s"),
                                            mado_incident_contact_get_name (self->contact));

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Ticket number or note"));
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_bind_property (self->contact, "note", entry, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return entry;
}

GtkWidget *
mado_sheet_contact_row_new (MadoIncidentContact *contact,
                            MadoDataset         *dataset)
{
  MadoSheetContactRow *self;
  MadoContact *known;
  GtkWidget *box, *line;

  g_return_val_if_fail (MADO_IS_INCIDENT_CONTACT (contact), NULL);

  self = g_object_new (MADO_TYPE_SHEET_CONTACT_ROW, "activatable", FALSE, NULL);
  self->contact = g_object_ref (contact);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  mado_incident_contact_get_name (contact), -1);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_object_set (box, "margin-top", 12, "margin-bottom", 12, "margin-start", 12, "margin-end", 6, NULL);
  gtk_box_append (GTK_BOX (box), name_line (self));
  known = dataset != NULL ? mado_dataset_lookup_contact (dataset, mado_incident_contact_get_contact_id (contact)) : NULL;
  if (known != NULL && g_list_model_get_n_items (mado_contact_get_phones (known)) > 0)
    gtk_box_append (GTK_BOX (box), phones_line (known));

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->called = gtk_check_button_new ();
  g_object_bind_property (contact, "called", self->called, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (contact, "notify::called-at", G_CALLBACK (update_called), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (contact, "notify::called", G_CALLBACK (update_called), self, G_CONNECT_SWAPPED);
  update_called (self);
  gtk_box_append (GTK_BOX (line), self->called);
  gtk_box_append (GTK_BOX (line), note_entry (self));
  gtk_box_append (GTK_BOX (box), line);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  return GTK_WIDGET (self);
}

MadoIncidentContact *
mado_sheet_contact_row_get_contact (MadoSheetContactRow *self)
{
  g_return_val_if_fail (MADO_IS_SHEET_CONTACT_ROW (self), NULL);
  return self->contact;
}

static void
mado_sheet_contact_row_dispose (GObject *object)
{
  MadoSheetContactRow *self = MADO_SHEET_CONTACT_ROW (object);

  g_clear_object (&self->contact);

  G_OBJECT_CLASS (mado_sheet_contact_row_parent_class)->dispose (object);
}

static void
mado_sheet_contact_row_class_init (MadoSheetContactRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mado_sheet_contact_row_dispose;
}

static void
mado_sheet_contact_row_init (MadoSheetContactRow *self)
{
}
