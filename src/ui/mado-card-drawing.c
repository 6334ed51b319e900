/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "mado-card-drawing.h"
#include "mado-qr.h"

/* The printed emergency card, laid out with Pango and drawn with cairo: the
 * same drawing goes to the printer (mado-card-print.c) and to a PDF file
 * (madoguchi --export-card), and needs no display. Every size is in points
 * and follows the paper: an A4 poster at 1, a pocket A6 card at a little
 * more than half, the text shrunk further until the whole card fits one
 * page; own contacts that still do not fit are counted on a last line. */

#define A4_WIDTH  595.276
#define A4_HEIGHT 841.890
#define A6_WIDTH  297.638
#define A6_HEIGHT 419.528

/* The text starts large (a poster is read from across the room) and
 * shrinks in steps of 5 % until the card fits. */
#define MAX_TEXT_SCALE 1.5
#define MIN_TEXT_SCALE 0.55
/* Below this, in points, print is hard to read for anyone: the text stops
 * shrinking there, and own contacts are left out instead. */
#define MIN_FONT_SIZE 5.5

typedef struct
{
  cairo_t     *cr;
  PangoLayout *layout;
  gboolean     draw;
  double       left;
  double       width;
  double       bottom;
  double       y;
  double       paper;   /* 1 on A4; every length is multiplied by it */
  gboolean     pocket;  /* a card for the pocket: only what must be there */
  int          lines;   /* at most this many lines for the next text; 0: all */
  gboolean     markup;  /* the next text is Pango markup */
  double       text;    /* the text's own shrinking, to fit */
} Pen;

/* Dark red for the title band and the headings, as on the BSI's card. */
static const double ACCENT[] = { 0.68, 0.07, 0.09 };
static const double BLACK[] = { 0, 0, 0 };
static const double GREY[] = { 0.30, 0.30, 0.30 };
static const double WHITE[] = { 1, 1, 1 };

gboolean
mado_card_size_from_string (const char   *name,
                            MadoCardSize *size)
{
  if (g_strcmp0 (name, "a4") == 0)
    *size = MADO_CARD_SIZE_A4;
  else if (g_strcmp0 (name, "card") == 0)
    *size = MADO_CARD_SIZE_A6;
  else
    return FALSE;
  return TRUE;
}

void
mado_card_size_get_points (MadoCardSize  size,
                           double       *width,
                           double       *height)
{
  *width = size == MADO_CARD_SIZE_A4 ? A4_WIDTH : A6_WIDTH;
  *height = size == MADO_CARD_SIZE_A4 ? A4_HEIGHT : A6_HEIGHT;
}

/* @size points as printed: shrunk with the paper and to fit, never below
 * the smallest size that is still read easily. */
static double
font_size (Pen    *pen,
           double  size)
{
  return MAX (size * pen->paper * pen->text, MIN_FONT_SIZE);
}

/* Lays out @text in a column at @x of @width, at @size points (before the
 * shrinking), and draws it at the pen's line when drawing; returns its
 * height. The pen does not move: the caller decides what comes next. */
static double
put_text (Pen          *pen,
          double        x,
          double        width,
          const char   *text,
          double        size,
          gboolean      bold,
          const double *rgb,
          PangoAlignment align)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
  int height;

  pango_font_description_set_absolute_size (font, font_size (pen, size) * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (pen->layout, font);
  pango_layout_set_width (pen->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (pen->layout, align);
  pango_layout_set_ellipsize (pen->layout, pen->lines > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_height (pen->layout, pen->lines > 0 ? -pen->lines : -1);
  /* Markup leaves its attributes on the layout: plain text clears them. */
  if (pen->markup)
    pango_layout_set_markup (pen->layout, text, -1);
  else
    {
      pango_layout_set_attributes (pen->layout, NULL);
      pango_layout_set_text (pen->layout, text, -1);
    }
  pango_layout_get_size (pen->layout, NULL, &height);

  if (pen->draw)
    {
      cairo_set_source_rgb (pen->cr, rgb[0], rgb[1], rgb[2]);
      cairo_move_to (pen->cr, x, pen->y);
      pango_cairo_show_layout (pen->cr, pen->layout);
    }
  return (double) height / PANGO_SCALE;
}

/* A line of text across the column; the pen moves below it. */
static void
put_line (Pen          *pen,
          const char   *text,
          double        size,
          gboolean      bold,
          const double *rgb)
{
  pen->y += put_text (pen, pen->left, pen->width, text, size, bold, rgb, PANGO_ALIGN_LEFT);
}

static double
qr_side (Pen *pen)
{
  /* A code shrinks less than the text: below about 14 mm a phone held at
   * arm's length stops reading the longer addresses. */
  return 56 * pen->paper * CLAMP (pen->text, 0.85, 1.3);
}

/* A QR code of @uri at @x on the pen's line, its caption (may be NULL)
 * under it; returns the height of both. A text too long for a code gets
 * none. */
static double
put_code (Pen        *pen,
          double      x,
          const char *uri,
          const char *caption)
{
  double side = qr_side (pen);
  double caption_height;
  g_autoptr(MadoQr) qr = mado_qr_new (uri, NULL);

  if (qr == NULL)
    return 0;
  if (pen->draw)
    mado_qr_draw (qr, pen->cr, x, pen->y, side);
  if (caption == NULL)
    return side;
  pen->y += side;
  caption_height = put_text (pen, x, side, caption, 7, FALSE, GREY, PANGO_ALIGN_CENTER);
  pen->y -= side;
  return side + caption_height;
}

/* A pocket card has room for the codes of numbers and forms only; a
 * poster shows a desk's web page as well. */
static gboolean
shows_link_code (Pen           *pen,
                 MadoCardEntry *entry)
{
  return entry->link_uri != NULL && (!pen->pocket || entry->link_is_form);
}

static double
entry_codes_width (Pen           *pen,
                   MadoCardEntry *entry)
{
  double gap = 6 * pen->paper;
  guint n = (entry->tel_uri != NULL) + shows_link_code (pen, entry);

  return n * (qr_side (pen) + gap);
}

static char *
dup_details (MadoCardEntry *entry,
             gboolean       pocket)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  if (entry->hours != NULL)
    g_strv_builder_add (parts, entry->hours);
  if (entry->reference != NULL)
    g_strv_builder_add (parts, entry->reference);
  if (!pocket && entry->link_uri != NULL && entry->link_label != NULL)
    g_strv_builder_add (parts, entry->link_label);
  strv = g_strv_builder_end (parts);
  return g_strjoinv ("\n", strv);
}

/* Who it is and what they are: two lines on a poster, one on a pocket
 * card. Returns the height. */
static double
put_names (Pen           *pen,
           double         width,
           MadoCardEntry *entry)
{
  g_autofree char *markup = NULL;
  double height;

  if (!pen->pocket || entry->role == NULL)
    {
      double top = pen->y;

      height = put_text (pen, pen->left, width, entry->name, 11, TRUE, BLACK, PANGO_ALIGN_LEFT);
      if (entry->role != NULL)
        {
          pen->y = top + height;
          height += put_text (pen, pen->left, width, entry->role, 9, FALSE, BLACK, PANGO_ALIGN_LEFT);
          pen->y = top;
        }
      return height;
    }

  markup = g_markup_printf_escaped ("<b>%s</b>  %s", entry->name, entry->role);
  pen->markup = TRUE;
  height = put_text (pen, pen->left, width, markup, 10, FALSE, BLACK, PANGO_ALIGN_LEFT);
  pen->markup = FALSE;
  return height;
}

/* One contact: name, what they are, the number in large type, hours and a
 * reference such as a policy number; its codes on the right. */
static void
put_entry (Pen           *pen,
           MadoCard      *card,
           MadoCardEntry *entry)
{
  double codes = entry_codes_width (pen, entry);
  double width = pen->width - codes;
  double top = pen->y;
  double text_height = 0;
  double codes_height = 0;
  double x = pen->left + width + 6 * pen->paper;
  g_autofree char *details = dup_details (entry, pen->pocket);

  text_height += put_names (pen, width, entry);
  pen->y = top + text_height;
  if (entry->number != NULL)
    {
      text_height += put_text (pen, pen->left, width, entry->number, 20, TRUE, BLACK, PANGO_ALIGN_LEFT);
      pen->y = top + text_height;
    }
  if (*details != '\0')
    {
      /* On a pocket card, long hours are cut to two lines: the app has them whole. */
      pen->lines = pen->pocket ? 2 : 0;
      text_height += put_text (pen, pen->left, width, details, 8, FALSE, GREY, PANGO_ALIGN_LEFT);
      pen->lines = 0;
    }

  pen->y = top;
  if (entry->tel_uri != NULL)
    {
      /* Beside a number, a code plainly dials it: a pocket card saves the caption's line. */
      codes_height = put_code (pen, x, entry->tel_uri, pen->pocket ? NULL : card->call_caption);
      x += qr_side (pen) + 6 * pen->paper;
    }
  if (shows_link_code (pen, entry))
    codes_height = MAX (codes_height,
                        put_code (pen, x, entry->link_uri,
                                  entry->link_is_form ? card->form_caption : card->link_caption));

  pen->y = top + MAX (text_height, codes_height) + 8 * pen->paper;
}

/* The first @n of @entries; side by side in two columns on a poster with
 * more than three, so that a long list of own contacts keeps its text
 * readable (a pocket card has no room for two). */
static void
put_entries (Pen       *pen,
             MadoCard  *card,
             GPtrArray *entries,
             guint      n)
{
  guint columns = pen->paper > 0.9 && n > 3 ? 2 : 1;
  double gap = 18 * pen->paper;
  double left = pen->left;
  double width = pen->width;

  pen->width = (width - gap * (columns - 1)) / columns;
  for (guint i = 0; i < n; i += columns)
    {
      double top = pen->y;
      double bottom = top;

      for (guint c = 0; c < columns && i + c < n; c++)
        {
          pen->left = left + c * (pen->width + gap);
          pen->y = top;
          put_entry (pen, card, g_ptr_array_index (entries, i + c));
          bottom = MAX (bottom, pen->y);
        }
      pen->y = bottom;
    }
  pen->left = left;
  pen->width = width;
}

static void
put_heading (Pen        *pen,
             const char *text)
{
  pen->y += 6 * pen->paper;
  put_line (pen, text, 13, TRUE, ACCENT);
  if (pen->draw)
    {
      cairo_set_source_rgb (pen->cr, ACCENT[0], ACCENT[1], ACCENT[2]);
      cairo_set_line_width (pen->cr, 1.2 * pen->paper);
      cairo_move_to (pen->cr, pen->left, pen->y + 1.5 * pen->paper);
      cairo_line_to (pen->cr, pen->left + pen->width, pen->y + 1.5 * pen->paper);
      cairo_stroke (pen->cr);
    }
  pen->y += 6 * pen->paper;
}

/* The title on a band of the accent colour, across the whole width, as on
 * the BSI's card; measured first, since the band goes under the text. */
static void
put_title (Pen      *pen,
           MadoCard *card)
{
  double pad = 8 * pen->paper;
  gboolean draw = pen->draw;
  double height;

  pen->draw = FALSE;
  height = put_text (pen, pen->left + pad, pen->width - 2 * pad, card->title, 22, TRUE, WHITE,
                     PANGO_ALIGN_LEFT);
  pen->draw = draw;
  if (draw)
    {
      cairo_set_source_rgb (pen->cr, ACCENT[0], ACCENT[1], ACCENT[2]);
      cairo_rectangle (pen->cr, pen->left, pen->y, pen->width, height + 2 * pad);
      cairo_fill (pen->cr);
    }
  pen->y += pad;
  put_text (pen, pen->left + pad, pen->width - 2 * pad, card->title, 22, TRUE, WHITE,
            PANGO_ALIGN_LEFT);
  pen->y += height + pad + 4 * pen->paper;
  if (!pen->pocket)
    put_line (pen, card->subtitle, 10, FALSE, BLACK);
}

/* The seven things to have ready, numbered, each wrapped under its own
 * number. */
static void
put_preparation (Pen      *pen,
                 MadoCard *card)
{
  double indent = 1.8 * font_size (pen, 9);

  put_heading (pen, card->prepare_heading);
  for (guint i = 0; card->prepare[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      double height;

      put_text (pen, pen->left, indent, number, 9, TRUE, BLACK, PANGO_ALIGN_LEFT);
      height = put_text (pen, pen->left + indent, pen->width - indent, card->prepare[i], 9, FALSE,
                         BLACK, PANGO_ALIGN_LEFT);
      pen->y += height + 2 * pen->paper;
    }
}

/* Everything from the top; @n_own of the own contacts, and a line for the
 * rest. Returns whether it ended above the bottom margin. */
static gboolean
put_card (Pen      *pen,
          MadoCard *card,
          guint     n_own)
{
  put_title (pen, card);

  put_heading (pen, card->own_heading);
  if (card->own->len == 0)
    put_line (pen, card->own_empty, 9, FALSE, GREY);
  put_entries (pen, card, card->own, n_own);
  if (n_own < card->own->len)
    {
      g_autofree char *more = mado_card_dup_more_line (card, card->own->len - n_own);

      put_line (pen, more, 9, TRUE, BLACK);
    }

  put_heading (pen, card->public_heading);
  for (guint i = 0; i < card->public_desks->len; i++)
    put_entry (pen, card, g_ptr_array_index (card->public_desks, i));

  put_preparation (pen, card);

  pen->y += 8 * pen->paper;
  put_line (pen, card->date_line, 8, TRUE, BLACK);
  if (!pen->pocket)
    put_line (pen, card->source_line, 7, FALSE, GREY);
  return pen->y <= pen->bottom;
}

static gboolean
fits (Pen      *pen,
      MadoCard *card,
      guint     n_own,
      double    top)
{
  pen->draw = FALSE;
  pen->y = top;
  return put_card (pen, card, n_own);
}

/* Draws @card on a page of @width by @height points (the whole sheet: the
 * margins are the drawing's). The text shrinks step by step until all of it
 * fits; then own contacts are left out from the last, so that the police
 * and the list stay on the card. Returns FALSE if even that overflowed (the
 * card is drawn all the same). @fit (may be NULL) says what was done. */
gboolean
mado_card_draw (MadoCard    *card,
                cairo_t     *cr,
                double       width,
                double       height,
                MadoCardFit *fit)
{
  double paper = CLAMP (width / A4_WIDTH, 0.62, 1.0);
  gboolean pocket = width < 0.8 * A4_WIDTH;
  double margin = (pocket ? 26 : 36) * paper;
  Pen pen = {
    .cr = cr,
    .left = margin,
    .width = width - 2 * margin,
    .bottom = height - margin,
    .paper = paper,
    .pocket = pocket,
    .text = MAX_TEXT_SCALE,
  };
  guint n_own = card->own->len;
  gboolean ok;

  g_return_val_if_fail (card != NULL, FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);

  pen.layout = pango_cairo_create_layout (cr);
  pango_layout_set_wrap (pen.layout, PANGO_WRAP_WORD_CHAR);
  pango_context_set_language (pango_layout_get_context (pen.layout),
                              pango_language_from_string (card->language));
  pango_layout_context_changed (pen.layout);

  while (!(ok = fits (&pen, card, n_own, margin)) && pen.text > MIN_TEXT_SCALE + 0.001)
    pen.text -= 0.05;
  while (!ok && n_own > 0)
    ok = fits (&pen, card, --n_own, margin);

  pen.draw = TRUE;
  pen.y = margin;
  put_card (&pen, card, n_own);
  g_object_unref (pen.layout);

  if (fit != NULL)
    *fit = (MadoCardFit) { .whole = ok, .text_scale = pen.text, .own_shown = n_own };
  return ok;
}

/* The headless path: one page of @size in a PDF file at @path; @fit (may
 * be NULL) says how it was made to fit. */
gboolean
mado_card_export_pdf (MadoCard      *card,
                      MadoCardSize   size,
                      const char    *path,
                      MadoCardFit   *fit,
                      GError       **error)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (card != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  mado_card_size_get_points (size, &width, &height);
  surface = cairo_pdf_surface_create (path, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, card->title);
  cr = cairo_create (surface);
  if (!mado_card_draw (card, cr, width, height, fit))
    g_message ("The emergency card did not fit its page: some of it is cut off");
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: an error when the card cannot be written; the first %s is
                    * the file, the second the reason. */
                   _("The emergency card could not be written to %s: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
