/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <qrcodegen/qrcodegen.h>
#include <string.h>

#include "mado-qr.h"

/* A QR code for a phone number or an address, so that a phone can take it
 * from the screen or from paper. The encoding is libqrcodegen's; this file
 * only keeps its module matrix and draws it with cairo, one rectangle per
 * dark module, so that it stays sharp at any scale. */
struct _MadoQr
{
  int     size;
  guint8 *modules;
};

/* Medium error correction (about 15 % of the code may be lost) survives a
 * crease or a smudge on a printed card; the library raises it for free when
 * the text leaves room in the same version. */
MadoQr *
mado_qr_new (const char  *text,
             GError     **error)
{
  g_autofree guint8 *code = g_malloc (qrcodegen_BUFFER_LEN_MAX);
  g_autofree guint8 *temp = g_malloc (qrcodegen_BUFFER_LEN_MAX);
  MadoQr *self;

  g_return_val_if_fail (text != NULL, NULL);

  if (!qrcodegen_encodeText (text, temp, code, qrcodegen_Ecc_MEDIUM,
                             qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX,
                             qrcodegen_Mask_AUTO, true))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: an error when a QR code cannot be made. */
                   _("The text is too long for a QR code (%zu bytes)"), strlen (text));
      return NULL;
    }

  self = g_new0 (MadoQr, 1);
  self->size = qrcodegen_getSize (code);
  self->modules = g_malloc0 ((gsize) self->size * (gsize) self->size);
  for (int y = 0; y < self->size; y++)
    for (int x = 0; x < self->size; x++)
      self->modules[y * self->size + x] = qrcodegen_getModule (code, x, y);
  return self;
}

void
mado_qr_free (MadoQr *self)
{
  if (self == NULL)
    return;
  g_free (self->modules);
  g_free (self);
}

/* Modules per side, without the quiet zone. */
int
mado_qr_get_size (MadoQr *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->size;
}

/* Whether the module at column @x, row @y is dark; outside the code (the
 * quiet zone) it is light. */
gboolean
mado_qr_get_module (MadoQr *self,
                    int     x,
                    int     y)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (x < 0 || y < 0 || x >= self->size || y >= self->size)
    return FALSE;
  return self->modules[y * self->size + x];
}

/* Draws the code with its quiet zone into the square at @x, @y of @side
 * (in the user units of @cr): white ground, black modules, whatever colours
 * the page around it has, since a scanner needs dark on light. Adjacent
 * modules of a row are one rectangle, and antialiasing is off, so that no
 * hairline seams appear between them on screen. */
void
mado_qr_draw (MadoQr  *self,
              cairo_t *cr,
              double   x,
              double   y,
              double   side)
{
  int total;
  double module;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  total = self->size + 2 * MADO_QR_QUIET_ZONE;
  module = side / total;

  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, side, side);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (int row = 0; row < self->size; row++)
    {
      int start = -1;

      for (int col = 0; col <= self->size; col++)
        {
          gboolean dark = col < self->size && mado_qr_get_module (self, col, row);

          if (dark && start < 0)
            start = col;
          else if (!dark && start >= 0)
            {
              cairo_rectangle (cr,
                               x + (start + MADO_QR_QUIET_ZONE) * module,
                               y + (row + MADO_QR_QUIET_ZONE) * module,
                               (col - start) * module, module);
              start = -1;
            }
        }
    }
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The tel: URI a phone dials for @number as the data writes it: digits only,
 * a leading "+" kept, and a leading "#" (the short numbers of Japan's
 * police, "#9110") percent-encoded, since "#" starts a fragment in a URI
 * (RFC 3966 allows it in a phone number only as %23). NULL when there is no
 * digit to dial. */
char *
mado_qr_dup_tel_uri (const char *number)
{
  GString *uri = g_string_new ("tel:");
  gboolean any_digit = FALSE;

  g_return_val_if_fail (number != NULL, NULL);

  for (const char *c = number; *c != '\0'; c++)
    {
      if (g_ascii_isdigit (*c))
        {
          g_string_append_c (uri, *c);
          any_digit = TRUE;
        }
      else if (*c == '#' && !any_digit)
        g_string_append (uri, "%23");
      else if (*c == '+' && !any_digit)
        g_string_append_c (uri, '+');
    }

  if (!any_digit)
    {
      g_string_free (uri, TRUE);
      return NULL;
    }
  return g_string_free (uri, FALSE);
}
