/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Built by the Flatpak's qrcodegen module against what it has just
 * installed, found through pkg-config as the app's dependency('qrcodegen')
 * finds it: the header as <qrcodegen.h>, the library by -lqrcodegen. */
#include <stdio.h>
#include <qrcodegen.h>

int
main (void)
{
  uint8_t qr[qrcodegen_BUFFER_LEN_MAX];
  uint8_t scratch[qrcodegen_BUFFER_LEN_MAX];

  if (!qrcodegen_encodeText ("tel:110", scratch, qr, qrcodegen_Ecc_MEDIUM,
                             qrcodegen_VERSION_MIN, qrcodegen_VERSION_MAX,
                             qrcodegen_Mask_AUTO, true))
    return 1;
  /* Version 1, the smallest: 21 modules a side. */
  printf ("qrcodegen: tel:110 encoded, %d modules a side\n", qrcodegen_getSize (qr));
  return qrcodegen_getSize (qr) == 21 ? 0 : 1;
}
