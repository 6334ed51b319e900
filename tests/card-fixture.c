/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes the emergency card as --export-card does, with own contacts from a
 * fixture, for tests/check-card.py: the organisation's own contacts come
 * from their store in the app, which a test cannot fill from the command
 * line. The numbers are made up (03-0000-…), never a real desk's.
 *
 * Usage: card-fixture OUT.pdf a4|card ja|en N_OWN
 * (N_OWN fixture contacts, the first three named, the rest numbered). */
#include "config.h"

#include <stdlib.h>

#include "mado-application.h"
#include "mado-card-drawing.h"

static const struct {
  const char *name[2];
  const char *role[2];
  const char *number;
  const char *hours[2];
  const char *reference[2];
} fixture[] = {
  { { "情報システム部 CSIRT", "IT department CSIRT" }, { "社内 CSIRT・IT 管理者", "In-house CSIRT and IT manager" },
    "03-0000-1111", { "24時間", "24 hours" }, { NULL, NULL } },
  { { "株式会社サンプル保守", "Sample Maintenance Co., Ltd." }, { "IT ベンダー（サーバー保守）", "IT vendor (servers)" },
    "03-0000-2222", { "平日 9:00〜18:00", "Weekdays 9:00–18:00" },
    { "契約番号 K-2026-0042", "Contract no. K-2026-0042" } },
  { { "サイバー保険 事故受付", "Cyber insurance claims line" }, { "保険会社", "Insurer" },
    "#8000", { "24時間365日", "24/7" }, { "証券番号 AB-1234567", "Policy no. AB-1234567" } },
};

static GPtrArray *
own_entries (guint n,
             guint language)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) mado_card_entry_free);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *number = NULL;

      if (i < G_N_ELEMENTS (fixture))
        {
          g_ptr_array_add (entries, mado_card_entry_new (fixture[i].name[language], fixture[i].role[language],
                                                         fixture[i].number, fixture[i].hours[language],
                                                         fixture[i].reference[language]));
          continue;
        }
      name = g_strdup_printf (language == 0 ? "担当者 %u" : "Contact %u", i + 1);
      number = g_strdup_printf ("03-0000-%04u", 3000 + i);
      g_ptr_array_add (entries, mado_card_entry_new (name, NULL, number, NULL, NULL));
    }
  return entries;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MadoDataset) dataset = NULL;
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(MadoCard) card = NULL;
  g_autoptr(GError) error = NULL;
  MadoCardSize size;
  MadoCardFit fit;

  if (argc != 5 || !mado_card_size_from_string (argv[2], &size))
    {
      g_printerr ("usage: card-fixture OUT.pdf a4|card ja|en N_OWN\n");
      return 2;
    }

  mado_application_setup_locale (argv[3]);
  mado_application_register_resources ();
  dataset = mado_dataset_new_from_resource (RESOURCE_BASE "/dataset/contacts.json", argv[3], &error);
  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  own = own_entries ((guint) atoi (argv[4]), g_str_equal (argv[3], "ja") ? 0 : 1);
  card = mado_card_new (dataset, own);

  if (!mado_card_export_pdf (card, size, argv[1], &fit, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("whole=%d text_scale=%.2f own_shown=%u own=%u\n", fit.whole, fit.text_scale,
           fit.own_shown, own->len);
  return 0;
}
