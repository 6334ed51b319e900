/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-sheet-output.h"
#include "mado-sheet-text.h"

/* The sheet leaving the app: on paper, or in a file the desk chooses. */

/* Exporting. */

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

static char *
export_name (MadoIncidentSheet *sheet)
{
  const char *title = mado_incident_sheet_get_title (sheet);
  /* Characters that some file systems refuse. */
  g_autofree char *safe = g_strdelimit (g_strdup (*title != '\0' ? title : "incident-sheet"),
                                        "/\\:*?\"<>|\n\t", '_');

  return g_strconcat (safe, ".md", NULL);
}

/* The chooser of the file to export @sheet to, over @parent (may be NULL),
 * named after the sheet, with a filter for each format the name chooses
 * (mado_sheet_text_build_for_file()). The native chooser goes through the
 * portal when sandboxed: the app needs no file access of its own. */
GtkFileChooserNative *
mado_sheet_output_export_dialog_new (GtkWindow         *parent,
                                     MadoIncidentSheet *sheet)
{
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;
  GtkFileChooser *chooser;

  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (sheet), NULL);

  name = export_name (sheet);
  dialog = gtk_file_chooser_native_new (_("Export Incident Sheet"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (dialog);
  gtk_file_chooser_set_current_name (chooser, name);
  add_filter (chooser, _("Markdown"), "*.md");
  add_filter (chooser, _("Plain Text"), "*.txt");
  /* Translators: a file type in the export dialog. */
  add_filter (chooser, _("Timeline as CSV"), "*.csv");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  return dialog;
}


/* Printing: the sheet as plain text, laid out by Pango page by page, in
 * the interface's language as copying gives it. */

typedef struct
{
  char        *text;
  PangoLayout *layout;
  GArray      *page_starts;  /* int: the first line of each page */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_free (job->text);
  g_clear_object (&job->layout);
  g_clear_pointer (&job->page_starts, g_array_unref);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  double page_height = gtk_print_context_get_height (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  double used = 0;
  int n_lines;

  job->layout = gtk_print_context_create_pango_layout (context);
  pango_layout_set_font_description (job->layout, font);
  pango_layout_set_width (job->layout, (int) (gtk_print_context_get_width (context) * PANGO_SCALE));
  pango_layout_set_wrap (job->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (job->layout, job->text, -1);

  job->page_starts = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (job->page_starts, (int) { 0 });
  n_lines = pango_layout_get_line_count (job->layout);
  for (int i = 0; i < n_lines; i++)
    {
      PangoRectangle logical;
      double height;

      pango_layout_line_get_extents (pango_layout_get_line_readonly (job->layout, i), NULL, &logical);
      height = logical.height / (double) PANGO_SCALE;
      if (used + height > page_height && i > 0)
        {
          g_array_append_val (job->page_starts, i);
          used = 0;
        }
      used += height;
    }
  gtk_print_operation_set_n_pages (operation, (int) job->page_starts->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  int first = g_array_index (job->page_starts, int, page);
  int last = (guint) page + 1 < job->page_starts->len
             ? g_array_index (job->page_starts, int, page + 1) : pango_layout_get_line_count (job->layout);
  double y = 0;

  for (int i = first; i < last; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (job->layout, i);
      PangoRectangle logical;

      /* A line is drawn from its baseline; its extents start above it. */
      pango_layout_line_get_extents (line, NULL, &logical);
      cairo_move_to (cr, logical.x / (double) PANGO_SCALE, y - logical.y / (double) PANGO_SCALE);
      pango_cairo_show_layout_line (cr, line);
      y += logical.height / (double) PANGO_SCALE;
    }
}

/* Prints @sheet with the print dialog (over @parent, may be NULL), or
 * straight into the PDF file @pdf_path; @n_pages says how many pages that
 * took. */
GtkPrintOperationResult
mado_sheet_output_print (MadoIncidentSheet  *sheet,
                      MadoDataset        *dataset,
                      GtkWindow          *parent,
                      const char         *pdf_path,
                      guint              *n_pages,
                      GError            **error)
{
  GtkPrintOperationResult result;
  g_autoptr(GtkPrintOperation) operation = NULL;
  PrintJob *job;

  g_return_val_if_fail (MADO_IS_INCIDENT_SHEET (sheet), GTK_PRINT_OPERATION_RESULT_ERROR);

  operation = gtk_print_operation_new ();
  job = g_new0 (PrintJob, 1);
  job->text = mado_sheet_text_build (sheet, dataset, MADO_SHEET_TEXT_PLAIN);
  g_object_set_data_full (G_OBJECT (operation), "mado-print-job", job, print_job_free);
  gtk_print_operation_set_job_name (operation, mado_incident_sheet_get_title (sheet));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  if (pdf_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, pdf_path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
    }
  else
    result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error);
  if (n_pages != NULL)
    *n_pages = job->page_starts != NULL ? job->page_starts->len : 0;
  return result;
}
