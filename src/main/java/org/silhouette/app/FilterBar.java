package org.silhouette.app;

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
import org.silhouette.project.LabelInfo;
import org.silhouette.render.MapSelection;
import org.silhouette.session.LabelReview;
import org.silhouette.session.MapFilter;
import org.silhouette.session.ProjectSession;

import java.util.BitSet;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The bar above the map that filters it: show all images, the unlabelled ones, one label's, the doubtful labels
 * or the unsure suggestions, and search the file names. The map dims what does not match (faint dots beneath
 * the rest); the bar counts the matches and selects them on request. Ctrl+F comes here; Esc clears the filter
 * and Enter goes back to the map. Which rows match is {@link MapFilter}'s; the doubtful labels are looked for on
 * the compute thread. FX thread.
 */
final class FilterBar {

    /** One entry of the "Show" box. */
    record Choice(String text, MapFilter.Kind kind, int labelId) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static final Choice ALL = new Choice("All images", MapFilter.Kind.ALL, -1);

    private final MapPresenter presenter;
    private final ExecutorService compute;
    private final StatusLine status;
    private final Supplier<ProjectSession> session;
    private final ChoiceBox<Choice> show = new ChoiceBox<>();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final ToolBar bar;
    private MapFilter filter = MapFilter.NONE;
    /** The doubtful images with the label each is doubtful for; null until looked for. */
    private Map<Integer, Integer> doubtful;
    private ProjectSession doubtfulFor;
    private ProjectSession lookingFor;
    private final LatestOnly looking = new LatestOnly();

    FilterBar(MapPresenter presenter, ExecutorService compute, StatusLine status, Supplier<ProjectSession> session) {
        this.presenter = presenter;
        this.compute = compute;
        this.status = status;
        this.session = session;
        show.setId("filter-show");
        show.setTooltip(new Tooltip("Which images the map shows in full; it dims the rest"));
        show.getItems().setAll(fixedChoices());
        show.setValue(ALL);
        show.valueProperty().addListener((o, was, now) -> chosen(now));
        search.setId("filter-search");
        search.setPromptText("File name contains…  (Ctrl+F)");
        search.setPrefColumnCount(22);
        search.textProperty().addListener((o, was, now) -> {
            filter = filter.withText(now);
            apply();
        });
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        show.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        count.setId("filter-count");
        Button select = AppToolbar.button("Select them", "Select the images the filter shows, to name them or"
                + " accept their suggestions", this::selectMatches);
        Button clear = AppToolbar.button("Clear", "Show every image again (Esc in the search box)", this::clear);
        bar = new ToolBar(new Label("Show"), show, new Label("Name"), search, clear, select, count);
        bar.setId("filter-bar");
        bar.setPadding(new Insets(3, 8, 3, 8));
        presenter.addLabelListener(this::updateLabelChoices);
        presenter.addShownListener(this::apply);
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
        show.setValue(ALL);
        search.clear();
        filter = MapFilter.NONE;
        apply();
    }

    void setFilter(Choice choice, String text) {
        show.setValue(show.getItems().stream().filter(c -> same(c, choice)).findFirst().orElse(ALL));
        search.setText(text);
    }

    MapFilter filter() {
        return filter;
    }

    /** The rows the filter keeps now (every row when it is off). */
    BitSet matches() {
        ProjectSession ws = session.get();
        if (ws == null || !filter.isActive()) {
            BitSet all = new BitSet();
            all.set(0, presenter.rows().count());
            return all;
        }
        return filter.matches(presenter.shownRows(), ws::imageName, doubtfulOf(ws) == null ? Map.of() : doubtful);
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            clear();
        } else if (e.getCode() != KeyCode.ENTER) {
            return;
        }
        presenter.map().requestFocus();
        e.consume();
    }

    private void chosen(Choice c) {
        if (c == null) {
            return;
        }
        filter = filter.withKind(c.kind(), c.labelId());
        if (c.kind() == MapFilter.Kind.DOUBTFUL) {
            lookForDoubtful();
        }
        apply();
    }

    /** Dims the rows the filter does not keep, and says how many it keeps. */
    private void apply() {
        int n = presenter.rows().count();
        if (!filter.isActive() || session.get() == null) {
            presenter.map().setDimmed(null);
            count.setText("");
            return;
        }
        if (filter.kind() == MapFilter.Kind.DOUBTFUL && doubtfulOf(session.get()) == null) {
            if (lookingFor != session.get()) {
                lookForDoubtful(); // another project since
            }
            presenter.map().setDimmed(null);
            count.setText("looking for doubtful labels…");
            return;
        }
        BitSet kept = matches();
        presenter.map().setDimmed(MapFilter.dimmedOutside(kept, n));
        count.setText(String.format(java.util.Locale.ROOT, "%,d of %,d images", kept.cardinality(), n));
    }

    private void selectMatches() {
        BitSet kept = matches();
        presenter.map().selectionModel().apply(kept, MapSelection.Op.REPLACE);
        status.message(String.format(java.util.Locale.ROOT, "Selected the %,d image%s the filter shows.",
                kept.cardinality(), kept.cardinality() == 1 ? "" : "s"));
        presenter.map().requestFocus();
    }

    /** Asks the session for the doubtful labels afresh, each time the filter is chosen. */
    private void lookForDoubtful() {
        ProjectSession ws = session.get();
        doubtful = null;
        doubtfulFor = null;
        if (ws == null) {
            return;
        }
        lookingFor = ws;
        looking.run(compute, () -> ws.doubtfulLabels(Cancellation.NEVER), (found, error) -> {
            if (ws != session.get()) {
                return;
            }
            if (error != null) {
                status.message("Could not look for doubtful labels: " + Dialogs.describe(error));
                return;
            }
            doubtfulFor = ws;
            doubtful = found.stream().collect(Collectors.toMap(LabelReview.DoubtfulImage::image,
                    LabelReview.DoubtfulImage::label, (a, b) -> a));
            apply();
        });
    }

    /** The doubtful images found for this session, or null. */
    private Map<Integer, Integer> doubtfulOf(ProjectSession ws) {
        return ws == doubtfulFor ? doubtful : null;
    }

    /** One "Show" entry per label, rebuilt as labels come and go; the choice stays when its label does. */
    private void updateLabelChoices() {
        Choice was = show.getValue();
        var items = new java.util.ArrayList<>(fixedChoices());
        for (LabelInfo l : presenter.palette().labels()) {
            items.add(new Choice("Label '" + l.name() + "'", MapFilter.Kind.LABEL, l.id()));
        }
        if (!items.equals(show.getItems())) {
            show.getItems().setAll(items);
            show.setValue(items.stream().filter(c -> same(c, was)).findFirst().orElse(ALL));
        }
    }

    private static java.util.List<Choice> fixedChoices() {
        return java.util.List.of(ALL, new Choice("Unlabelled", MapFilter.Kind.UNLABELLED, -1),
                new Choice("Doubtful labels", MapFilter.Kind.DOUBTFUL, -1),
                new Choice(String.format(java.util.Locale.ROOT, "Unsure suggestions (below %.1f)",
                        MapFilter.UNSURE_BELOW), MapFilter.Kind.UNSURE, -1));
    }

    private static boolean same(Choice a, Choice b) {
        return a != null && b != null && a.kind() == b.kind() && a.labelId() == b.labelId();
    }

    static Choice choice(MapFilter.Kind kind, int labelId) {
        return new Choice(Objects.toString(kind), kind, labelId);
    }
}
