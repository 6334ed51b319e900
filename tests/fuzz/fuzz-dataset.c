/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: arbitrary bytes into the dataset loader, in both
 * languages. Whatever the input, the loader must return a dataset or a
 * MADO_DATASET_ERROR, and never crash, hang or leak. */
#include <stddef.h>
#include <stdint.h>

#include "mado-dataset.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const languages[] = { "ja", "en" };
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MadoDataset) dataset = mado_dataset_new_from_bytes (bytes, languages[i], &error);

      /* Exactly one of the two, and errors only of the loader's own kinds. */
      g_assert ((dataset == NULL) != (error == NULL));
      g_assert (error == NULL || error->domain == MADO_DATASET_ERROR);
    }

  return 0;
}
