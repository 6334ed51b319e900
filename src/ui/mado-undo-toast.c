/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "mado-undo-toast.h"

/* The one way to offer Undo after a deletion (a sheet, a desk on a sheet, a
 * timeline line, an own contact): the deletion is done at once, and the
 * toast's button puts back what it took. Every one of them is an item taken
 * from a container at a position; the toast keeps both alive as long as it
 * lives, undone or not. */

typedef struct
{
  MadoUndoFunc  undo;
  GObject      *container;
  GObject      *item;
  guint         position;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_object_unref (undo->container);
  g_object_unref (undo->item);
  g_free (undo);
}

static void
button_clicked_cb (AdwToast *toast,
                   Undo     *undo)
{
  undo->undo (undo->container, undo->item, undo->position);
}

/* A toast saying @text (plain text, not markup) with an Undo button that
 * calls @undo with @container, @item (both GObjects) and @position. Give
 * it to a toast overlay, which takes it. */
AdwToast *
mado_undo_toast_new (const char   *text,
                     MadoUndoFunc  undo,
                     gpointer      container,
                     gpointer      item,
                     guint         position)
{
  g_autofree char *markup = NULL;
  AdwToast *toast;
  Undo *closure;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (undo != NULL, NULL);
  g_return_val_if_fail (G_IS_OBJECT (container), NULL);
  g_return_val_if_fail (G_IS_OBJECT (item), NULL);

  /* The title is markup: a sheet titled "R&D" must still show. */
  markup = g_markup_escape_text (text, -1);
  toast = adw_toast_new (markup);
  /* Translators: the button of a toast that undoes a deletion. */
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "mado-undo-text", g_strdup (text), g_free);

  closure = g_new0 (Undo, 1);
  closure->undo = undo;
  closure->container = g_object_ref (container);
  closure->item = g_object_ref (item);
  closure->position = position;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (button_clicked_cb), closure, undo_free, 0);
  return toast;
}

/* What the toast says, as plain text: what the person was told. */
const char *
mado_undo_toast_get_text (AdwToast *toast)
{
  g_return_val_if_fail (ADW_IS_TOAST (toast), NULL);
  return g_object_get_data (G_OBJECT (toast), "mado-undo-text");
}
