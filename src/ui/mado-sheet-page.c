/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mado-alert.h"
#include "mado-incident-text.h"
#include "mado-page-parts.h"
#include "mado-sheet-contact-row.h"
#include "mado-sheet-form.h"
#include "mado-sheet-output.h"
#include "mado-sheet-page.h"
#include "mado-a11y.h"
#include "mado-sheet-text.h"
#include "mado-undo-toast.h"

/* The incident sheet: CHECK2 as a form the desk fills in while it works an
 * incident and reads from when it calls. At the top, which sheet (several
 * incidents can be open at once) with New and Delete; then copying and
 * exporting; then the sheet itself. Every field is bound to the sheet, and
 * the store saves each change within a second: there is no Save button. */
struct _MadoSheetPage
{
  AdwBin parent_instance;

  MadoIncidentStore    *store;           /* construct-only */
  MadoDataset          *dataset;         /* construct-only, may be NULL */
  MadoIncidentSheet    *sheet;           /* the one shown, NULL if none */
  GtkWidget            *chooser;
  GtkWidget            *new_button;
  GtkWidget            *copy_button;
  GtkWidget            *export_button;
  GtkWidget            *saved_note;
  GtkWidget            *slot;            /* holds a MadoSheetForm, or the empty state */
  GtkWidget            *empty_state;
  GtkWidget            *empty_new_button;
  GtkWidget            *notice;          /* what the load found */
  GtkWidget            *notice_label;
  GtkFileChooserNative *export_dialog;
  MadoIncidentSheet    *export_sheet;
  gboolean              syncing;
};

G_DEFINE_FINAL_TYPE (MadoSheetPage, mado_sheet_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_sheet (MadoSheetPage     *self,
                        MadoIncidentSheet *sheet);

/* Widgets. */

static void
update_actions (MadoSheetPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_sheet = self->sheet != NULL;
  /* Another copy of the app keeps the sheets: this one reads and copies. */
  gboolean writable = !mado_incident_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (widget, "sheet.new", writable);
  gtk_widget_action_set_enabled (widget, "sheet.delete", has_sheet && writable);
  gtk_widget_action_set_enabled (widget, "sheet.copy-text", has_sheet);
  gtk_widget_action_set_enabled (widget, "sheet.export", has_sheet);
  gtk_widget_action_set_enabled (widget, "sheet.print", has_sheet);
  gtk_widget_action_set_enabled (widget, "sheet.add-entry", has_sheet && writable);
  gtk_widget_action_set_enabled (widget, "sheet.remove-entry", has_sheet && writable);
  gtk_widget_action_set_enabled (widget, "sheet.delete-all",
                                 writable && g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0);
  gtk_widget_set_sensitive (self->slot, writable);
  gtk_widget_set_visible (self->chooser, has_sheet);
}

/* Before @widget goes: GTK 4.8 trips over a focus widget removed under it
 * (the focus would land on the first selectable label). */
static void
release_focus_from (MadoSheetPage *self,
                    GtkWidget     *widget)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || (focus != widget && !gtk_widget_is_ancestor (focus, widget)))
    return;
  mado_sheet_page_focus_start (self);
}

static MadoSheetForm *
shown_form (MadoSheetPage *self)
{
  GtkWidget *child = gtk_widget_get_last_child (self->slot);

  return MADO_IS_SHEET_FORM (child) ? MADO_SHEET_FORM (child) : NULL;
}

/* The slot holds the template's empty state, shown when there is no
 * sheet, and the form of the sheet shown. */
static void
show_sheet (MadoSheetPage     *self,
            MadoIncidentSheet *sheet)
{
  MadoSheetForm *form = shown_form (self);

  if (self->sheet == sheet && (sheet == NULL || form != NULL))
    return;

  g_set_object (&self->sheet, sheet);
  update_actions (self);
  release_focus_from (self, self->slot);
  if (form != NULL)
    gtk_box_remove (GTK_BOX (self->slot), GTK_WIDGET (form));
  gtk_widget_set_visible (self->empty_state, sheet == NULL);
  if (sheet != NULL)
    gtk_box_append (GTK_BOX (self->slot), mado_sheet_form_new (sheet, self->dataset));
}

/* Choosing the sheet. The store's current sheet is the one truth: the
 * drop-down shows it, and choosing in the drop-down changes it. */

static gboolean
title_or_untitled (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  const char *title = g_value_get_string (from);

  /* Translators: how a sheet without a title is listed. */
  g_value_set_string (to, title != NULL && *title != '\0' ? title : _("Untitled Sheet"));
  return TRUE;
}

/* In the list, each sheet's title and when it was made (two sheets may
 * have one title); on the button, the title alone. */
static void
chooser_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  with_date)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (box), title);
  if (with_date != NULL)
    {
      GtkWidget *date = gtk_label_new (NULL);

      gtk_widget_add_css_class (date, "dim-label");
      gtk_box_append (GTK_BOX (box), date);
    }
  gtk_list_item_set_child (item, box);
}

static void
chooser_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  MadoIncidentSheet *sheet = gtk_list_item_get_item (item);
  GtkWidget *title = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *date = gtk_widget_get_next_sibling (title);
  GBinding *binding;

  binding = g_object_bind_property_full (sheet, "title", title, "label", G_BINDING_SYNC_CREATE,
                                         title_or_untitled, NULL, NULL, NULL);
  g_object_set_data_full (G_OBJECT (item), "mado-binding", g_object_ref (binding), mado_page_parts_unbind_and_unref);
  if (date != NULL)
    {
      g_autofree char *created = mado_sheet_format_time (mado_incident_sheet_get_created (sheet));
      gtk_label_set_text (GTK_LABEL (date), created);
    }
}

static void
chooser_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  g_object_set_data (G_OBJECT (item), "mado-binding", NULL);
}

static void
sync_chooser (MadoSheetPage *self)
{
  MadoIncidentSheet *current = mado_incident_store_get_current (self->store);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; current != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->store)); i++)
    {
      g_autoptr(MadoIncidentSheet) sheet = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (sheet == current)
        position = i;
    }

  self->syncing = TRUE;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->chooser), position);
  self->syncing = FALSE;
  show_sheet (self, current);
}

static void
chooser_selected_cb (MadoSheetPage *self)
{
  GObject *item;

  if (self->syncing || self->store == NULL)
    return;

  item = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (self->chooser));
  if (item != NULL)
    mado_incident_store_set_current (self->store, MADO_INCIDENT_SHEET (item));
}

static void
store_items_changed_cb (MadoSheetPage *self)
{
  sync_chooser (self);
  update_actions (self);
}

static GtkListItemFactory *
chooser_factory (gboolean with_date)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (chooser_setup_cb), GINT_TO_POINTER (with_date));
  g_signal_connect (factory, "bind", G_CALLBACK (chooser_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (chooser_unbind_cb), NULL);
  return factory;
}

/* The template made the drop-down; its model and rows are the store's. */
static void
setup_chooser (MadoSheetPage *self)
{
  g_autoptr(GtkListItemFactory) factory = chooser_factory (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = chooser_factory (TRUE);

  self->syncing = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->chooser), G_LIST_MODEL (self->store));
  self->syncing = FALSE;
  gtk_drop_down_set_factory (GTK_DROP_DOWN (self->chooser), factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (self->chooser), list_factory);
  /* Translators: accessible name of the drop-down of incident sheets. */
  mado_a11y_name_drop_down (self->chooser, _("Incident Sheets"));
}

static void
build_page (MadoSheetPage *self)
{
  const GError *error = mado_incident_store_get_load_error (self->store);

  if (error != NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->notice_label), error->message);
      gtk_widget_set_visible (self->notice, TRUE);
    }

  setup_chooser (self);
  mado_a11y_name_by_label (self->copy_button);
  mado_a11y_name_by_label (self->export_button);
  mado_a11y_name_by_label (self->empty_new_button);
  /* Not true of a copy that cannot save: its notice says why. */
  gtk_widget_set_visible (self->saved_note, !mado_incident_store_is_read_only (self->store));
}

GtkWidget *
mado_sheet_page_new (MadoIncidentStore *store,
                     MadoDataset       *dataset)
{
  g_return_val_if_fail (MADO_IS_INCIDENT_STORE (store), NULL);
  g_return_val_if_fail (dataset == NULL || MADO_IS_DATASET (dataset), NULL);

  return g_object_new (MADO_TYPE_SHEET_PAGE, "store", store, "dataset", dataset, NULL);
}

static void
mado_sheet_page_constructed (GObject *object)
{
  MadoSheetPage *self = MADO_SHEET_PAGE (object);

  G_OBJECT_CLASS (mado_sheet_page_parent_class)->constructed (object);

  g_return_if_fail (MADO_IS_INCIDENT_STORE (self->store));
  build_page (self);
  g_signal_connect_object (self->store, "notify::current", G_CALLBACK (sync_chooser), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "items-changed", G_CALLBACK (store_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  sync_chooser (self);
  update_actions (self);
}

static void
mado_sheet_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MadoSheetPage *self = MADO_SHEET_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_sheet_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MadoSheetPage *self = MADO_SHEET_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The sheet shown, NULL when there is none. */
MadoIncidentSheet *
mado_sheet_page_get_sheet (MadoSheetPage *self)
{
  g_return_val_if_fail (MADO_IS_SHEET_PAGE (self), NULL);
  return self->sheet;
}

/* The focus goes to the choice of sheet, not into a field, where a stray
 * key would change what was written. */
void
mado_sheet_page_focus_start (MadoSheetPage *self)
{
  g_return_if_fail (MADO_IS_SHEET_PAGE (self));

  gtk_widget_grab_focus (self->sheet != NULL ? self->chooser : self->new_button);
}

/* Actions. */

static void
toast (MadoSheetPage *self,
       const char    *text)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", text);
}

/* A toast whose Undo button puts @item back goes up to whoever
 * shows the page (the window puts it in its overlay); a page on its own
 * has nobody to show it to, and nothing to undo. */
static void
toast_with_undo (MadoSheetPage *self,
                 const char    *text,
                 MadoUndoFunc   undo,
                 gpointer       container,
                 gpointer       item,
                 guint          position)
{
  g_autoptr(AdwToast) undo_toast = mado_undo_toast_new (text, undo, container, item, position);

  g_signal_emit (self, signals[ADD_TOAST], 0, undo_toast);
}

/* A new sheet starts at its title, selected: the first key typed replaces
 * the placeholder title with the desk's own. */
static void
new_cb (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  MadoSheetPage *self = MADO_SHEET_PAGE (widget);
  MadoSheetForm *form;

  mado_incident_store_new_sheet (self->store);
  form = shown_form (self);
  if (form != NULL)
    mado_sheet_form_focus_title (form);
  else
    mado_sheet_page_focus_start (self);
}

static void
add_entry_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MadoSheetForm *form = shown_form (MADO_SHEET_PAGE (widget));

  if (form != NULL)
    mado_sheet_form_add_entry (form);
}

/* Ctrl+Enter adds a line from anywhere on the page, before a text view or
 * an entry can take the key for itself. */
static void
add_entry_shortcut (MadoSheetPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], GDK_CONTROL_MASK),
                                                            gtk_named_action_new ("sheet.add-entry")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
undo_remove_entry_cb (gpointer sheet,
                      gpointer entry,
                      guint    position)
{
  guint found;

  /* It goes back to its place by time. */
  if (!g_list_store_find (G_LIST_STORE (mado_incident_sheet_get_timeline (sheet)), entry, &found))
    mado_incident_sheet_add_entry (sheet, entry);
}

static void
remove_entry_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MadoSheetPage *self = MADO_SHEET_PAGE (widget);
  GListModel *timeline = mado_incident_sheet_get_timeline (self->sheet);
  g_autoptr(MadoIncidentEntry) entry = g_list_model_get_item (timeline, g_variant_get_uint32 (parameter));

  if (entry == NULL)
    return;
  release_focus_from (self, self->slot);
  mado_incident_sheet_remove_entry (self->sheet, entry);
  /* Translators: a toast after removing a line of the timeline. */
  toast_with_undo (self, _("Timeline entry removed"), undo_remove_entry_cb, self->sheet, entry, 0);
}

static void
undo_delete_cb (gpointer store,
                gpointer sheet,
                guint    position)
{
  mado_incident_store_undo_remove (store, sheet, position);
}

static void
delete_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  MadoSheetPage *self = MADO_SHEET_PAGE (widget);
  g_autoptr(MadoIncidentSheet) sheet = g_object_ref (self->sheet);
  g_autofree char *text = NULL;
  guint position;

  /* Translators: a toast after deleting a sheet; %s is its title. */
  text = g_strdup_printf (_("“%s” deleted"), mado_incident_sheet_get_title (sheet));
  position = mado_incident_store_remove (self->store, sheet);
  toast_with_undo (self, text, undo_delete_cb, self->store, sheet, position);
  mado_sheet_page_focus_start (self);
}

static void
undo_remove_contact_cb (gpointer sheet,
                        gpointer contact,
                        guint    position)
{
  const char *id = mado_incident_contact_get_contact_id (contact);

  if (mado_incident_sheet_lookup_contact (sheet, id) == NULL)
    mado_incident_sheet_insert_contact (sheet, position, contact);
}

/* Its row goes with it, most likely with the focus on its remove button. */
static void
release_focus_from_contact (MadoSheetPage       *self,
                            MadoIncidentContact *contact)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, MADO_TYPE_SHEET_CONTACT_ROW) : NULL;

  if (row != NULL && mado_sheet_contact_row_get_contact (MADO_SHEET_CONTACT_ROW (row)) == contact)
    release_focus_from (self, row);
}

static void
remove_contact_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MadoSheetPage *self = MADO_SHEET_PAGE (widget);
  MadoIncidentContact *found;
  g_autoptr(MadoIncidentContact) contact = NULL;
  g_autofree char *text = NULL;
  guint position;

  found = mado_incident_sheet_lookup_contact (self->sheet, g_variant_get_string (parameter, NULL));
  if (found == NULL)
    return;

  /* The sheet lets go of it: the toast keeps it. */
  contact = g_object_ref (found);
  release_focus_from_contact (self, contact);
  position = mado_incident_sheet_remove_contact (self->sheet, contact);
  /* Translators: a toast after taking a desk off a sheet; %s is the desk. */
  text = g_strdup_printf (_("“%s” removed from the sheet"), mado_incident_contact_get_name (contact));
  toast_with_undo (self, text, undo_remove_contact_cb, self->sheet, contact, position);
}

static void
copy_text_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MadoSheetPage *self = MADO_SHEET_PAGE (widget);
  g_autofree char *text = mado_sheet_text_build (self->sheet, self->dataset, MADO_SHEET_TEXT_PLAIN);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  /* Translators: a toast after copying the incident sheet. */
  toast (self, _("Sheet copied as text"));
}

/* Exporting. */

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MadoSheetPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  g_autofree char *text = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      /* The reason only: the sheet's content stays out of every log. */
      g_message ("Could not export an incident sheet: %s", error->message);
      /* Translators: a toast; %s says why. */
      text = g_strdup_printf (_("Could not export the sheet: %s"), error->message);
    }
  else
    /* Translators: a toast; %s is a file name. */
    text = g_strdup_printf (_("Exported to “%s”"), name);
  toast (self, text);
}

/* Writes the shown sheet to @file, as Markdown unless its name ends in
 * ".txt" (plain text) or ".csv" (the timeline as CSV), readable by the
 * user alone. */
void
mado_sheet_page_export_to (MadoSheetPage *self,
                           GFile         *file)
{
  MadoIncidentSheet *sheet;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *text;

  g_return_if_fail (MADO_IS_SHEET_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  sheet = self->export_sheet != NULL ? self->export_sheet : self->sheet;
  g_return_if_fail (sheet != NULL);

  name = g_file_get_basename (file);
  text = mado_sheet_text_build_for_file (sheet, self->dataset, name);
  bytes = g_bytes_new_take (text, strlen (text));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                       NULL, export_done_cb, g_object_ref (self));
}

static void
export_response_cb (MadoSheetPage *self,
                    int            response)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->export_dialog));

      if (file != NULL)
        mado_sheet_page_export_to (self, file);
    }
  g_clear_object (&self->export_sheet);
  g_clear_object (&self->export_dialog);
}

/* The sheet exported is the one shown when the chooser opened. */
static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  MadoSheetPage *self = MADO_SHEET_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->export_dialog != NULL)
    return;

  self->export_dialog = mado_sheet_output_export_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                             self->sheet);
  g_set_object (&self->export_sheet, self->sheet);
  g_signal_connect_object (self->export_dialog, "response", G_CALLBACK (export_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_dialog));
}

/* What printing puts on paper, as a PDF file, and how many pages that
 * took: how tests see the pages. */
gboolean
mado_sheet_page_print_to_pdf (MadoSheetPage  *self,
                              const char     *path,
                              guint          *n_pages,
                              GError        **error)
{
  g_return_val_if_fail (MADO_IS_SHEET_PAGE (self), FALSE);
  g_return_val_if_fail (self->sheet != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return mado_sheet_output_print (self->sheet, self->dataset, NULL, path, n_pages, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
print_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  MadoSheetPage *self = MADO_SHEET_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GError) error = NULL;

  if (mado_sheet_output_print (self->sheet, self->dataset, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                            NULL, NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *text = NULL;

      g_message ("Could not print an incident sheet: %s", error->message);
      /* Translators: a toast; %s says why. */
      text = g_strdup_printf (_("Could not print the sheet: %s"), error->message);
      toast (self, text);
    }
}

/* Deleting all. */

static void
delete_all_response_cb (MadoSheetPage *self,
                        const char    *response)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;

  /* Gone from the disk now, with every copy beside the file. */
  if (!mado_incident_store_delete_all (self->store, &error))
    toast (self, error->message);
  else
    {
      toast (self, _("All incident sheets deleted"));
      /* It named a file that is deleted now. */
      gtk_widget_set_visible (self->notice, FALSE);
    }
  mado_sheet_page_focus_start (self);
}

static void
delete_all_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MadoSheetPage *self = MADO_SHEET_PAGE (widget);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *body = g_strdup_printf (ngettext ("The %u sheet and everything in it will be deleted "
                                                     "from this computer. This cannot be undone.",
                                                     "All %u sheets and everything in them will be deleted "
                                                     "from this computer. This cannot be undone.", n), n);
  const MadoAlert alert = {
    .heading = _("Delete All Incident Sheets?"),
    .body = body,
    .cancel_id = "cancel",
    .cancel_label = _("_Cancel"),
    .destructive_id = "delete",
    .destructive_label = _("_Delete All"),
  };

  g_signal_connect_object (mado_alert_present (&alert, widget), "response",
                           G_CALLBACK (delete_all_response_cb), self, G_CONNECT_SWAPPED);
}

static void
mado_sheet_page_dispose (GObject *object)
{
  MadoSheetPage *self = MADO_SHEET_PAGE (object);

  if (self->export_dialog != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_dialog));
  g_clear_object (&self->export_dialog);
  g_clear_object (&self->export_sheet);
  g_clear_object (&self->sheet);
  gtk_widget_dispose_template (GTK_WIDGET (object), MADO_TYPE_SHEET_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mado_sheet_page_parent_class)->dispose (object);
}

static void
mado_sheet_page_class_init (MadoSheetPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mado_sheet_page_constructed;
  object_class->get_property = mado_sheet_page_get_property;
  object_class->set_property = mado_sheet_page_set_property;
  object_class->dispose = mado_sheet_page_dispose;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, MADO_TYPE_INCIDENT_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET] = g_param_spec_object ("dataset", NULL, NULL, MADO_TYPE_DATASET,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A toast with Undo, for whoever shows the page to show: the page does
   * not know the window. */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-sheet-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoSheetPage, chooser);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetPage, copy_button);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetPage, saved_note);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetPage, slot);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetPage, empty_state);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetPage, empty_new_button);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetPage, notice);
  gtk_widget_class_bind_template_child (widget_class, MadoSheetPage, notice_label);
  gtk_widget_class_bind_template_callback (widget_class, chooser_selected_cb);

  gtk_widget_class_install_action (widget_class, "sheet.new", NULL, new_cb);
  gtk_widget_class_install_action (widget_class, "sheet.delete", NULL, delete_cb);
  gtk_widget_class_install_action (widget_class, "sheet.copy-text", NULL, copy_text_cb);
  gtk_widget_class_install_action (widget_class, "sheet.export", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "sheet.delete-all", NULL, delete_all_cb);
  gtk_widget_class_install_action (widget_class, "sheet.remove-contact", "s", remove_contact_cb);
  gtk_widget_class_install_action (widget_class, "sheet.add-entry", NULL, add_entry_cb);
  gtk_widget_class_install_action (widget_class, "sheet.remove-entry", "u", remove_entry_cb);
  gtk_widget_class_install_action (widget_class, "sheet.print", NULL, print_cb);
}

static void
mado_sheet_page_init (MadoSheetPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.18 leaves a header menu's items unnamed for screen readers. */
  mado_a11y_name_menus (GTK_WIDGET (self));
  /* The bin's own child is not a template child: the bin disposes of it. */
  mado_page_parts_forget_selections (adw_bin_get_child (ADW_BIN (self)));
  add_entry_shortcut (self);
}
