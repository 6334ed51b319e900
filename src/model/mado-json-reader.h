/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "mado-dataset-error.h"

G_BEGIN_DECLS

/* A cursor over the dataset's JSON while it is being validated. It keeps the JSON
 * path of the value being read, so every error can say where it is, and the
 * lookup tables that let later parts refer to earlier ones by id. It is private to
 * the model: each model class reads its own fields with it. */
typedef struct _MadoJsonReader MadoJsonReader;

/* What mado_json_check_input() lets through to json-glib. */
typedef struct
{
  gsize max_size;    /* bytes in the whole input */
  guint max_depth;   /* objects and arrays inside each other */
  gsize max_string;  /* bytes of one string as written, escapes included */
} MadoJsonLimits;

gboolean        mado_json_check_input            (const char     *data,
                                                  gsize           size,
                                                  const MadoJsonLimits *limits,
                                                  GArray         *lone_surrogates,
                                                  GError        **error);

/* Reads one element of an array into a new object, or returns NULL after
 * failing the reader. */
typedef gpointer (*MadoJsonReadFunc) (MadoJsonReader *reader,
                                      JsonNode       *node,
                                      GString        *collect);

MadoJsonReader *mado_json_reader_new             (const char     *language);
void            mado_json_reader_free            (MadoJsonReader *reader);

const char     *mado_json_reader_get_language    (MadoJsonReader *reader);
GError         *mado_json_reader_steal_error     (MadoJsonReader *reader);
gboolean        mado_json_reader_failed          (MadoJsonReader *reader);

void            mado_json_reader_fail            (MadoJsonReader *reader,
                                                  MadoDatasetError code,
                                                  const char     *format,
                                                  ...) G_GNUC_PRINTF (3, 4);

gsize           mado_json_reader_push_member     (MadoJsonReader *reader,
                                                  const char     *name);
gsize           mado_json_reader_push_index      (MadoJsonReader *reader,
                                                  guint           index);
void            mado_json_reader_pop             (MadoJsonReader *reader,
                                                  gsize           mark);
const char     *mado_json_reader_get_path        (MadoJsonReader *reader);

JsonObject     *mado_json_reader_object          (MadoJsonReader *reader,
                                                  JsonNode       *node,
                                                  const char * const *allowed);
JsonArray      *mado_json_reader_array           (MadoJsonReader *reader,
                                                  JsonObject     *object,
                                                  const char     *name,
                                                  gboolean        required,
                                                  guint           min_length);
GListModel     *mado_json_reader_list            (MadoJsonReader *reader,
                                                  JsonObject     *object,
                                                  const char     *name,
                                                  gboolean        required,
                                                  GType           item_type,
                                                  MadoJsonReadFunc read,
                                                  GString        *collect);
char           *mado_json_reader_string          (MadoJsonReader *reader,
                                                  JsonObject     *object,
                                                  const char     *name,
                                                  gboolean        required);
char           *mado_json_reader_text            (MadoJsonReader *reader,
                                                  JsonObject     *object,
                                                  const char     *name,
                                                  gboolean        required,
                                                  GString        *collect);
char          **mado_json_reader_text_array      (MadoJsonReader *reader,
                                                  JsonObject     *object,
                                                  const char     *name,
                                                  gboolean        required,
                                                  GString        *collect);
char           *mado_json_reader_id              (MadoJsonReader *reader,
                                                  JsonObject     *object,
                                                  const char     *name);
char           *mado_json_reader_url             (MadoJsonReader *reader,
                                                  JsonObject     *object,
                                                  const char     *name);
GDateTime      *mado_json_reader_date            (MadoJsonReader *reader,
                                                  JsonObject     *object,
                                                  const char     *name);
GDateTime      *mado_json_reader_optional_date   (MadoJsonReader *reader,
                                                  JsonObject     *object,
                                                  const char     *name);
int             mado_json_reader_enum            (MadoJsonReader *reader,
                                                  JsonObject     *object,
                                                  const char     *name,
                                                  const char * const *names);
gboolean        mado_json_reader_integer         (MadoJsonReader *reader,
                                                  JsonObject     *object,
                                                  const char     *name,
                                                  gint64         *value);

gboolean        mado_json_reader_register        (MadoJsonReader *reader,
                                                  const char     *table,
                                                  const char     *id,
                                                  gpointer        object);
gpointer        mado_json_reader_lookup          (MadoJsonReader *reader,
                                                  const char     *table,
                                                  const char     *id);
gpointer        mado_json_reader_resolve         (MadoJsonReader *reader,
                                                  const char     *table,
                                                  JsonObject     *object,
                                                  const char     *name);
gpointer        mado_json_reader_resolve_element (MadoJsonReader *reader,
                                                  const char     *table,
                                                  JsonArray      *array,
                                                  guint           index);
GListModel     *mado_json_reader_references      (MadoJsonReader *reader,
                                                  JsonObject     *object,
                                                  const char     *name,
                                                  const char     *table,
                                                  GType           item_type);
void            mado_json_reader_defer_reference (MadoJsonReader *reader,
                                                  const char     *table,
                                                  const char     *id);
gboolean        mado_json_reader_check_deferred  (MadoJsonReader *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MadoJsonReader, mado_json_reader_free)

G_END_DECLS
