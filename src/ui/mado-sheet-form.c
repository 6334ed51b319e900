/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mado-page-parts.h"
#include "mado-enum-binding.h"
#include "mado-sheet-contact-row.h"
#include "mado-sheet-deadlines.h"
#include "mado-sheet-entry-row.h"
#include "mado-sheet-form.h"
#include "mado-a11y.h"
#include "mado-sheet-text.h"

/* One incident sheet as a form: a field per item, each with its name, a dim
 * hint of what a good answer looks like and an editor bound both ways to
 * the sheet, so that what is typed is in the sheet (and soon on the disk)
 * at once. The title and the report first (when, whether it goes on, who),
 * the timeline, CHECK2 in its order, the desks called, the reporting
 * deadlines, the guide's answers and notes. Its chrome is a template
 * (mado-sheet-form.ui); the fields, from their table, go into its slots. A
 * form shows one sheet for its whole life: the page makes a new one when
 * another sheet is chosen. */
struct _MadoSheetForm
{
  GtkBox parent_instance;

  MadoIncidentSheet *sheet;     /* construct-only */
  MadoDataset       *dataset;   /* construct-only, may be NULL */
  GPtrArray         *bindings;  /* GBinding, unbound with the form */
  GtkWidget         *title;     /* the editor of the title */

  /* From the template. */
  GtkWidget         *title_slot;
  GtkWidget         *noticed_slot;
  GtkWidget         *ongoing;
  GtkWidget         *reported_slot;
  GtkWidget         *timeline;  /* a GtkListBox of MadoSheetEntryRow */
  GtkWidget         *timeline_actions;
  GtkWidget         *check2_slot;
  GtkWidget         *contacts;
  GtkWidget         *deadlines_slot;
  GtkWidget         *end_slot;
};

G_DEFINE_FINAL_TYPE (MadoSheetForm, mado_sheet_form, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_SHEET,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
text_button (const char *label,
             const char *action_name)
{
  return mado_page_parts_text_button_new (label, action_name, NULL);
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

/* Limits. What is typed or pasted beyond a field's limit is cut there;
 * what comes from the sheet (an older file may hold more) never is. Typing
 * and pasting into a text view are user actions; into an entry, they need
 * the focus, which the binding does not. */

static void
text_view_insert_cb (GtkTextBuffer *buffer,
                     GtkTextIter   *location,
                     const char    *text,
                     int            length,
                     gpointer       user_data)
{
  guint max = GPOINTER_TO_UINT (user_data);
  guint count = (guint) gtk_text_buffer_get_char_count (buffer);
  guint room = count < max ? max - count : 0;
  const char *end;

  if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (buffer), "mado-user-action")) == 0)
    return;
  if (length < 0)
    length = (int) strlen (text);
  if ((guint) g_utf8_strlen (text, length) <= room)
    return;

  g_signal_stop_emission_by_name (buffer, "insert-text");
  end = g_utf8_offset_to_pointer (text, room);
  if (end > text)
    {
      g_signal_handlers_block_by_func (buffer, text_view_insert_cb, user_data);
      gtk_text_buffer_insert (buffer, location, text, (int) (end - text));
      g_signal_handlers_unblock_by_func (buffer, text_view_insert_cb, user_data);
    }
  gtk_widget_error_bell (GTK_WIDGET (g_object_get_data (G_OBJECT (buffer), "mado-view")));
}

static void
user_action_cb (GtkTextBuffer *buffer,
                gpointer       delta)
{
  int depth = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (buffer), "mado-user-action"));

  g_object_set_data (G_OBJECT (buffer), "mado-user-action", GINT_TO_POINTER (depth + GPOINTER_TO_INT (delta)));
}

static void
limit_text_view (GtkWidget *view,
                 guint      max)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  g_object_set_data (G_OBJECT (buffer), "mado-view", view);
  g_signal_connect (buffer, "begin-user-action", G_CALLBACK (user_action_cb), GINT_TO_POINTER (1));
  g_signal_connect (buffer, "end-user-action", G_CALLBACK (user_action_cb), GINT_TO_POINTER (-1));
  g_signal_connect (buffer, "insert-text", G_CALLBACK (text_view_insert_cb), GUINT_TO_POINTER (max));
}

static void
entry_insert_cb (GtkEditable *editable,
                 const char  *text,
                 int          length,
                 int         *position,
                 gpointer     user_data)
{
  guint max = GPOINTER_TO_UINT (user_data);
  guint count = (guint) g_utf8_strlen (gtk_editable_get_text (editable), -1);
  guint room = count < max ? max - count : 0;
  const char *end;

  if (!gtk_widget_is_focus (GTK_WIDGET (editable)))
    return;
  if (length < 0)
    length = (int) strlen (text);
  if ((guint) g_utf8_strlen (text, length) <= room)
    return;

  g_signal_stop_emission_by_name (editable, "insert-text");
  end = g_utf8_offset_to_pointer (text, room);
  if (end > text)
    {
      g_signal_handlers_block_by_func (editable, entry_insert_cb, user_data);
      gtk_editable_insert_text (editable, text, (int) (end - text), position);
      g_signal_handlers_unblock_by_func (editable, entry_insert_cb, user_data);
    }
  gtk_widget_error_bell (GTK_WIDGET (editable));
}

static void
limit_entry (GtkWidget *entry,
             guint      max)
{
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "insert-text",
                    G_CALLBACK (entry_insert_cb), GUINT_TO_POINTER (max));
}

/* The warning under a field, shown from a fifth of its limit on. */
static void
update_length_note (GtkWidget *note)
{
  MadoIncidentSheet *sheet = g_object_get_data (G_OBJECT (note), "mado-sheet");
  MadoIncidentField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (note), "mado-field"));
  const char *text = mado_incident_sheet_get_text (sheet, field);
  g_autofree char *message = NULL;

  /* Short text needs no counting. */
  if (strlen (text) >= mado_sheet_field_get_max_length (field) / 5)
    message = mado_sheet_field_describe_length (field, (guint) g_utf8_strlen (text, -1));
  gtk_widget_set_visible (note, message != NULL);
  if (message != NULL)
    gtk_label_set_text (GTK_LABEL (note), message);
}

static GtkWidget *
length_note (MadoSheetForm     *self,
             MadoIncidentField  field)
{
  g_autofree char *signal = g_strdup_printf ("notify::%s", mado_incident_field_get_property_name (field));
  GtkWidget *note = mado_page_parts_text_label ("", "warning");

  g_object_set_data_full (G_OBJECT (note), "mado-sheet", g_object_ref (self->sheet), g_object_unref);
  g_object_set_data (G_OBJECT (note), "mado-field", GUINT_TO_POINTER (field));
  g_signal_connect_object (self->sheet, signal, G_CALLBACK (update_length_note), note, G_CONNECT_SWAPPED);
  update_length_note (note);
  return note;
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
      bind (self, property, gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor)), "text");
      limit_text_view (editor, mado_sheet_field_get_max_length (field));
    }
  else
    {
      editor = gtk_entry_new ();
      bind (self, property, editor, "text");
      limit_entry (editor, mado_sheet_field_get_max_length (field));
    }

  gtk_widget_set_hexpand (editor, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, mado_sheet_field_get_label (field),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, mado_sheet_field_get_hint (field),
                                  -1);
  return editor;
}

/* A text view scrolls within a bounded height: laid out whole in the page,
 * 1 MB of pasted log lines took seconds per key (the view treated all of
 * it as on screen); scrolled, it lays out what is shown, and the rest
 * later, in the background. */
static GtkWidget *
framed (GtkWidget *editor)
{
  GtkWidget *frame;
  GtkWidget *scrolled;

  if (!GTK_IS_TEXT_VIEW (editor))
    return editor;
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 88);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), editor);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), scrolled);
  return frame;
}

/* Its name, a dim hint of a good answer, then @editor (which may be a box
 * holding the field's editor and more). */
static GtkWidget *
field_block (MadoSheetForm     *self,
             MadoIncidentField  field,
             GtkWidget         *editor)
{
  GtkWidget *block = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  mado_page_parts_box_append (block, mado_page_parts_plain_label (mado_sheet_field_get_label (field), "heading"));
  mado_page_parts_box_append (block, mado_page_parts_plain_label (mado_sheet_field_get_hint (field), "dim-label"));
  mado_page_parts_box_append (block, framed (editor));
  mado_page_parts_box_append (block, length_note (self, field));
  return block;
}

static void
add_field (MadoSheetForm     *self,
           GtkWidget         *slot,
           MadoIncidentField  field)
{
  mado_page_parts_box_append (slot, field_block (self, field, field_editor (self, field)));
}

static void
add_noticed_at (MadoSheetForm *self)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *now;

  mado_page_parts_box_append (line, field_editor (self, MADO_INCIDENT_FIELD_NOTICED_AT));
  /* Translators: fills in the current date and time as when it was noticed. */
  now = text_button (_("_Now"), "form.noticed-now");
  gtk_widget_set_tooltip_text (now, _("Fill In the Current Date and Time"));
  mado_page_parts_box_append (line, now);
  mado_page_parts_box_append (self->noticed_slot, field_block (self, MADO_INCIDENT_FIELD_NOTICED_AT, line));
}

/* The template has the choice; its positions are the enum's values. */
static void
bind_ongoing (MadoSheetForm *self)
{
  GBinding *binding;

  mado_a11y_name_drop_down (self->ongoing, _("Still Going On?"));
  binding = g_object_bind_property_full (self->sheet, "ongoing", self->ongoing, "selected",
                                         G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                         mado_enum_binding_to_position,
                                         mado_enum_binding_to_enum, NULL, NULL);
  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static GtkWidget *
create_contact_row (gpointer item,
                    gpointer user_data)
{
  MadoSheetForm *self = user_data;

  return mado_sheet_contact_row_new (item, self->dataset);
}

static void
bind_contacts (MadoSheetForm *self)
{
  gtk_list_box_bind_model (GTK_LIST_BOX (self->contacts), mado_incident_sheet_get_contacts (self->sheet),
                           create_contact_row, self, NULL);
}

static GtkWidget *
create_entry_row (gpointer item,
                  gpointer user_data)
{
  return mado_sheet_entry_row_new (item);
}

static void
bind_timeline (MadoSheetForm *self)
{
  GtkWidget *add = mado_page_parts_text_button_new (_("_Add to Timeline"), "sheet.add-entry", NULL);

  gtk_list_box_bind_model (GTK_LIST_BOX (self->timeline), mado_incident_sheet_get_timeline (self->sheet),
                           create_entry_row, self, NULL);
  gtk_widget_set_tooltip_text (add, _("Add a Line Timed Now (Ctrl+Enter)"));
  mado_page_parts_box_append (self->timeline_actions, add);
}

/* Only with a dataset that has reporting duties. */
static void
add_deadlines (MadoSheetForm *self)
{
  gboolean has_duties = self->dataset != NULL && mado_dataset_get_duties (self->dataset) != NULL;

  gtk_widget_set_visible (self->deadlines_slot, has_duties);
  if (has_duties)
    mado_page_parts_box_append (self->deadlines_slot, mado_sheet_deadlines_new (self->sheet, self->dataset));
}

GtkWidget *
mado_sheet_form_new (MadoIncidentSheet *sheet,
                     MadoDataset       *dataset)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (sheet), NULL);
  g_return_val_if_fail (dataset == NULL || MADO_IS_DATASET (dataset), NULL);

  return g_object_new (MADO_TYPE_SHEET_FORM, "sheet", sheet, "dataset", dataset, NULL);
}

/* The fields into the template's slots: the title, the report, CHECK2 in
 * its order, then the guide's answers and the notes. */
static void
mado_sheet_form_constructed (GObject *object)
{
  MadoSheetForm *self = MADO_SHEET_FORM (object);

  G_OBJECT_CLASS (mado_sheet_form_parent_class)->constructed (object);

  g_return_if_fail (MADO_IS_INCIDENT_SHEET (self->sheet));
  self->title = field_editor (self, MADO_INCIDENT_FIELD_TITLE);
  mado_page_parts_box_append (self->title_slot, field_block (self, MADO_INCIDENT_FIELD_TITLE, self->title));
  add_noticed_at (self);
  bind_ongoing (self);
  add_field (self, self->reported_slot, MADO_INCIDENT_FIELD_REPORTED_BY);
  bind_timeline (self);
  for (MadoIncidentField field = MADO_INCIDENT_FIELD_DEVICE; field <= MADO_INCIDENT_FIELD_OTHER_DESKS; field++)
    add_field (self, self->check2_slot, field);
  bind_contacts (self);
  add_deadlines (self);
  add_field (self, self->end_slot, MADO_INCIDENT_FIELD_GUIDE_ANSWERS);
  add_field (self, self->end_slot, MADO_INCIDENT_FIELD_NOTES);
}

static void
mado_sheet_form_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MadoSheetForm *self = MADO_SHEET_FORM (object);

  switch (prop_id)
    {
    case PROP_SHEET:
      g_value_set_object (value, self->sheet);
      break;
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_sheet_form_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MadoSheetForm *self = MADO_SHEET_FORM (object);

  switch (prop_id)
    {
    case PROP_SHEET:
      self->sheet = g_value_dup_object (value);
      break;
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

MadoIncidentSheet *
mado_sheet_form_get_sheet (MadoSheetForm *self)
{
  g_return_val_if_fail (MADO_IS_SHEET_FORM (self), NULL);
  return self->sheet;
}

/* The title's editor: where a new sheet starts, so that the first key
 * typed names it. */
void
mado_sheet_form_focus_title (MadoSheetForm *self)
{
  g_return_if_fail (MADO_IS_SHEET_FORM (self));
  gtk_widget_grab_focus (self->title);
}

/* The viewport scrolls to a new focus before the new row has its place:
 * the row is scrolled into view here, over the next frames, as the page
 * below it is laid out anew (a tick comes before the layout of its frame). */
#define SCROLL_FRAMES 8

static gboolean
scroll_to_row_cb (GtkWidget     *row,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  guint frames = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "mado-scroll-frames"));
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double top, page;

  g_object_set_data (G_OBJECT (row), "mado-scroll-frames", GUINT_TO_POINTER (frames + 1));
  if (scrolled == NULL || frames >= SCROLL_FRAMES
      || !gtk_widget_compute_bounds (row, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)), &bounds))
    return G_SOURCE_REMOVE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  top = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y < top || bounds.origin.y + bounds.size.height > top + page)
    gtk_adjustment_set_value (adjustment, MIN (bounds.origin.y, bounds.origin.y + bounds.size.height - page + 24));
  return G_SOURCE_CONTINUE;
}

/* A line timed now, at the end of the timeline, with the focus in its
 * text. */
void
mado_sheet_form_add_entry (MadoSheetForm *self)
{
  g_autoptr(MadoIncidentEntry) entry = NULL;
  GtkListBoxRow *row;
  guint position;

  g_return_if_fail (MADO_IS_SHEET_FORM (self));

  entry = mado_incident_entry_new (MADO_INCIDENT_ENTRY_EVENT, NULL, NULL);
  mado_incident_sheet_add_entry (self->sheet, entry);
  if (!g_list_store_find (G_LIST_STORE (mado_incident_sheet_get_timeline (self->sheet)), entry, &position))
    return;
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->timeline), (int) position);
  if (!MADO_IS_SHEET_ENTRY_ROW (row))
    return;
  mado_sheet_entry_row_focus_text (MADO_SHEET_ENTRY_ROW (row));
  gtk_widget_add_tick_callback (GTK_WIDGET (row), scroll_to_row_cb, NULL, NULL);
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
  gtk_widget_dispose_template (GTK_WIDGET (object), MADO_TYPE_SHEET_FORM);
  g_clear_object (&self->sheet);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mado_sheet_form_parent_class)->dispose (object);
}

static void
mado_sheet_form_class_init (MadoSheetFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_sheet_form_constructed;
  object_class->get_property = mado_sheet_form_get_property;
  object_class->set_property = mado_sheet_form_set_property;
  object_class->dispose = mado_sheet_form_dispose;

  properties[PROP_SHEET] = g_param_spec_object ("sheet", NULL, NULL, MADO_TYPE_INCIDENT_SHEET,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET] = g_param_spec_object ("dataset", NULL, NULL, MADO_TYPE_DATASET,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-sheet-form.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoSheetForm, title_slot);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetForm, noticed_slot);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetForm, ongoing);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetForm, reported_slot);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetForm, timeline);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetForm, timeline_actions);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetForm, check2_slot);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetForm, contacts);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetForm, deadlines_slot);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetForm, end_slot);

  gtk_widget_class_install_action (widget_class, "form.noticed-now", NULL, noticed_now_cb);
}

static void
mado_sheet_form_init (MadoSheetForm *self)
{
  self->bindings = g_ptr_array_new_with_free_func (mado_page_parts_unbind_and_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}
