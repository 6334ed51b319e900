/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "mado-sheet-entry-row.h"
#include "mado-enum-binding.h"
#include "mado-sheet-text.h"

/* One line of an incident's timeline, edited in place: when it happened
 * (applied on Enter or on leaving the field, as the line then moves to its
 * place), what kind of line it is, what happened or was done, who was
 * called and the reference number they gave. When it was written down is
 * shown, never edited. Removing goes through the page, which offers Undo. */
struct _MadoSheetEntryRow
{
  GtkListBoxRow parent_instance;

  MadoIncidentEntry *entry;
  GPtrArray         *bindings;
  GtkWidget         *time_entry;
  GtkWidget         *kind;
  GtkWidget         *written;
  GtkWidget         *text;
  GtkWidget         *who;
  GtkWidget         *reference;
};

G_DEFINE_FINAL_TYPE (MadoSheetEntryRow, mado_sheet_entry_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_ENTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "2026-05-12 09:10", "2026-05-12T09:10" or "09:10" (on the day of @day),
 * in local time; NULL if it is none of these. */
GDateTime *
mado_sheet_parse_time (const char *text,
                       GDateTime  *day)
{
  int year, month, date, hour, minute;
  char end;
  g_autoptr(GTimeZone) zone = NULL;
  GDateTime *parsed;

  g_return_val_if_fail (text != NULL, NULL);

  text += strspn (text, " \t");
  if (sscanf (text, "%d-%d-%d%*1[ T]%d:%d %c", &year, &month, &date, &hour, &minute, &end) == 5)
    ;
  else if (day != NULL && sscanf (text, "%d:%d %c", &hour, &minute, &end) == 2)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (day);
      g_date_time_get_ymd (local, &year, &month, &date);
    }
  else
    return NULL;

  if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return NULL;
  zone = g_time_zone_new_local ();
  parsed = g_date_time_new (zone, year, month, date, hour, minute, 0);
  return parsed;
}

static char *
format_editable (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static void
show_happened (MadoSheetEntryRow *self)
{
  g_autofree char *text = format_editable (mado_incident_entry_get_happened (self->entry));

  gtk_editable_set_text (GTK_EDITABLE (self->time_entry), text);
  gtk_widget_remove_css_class (self->time_entry, "error");
}

/* The row showing @entry in @list, or NULL. */
static MadoSheetEntryRow *
row_of (GtkWidget         *list,
        MadoIncidentEntry *entry)
{
  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (MADO_IS_SHEET_ENTRY_ROW (child) && MADO_SHEET_ENTRY_ROW (child)->entry == entry)
      return MADO_SHEET_ENTRY_ROW (child);
  return NULL;
}

/* An unreadable time stays marked in the field until it is corrected;
 * the entry keeps the time it had. A new time moves the line to its place,
 * in a new row: the focus, if it was here, follows it there. */
static void
apply_time (MadoSheetEntryRow *self)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(MadoIncidentEntry) entry = NULL;
  g_autoptr(GtkWidget) list = NULL;
  MadoSheetEntryRow *moved;
  GtkRoot *root;
  GtkWidget *focus;
  gboolean had_focus;

  /* Also called as the row goes, when its field loses the focus. */
  if (self->entry == NULL || self->time_entry == NULL)
    return;
  time = mado_sheet_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_entry)),
                                mado_incident_entry_get_happened (self->entry));
  if (time == NULL)
    {
      gtk_widget_add_css_class (self->time_entry, "error");
      gtk_widget_error_bell (self->time_entry);
      return;
    }
  gtk_widget_remove_css_class (self->time_entry, "error");

  entry = g_object_ref (self->entry);
  list = gtk_widget_get_parent (GTK_WIDGET (self)) != NULL
    ? g_object_ref (gtk_widget_get_parent (GTK_WIDGET (self))) : NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  had_focus = focus != NULL && (focus == self->time_entry || gtk_widget_is_ancestor (focus, self->time_entry));
  /* This row may be gone after this line: only locals from here on. */
  mado_incident_entry_set_happened (entry, time);
  moved = list != NULL ? row_of (list, entry) : NULL;
  if (had_focus && moved != NULL && gtk_widget_get_root (GTK_WIDGET (moved)) != NULL)
    gtk_widget_grab_focus (moved->time_entry);
}

static void
time_activate_cb (MadoSheetEntryRow *self)
{
  apply_time (self);
}

static void
time_leave_cb (MadoSheetEntryRow *self)
{
  apply_time (self);
}

static void
remove_clicked_cb (MadoSheetEntryRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "sheet.remove-entry", "u",
                              (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)));
}

static void
bind (MadoSheetEntryRow *self,
      const char        *property,
      GtkWidget         *target)
{
  GBinding *binding = g_object_bind_property (self->entry, property, target, "text",
                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_ptr_array_add (self->bindings, g_object_ref (binding));
}

static void
show_written (MadoSheetEntryRow *self)
{
  g_autofree char *when = mado_sheet_format_time (mado_incident_entry_get_written (self->entry));
  /* Translators: when a timeline entry was written down; %s is a date and time. */
  g_autofree char *text = g_strdup_printf (_("Written %s"), when);

  gtk_label_set_text (GTK_LABEL (self->written), text);
  /* Cut short in a narrow window. */
  gtk_widget_set_tooltip_text (self->written, text);
}

static void
mado_sheet_entry_row_constructed (GObject *object)
{
  MadoSheetEntryRow *self = MADO_SHEET_ENTRY_ROW (object);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GBinding *binding;

  G_OBJECT_CLASS (mado_sheet_entry_row_parent_class)->constructed (object);

  bind (self, "text", self->text);
  bind (self, "who", self->who);
  bind (self, "reference", self->reference);
  binding = g_object_bind_property_full (self->entry, "kind", self->kind, "selected",
                                         G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                         mado_enum_binding_to_position,
                                         mado_enum_binding_to_enum, NULL, NULL);
  g_ptr_array_add (self->bindings, g_object_ref (binding));
  show_happened (self);
  show_written (self);
  g_signal_connect_object (self->entry, "notify::happened", G_CALLBACK (show_happened), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (time_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->time_entry, focus);
}

GtkWidget *
mado_sheet_entry_row_new (MadoIncidentEntry *entry)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_ENTRY (entry), NULL);

  return g_object_new (MADO_TYPE_SHEET_ENTRY_ROW, "entry", entry, NULL);
}

MadoIncidentEntry *
mado_sheet_entry_row_get_entry (MadoSheetEntryRow *self)
{
  g_return_val_if_fail (MADO_IS_SHEET_ENTRY_ROW (self), NULL);
  return self->entry;
}

/* Where a new line is typed into. */
void
mado_sheet_entry_row_focus_text (MadoSheetEntryRow *self)
{
  g_return_if_fail (MADO_IS_SHEET_ENTRY_ROW (self));
  gtk_widget_grab_focus (self->text);
}

static void
mado_sheet_entry_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MadoSheetEntryRow *self = MADO_SHEET_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_sheet_entry_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MadoSheetEntryRow *self = MADO_SHEET_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      self->entry = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_sheet_entry_row_dispose (GObject *object)
{
  MadoSheetEntryRow *self = MADO_SHEET_ENTRY_ROW (object);

  if (self->bindings != NULL)
    {
      for (guint i = 0; i < self->bindings->len; i++)
        g_binding_unbind (g_ptr_array_index (self->bindings, i));
      g_clear_pointer (&self->bindings, g_ptr_array_unref);
    }
  gtk_widget_dispose_template (GTK_WIDGET (object), MADO_TYPE_SHEET_ENTRY_ROW);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (mado_sheet_entry_row_parent_class)->dispose (object);
}

static void
mado_sheet_entry_row_class_init (MadoSheetEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_sheet_entry_row_constructed;
  object_class->get_property = mado_sheet_entry_row_get_property;
  object_class->set_property = mado_sheet_entry_row_set_property;
  object_class->dispose = mado_sheet_entry_row_dispose;

  properties[PROP_ENTRY] = g_param_spec_object ("entry", NULL, NULL, MADO_TYPE_INCIDENT_ENTRY,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mado-sheet-entry-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoSheetEntryRow, time_entry);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetEntryRow, kind);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetEntryRow, written);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetEntryRow, text);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetEntryRow, who);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetEntryRow, reference);
  gtk_widget_class_bind_template_callback (widget_class, time_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
mado_sheet_entry_row_init (MadoSheetEntryRow *self)
{
  self->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}
