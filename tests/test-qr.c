/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The QR codes and the card's text, without a display: tel: URIs as a phone
 * dials them, the module matrix libqrcodegen gives, the drawing with its
 * quiet zone, and what the card lists in which order. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "mado-card.h"
#include "mado-qr.h"
#include "mado-resources.h"

static void
test_tel_uri (void)
{
  static const struct {
    const char *number;
    const char *uri;
  } cases[] = {
    { "110", "tel:110" },
    /* "#" would start a URI's fragment: RFC 3966 has it as %23. */
    { "#9110", "tel:%239110" },
    { "03-5805-1731", "tel:0358051731" },
    { "0570-064-370", "tel:0570064370" },
    { "+81 3-1234-5678", "tel:+81312345678" },
    /* Full-width digits are not what a dialler takes: no code. */
    { "０３-１２３４", NULL },
    { "0120-000-111（平日）", "tel:0120000111" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *uri = mado_qr_dup_tel_uri (cases[i].number);

      g_assert_cmpstr (uri, ==, cases[i].uri);
    }
  g_assert_null (mado_qr_dup_tel_uri ("none"));
  g_assert_null (mado_qr_dup_tel_uri ("#"));
}

/* Version 1 (21 modules) holds "tel:110"; its finder patterns sit in three
 * corners, a ring of dark around a light ring around a dark 3×3 core. */
static void
test_matrix (void)
{
  g_autoptr(MadoQr) qr = mado_qr_new ("tel:110", NULL);
  int size;

  g_assert_nonnull (qr);
  size = mado_qr_get_size (qr);
  g_assert_cmpint (size, ==, 21);
  for (int i = 0; i < 7; i++)
    {
      g_assert_true (mado_qr_get_module (qr, i, 0));
      g_assert_true (mado_qr_get_module (qr, 0, i));
      g_assert_true (mado_qr_get_module (qr, size - 1 - i, 0));
      g_assert_true (mado_qr_get_module (qr, 0, size - 1 - i));
    }
  g_assert_false (mado_qr_get_module (qr, 1, 1));
  g_assert_true (mado_qr_get_module (qr, 3, 3));
  g_assert_false (mado_qr_get_module (qr, 7, 7));
  /* Outside the code: the quiet zone. */
  g_assert_false (mado_qr_get_module (qr, -1, 0));
  g_assert_false (mado_qr_get_module (qr, size, size));
}

static void
test_too_long (void)
{
  g_autofree char *text = g_strnfill (4000, 'a');
  g_autoptr(GError) error = NULL;
  g_autoptr(MadoQr) qr = mado_qr_new (text, &error);

  g_assert_null (qr);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

/* Drawn at 10 pixels a module on a page of grey: the quiet zone is white
 * (four modules), the modules black, whatever was under them. */
static void
test_draw (void)
{
  g_autoptr(MadoQr) qr = mado_qr_new ("tel:110", NULL);
  int side = (mado_qr_get_size (qr) + 2 * MADO_QR_QUIET_ZONE) * 10;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, side + 20, side + 20);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_paint (cr);
  mado_qr_draw (qr, cr, 10, 10, side);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_cmphex (pixel (surface, 5, 5), ==, 0x808080);
  g_assert_cmphex (pixel (surface, 15, 15), ==, 0xffffff);
  g_assert_cmphex (pixel (surface, 10 + 39, 10 + 39), ==, 0xffffff);
  /* Module (0, 0) and the finder's core, (3, 3). */
  g_assert_cmphex (pixel (surface, 10 + 45, 10 + 45), ==, 0x000000);
  g_assert_cmphex (pixel (surface, 10 + 75, 10 + 75), ==, 0x000000);
  /* The light ring, (1, 1), and the separator, (7, 7). */
  g_assert_cmphex (pixel (surface, 10 + 55, 10 + 55), ==, 0xffffff);
  g_assert_cmphex (pixel (surface, 10 + 115, 10 + 115), ==, 0xffffff);
  /* The far edge of the quiet zone, inside the square. */
  g_assert_cmphex (pixel (surface, 10 + side - 5, 10 + side - 5), ==, 0xffffff);
  g_assert_cmphex (pixel (surface, 10 + side + 5, 10 + side + 5), ==, 0x808080);
  cairo_surface_destroy (surface);
}

static MadoDataset *
bundled (const char *language)
{
  g_autoptr(GError) error = NULL;
  MadoDataset *dataset = mado_dataset_new_from_resource (RESOURCE_BASE "/dataset/contacts.json",
                                                         language, &error);

  g_assert_no_error (error);
  return dataset;
}

/* The police first, as on the home page; the seven things of CHECK2; own
 * contacts kept in their order, with their tel: URIs. */
static void
test_card_text (void)
{
  g_autoptr(MadoDataset) dataset = bundled ("ja");
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func ((GDestroyNotify) mado_card_entry_free);
  g_autoptr(MadoCard) card = NULL;
  MadoCardEntry *entry;

  g_ptr_array_add (own, mado_card_entry_new ("保険 🛡 事故受付", "保険会社", "#8000", NULL, "証券番号 AB-1"));
  g_ptr_array_add (own, mado_card_entry_new ("IT 部", NULL, NULL, "", NULL));
  card = mado_card_new (dataset, own);

  g_assert_cmpstr (card->language, ==, "ja");
  g_assert_cmpuint (card->own->len, ==, 2);
  entry = g_ptr_array_index (card->own, 0);
  g_assert_cmpstr (entry->name, ==, "保険 🛡 事故受付");
  g_assert_cmpstr (entry->tel_uri, ==, "tel:%238000");
  g_assert_cmpstr (entry->reference, ==, "証券番号 AB-1");
  entry = g_ptr_array_index (card->own, 1);
  g_assert_null (entry->number);
  g_assert_null (entry->tel_uri);
  g_assert_null (entry->hours);

  g_assert_cmpuint (card->public_desks->len, >=, 2);
  entry = g_ptr_array_index (card->public_desks, 0);
  g_assert_cmpstr (entry->number, ==, "110");
  g_assert_cmpstr (entry->tel_uri, ==, "tel:110");
  g_assert_true (g_str_has_prefix (entry->link_uri, "https://"));
  entry = g_ptr_array_index (card->public_desks, 1);
  g_assert_cmpstr (entry->number, ==, "#9110");
  g_assert_cmpstr (entry->tel_uri, ==, "tel:%239110");

  g_assert_cmpuint (g_strv_length (card->prepare), ==, 7);
  g_assert_nonnull (strstr (card->date_line, "2026"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  mado_register_resource ();

  g_test_add_func ("/qr/tel-uri", test_tel_uri);
  g_test_add_func ("/qr/matrix", test_matrix);
  g_test_add_func ("/qr/too-long", test_too_long);
  g_test_add_func ("/qr/draw", test_draw);
  g_test_add_func ("/card/text", test_card_text);

  return g_test_run ();
}
