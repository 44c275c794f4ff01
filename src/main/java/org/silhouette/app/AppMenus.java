package org.silhouette.app;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.silhouette.app.map.MapView;
import org.silhouette.render.ColourMode;
import org.silhouette.session.FileMenu;
import org.silhouette.session.UserPrefs;

import java.util.List;
import java.util.function.Supplier;

/** The menu bar; every item calls into a controller. FX thread. */
final class AppMenus {

    /** What the File and Help menus need from the window. */
    interface Window {
        void openFolder();

        void openProject();

        void open(UserPrefs.Recent recent);

        List<UserPrefs.Recent> recent();

        void settings();

        void showProblems();

        void nameSelection();

        void showDoubtfulLabels();

        void preview();

        void showGallery();

        void quit();
    }

    private AppMenus() {
    }

    static MenuBar build(Window w, LabelController labels, LoopController loop, ExportController export, MapView map,
            Menu review, ObservableBooleanValue projectOpen, Supplier<javafx.stage.Window> owner) {
        BooleanBinding noProject = javafx.beans.binding.Bindings.not(projectOpen);
        BooleanBinding cannotWrite = labels.writableProperty().not();

        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> fillRecent(recent, w));
        recent.getItems().add(new MenuItem("(none)"));
        Menu exportMenu = new Menu("Export");
        Menu importMenu = new Menu("Import");
        for (FileMenu entry : FileMenu.values()) {
            (entry.imports() ? importMenu : exportMenu).getItems().add(item(entry.item(), null, () -> export.ask(entry),
                    entry.imports() ? cannotWrite : noProject));
        }
        Menu file = new Menu("File", null,
                item("Open folder…", "Shortcut+O", w::openFolder, null),
                item("Open project…", "Shortcut+Shift+O", w::openProject, null),
                recent, new SeparatorMenuItem(), importMenu, exportMenu, new SeparatorMenuItem(),
                item("Settings…", "Shortcut+Comma", w::settings, noProject),
                item("Problems…", null, w::showProblems, noProject),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", w::quit, null));

        Menu edit = new Menu("Edit", null,
                item("Undo", "Shortcut+Z", labels::undo, cannotWrite),
                item("Redo", "Shortcut+Shift+Z", labels::redo, cannotWrite),
                new SeparatorMenuItem(),
                item("Name the selection…  (N)", null, w::nameSelection, cannotWrite),
                item("Remove labels from the selection  (Backspace)", null, labels::removeLabels, cannotWrite),
                item("Accept suggestions in the selection  (Shift+A)", null, labels::acceptSuggestions, cannotWrite),
                item("Doubtful labels…", "Shortcut+D", w::showDoubtfulLabels, noProject),
                new SeparatorMenuItem(),
                item("Select all  (Ctrl+A)", null, () -> map.selectionModel().selectAll(), noProject),
                item("Invert selection  (Ctrl+I)", null, () -> map.selectionModel().invert(), noProject),
                item("Clear selection  (Esc)", null, () -> map.selectionModel().clear(), noProject),
                item("Select the most uncertain  (U)", null, labels::selectMostUncertain, noProject));

        Menu colour = new Menu("Colour by");
        ToggleGroup modes = new ToggleGroup();
        for (ColourMode m : ColourMode.values()) {
            RadioMenuItem r = new RadioMenuItem(m.title());
            r.setToggleGroup(modes);
            r.setSelected(map.colourModeProperty().get() == m);
            r.setOnAction(e -> map.setColourMode(m));
            map.colourModeProperty().addListener((o, was, now) -> r.setSelected(now == m));
            colour.getItems().add(r);
        }
        // Space has no accelerator: pressed and held on the map it pans
        Menu view = new Menu("View", null, colour, item("Show the whole map  (F)", null, map::fitToView, noProject),
                new SeparatorMenuItem(),
                item("Preview  (Space, double-click)", null, w::preview, noProject),
                item("Gallery of the selection  (G)", null, w::showGallery, noProject));

        CheckMenuItem auto = new CheckMenuItem("Auto retrain");
        auto.selectedProperty().bindBidirectional(loop.autoProperty());
        Menu mapMenu = new Menu("Map", null,
                item("Retrain now", "Shortcut+R", loop::retrainNow, noProject),
                auto,
                item("Cancel retraining", null, loop::cancel, null));

        Menu help = new Menu("Help", null, item("Keyboard shortcuts", "F1", () -> Shortcuts.show(owner.get()), null));
        MenuBar bar = new MenuBar(file, edit, view, review, mapMenu, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static void fillRecent(Menu recent, Window w) {
        recent.getItems().clear();
        for (UserPrefs.Recent r : w.recent()) {
            MenuItem m = new MenuItem(r.label());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> w.open(r));
            recent.getItems().add(m);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    static MenuItem item(String text, String accelerator, Runnable action, ObservableBooleanValue disabled) {
        MenuItem m = new MenuItem(text);
        m.setMnemonicParsing(false);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        if (disabled != null) {
            m.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(disabled::get, disabled));
        }
        return m;
    }

}
