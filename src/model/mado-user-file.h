/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean mado_user_file_replace (const char  *directory,
                                 const char  *path,
                                 const char  *data,
                                 gsize        length,
                                 GError     **error);

/* How a store of the user's (the incident sheets, the own contacts) is
 * saved by MadoUserSaver. The owner is the store; it must have a
 * "save-failed" signal with a GError. */
typedef struct
{
  const char *name;                                   /* names the timeout and the thread */
  guint       delay_ms;                               /* a change is on disk at most this late */
  /* What to write, taken on the main thread; turned into bytes in the
   * writing thread, so it must not be what the main thread changes. */
  gpointer  (*snapshot)      (GObject       *owner);
  GBytes   *(*to_bytes)      (gpointer       snapshot);
  void      (*free_snapshot) (gpointer       snapshot);
  /* Whether the store may save now, and if not why, for the person. */
  gboolean  (*check)         (GObject       *owner,
                              GError       **error);
  /* A write failed for @reason: the store's words for it. */
  void      (*write_failed)  (const GError  *reason,
                              GError       **error);
} MadoUserSaverSpec;

typedef struct _MadoUserSaver MadoUserSaver;

MadoUserSaver *mado_user_saver_new                 (const MadoUserSaverSpec  *spec,
                                                    GObject                  *owner,
                                                    const char               *directory,
                                                    const char               *path);
void           mado_user_saver_free                (MadoUserSaver            *saver);
void           mado_user_saver_changed             (MadoUserSaver            *saver);
void           mado_user_saver_count_change        (MadoUserSaver            *saver);
gboolean       mado_user_saver_flush               (MadoUserSaver            *saver,
                                                    GError                  **error);
gboolean       mado_user_saver_has_unsaved_changes (MadoUserSaver            *saver);
void           mado_user_saver_stop                (MadoUserSaver            *saver);

G_END_DECLS
