/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "mado-data-source.h"

/* The administrator's location and the choice between their dataset and the
 * bundled one. The location is one directory, found once, so that what else
 * an administrator deploys there (organisation-wide contacts) is read from
 * the same place as the dataset. */

static gboolean
has_dataset (GFile *dir)
{
  g_autoptr(GFile) file = g_file_get_child (dir, MADO_ADMIN_DATASET_NAME);

  return g_file_query_exists (file, NULL);
}

/* The administrator's directory and where it was found, or NULL when there is
 * none. The Flatpak data extension comes first; then the first of
 * @data_dirs ($XDG_DATA_DIRS) whose madoguchi/ holds a dataset: the first
 * match wins, as for every other file found along XDG_DATA_DIRS. */
GFile *
mado_data_source_find_admin_dir (const char         *extension_dir,
                                 const char * const *data_dirs,
                                 MadoDataOrigin     *origin)
{
  if (extension_dir != NULL)
    {
      g_autoptr(GFile) dir = g_file_new_for_path (extension_dir);

      if (has_dataset (dir))
        {
          if (origin != NULL)
            *origin = MADO_DATA_ORIGIN_EXTENSION;
          return g_steal_pointer (&dir);
        }
    }

  for (guint i = 0; data_dirs != NULL && data_dirs[i] != NULL; i++)
    {
      g_autoptr(GFile) dir = g_file_new_build_filename (data_dirs[i], "madoguchi", NULL);

      if (has_dataset (dir))
        {
          if (origin != NULL)
            *origin = MADO_DATA_ORIGIN_SYSTEM;
          return g_steal_pointer (&dir);
        }
    }

  if (origin != NULL)
    *origin = MADO_DATA_ORIGIN_BUNDLED;
  return NULL;
}

static gboolean
has_own_contacts (GFile *dir)
{
  g_autoptr(GFile) file = g_file_get_child (dir, MADO_ADMIN_OWN_CONTACTS_NAME);

  return g_file_query_exists (file, NULL);
}

/* Where the organisation-wide own contacts are, or NULL: beside the
 * administrator's dataset when there is one (the same location, found the
 * same way); otherwise the first location, in the same order, that holds
 * them alone (an administrator may deploy contacts without a dataset). */
GFile *
mado_data_source_find_own_contacts_dir (const char         *extension_dir,
                                        const char * const *data_dirs)
{
  g_autoptr(GFile) admin = mado_data_source_find_admin_dir (extension_dir, data_dirs, NULL);

  if (admin != NULL)
    return has_own_contacts (admin) ? g_steal_pointer (&admin) : NULL;
  if (extension_dir != NULL)
    {
      g_autoptr(GFile) dir = g_file_new_for_path (extension_dir);

      if (has_own_contacts (dir))
        return g_steal_pointer (&dir);
    }
  for (guint i = 0; data_dirs != NULL && data_dirs[i] != NULL; i++)
    {
      g_autoptr(GFile) dir = g_file_new_build_filename (data_dirs[i], "madoguchi", NULL);

      if (has_own_contacts (dir))
        return g_steal_pointer (&dir);
    }
  return NULL;
}

/* Loads the administrator's dataset if there is one, and the bundled one when
 * there is none or it is refused: a desk never starts without data because of
 * a broken deployment. The administrator's file goes through the same loader
 * and the same size limit, checked before the file is read. */
MadoDataChoice *
mado_data_source_choose (const char         *extension_dir,
                         const char * const *data_dirs,
                         const char         *bundled_resource,
                         const char         *language)
{
  g_autoptr(MadoDataChoice) choice = g_new0 (MadoDataChoice, 1);
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  MadoDataOrigin origin;

  g_return_val_if_fail (bundled_resource != NULL, NULL);

  dir = mado_data_source_find_admin_dir (extension_dir, data_dirs, &origin);
  if (dir != NULL)
    {
      choice->admin_file = g_file_get_child (dir, MADO_ADMIN_DATASET_NAME);
      choice->dataset = mado_dataset_new_from_file (choice->admin_file, language,
                                                    &choice->admin_error);
      if (choice->dataset != NULL)
        {
          choice->origin = origin;
          return g_steal_pointer (&choice);
        }
    }

  choice->origin = MADO_DATA_ORIGIN_BUNDLED;
  choice->dataset = mado_dataset_new_from_resource (bundled_resource, language, &error);
  /* The build refuses a broken bundled dataset, so this is a broken install. */
  if (choice->dataset == NULL)
    g_message ("The bundled dataset could not be loaded: %s", error->message);
  return g_steal_pointer (&choice);
}

/* Checks @file as the app would load it, in every language it serves: what
 * validate-dataset and `madoguchi --validate` run before a deployment. */
gboolean
mado_data_source_validate_file (GFile   *file,
                                GError **error)
{
  static const char * const languages[] = { "ja", "en" };

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(MadoDataset) dataset = mado_dataset_new_from_file (file, languages[i], error);

      if (dataset == NULL)
        return FALSE;
    }
  return TRUE;
}

void
mado_data_choice_free (MadoDataChoice *choice)
{
  if (choice == NULL)
    return;

  g_clear_object (&choice->dataset);
  g_clear_object (&choice->admin_file);
  g_clear_error (&choice->admin_error);
  g_free (choice);
}
