/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  MADO_DAY_UNKNOWN,   /* outside the table: nobody can say */
  MADO_DAY_ORDINARY,
  MADO_DAY_HOLIDAY,   /* a national holiday or a substitute holiday */
} MadoDayKind;

typedef struct _MadoHolidays MadoHolidays;

MadoHolidays *mado_holidays_new_from_bytes (GBytes        *bytes,
                                            GError       **error);
MadoHolidays *mado_holidays_get_default    (void);
void          mado_holidays_free           (MadoHolidays  *self);

MadoDayKind   mado_holidays_classify       (MadoHolidays  *self,
                                            const GDate   *date);
const GDate  *mado_holidays_get_last_day   (MadoHolidays  *self);
const char   *mado_holidays_get_source     (MadoHolidays  *self);
const GDate  *mado_holidays_get_checked    (MadoHolidays  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MadoHolidays, mado_holidays_free)

G_END_DECLS
