/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-phone.h"
#include "mado-sheet-contact-row.h"
#include "mado-sheet-text.h"

/* A desk attached to an incident sheet, as the person calls it: its name, its
 * numbers (activating one copies it), a check button that records when it
 * was called ("Called 14:05"), and an entry for the ticket number or what
 * the desk said. The chrome is the template; the numbers, which are data,
 * are made here. */
struct _MadoSheetContactRow
{
  GtkListBoxRow parent_instance;

  MadoIncidentContact *contact;   /* construct-only */
  MadoDataset         *dataset;   /* construct-only, may be NULL */

  GtkWidget           *name_label;
  GtkWidget           *remove_button;
  GtkWidget           *phones_box;
  GtkWidget           *called;
  GtkWidget           *note_entry;
};

G_DEFINE_FINAL_TYPE (MadoSheetContactRow, mado_sheet_contact_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_CONTACT,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static void
name_line (MadoSheetContactRow *self)
{
  const char *name = mado_incident_contact_get_name (self->contact);
  /* Translators: tooltip of the button that takes a desk off an incident sheet; %s is the desk. */
  g_autofree char *remove = g_strdup_printf (_("Remove %s From the Sheet"), name);

  gtk_label_set_text (GTK_LABEL (self->name_label), name);
  gtk_widget_set_tooltip_text (self->remove_button, remove);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove, -1);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->remove_button),
                                          g_variant_new_string (mado_incident_contact_get_contact_id (self->contact)));
}

static GtkWidget *
phone_button (const char *number)
{
  /* Translators: tooltip of a phone number button; %s is the number. */
  g_autofree char *copy = g_strdup_printf (_("Copy %s"), number);
  GtkWidget *button = gtk_button_new_with_label (number);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, copy);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, copy, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.copy-text");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", number);
  return button;
}

/* The numbers as the dataset has them now: copying one is the step before
 * dialling it. */
static void
fill_phones (MadoSheetContactRow *self)
{
  const char *id = mado_incident_contact_get_contact_id (self->contact);
  MadoContact *known = self->dataset != NULL ? mado_dataset_lookup_contact (self->dataset, id) : NULL;
  GListModel *phones = known != NULL ? mado_contact_get_phones (known) : NULL;

  for (guint i = 0; phones != NULL && i < g_list_model_get_n_items (phones); i++)
    {
      g_autoptr(MadoPhone) phone = g_list_model_get_item (phones, i);

      gtk_box_append (GTK_BOX (self->phones_box), phone_button (mado_phone_get_number (phone)));
    }
  gtk_widget_set_visible (self->phones_box, gtk_widget_get_first_child (self->phones_box) != NULL);
}

static void
bind_note (MadoSheetContactRow *self)
{
  /* Translators: accessible name of the note entry of a called desk; %s is the desk. */
  g_autofree char *label = g_strdup_printf (_("Ticket Number or Note for %s"),
                                            mado_incident_contact_get_name (self->contact));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_bind_property (self->contact, "note", self->note_entry, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
mado_sheet_contact_row_constructed (GObject *object)
{
  MadoSheetContactRow *self = MADO_SHEET_CONTACT_ROW (object);

  G_OBJECT_CLASS (mado_sheet_contact_row_parent_class)->constructed (object);

  g_return_if_fail (MADO_IS_INCIDENT_CONTACT (self->contact));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  mado_incident_contact_get_name (self->contact), -1);
  name_line (self);
  fill_phones (self);
  g_object_bind_property (self->contact, "called", self->called, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->contact, "notify::called-at", G_CALLBACK (update_called), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->contact, "notify::called", G_CALLBACK (update_called), self,
                           G_CONNECT_SWAPPED);
  update_called (self);
  bind_note (self);
}

GtkWidget *
mado_sheet_contact_row_new (MadoIncidentContact *contact,
                            MadoDataset         *dataset)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_CONTACT (contact), NULL);
  g_return_val_if_fail (dataset == NULL || MADO_IS_DATASET (dataset), NULL);

  return g_object_new (MADO_TYPE_SHEET_CONTACT_ROW, "contact", contact, "dataset", dataset, NULL);
}

MadoIncidentContact *
mado_sheet_contact_row_get_contact (MadoSheetContactRow *self)
{
  g_return_val_if_fail (MADO_IS_SHEET_CONTACT_ROW (self), NULL);
  return self->contact;
}

static void
mado_sheet_contact_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  MadoSheetContactRow *self = MADO_SHEET_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_sheet_contact_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  MadoSheetContactRow *self = MADO_SHEET_CONTACT_ROW (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      self->contact = g_value_dup_object (value);
      break;
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_sheet_contact_row_dispose (GObject *object)
{
  MadoSheetContactRow *self = MADO_SHEET_CONTACT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_SHEET_CONTACT_ROW);
  g_clear_object (&self->contact);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mado_sheet_contact_row_parent_class)->dispose (object);
}

static void
mado_sheet_contact_row_class_init (MadoSheetContactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_sheet_contact_row_constructed;
  object_class->get_property = mado_sheet_contact_row_get_property;
  object_class->set_property = mado_sheet_contact_row_set_property;
  object_class->dispose = mado_sheet_contact_row_dispose;

  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL, MADO_TYPE_INCIDENT_CONTACT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, MADO_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-sheet-contact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoSheetContactRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetContactRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetContactRow, phones_box);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetContactRow, called);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetContactRow, note_entry);
}

static void
mado_sheet_contact_row_init (MadoSheetContactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
