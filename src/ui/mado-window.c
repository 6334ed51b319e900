/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-a11y.h"
#include "mado-alert.h"
#include "mado-banner.h"
#include "mado-contact-card.h"
#include "mado-data-changes.h"
#include "mado-guide-page.h"
#include "mado-home-page.h"
#include "mado-qr-dialog.h"
#include "mado-own-contact-editor.h"
#include "mado-own-contacts-page.h"
#include "mado-own-contacts-text.h"
#include "mado-page-parts.h"
#include "mado-search-list.h"
#include "mado-section-page.h"
#include "mado-section-row.h"
#include "mado-sheet-page.h"
#include "mado-sheet-text.h"
#include "mado-undo-toast.h"
#include "mado-window.h"

/* The main window: the sections in a sidebar, the chosen one in the content
 * pane. On a narrow window the two fold into one with a back button. */
struct _MadoWindow
{
  AdwApplicationWindow parent_instance;

  AdwToastOverlay *toast_overlay;
  MadoBanner      *banner;
  AdwLeaflet      *leaflet;
  GtkWidget       *content;
  GtkListBox      *sidebar_list;
  AdwWindowTitle  *content_title;
  GtkScrolledWindow *content_scroller;
  GtkSearchBar    *search_bar;
  GtkEditable     *search_entry;
  GtkStack        *sidebar_stack;
  MadoSearchList  *search_list;

  MadoDataset     *dataset;
  GSettings       *settings;
  MadoUriOpener   *uri_opener;
  MadoGuideWalk   *guide_walk;
  MadoIncidentStore *incident_store;
  MadoOwnContacts *own_contacts;
  char            *last_toast;
  AdwToast        *save_failed_toast;  /* while it is shown */
  gboolean         close_without_saving;
};

G_DEFINE_FINAL_TYPE (MadoWindow, mado_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SETTINGS,
  PROP_INCIDENT_STORE,
  PROP_OWN_CONTACTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Every toast goes through here. Its title is Pango markup, so the text is
 * escaped (a sheet titled "R&D" would not show); the text is kept so that
 * tests can read what the person was told. A timeout of 0 keeps the toast
 * until it is dismissed; @button_label and @action_name may be NULL. */
static AdwToast *
add_toast (MadoWindow *self,
           const char *text,
           guint       timeout,
           const char *button_label,
           const char *action_name)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (markup);

  adw_toast_set_timeout (toast, timeout);
  /* A toast that goes by itself answers what the person just did (a copy,
   * an attachment): it is shown at once, in front of one that waits to be
   * dismissed, which comes back after it. Queued, it would wait for that. */
  if (timeout > 0)
    adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (button_label != NULL)
    adw_toast_set_button_label (toast, button_label);
  if (action_name != NULL)
    adw_toast_set_action_name (toast, action_name);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  g_free (self->last_toast);
  self->last_toast = g_strdup (text);
  return toast;
}

void
mado_window_add_toast (MadoWindow *self,
                       const char *text)
{
  g_return_if_fail (MADO_IS_WINDOW (self));

  add_toast (self, text, 3, NULL, NULL);
}

/* A page's toast with Undo (mado-undo-toast.c), shown at once. */
static void
page_undo_toast_cb (MadoWindow *self,
                    AdwToast   *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
  g_free (self->last_toast);
  self->last_toast = g_strdup (mado_undo_toast_get_text (toast));
}

const char *
mado_window_get_last_toast (MadoWindow *self)
{
  g_return_val_if_fail (MADO_IS_WINDOW (self), NULL);
  return self->last_toast;
}

MadoUriOpener *
mado_window_get_uri_opener (MadoWindow *self)
{
  g_return_val_if_fail (MADO_IS_WINDOW (self), NULL);
  return self->uri_opener;
}

GtkWidget *
mado_window_get_page (MadoWindow *self)
{
  GtkWidget *child;

  g_return_val_if_fail (MADO_IS_WINDOW (self), NULL);

  /* The scrolled window wraps a page that cannot scroll itself in a viewport. */
  child = gtk_scrolled_window_get_child (self->content_scroller);
  if (GTK_IS_VIEWPORT (child))
    child = gtk_viewport_get_child (GTK_VIEWPORT (child));
  return child;
}

/* Scrolls the scrolled window around @widget so that @widget shows, once it
 * has been laid out (before that it has no position). */
static gboolean
scroll_into_view_cb (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  GtkWidget *content;
  graphene_point_t point;

  if (scroller == NULL)
    return G_SOURCE_REMOVE;

  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  if (gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &point) &&
      (point.y < gtk_adjustment_get_value (adjustment) ||
       point.y + gtk_widget_get_height (widget) >
         gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment)))
    gtk_adjustment_set_value (adjustment, MAX (0, point.y - 12));
  return G_SOURCE_REMOVE;
}

static void
scroll_into_view (GtkWidget *widget)
{
  gtk_widget_add_tick_callback (widget, scroll_into_view_cb, NULL, NULL);
}

/* Puts @page in the content pane. Only the page on screen exists: the
 * previous one goes with its widgets. If the focus was on the old page it
 * goes to the sidebar first: GTK 4.8 trips over a focus widget removed under
 * it, and would otherwise hand the focus to the first selectable label. */
static void
set_content (MadoWindow *self,
             GtkWidget  *page)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->content_scroller)))
    {
      GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->sidebar_list);

      gtk_root_set_focus (GTK_ROOT (self), NULL);
      if (selected != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (selected));
    }

  /* Its own action scope: else GTK 4.8 keeps a little of every action-bound
   * row of every page shown, for as long as the window lives
   * (mado_page_parts_own_action_scope says why). */
  mado_page_parts_own_action_scope (page);
  gtk_scrolled_window_set_child (self->content_scroller, page);
  /* The home button does nothing on the home page. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-home", !MADO_IS_HOME_PAGE (page));
}

/* @page in the content pane, from its top, under @title and @subtitle (may
 * be NULL). */
static void
show_content (MadoWindow *self,
              GtkWidget  *page,
              const char *title,
              const char *subtitle)
{
  set_content (self, page);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->content_scroller), 0);
  adw_window_title_set_title (self->content_title, title);
  adw_window_title_set_subtitle (self->content_title, subtitle);
}

/* A page that is not a section (home, the guide, the sheet, the own
 * contacts): the sidebar loses its selection, and a folded window moves to
 * the page. */
static void
show_other_page (MadoWindow *self,
                 GtkWidget  *page,
                 const char *title)
{
  gtk_list_box_unselect_all (self->sidebar_list);
  show_content (self, page, title, NULL);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
copy_text_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MadoWindow *self = MADO_WINDOW (widget);
  const char *text = g_variant_get_string (parameter, NULL);
  g_autofree char *message = NULL;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  mado_incident_store_note_copied (self->incident_store, self->dataset, text);
  /* Translators: a toast after copying; %s is a phone number or an address. */
  message = g_strdup_printf (_("Copied %s"), text);
  mado_window_add_toast (self, message);
}

static void
open_uri_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(MadoWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (mado_uri_opener_open_finish (MADO_URI_OPENER (source), result, &error))
    return;

  /* A message, not a warning: a missing browser is the system's state, not a
   * bug of the app, and it is reported to the person. */
  g_message ("Could not open a link: %s", error->message);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    mado_window_add_toast (self, error->message);
  else
    /* Translators: a toast when no browser or mail client could be started. */
    mado_window_add_toast (self, _("Could not open the link. Copy it and open it yourself."));
}

static void
open_uri_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MadoWindow *self = MADO_WINDOW (widget);

  mado_uri_opener_open (self->uri_opener, GTK_WINDOW (self),
                        g_variant_get_string (parameter, NULL), NULL,
                        open_uri_done_cb, g_object_ref (self));
}

/* win.show-on-phone ("(ss)": what the code holds, what is written under
 * it): the QR dialog, over the window. */
static void
show_on_phone_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  const char *uri;
  const char *text;

  g_variant_get (parameter, "(&s&s)", &uri, &text);
  gtk_window_present (GTK_WINDOW (mado_qr_dialog_new (GTK_WINDOW (widget), uri, text)));
}

static void
show_section_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MadoWindow *self = MADO_WINDOW (widget);

  if (mado_window_show_section (self, g_variant_get_string (parameter, NULL)))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* The guide keeps its answers while the person looks at a section and comes
 * back; "Start Again" on the guide's page is what forgets them. */
void
mado_window_show_guide (MadoWindow *self)
{
  GtkWidget *page;

  g_return_if_fail (MADO_IS_WINDOW (self));

  if (self->dataset == NULL)
    return;

  if (self->guide_walk == NULL)
    self->guide_walk = mado_guide_walk_new (self->dataset);

  page = mado_guide_page_new (self->dataset, self->guide_walk);
  /* Translators: the title of the guided questions' page. */
  show_other_page (self, page, _("What Happened?"));
  mado_guide_page_focus_start (MADO_GUIDE_PAGE (page));
}

static void
show_guide_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  mado_window_show_guide (MADO_WINDOW (widget));
}

/* The home page: where the app starts, and where the home button and
 * Alt+Home lead. The sidebar loses its selection (the home page is not a
 * section) but the setting keeps the last section. */
void
mado_window_show_home (MadoWindow *self)
{
  GtkWidget *page;

  g_return_if_fail (MADO_IS_WINDOW (self));

  if (self->dataset == NULL)
    return;

  page = mado_home_page_new (self->dataset);
  /* Translators: the title of the home page, the application's name. */
  show_other_page (self, page, _("Madoguchi"));
  mado_home_page_focus_start (MADO_HOME_PAGE (page));
}

static void
show_home_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  mado_window_show_home (MADO_WINDOW (widget));
}

/* The desk's own contacts, to add, edit, reorder and delete. */
void
mado_window_show_own_contacts (MadoWindow *self)
{
  GtkWidget *page;

  g_return_if_fail (MADO_IS_WINDOW (self));

  if (self->dataset == NULL || self->own_contacts == NULL)
    return;

  page = mado_own_contacts_page_new (self->own_contacts, self->dataset);
  g_signal_connect_object (page, "add-toast", G_CALLBACK (page_undo_toast_cb), self, G_CONNECT_SWAPPED);
  /* Translators: the title of the page of the organisation's own contacts; in Japanese 社内・契約先. */
  show_other_page (self, page, _("Your Organisation"));
  mado_own_contacts_page_focus_start (MADO_OWN_CONTACTS_PAGE (page));
}

static void
show_own_contacts_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  mado_window_show_own_contacts (MADO_WINDOW (widget));
}

/* Import and export through the file chooser, which is the portal's in
 * the sandbox (GTK 4.8 has no GtkFileDialog). */

static GtkFileFilter *
json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  /* Translators: the file type in the import and export dialogs. */
  gtk_file_filter_set_name (filter, _("Contact files (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  return filter;
}

/* The home page lists the contacts as they were when it was made: it is
 * made again. The page of own contacts follows the store by itself. */
static void
refresh_own_page (MadoWindow *self)
{
  if (MADO_IS_HOME_PAGE (mado_window_get_page (self)))
    mado_window_show_home (self);
}

/* Imports @file into the desk's own contacts and says what happened: how
 * many came in, or why nothing did (with the JSON path). */
void
mado_window_import_own_contacts (MadoWindow *self,
                                 GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint added = 0, updated = 0;

  g_return_if_fail (MADO_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->own_contacts == NULL)
    return;
  if (!mado_own_contacts_import (self->own_contacts, file, &added, &updated, &error))
    {
      mado_window_add_toast (self, error->message);
      return;
    }
  /* Translators: a toast after importing own contacts; the numbers count contacts. */
  message = g_strdup_printf (_("Imported: %u new, %u updated."), added, updated);
  mado_window_add_toast (self, message);
  refresh_own_page (self);
}

typedef void (*FileChosenFunc) (MadoWindow *self,
                                GFile      *file);

static void
file_chosen_cb (GtkNativeDialog *dialog,
                int              response,
                MadoWindow      *self)
{
  FileChosenFunc chosen = (FileChosenFunc) g_object_get_data (G_OBJECT (dialog), "mado-file-chosen");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    chosen (self, file);
  g_object_unref (dialog);
}

/* A modal chooser of JSON files (the file chooser portal in the sandbox);
 * @chosen gets the file unless the person cancels. @suggested_name may be
 * NULL. */
static void
choose_json_file (MadoWindow           *self,
                  const char           *title,
                  GtkFileChooserAction  action,
                  const char           *accept_label,
                  const char           *suggested_name,
                  FileChosenFunc        chosen)
{
  GtkFileChooserNative *dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                                              accept_label, _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = json_filter ();

  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_object_set_data (G_OBJECT (dialog), "mado-file-chosen", (gpointer) chosen);
  g_signal_connect_object (dialog, "response", G_CALLBACK (file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
import_own_contacts_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  /* Translators: the title of the dialog that imports own contacts. */
  choose_json_file (MADO_WINDOW (widget), _("Import Contacts"), GTK_FILE_CHOOSER_ACTION_OPEN,
                    _("_Import"), NULL, mado_window_import_own_contacts);
}

void
mado_window_export_own_contacts (MadoWindow *self,
                                 GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (MADO_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->own_contacts == NULL)
    return;
  if (!mado_own_contacts_export (self->own_contacts, file, &error))
    {
      mado_window_add_toast (self, error->message);
      return;
    }
  name = g_file_get_basename (file);
  /* Translators: a toast after exporting own contacts; %s is the file's name. */
  message = g_strdup_printf (_("Exported to “%s”"), name);
  mado_window_add_toast (self, message);
}

static void
export_own_contacts_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  /* Translators: the title of the dialog that exports own contacts; the
   * second string is the file name it suggests. */
  choose_json_file (MADO_WINDOW (widget), _("Export Contacts"), GTK_FILE_CHOOSER_ACTION_SAVE,
                    _("_Export"), _("own-contacts.json"), mado_window_export_own_contacts);
}

/* The sheets belong to the application: the one shown is the one the desk
 * worked on last. */
void
mado_window_show_sheet (MadoWindow *self)
{
  GtkWidget *page;

  g_return_if_fail (MADO_IS_WINDOW (self));

  page = mado_sheet_page_new (self->incident_store, self->dataset);
  g_signal_connect_object (page, "add-toast", G_CALLBACK (page_undo_toast_cb), self, G_CONNECT_SWAPPED);
  /* Translators: the title of the incident sheet's page. */
  show_other_page (self, page, _("Incident Sheet"));
  mado_sheet_page_focus_start (MADO_SHEET_PAGE (page));
}

static void
show_sheet_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  mado_window_show_sheet (MADO_WINDOW (widget));
}

/* A toast whose button opens the incident sheet. */
static void
add_sheet_toast (MadoWindow *self,
                 const char *text)
{
  /* Translators: the button of a toast after attaching a guide result. */
  add_toast (self, text, 5, _("_Open Sheet"), "win.show-sheet");
}

/* The desk's own contacts for the result go with it, as text beside the
 * answers: they are not the dataset's desks the sheet lists by id. */
static void
attach_own_contacts (MadoWindow        *self,
                     MadoIncidentSheet *sheet)
{
  MadoGuideNode *current = mado_guide_walk_get_current (self->guide_walk);
  g_autofree char *text = NULL;

  if (self->own_contacts == NULL || mado_guide_node_get_kind (current) != MADO_GUIDE_NODE_KIND_RESULT)
    return;
  text = mado_own_contacts_dup_situation_text (self->own_contacts,
                                               mado_guide_node_get_situation (current));
  if (text != NULL)
    mado_incident_sheet_add_guide_answers (sheet, g_strchomp (text));
}

/* From a guide result: its answers and desks go to the current sheet (a new
 * one if there is none). The result stays in view, as the desk is about to
 * call the number it shows; the toast opens the sheet. */
static void
attach_guide_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MadoWindow *self = MADO_WINDOW (widget);
  MadoIncidentSheet *sheet;
  g_autofree char *message = NULL;

  if (self->guide_walk == NULL)
    return;

  sheet = mado_incident_store_attach_walk (self->incident_store, self->guide_walk);
  attach_own_contacts (self, sheet);
  /* Translators: a toast after attaching a guide result; %s is the sheet's title. */
  message = g_strdup_printf (_("Attached to “%s”"), mado_incident_sheet_get_title (sheet));
  add_sheet_toast (self, message);
}

static void
save_failed_toast_dismissed_cb (MadoWindow *self)
{
  self->save_failed_toast = NULL;
}

/* One toast for failed saves, its text replaced while it is shown: a
 * folder that refuses every write must not queue a toast per save. */
static void
incident_save_failed_cb (MadoWindow   *self,
                         const GError *error)
{
  if (self->save_failed_toast != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      adw_toast_set_title (self->save_failed_toast, markup);
      g_free (self->last_toast);
      self->last_toast = g_strdup (error->message);
      return;
    }
  self->save_failed_toast = add_toast (self, error->message, 0, NULL, NULL);
  g_signal_connect_object (self->save_failed_toast, "dismissed",
                           G_CALLBACK (save_failed_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
}

/* Kept until dismissed: the person must learn that their sheets were set
 * aside. The sheet's page says where. */
static void
show_incident_load_error (MadoWindow *self)
{
  const char *text = mado_sheet_load_summary (mado_incident_store_get_load_error (self->incident_store));

  /* Translators: the button of that toast, which opens the incident sheet. */
  add_toast (self, text, 0, _("_Details"), "win.show-sheet");
}

static void
show_toast_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  mado_window_add_toast (MADO_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
go_back_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MadoWindow *self = MADO_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->sidebar_list));
}

static GtkListBoxRow *
find_row (MadoWindow *self,
          const char *section_id)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list, i);

      if (row == NULL)
        return NULL;
      if (g_str_equal (mado_section_get_id (mado_section_row_get_section (MADO_SECTION_ROW (row))),
                       section_id))
        return row;
    }
}

/* The height the content pane shows, or will show once the window is up. */
static int
content_height (MadoWindow *self)
{
  int width, height = gtk_widget_get_height (GTK_WIDGET (self->content_scroller));

  if (height > 0)
    return height;
  if (gtk_window_is_maximized (GTK_WINDOW (self)))
    return 1080;
  /* GTK 4.8 does not take NULL for the width. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  return height;
}

static void
show_page (MadoWindow  *self,
           MadoSection *section)
{
  show_content (self, mado_section_page_new (self->dataset, section, content_height (self)),
                mado_section_get_title (section), mado_section_get_check (section));

  /* Saved at once, so a crash or a kill still reopens where the person was. */
  g_settings_set_string (self->settings, "last-section", mado_section_get_id (section));
}

/* Shows @section_id and selects its sidebar row; FALSE for an unknown id. */
gboolean
mado_window_show_section (MadoWindow *self,
                          const char *section_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (MADO_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (section_id != NULL, FALSE);

  row = self->dataset != NULL ? find_row (self, section_id) : NULL;
  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (self->sidebar_list, row);
  /* The list selects the row that has the focus when the window maps: give
   * it the selected one, or the first row would win; and show it. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (row));
  scroll_into_view (GTK_WIDGET (row));
  return TRUE;
}

static void
sidebar_row_selected_cb (MadoWindow    *self,
                         GtkListBoxRow *row)
{
  MadoSection *section;
  GtkWidget *page;

  if (row == NULL)
    return;

  section = mado_section_row_get_section (MADO_SECTION_ROW (row));
  page = mado_window_get_page (self);
  if (MADO_IS_SECTION_PAGE (page) && mado_section_page_get_section (MADO_SECTION_PAGE (page)) == section)
    return;

  show_page (self, section);
}

/* Selecting with the arrow keys only changes the page; activating (click,
 * Enter) also moves to it when the window is folded. */
static void
sidebar_row_activated_cb (MadoWindow    *self,
                          GtkListBoxRow *row)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
leaflet_folded_changed_cb (MadoWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.go-back",
                                 adw_leaflet_get_folded (self->leaflet));
}

/* The first row of @widget's that does something when activated (a number
 * to copy, an address to open), depth first: in a card, its main number. */
static GtkWidget *
find_first_action_row (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX_ROW (widget) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)) &&
      gtk_widget_get_focusable (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = find_first_action_row (child);

      if (row != NULL)
        return row;
    }

  return NULL;
}

/* Shows the section @contact belongs to (its home, when its card is on
 * several pages), brings the card into view, marks it for a moment and gives
 * it the focus, so that Tab and Enter go on from its first number. */
static void
show_contact (MadoWindow  *self,
              MadoContact *contact)
{
  MadoSection *section = mado_dataset_find_contact_section (self->dataset,
                                                            mado_contact_get_id (contact));
  GtkWidget *card;
  GtkWidget *row;

  if (section == NULL || !mado_window_show_section (self, mado_section_get_id (section)))
    return;

  card = mado_section_page_find_card (MADO_SECTION_PAGE (mado_window_get_page (self)),
                                      mado_contact_get_id (contact));
  if (card == NULL)
    return;

  scroll_into_view (card);
  mado_contact_card_highlight (MADO_CONTACT_CARD (card));
  /* Its first number, not a selectable label of its text. */
  row = find_first_action_row (card);
  if (row != NULL)
    gtk_widget_grab_focus (row);
  else
    gtk_widget_child_focus (card, GTK_DIR_TAB_FORWARD);
}

/* An own contact found by search: its form on the page of own contacts,
 * in view, its name focused. */
static void
show_own_contact (MadoWindow     *self,
                  MadoOwnContact *contact)
{
  MadoOwnContactsPage *page;

  mado_window_show_own_contacts (self);
  if (!MADO_IS_OWN_CONTACTS_PAGE (mado_window_get_page (self)))
    return;
  page = MADO_OWN_CONTACTS_PAGE (mado_window_get_page (self));
  for (guint i = 0; mado_own_contacts_page_get_editor (page, i) != NULL; i++)
    {
      GtkWidget *editor = mado_own_contacts_page_get_editor (page, i);

      if (mado_own_contact_editor_get_contact (MADO_OWN_CONTACT_EDITOR (editor)) != contact)
        continue;
      scroll_into_view (editor);
      mado_own_contact_editor_focus_name (MADO_OWN_CONTACT_EDITOR (editor));
    }
}

/* The guide's page, walked to @result as the questions would have led there. */
static void
show_guide_result (MadoWindow    *self,
                   MadoGuideNode *result)
{
  MadoApplication *application = MADO_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  MadoSearchIndex *index = mado_application_get_search_index (application);

  if (self->guide_walk == NULL)
    self->guide_walk = mado_guide_walk_new (self->dataset);
  if (index != NULL)
    mado_search_index_walk_to (index, self->guide_walk, result);
  mado_window_show_guide (self);
}

/**
 * mado_window_open_item:
 * @item: a #MadoSection, #MadoContact or result #MadoGuideNode of the
 *   window's dataset, as search finds them
 *
 * Shows @item: a section's page, a contact's card on its own page, or a
 * guide result's page.
 */
void
mado_window_open_item (MadoWindow *self,
                       GObject    *item)
{
  g_return_if_fail (MADO_IS_WINDOW (self));
  g_return_if_fail (G_IS_OBJECT (item));

  if (self->dataset == NULL)
    return;

  if (MADO_IS_GUIDE_NODE (item))
    {
      show_guide_result (self, MADO_GUIDE_NODE (item));
      return;
    }

  if (MADO_IS_OWN_CONTACT (item))
    {
      show_own_contact (self, MADO_OWN_CONTACT (item));
      return;
    }

  if (MADO_IS_SECTION (item))
    mado_window_show_section (self, mado_section_get_id (MADO_SECTION (item)));
  else if (MADO_IS_CONTACT (item))
    show_contact (self, MADO_CONTACT (item));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
search_result_activated_cb (MadoWindow       *self,
                            MadoSearchResult *result)
{
  mado_window_open_item (self, mado_search_result_get_item (result));
}

/* Opens the search with @text in it, as if typed: the desktop's search hands
 * over its terms this way. */
void
mado_window_start_search (MadoWindow *self,
                          const char *text)
{
  g_return_if_fail (MADO_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  /* On a narrow window the search is in the sidebar, folded away behind
   * the page. */
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (self->search_entry, text);
  gtk_editable_set_position (self->search_entry, -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
search_changed_cb (MadoWindow *self)
{
  const char *query = gtk_editable_get_text (self->search_entry);

  if (self->dataset == NULL)
    return;

  if (*query == '\0')
    {
      gtk_stack_set_visible_child_name (self->sidebar_stack, "sections");
      return;
    }

  /* The application's index, which the desktop's search shares; built on
   * the first search. */
  mado_search_list_set_index (self->search_list,
                              mado_application_get_search_index (
                                MADO_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)))));

  mado_search_list_set_own_contacts (self->search_list, self->own_contacts);
  mado_search_list_set_query (self->search_list, query);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "search");
}

/* Enter in the search entry opens the best result. */
static void
search_activate_cb (MadoWindow *self)
{
  if (gtk_stack_get_visible_child_name (self->sidebar_stack) != NULL &&
      g_str_equal (gtk_stack_get_visible_child_name (self->sidebar_stack), "search"))
    mado_search_list_activate_first (self->search_list);
}

static void
search_stopped_cb (MadoWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* Closing the search restores the section list as it was. */
static void
search_mode_changed_cb (MadoWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }

  gtk_editable_set_text (self->search_entry, "");
  gtk_stack_set_visible_child_name (self->sidebar_stack, "sections");
  gtk_widget_grab_focus (GTK_WIDGET (self->sidebar_list));
}

static gboolean
search_entry_key_pressed_cb (MadoWindow            *self,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;

  mado_search_list_focus_first (self->search_list);
  return GDK_EVENT_STOP;
}

/* The shortcuts window is built the first time it is asked for, not with
 * every main window as GtkApplication would build gtk/help-overlay.ui. */
static void
show_shortcuts_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_BASE "/ui/mado-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
search_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  MadoWindow *self = MADO_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
populate_sidebar (MadoWindow *self)
{
  GListModel *sections = mado_dataset_get_all_sections (self->dataset);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(MadoSection) section = g_list_model_get_item (sections, i);
      gtk_list_box_append (self->sidebar_list, mado_section_row_new (section));
    }
}

static void
show_load_error (MadoWindow *self)
{
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "mado-dialog-error-symbolic");
  /* Translators: shown instead of the content when the installed data is broken. */
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("The Contact Data Could Not Be Loaded"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                   _("The installation is damaged. Reinstall Madoguchi."));
  set_content (self, status);
}

/* The administrator's dataset was refused: the desk works on the bundled
 * data, and whoever reads the banner can tell the administrator which file
 * and which value to fix. */
static void
show_admin_error (MadoWindow           *self,
                  const MadoDataChoice *choice)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (choice == NULL || choice->admin_error == NULL)
    return;

  path = g_file_get_path (choice->admin_file);
  /* Translators: a banner at the top of the window; the first %s is a file,
   * the second the reason, starting with where in the file the error is. */
  text = g_strdup_printf (_("The administrator’s contact data in %s is not used, so the data built into Madoguchi is shown. %s"),
                          path, choice->admin_error->message);
  mado_banner_show (self->banner, text);
}

/* The numbers and addresses that changed since the last start: a toast,
 * kept until dismissed, whose button lists them. */
static void
show_data_changes (MadoWindow *self,
                   GPtrArray  *changes)
{
  g_autofree char *summary = NULL;

  if (changes == NULL || changes->len == 0)
    return;

  summary = mado_data_changes_dup_summary (changes);
  /* Translators: the button of the toast that says how many numbers changed. */
  add_toast (self, summary, 0, _("_List"), "win.show-data-changes");
}

static void
show_data_changes_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MadoWindow *self = MADO_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GPtrArray *changes = mado_application_get_data_changes (MADO_APPLICATION (app));

  if (changes != NULL)
    mado_data_changes_present (GTK_WIDGET (self), changes, self->dataset);
}

/* The page the window opens on, as the setting (which an administrator may
 * preset or lock) says: home unless it asks for the guide, or for the last
 * section and that section still exists in the data. */
static void
show_start_page (MadoWindow *self,
                 const char *last_section)
{
  g_autofree char *start = g_settings_get_string (self->settings, "start-page");

  if (g_str_equal (start, "guide"))
    mado_window_show_guide (self);
  else if (!g_str_equal (start, "last-section")
           || *last_section == '\0'
           || !mado_window_show_section (self, last_section))
    mado_window_show_home (self);
}

/* Size and maximized state come back as they were; GSettings' ranges in the
 * schema already replace absurd stored values with the defaults. */
static void
restore_state (MadoWindow *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-section");

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (self->dataset == NULL)
    return;

  /* The last section is remembered for the sidebar: its row is where the
   * keyboard enters the list and what the list shows; the content pane
   * shows the start page. */
  if (*last != '\0')
    {
      GtkListBoxRow *row = find_row (self, last);

      if (row != NULL)
        {
          gtk_widget_set_focus_child (GTK_WIDGET (self->sidebar_list), GTK_WIDGET (row));
          scroll_into_view (GTK_WIDGET (row));
        }
    }
  show_start_page (self, last);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
close_response_cb (MadoWindow *self,
                   const char *response)
{
  if (!g_str_equal (response, "close"))
    return;
  self->close_without_saving = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* The sheets cannot be saved (their folder is a file, say): closing would
 * lose what was typed, so the person decides, and can copy it first. */
static void
confirm_close (MadoWindow   *self,
               const GError *error)
{
  /* Translators: %s says why the sheets could not be saved. */
  g_autofree char *body = g_strdup_printf (_("%s\n\nWhat was not saved in the incident sheets will be lost. "
                                             "To keep it, copy the sheet as text and paste it elsewhere "
                                             "first."), error->message);
  const MadoAlert alert = {
    .heading = _("Close Without Saving?"),
    .body = body,
    .cancel_id = "cancel",
    .cancel_label = _("_Keep Open"),
    .destructive_id = "close",
    .destructive_label = _("_Close Without Saving"),
  };

  g_signal_connect_object (mado_alert_present (&alert, GTK_WIDGET (self)), "response",
                           G_CALLBACK (close_response_cb), self, G_CONNECT_SWAPPED);
}

/* The administrator's organisation-wide contacts were refused: said until
 * dismissed, with the file and the JSON path, for the administrator. */
static void
show_organisation_error (MadoWindow *self)
{
  MadoApplication *app = MADO_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  const GError *error = mado_application_get_organisation_error (app);

  if (error != NULL)
    add_toast (self, error->message, 0, NULL, NULL);
}

/* The own contacts fail as the sheets do: one toast for failed saves, and
 * a toast kept until dismissed when the file was set aside. */
static void
show_own_contacts_error (MadoWindow *self)
{
  const GError *error;

  if (self->own_contacts == NULL)
    return;
  show_organisation_error (self);
  error = mado_own_contacts_get_load_error (self->own_contacts);
  if (error != NULL && !g_error_matches (error, MADO_OWN_CONTACTS_ERROR, MADO_OWN_CONTACTS_ERROR_UNREADABLE))
    add_toast (self, error->message, 0, NULL, NULL);
}

static gboolean
mado_window_close_request (GtkWindow *window)
{
  MadoWindow *self = MADO_WINDOW (window);
  g_autoptr(GError) error = NULL;
  int width, height;

  /* What was typed in the last half second goes to the disk now. */
  if (!mado_incident_store_flush (self->incident_store, &error))
    {
      g_message ("%s", error->message);
      if (!self->close_without_saving)
        {
          confirm_close (self, error);
          return TRUE;
        }
    }

  g_clear_error (&error);
  if (self->own_contacts != NULL && !mado_own_contacts_is_read_only (self->own_contacts)
      && !mado_own_contacts_flush (self->own_contacts, &error))
    g_message ("%s", error->message);

  /* Within the schema's ranges, which a refused write would otherwise warn
   * about. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", CLAMP (width, 360, G_MAXINT16));
  g_settings_set_int (self->settings, "window-height", CLAMP (height, 294, G_MAXINT16));
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (mado_window_parent_class)->close_request (window);
}

/* What went wrong at the start, in the order it happened: the sheets and
 * the own contacts that could not be read, the administrator's data that
 * was refused, the numbers that changed since the last start. */
static void
show_start_messages (MadoWindow      *self,
                     MadoApplication *application)
{
  if (mado_incident_store_get_load_error (self->incident_store) != NULL)
    show_incident_load_error (self);
  show_own_contacts_error (self);
  show_admin_error (self, mado_application_get_data_choice (application));
  show_data_changes (self, mado_application_get_data_changes (application));
}

/* The application hands the window what it works on as construct-only
 * properties; what it reports at the start comes from the application. */
MadoWindow *
mado_window_new (MadoApplication *application)
{
  MadoWindow *self;

  g_return_val_if_fail (MADO_IS_APPLICATION (application), NULL);

  self = g_object_new (MADO_TYPE_WINDOW,
                       "application", application,
                       "dataset", mado_application_get_dataset (application),
                       "settings", mado_application_get_settings (application),
                       "incident-store", mado_application_get_incident_store (application),
                       "own-contacts", mado_application_get_own_contacts (application),
                       NULL);
  show_start_messages (self, application);
  return self;
}

/* The dataset may be NULL (it could not be loaded: the window says so); the
 * settings and the incident store never are; the own contacts are NULL
 * where the data folder cannot hold them. */
static void
mado_window_constructed (GObject *object)
{
  MadoWindow *self = MADO_WINDOW (object);

  G_OBJECT_CLASS (mado_window_parent_class)->constructed (object);

  g_assert (self->settings != NULL && self->incident_store != NULL);
  g_signal_connect_object (self->incident_store, "save-failed",
                           G_CALLBACK (incident_save_failed_cb), self, G_CONNECT_SWAPPED);
  if (self->own_contacts != NULL)
    g_signal_connect_object (self->own_contacts, "save-failed",
                             G_CALLBACK (incident_save_failed_cb), self, G_CONNECT_SWAPPED);
  if (self->dataset != NULL)
    populate_sidebar (self);
  else
    show_load_error (self);

  restore_state (self);
  leaflet_folded_changed_cb (self);
}

static void
mado_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MadoWindow *self = MADO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_INCIDENT_STORE:
      g_value_set_object (value, self->incident_store);
      break;
    case PROP_OWN_CONTACTS:
      g_value_set_object (value, self->own_contacts);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MadoWindow *self = MADO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_INCIDENT_STORE:
      self->incident_store = g_value_dup_object (value);
      break;
    case PROP_OWN_CONTACTS:
      self->own_contacts = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mado_window_dispose (GObject *object)
{
  MadoWindow *self = MADO_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MADO_TYPE_WINDOW);
  g_clear_object (&self->dataset);
  g_clear_object (&self->settings);
  g_clear_object (&self->uri_opener);
  g_clear_object (&self->guide_walk);
  g_clear_object (&self->incident_store);
  g_clear_object (&self->own_contacts);
  g_clear_pointer (&self->last_toast, g_free);

  G_OBJECT_CLASS (mado_window_parent_class)->dispose (object);
}

static void
mado_window_class_init (MadoWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mado_window_constructed;
  object_class->get_property = mado_window_get_property;
  object_class->set_property = mado_window_set_property;
  object_class->dispose = mado_window_dispose;
  window_class->close_request = mado_window_close_request;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, MADO_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INCIDENT_STORE] =
    g_param_spec_object ("incident-store", NULL, NULL, MADO_TYPE_INCIDENT_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OWN_CONTACTS] =
    g_param_spec_object ("own-contacts", NULL, NULL, MADO_TYPE_OWN_CONTACTS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mado-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MadoWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MadoWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, MadoWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MadoWindow, content);
  gtk_widget_class_bind_template_child (widget_class, MadoWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, MadoWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, MadoWindow, content_scroller);
  gtk_widget_class_bind_template_child (widget_class, MadoWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, MadoWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MadoWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, MadoWindow, search_list);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_result_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.copy-text", "s", copy_text_cb);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_cb);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_cb);
  gtk_widget_class_install_action (widget_class, "win.show-on-phone", "(ss)", show_on_phone_cb);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_cb);
  gtk_widget_class_install_action (widget_class, "win.show-guide", NULL, show_guide_cb);
  gtk_widget_class_install_action (widget_class, "win.show-home", NULL, show_home_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK, "win.show-home", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-sheet", NULL, show_sheet_cb);
  gtk_widget_class_install_action (widget_class, "win.attach-guide", NULL, attach_guide_cb);
  gtk_widget_class_install_action (widget_class, "win.show-own-contacts", NULL, show_own_contacts_cb);
  gtk_widget_class_install_action (widget_class, "win.import-own-contacts", NULL, import_own_contacts_cb);
  gtk_widget_class_install_action (widget_class, "win.export-own-contacts", NULL, export_own_contacts_cb);
  gtk_widget_class_install_action (widget_class, "win.show-toast", "s", show_toast_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_cb);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_cb);
  gtk_widget_class_install_action (widget_class, "win.show-data-changes", NULL, show_data_changes_cb);

}

static void
mado_window_init (MadoWindow *self)
{
  GtkEventController *keys;

  g_type_ensure (MADO_TYPE_BANNER);
  g_type_ensure (MADO_TYPE_SEARCH_LIST);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* GTK 4.18 leaves a header menu's items unnamed for screen readers. */
  mado_a11y_name_menus (GTK_WIDGET (self));
#ifdef DEVELOPMENT
  /* The development build shows its striped header bar, so that it is not
   * mistaken for the installed app beside it. */
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  /* Typing while the sidebar has the focus starts a search. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->sidebar_list));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  keys = gtk_event_controller_key_new ();
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (search_entry_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  self->uri_opener = mado_uri_opener_new ();
}
