/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mado-application.h"
#include "mado-phrased-label.h"
#include "mado-phrases.h"

#define PHRASES_RESOURCE RESOURCE_BASE "/dataset/ja-phrases.json"

/* A phrase longer than this many characters is left breakable: locked whole,
 * it would be wider than a title line at 400 px, and a label asks for its
 * widest unbreakable piece as its minimum width, so it would widen the
 * window. build-aux/segment-phrases cuts long phrases so that few remain. */
#define MAX_LOCKED_CHARS 12

/* The phrases of the bundled data, read once, when the first text that is
 * not plain ASCII asks for them (an English interface never does). */
static MadoPhrases *
default_phrases (void)
{
  static MadoPhrases *phrases;
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;

      mado_application_register_resources ();
      bytes = g_resources_lookup_data (PHRASES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        phrases = mado_phrases_new_from_bytes (bytes, &error);
      /* The build checks the file, so this is a broken build: the text
       * still shows, with the usual line breaking. */
      if (phrases == NULL)
        g_critical ("Cannot read the phrases of " PHRASES_RESOURCE ": %s", error->message);
      g_once_init_leave (&loaded, 1);
    }

  return phrases;
}

static gboolean
is_ascii (const char *text)
{
  for (const char *c = text; *c; c++)
    if ((guchar) *c >= 0x80)
      return FALSE;
  return TRUE;
}

/**
 * mado_phrase_attributes_new:
 * @text: a Japanese title, heading or label as the dataset gives it
 *
 * For a PangoLayout of one's own: attributes that keep each phrase of @text
 * on one line, so that lines break only between phrases.
 *
 * Returns: (transfer full) (nullable): %NULL when @text has no known phrases
 */
PangoAttrList *
mado_phrase_attributes_new (const char *text)
{
  MadoPhrases *phrases;
  PangoAttrList *attributes = NULL;
  const guint *offsets;
  guint n_phrases;

  g_return_val_if_fail (text != NULL, NULL);

  if (is_ascii (text) || (phrases = default_phrases ()) == NULL)
    return NULL;
  offsets = mado_phrases_lookup (phrases, text, &n_phrases);
  if (offsets == NULL)
    return NULL;

  for (guint i = 0; i < n_phrases; i++)
    {
      PangoAttribute *keep;

      if (g_utf8_strlen (text + offsets[i], offsets[i + 1] - offsets[i]) > MAX_LOCKED_CHARS)
        continue;

      if (attributes == NULL)
        attributes = pango_attr_list_new ();
      keep = pango_attr_allow_breaks_new (FALSE);
      keep->start_index = offsets[i];
      keep->end_index = offsets[i + 1];
      pango_attr_list_insert (attributes, keep);
    }

  return attributes;
}

/**
 * mado_label_set_phrased_text:
 * @label: a label that wraps
 * @text: a Japanese title, heading or label as the dataset (or the Japanese
 *   translation) gives it; English and unknown texts are set as they are
 *
 * Sets @text, as plain text (no markup, no mnemonic), so that its lines
 * break only between phrases: 「ランサムウェアに感染した」 may break before
 * 感染した, never inside ランサムウェア. Replaces the label's attributes. The
 * label should wrap (gtk_label_set_wrap(), %PANGO_WRAP_WORD_CHAR).
 */
void
mado_label_set_phrased_text (GtkLabel   *label,
                             const char *text)
{
  g_autoptr(PangoAttrList) attributes = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (text != NULL);

  attributes = mado_phrase_attributes_new (text);
  gtk_label_set_text (label, text);
  gtk_label_set_attributes (label, attributes);
}
