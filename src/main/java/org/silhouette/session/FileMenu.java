package org.silhouette.session;

import org.silhouette.project.Exporter;

import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * The entries of File > Export and File > Import: each one's menu text, what it asks the user for (a file to
 * save, a file to open or a folder, with the chooser's title and file type) and the {@link FileActions} action it
 * runs with the answer. The window shows the choosers; what they ask and what follows is decided here.
 */
public enum FileMenu {

    EXPORT_CSV("Labels CSV…", Ask.SAVE, "Export labels as CSV", "labels.csv", "CSV", FileActions::labelsCsv),
    EXPORT_COPIES("ImageFolder tree (copies)…", Ask.FOLDER, "Export an ImageFolder tree (copies) into an empty folder",
            null, null, (ws, dir) -> FileActions.imageFolder(ws, dir, Exporter.LinkMode.COPY)),
    EXPORT_LINKS("ImageFolder tree (links)…", Ask.FOLDER, "Export an ImageFolder tree (links) into an empty folder",
            null, null, (ws, dir) -> FileActions.imageFolder(ws, dir, Exporter.LinkMode.SYMLINK)),
    EXPORT_EMBEDDINGS("Embeddings .npy + coordinates CSV…", Ask.SAVE,
            "Export embeddings (.npy; the coordinates go beside it)", "embeddings.npy", "NumPy array",
            FileActions::embeddings),
    EXPORT_MANIFEST("JSON manifest…", Ask.SAVE, "Export a JSON manifest (images, labels, map, suggestions)",
            "manifest.json", "JSON", FileActions::manifest),
    IMPORT_CSV("Labels CSV…", Ask.OPEN, "Import labels from a CSV (path,label)", "labels.csv", "CSV",
            FileActions::importCsv),
    IMPORT_FOLDER("ImageFolder labels…", Ask.IMAGE_FOLDER,
            "Import labels from an ImageFolder tree (one folder per label)", null, null, FileActions::importImageFolder);

    /**
     * What the entry asks for: a file to write, a file to read, a folder, or a folder starting from the project's
     * images.
     */
    public enum Ask { SAVE, OPEN, FOLDER, IMAGE_FOLDER }

    private final String item;
    private final Ask ask;
    private final String title;
    private final String fileName;
    private final String fileKind;
    private final BiFunction<ProjectSession, Path, FileActions.Action> action;

    FileMenu(String item, Ask ask, String title, String fileName, String fileKind,
            BiFunction<ProjectSession, Path, FileActions.Action> action) {
        this.item = item;
        this.ask = ask;
        this.title = title;
        this.fileName = fileName;
        this.fileKind = fileKind;
        this.action = action;
    }

    /** The menu item's text. */
    public String item() {
        return item;
    }

    public Ask ask() {
        return ask;
    }

    /** The chooser's title. */
    public String title() {
        return title;
    }

    /** The file name a save offers, or null for a folder. */
    public String fileName() {
        return fileName;
    }

    /** What the chooser calls the files it shows ("CSV"), or null for a folder. */
    public String fileKind() {
        return fileKind;
    }

    /** The chooser's filter: the files ending as {@link #fileName()} does, or null for a folder. */
    public String pattern() {
        return fileName == null ? null : "*" + fileName.substring(fileName.lastIndexOf('.'));
    }

    /** An import changes labels: it needs a project that can be written. */
    public boolean imports() {
        return this == IMPORT_CSV || this == IMPORT_FOLDER;
    }

    /** The action this entry runs on {@code ws} with the file or folder the user chose. */
    public FileActions.Action action(ProjectSession ws, Path chosen) {
        return action.apply(ws, chosen);
    }
}
