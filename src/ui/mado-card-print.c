/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"


#include "mado-card-drawing.h"
#include "mado-card-print.h"

/* "Print Emergency Card…": the card through GTK's print dialog (the print
 * portal in the Flatpak sandbox), drawn by the same code as the PDF export.
 * The layout follows the paper chosen in the dialog: A4 (the default) gives
 * the poster, A6 or smaller the pocket card. */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                gpointer           user_data)
{
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              MadoCard          *card)
{
  /* With the full page in points, the drawing keeps its own margins, as in
   * the PDF. */
  if (!mado_card_draw (card, gtk_print_context_get_cairo_context (context),
                       gtk_print_context_get_width (context),
                       gtk_print_context_get_height (context), NULL))
    g_message ("The emergency card did not fit the paper: some of it is cut off");
}

/* A print operation of one page that owns @card. */
GtkPrintOperation *
mado_card_print_operation_new (MadoCard *card)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (card != NULL, NULL);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, card->title);
  g_object_set_data_full (G_OBJECT (operation), "mado-card", card, (GDestroyNotify) mado_card_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), NULL);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), card);
  return operation;
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 user_data)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      g_message ("Could not print the emergency card: %s", error->message);
    }
  g_object_unref (operation);
}

/* Opens the print dialog over @parent for @card, which it takes. */
void
mado_card_print (GtkWindow *parent,
                 MadoCard  *card)
{
  GtkPrintOperation *operation;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (card != NULL);

  operation = mado_card_print_operation_new (card);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), NULL);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    g_message ("Could not print the emergency card: %s", error->message);
}
