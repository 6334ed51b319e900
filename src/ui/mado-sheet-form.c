/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-page-parts.h"
#include "mado-sheet-contact-row.h"
#include "mado-sheet-form.h"
#include "mado-sheet-text.h"

/* One incident sheet as a form: a field per item, each with its name, a dim
 * hint of what a good answer looks like and an editor bound both ways to
 * the sheet, so that what is typed is in the sheet (and soon on the disk)
 * at once. In CHECK2's order, then the report, the desks called, the
 * guide's answers and notes. A form shows one sheet for its whole life: the
 * page makes a new one when another sheet is chosen. */
struct _MadoSheetForm
{
  GtkBox parent_instance;

  MadoIncidentSheet *sheet;
  MadoDataset       *dataset;
  GPtrArray         *bindings;  /* GBinding, unbound with the form */
};

G_DEFINE_FINAL_TYPE (MadoSheetForm, mado_sheet_form, GTK_TYPE_BOX)

static GtkWidget *
text_button (const char *label,
             const char *action_name)
{
  return mado_text_button_new (label, action_name, NULL);
}

static void
bind (MadoSheetForm *self,
      const char    *property,
      gpointer       target,
      const char    *target_property)
{
  GBinding *binding = g_object_bind_property (self->sheet, property, target, target_property,
                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

/* The editor of one field: an entry, or a text view for long answers, named
 * for screen readers by the field and described by its hint. */
static GtkWidget *
field_editor (MadoSheetForm     *self,
              MadoIncidentField  field)
{
  const char *property = mado_incident_field_get_property_name (field);
  GtkWidget *editor;

  if (mado_sheet_field_is_long (field))
    {
      editor = gtk_text_view_new ();
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (editor), GTK_WRAP_WORD_CHAR);
      /* Tab moves on to the next field, as in every other entry. */
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (editor), FALSE);
      g_object_set (editor, "top-margin", 8, "bottom-margin", 8, "left-margin", 8, "right-margin", 8, NULL);
      gtk_widget_set_size_request (editor, -1, 88);
      bind (self, property, gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), "text");
    }
  else
    {
      editor = gtk_entry_new ();
      bind (self, property, editor, "text");
    }

  gtk_widget_set_hexpand (editor, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, mado_sheet_field_get_label (field),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, mado_sheet_field_get_hint (field),
                                  -1);
  return editor;
}

static GtkWidget *
framed (GtkWidget *editor)
{
  GtkWidget *frame;

  if (!GTK_IS_TEXT_VIEW (editor))
    return editor;
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), editor);
  return frame;
}

/* Its name, a dim hint of a good answer, then @editor (which may be a box
 * holding the field's editor and more). */
static GtkWidget *
field_block (MadoIncidentField  field,
             GtkWidget         *editor)
{
  GtkWidget *block = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  mado_box_append (block, mado_plain_label (mado_sheet_field_get_label (field), "heading"));
  mado_box_append (block, mado_plain_label (mado_sheet_field_get_hint (field), "dim-label"));
  mado_box_append (block, framed (editor));
  return block;
}

static void
add_field (MadoSheetForm     *self,
           MadoIncidentField  field)
{
  mado_box_append (GTK_WIDGET (self), field_block (field, field_editor (self, field)));
}

static void
add_noticed_at (MadoSheetForm *self)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *now;

  mado_box_append (line, field_editor (self, MADO_INCIDENT_FIELD_NOTICED_AT));
  /* Translators: fills in the current date and time as when it was noticed. */
  now = text_button (_("_Now"), "form.noticed-now");
  gtk_widget_set_tooltip_text (now, _("Fill In the Current Date and Time"));
  mado_box_append (line, now);
  mado_box_append (GTK_WIDGET (self), field_block (MADO_INCIDENT_FIELD_NOTICED_AT, line));
}

/* The drop-down's positions are the enum's values. */
static gboolean
enum_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

static gboolean
position_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint position = g_value_get_uint (from);

  if (position > MADO_INCIDENT_ONGOING_NO)
    return FALSE;
  g_value_set_enum (to, (int) position);
  return TRUE;
}

static void
add_ongoing (MadoSheetForm *self)
{
  const char *labels[] = {
    mado_sheet_ongoing_get_label (MADO_INCIDENT_ONGOING_UNKNOWN),
    mado_sheet_ongoing_get_label (MADO_INCIDENT_ONGOING_YES),
    mado_sheet_ongoing_get_label (MADO_INCIDENT_ONGOING_NO),
    NULL,
  };
  GtkWidget *block = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *choice = gtk_drop_down_new_from_strings (labels);
  GBinding *binding;

  /* Translators: whether the incident is still going on. */
  mado_box_append (block, mado_plain_label (_("Still Going On?"), "heading"));
  mado_box_append (block, mado_plain_label (_("Is it still happening now: pop-ups, files being encrypted, "
                                "mail being sent?"), "dim-label"));
  gtk_widget_set_halign (choice, GTK_ALIGN_START);
  mado_sheet_name_drop_down (choice, _("Still Going On?"));
  binding = g_object_bind_property_full (self->sheet, "ongoing", choice, "selected",
                                         G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                         enum_to_position, position_to_enum, NULL, NULL);
  g_ptr_array_add (self->bindings, g_object_ref (binding));
  mado_box_append (block, choice);
  mado_box_append (GTK_WIDGET (self), block);
}

static GtkWidget *
create_contact_row (gpointer item,
                    gpointer user_data)
{
  MadoSheetForm *self = user_data;

  return mado_sheet_contact_row_new (item, self->dataset);
}

static void
add_contacts (MadoSheetForm *self)
{
  /* Translators: accessible name of the list of desks on an incident sheet. */
  GtkWidget *list = mado_boxed_list (_("Contacts on This Sheet"));
  GtkWidget *placeholder = mado_plain_label (_("No desks yet. On a result of “What Happened?”, "
                                          "use “Attach to Incident Sheet”."), "dim-label");

  g_object_set (placeholder, "margin-top", 12, "margin-bottom", 12, "margin-start", 12,
                "margin-end", 12, NULL);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), placeholder);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), mado_incident_sheet_get_contacts (self->sheet),
                           create_contact_row, self, NULL);

  /* Translators: heading above the desks attached to an incident sheet. */
  mado_box_append (GTK_WIDGET (self), mado_plain_label (_("Contacts"), "title-4"));
  mado_box_append (GTK_WIDGET (self), mado_plain_label (_("Tick a desk when you have called it; the time is "
                                     "noted. Write the ticket number or what they said beside it."),
                                   "dim-label"));
  mado_box_append (GTK_WIDGET (self), list);
}

GtkWidget *
mado_sheet_form_new (MadoIncidentSheet *sheet,
                     MadoDataset       *dataset)
{
  MadoSheetForm *self;

  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (sheet), NULL);
  g_return_val_if_fail (dataset == NULL || MADO_IS_DATASET (dataset), NULL);

  self = g_object_new (MADO_TYPE_SHEET_FORM,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", 18,
                       NULL);
  self->sheet = g_object_ref (sheet);
  self->dataset = dataset != NULL ? g_object_ref (dataset) : NULL;

  add_field (self, MADO_INCIDENT_FIELD_TITLE);
  /* Translators: heading above the CHECK2 items of the incident sheet. */
  mado_box_append (GTK_WIDGET (self), mado_plain_label (_("Before You Call"), "title-4"));
  for (MadoIncidentField field = MADO_INCIDENT_FIELD_DEVICE; field <= MADO_INCIDENT_FIELD_OTHER_DESKS; field++)
    add_field (self, field);

  /* Translators: heading above when it was noticed, whether it goes on, who reported it. */
  mado_box_append (GTK_WIDGET (self), mado_plain_label (_("The Report"), "title-4"));
  add_noticed_at (self);
  add_ongoing (self);
  add_field (self, MADO_INCIDENT_FIELD_REPORTED_BY);

  add_contacts (self);
  add_field (self, MADO_INCIDENT_FIELD_GUIDE_ANSWERS);
  add_field (self, MADO_INCIDENT_FIELD_NOTES);
  return GTK_WIDGET (self);
}

MadoIncidentSheet *
mado_sheet_form_get_sheet (MadoSheetForm *self)
{
  g_return_val_if_fail (MADO_IS_SHEET_FORM (self), NULL);
  return self->sheet;
}

static void
noticed_now_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MadoSheetForm *self = MADO_SHEET_FORM (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = mado_sheet_format_time (now);

  mado_incident_sheet_set_text (self->sheet, MADO_INCIDENT_FIELD_NOTICED_AT, text);
}

/* The bindings go first, while both ends are alive. */
static void
mado_sheet_form_dispose (GObject *object)
{
  MadoSheetForm *self = MADO_SHEET_FORM (object);

  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_object (&self->sheet);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mado_sheet_form_parent_class)->dispose (object);
}

static void
mado_sheet_form_class_init (MadoSheetFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mado_sheet_form_dispose;

  gtk_widget_class_install_action (widget_class, "form.noticed-now", NULL, noticed_now_cb);
}

static void
mado_sheet_form_init (MadoSheetForm *self)
{
  self->bindings = g_ptr_array_new_with_free_func (mado_binding_unbind_and_unref);
}
