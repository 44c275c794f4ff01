package org.silhouette.app;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.silhouette.core.Cancellation;
import org.silhouette.core.LatestOnly;
import org.silhouette.render.MapSelection;
import org.silhouette.session.MapFilter;
import org.silhouette.session.MapFiltering;
import org.silhouette.session.MapFiltering.Choice;
import org.silhouette.session.ProjectSession;

import java.util.BitSet;
import java.util.List;

/**
 * The bar above the map that filters it: show all images, the unlabelled ones, one label's, the doubtful labels
 * or the unsure suggestions, and search the file names. The map dims what does not match (faint dots beneath
 * the rest); the bar counts the matches and selects them on request. Ctrl+F comes here; Esc clears the filter
 * and Enter goes back to the map. What the bar holds and which rows match is {@link MapFiltering}'s; the
 * doubtful labels are looked for on the compute thread. FX thread.
 */
final class FilterBar {

    private final WindowParts app;
    private final ChoiceBox<Choice> show = new ChoiceBox<>();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final ToolBar bar;
    private final MapFiltering state = new MapFiltering();
    private ProjectSession lookingFor;
    private final LatestOnly looking = new LatestOnly(Platform::runLater);

    FilterBar(WindowParts app) {
        this.app = app;
        show.setId("filter-show");
        show.setTooltip(new Tooltip("Which images the map shows in full; it dims the rest"));
        show.getItems().setAll(MapFiltering.choices(List.of()));
        show.setValue(MapFiltering.ALL);
        show.valueProperty().addListener((o, was, now) -> chosen(now));
        search.setId("filter-search");
        search.setPromptText("File name contains…  (Ctrl+F)");
        search.setPrefColumnCount(22);
        search.textProperty().addListener((o, was, now) -> {
            state.search(now);
            apply();
        });
        KeyMap keys = KeyMap.anyModifiers().on(() -> {
            clear();
            app.map().requestFocus();
        }, KeyCode.ESCAPE).on(() -> app.map().requestFocus(), KeyCode.ENTER);
        search.addEventFilter(KeyEvent.KEY_PRESSED, keys::pressed);
        show.addEventFilter(KeyEvent.KEY_PRESSED, keys::pressed);
        count.setId("filter-count");
        Button select = AppToolbar.button("Select them", "Select the images the filter shows, to name them or"
                + " accept their suggestions", this::selectMatches);
        Button clear = AppToolbar.button("Clear", "Show every image again (Esc in the search box)", this::clear);
        bar = new ToolBar(new Label("Show"), show, new Label("Name"), search, clear, select, count);
        bar.setId("filter-bar");
        bar.setPadding(new Insets(3, 8, 3, 8));
        app.presenter().addLabelListener(this::updateLabelChoices);
        app.presenter().addShownListener(this::apply);
    }

    ToolBar node() {
        return bar;
    }

    /** Ctrl+F: the keyboard to the search box. */
    void focus() {
        search.requestFocus();
        search.selectAll();
    }

    /** Shows every image in full again. */
    void clear() {
        show.setValue(MapFiltering.ALL);
        search.clear();
        state.clear();
        apply();
    }

    void setFilter(Choice choice, String text) {
        show.setValue(MapFiltering.same(show.getItems(), choice));
        search.setText(text);
    }

    MapFilter filter() {
        return state.filter();
    }

    /** The rows the filter keeps now (every row when it is off). */
    BitSet matches() {
        ProjectSession ws = app.current();
        return state.matches(ws, app.presenter().shownRows(), ws == null ? null : ws::imageName);
    }

    private void chosen(Choice c) {
        if (c == null) {
            return;
        }
        state.choose(c);
        if (c.kind() == MapFilter.Kind.DOUBTFUL) {
            lookForDoubtful();
        }
        apply();
    }

    /** Dims the rows the filter does not keep, and says how many it keeps. */
    private void apply() {
        ProjectSession ws = app.current();
        MapFiltering.Shown shown = state.shown(ws, app.presenter().shownRows(), ws == null ? null : ws::imageName);
        if (shown.waiting() && lookingFor != ws) {
            lookForDoubtful(); // another project since
        }
        app.map().setDimmed(shown.dimmed());
        count.setText(shown.count());
    }

    private void selectMatches() {
        BitSet kept = matches();
        app.presenter().selection().apply(kept, MapSelection.Op.REPLACE);
        app.status().message(MapFiltering.selected(kept.cardinality()));
        app.map().requestFocus();
    }

    /** Asks the session for the doubtful labels afresh, each time the filter is chosen. */
    private void lookForDoubtful() {
        ProjectSession ws = app.current();
        state.forgetDoubtful();
        if (ws == null) {
            return;
        }
        lookingFor = ws;
        app.compute(looking, ws, () -> ws.doubtfulLabels(Cancellation.NEVER), found -> {
            state.doubtfulFound(ws, found);
            apply();
        }, why -> app.status().message("Could not look for doubtful labels: " + why));
    }

    /** One "Show" entry per label, rebuilt as labels come and go; the choice stays when its label does. */
    private void updateLabelChoices() {
        Choice was = show.getValue();
        List<Choice> items = MapFiltering.choices(app.presenter().palette().labels());
        if (!items.equals(show.getItems())) {
            show.getItems().setAll(items);
            show.setValue(MapFiltering.same(items, was));
        }
    }
}
