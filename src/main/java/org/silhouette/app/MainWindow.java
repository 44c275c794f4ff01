package org.silhouette.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.silhouette.app.map.MapView;
import org.silhouette.session.MapPresenter;
import org.silhouette.session.MapSnapshot;
import org.silhouette.session.OpenRequest;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.ProjectSettings;
import org.silhouette.session.SelectionGestures;
import org.silhouette.session.UserPrefs;
import org.silhouette.session.Workers;

import java.io.File;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The main window: menus and toolbar, the label and quality panels, the map, the selection inspector, the
 * task list and the status bar. It wires the controllers together and holds no work of its own. FX thread.
 */
public final class MainWindow implements AppMenus.Window {

    /** @param offerZoo whether to offer the ResNet download once (not in screenshots and tests) */
    public record Options(boolean offerZoo) {
    }

    private final Workers workers = new Workers();
    private final UserPrefs prefs = UserPrefs.load(UserPrefs.defaultDir());
    private final MapView map = new MapView();
    private final MapPresenter presenter = new MapPresenter(map);
    private final StatusLine status = new StatusLine();
    private final TaskList tasks = new TaskList();
    private final LabelController labels;
    private final LoopController loop;
    private final ProjectController project;
    private final SessionView view;
    private final ExportController export;
    private final LabelPanel labelPanel;
    private final QualityPanel quality = new QualityPanel();
    private final InspectorPanel inspector;
    private final NameBox nameBox;
    private final DoubtfulLabelsDialog doubtful;
    private final ImageViews looks;
    final ReviewViews review;
    private final Banner notifications;
    private final ActionBar actions = new ActionBar(map::requestFocus);
    private final Scene scene;
    private final Options options;
    private final Label backbone = new Label();
    private Stage stage;

    public MainWindow(Options options) {
        this.options = options;
        labels = new LabelController(presenter, workers.store, status, actions, this::owner);
        loop = new LoopController(workers.compute, tasks, status, this::moved, this::analysed);
        labelPanel = new LabelPanel(labels, this::owner, () -> presenter.rows().count());
        inspector = new InspectorPanel(presenter, workers.inspector, labels.writableProperty(), this::nameSelection);
        nameBox = new NameBox(() -> presenter.palette().names());
        WindowParts parts = new WindowParts(map, presenter, labels, workers, status, this::current, this::owner);
        doubtful = new DoubtfulLabelsDialog(parts);
        notifications = new Banner(map::requestFocus);
        looks = new ImageViews(parts);
        review = new ReviewViews(parts, looks.gallery::show);
        view = new SessionView(new SessionView.Parts(presenter, labels, loop, inspector, labelPanel, quality,
                status, notifications, backbone), this::current, () -> stage, this::showProblems);
        project = new ProjectController(workers, tasks, status, view, this::owner, prefs);
        export = new ExportController(project::current, workers, tasks, status, this::owner);

        SplitPane split = new SplitPane(leftColumn(), centre(), inspector.node());
        split.setDividerPositions(0.2, 0.8);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        SplitPane.setResizableWithParent(split.getItems().get(2), false);
        BorderPane root = new BorderPane(split);
        root.setTop(new VBox(AppMenus.build(this, labels, loop, export, map, review.menu(project.currentProperty()
                .isNotNull()), project.currentProperty().isNotNull(), this::owner), AppToolbar.build(map, labels, loop,
                project.currentProperty().isNotNull(), this::nameSelection, backbone), review.filter.node()));
        root.setBottom(status.node());
        scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("app.css")).toExternalForm());
        loop.autoProperty().addListener((o, was, now) -> rememberAuto(now));
        new MapKeys(map, presenter, labels, nameBox, this::nameSelection, () -> Shortcuts.show(owner()),
                looks.gallery::show, actions, status).install();
    }

    // ---- for the app, the harness and tests ----------------------------------------------------------------

    public Scene scene() {
        return scene;
    }

    public MapView map() {
        return map;
    }

    public MapPresenter presenter() {
        return presenter;
    }

    public LabelController labels() {
        return labels;
    }

    public LoopController loop() {
        return loop;
    }

    public ProjectController project() {
        return project;
    }

    LabelPanel labelPanel() {
        return labelPanel;
    }

    ExportController export() {
        return export;
    }

    InspectorPanel inspector() {
        return inspector;
    }

    QualityPanel quality() {
        return quality;
    }

    boolean nameBoxOpen() {
        return nameBox.isOpen();
    }

    Banner banner() {
        return notifications;
    }

    ActionBar actions() {
        return actions;
    }

    public StatusLine status() {
        return status;
    }

    TaskList tasks() {
        return tasks;
    }

    public void show(Stage s) {
        stage = s;
        s.setTitle("Silhouette");
        s.setScene(scene);
        s.setMinWidth(900);
        s.setMinHeight(600);
        s.show();
        map.requestFocus();
        // the bundled MobileNetV2 already serves photos; the download is offered only where it is missing
        if (options.offerZoo() && prefs.zooUnasked() && org.silhouette.session.DefaultBackbone.findMobileNet().isEmpty()) {
            offerZoo();
        }
    }

    /** Opens a folder or project; {@code done} gets true once the map with features is shown. */
    public void open(OpenRequest request, Consumer<Boolean> done) {
        status.message("Opening " + request.title() + "…");
        project.open(request, done);
    }

    /**
     * Cancels all work and frees everything: the head and its native memory, the thumbnails, the store (after
     * pending label writes), then the threads. Completes off the FX thread once every thread has ended.
     */
    public CompletableFuture<Void> shutdown() {
        loop.cancel();
        tasks.cancelAll();
        CompletableFuture<Void> closed = project.closeCurrent();
        map.dispose();
        return workers.shutdownAfter(closed, map::awaitDisposed);
    }

    // ---- AppMenus.Window --------------------------------------------------------------------------

    @Override
    public void openFolder() {
        File dir = chooseFolder("Open a folder of images");
        if (dir != null) {
            open(new OpenRequest(dir.toPath(), null, null), ok -> { });
        }
    }

    @Override
    public void openProject() {
        File dir = chooseFolder("Open a Silhouette project folder (e.g. a .silhouette folder)");
        if (dir != null) {
            open(new OpenRequest(null, dir.toPath(), null), ok -> { });
        }
    }

    /** The folder the user picks, or null when they cancel. */
    private File chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return chooser.showDialog(owner());
    }

    @Override
    public void open(UserPrefs.Recent r) {
        open(new OpenRequest(r.data(), r.project(), null), ok -> { });
    }

    @Override
    public List<UserPrefs.Recent> recent() {
        return prefs.recent();
    }

    @Override
    public void settings() {
        ProjectSession ws = project.current();
        if (ws == null) {
            return;
        }
        ProjectSettings before = ws.settings();
        SettingsDialog.edit(owner(), before, () -> ZooOffer.ask(owner(), prefs, this::savePrefs)).ifPresent(next -> {
            loop.autoProperty().set(next.autoRetrain());
            Runnable save = () -> workers.store.execute(() -> ws.storeSettings(next));
            if (!next.sameFeatures(before)) {
                loop.cancel();
                project.reembed(next, ok -> { // saved only once the new backbone worked, so reopening never fails on it
                    if (ok) {
                        save.run();
                    }
                });
            } else {
                ws.setSettings(next); // read by the next round
                save.run();
            }
        });
    }

    @Override
    public void showProblems() {
        ProjectSession ws = project.current();
        if (ws != null && !ws.problems().isEmpty()) {
            ProblemsDialog.show(owner(), ws.imageRoot(), ws.problems());
        }
    }

    @Override
    public void nameSelection() {
        int n = map.selectionModel().count();
        if (n == 0) {
            status.message(SelectionGestures.SELECT_FIRST);
            return;
        }
        nameBox.open(n, labels::assignName, map::requestFocus);
    }

    @Override
    public void showDoubtfulLabels() {
        doubtful.show();
    }

    DoubtfulLabelsDialog doubtfulLabels() {
        return doubtful;
    }

    @Override
    public void preview() {
        looks.preview.openFromMenu();
    }

    @Override
    public void showGallery() {
        looks.gallery.show();
    }

    ImageViews imageViews() {
        return looks;
    }

    @Override
    public void quit() {
        if (stage != null) {
            stage.close();
        }
    }

    // ---- for the loop and the view, which are made before the parts they call ---------------------

    private ProjectSession current() {
        return project.current();
    }

    private void moved(ProjectSession session, MapSnapshot s) {
        view.mapShown(session, s);
    }

    private void analysed(ProjectSession session, MapSnapshot s) {
        view.analysed(session, s);
    }

    // ---- layout and keys --------------------------------------------------------------------------

    private Window owner() {
        return stage;
    }

    private StackPane centre() {
        StackPane centre = new StackPane(map, nameBox.node(), tasks.node(), notifications.node(), actions.node());
        StackPane.setAlignment(actions.node(), Pos.BOTTOM_CENTER);
        StackPane.setMargin(actions.node(), new Insets(0, 0, 16, 0));
        // right of the map's buttons, never over them however narrow the map (centred, a wide banner overflowed)
        StackPane.setAlignment(notifications.node(), Pos.TOP_LEFT);
        StackPane.setMargin(notifications.node(), new Insets(10, 230, 0, 90)); // and left of the legend
        notifications.fitWithin(centre.widthProperty(), 320);
        StackPane.setAlignment(tasks.node(), Pos.BOTTOM_LEFT);
        StackPane.setMargin(tasks.node(), new Insets(0, 0, 10, 10));
        StackPane.setAlignment(nameBox.node(), Pos.TOP_CENTER);
        StackPane.setMargin(nameBox.node(), new Insets(140, 0, 0, 0));
        return centre;
    }

    private VBox leftColumn() {
        VBox left = new VBox(labelPanel.node(), new Separator(), quality.node());
        VBox.setVgrow(labelPanel.node(), Priority.ALWAYS);
        left.setMinWidth(220);
        left.setPrefWidth(260);
        return left;
    }

    private void offerZoo() {
        notifications.show("Silhouette works offline with its own small CNN. For photos, an ImageNet ResNet-18 from"
                + " DJL's model zoo (about 45 MB) often gives better maps.", "Download it…", () -> {
                    if (ZooOffer.ask(owner(), prefs, this::savePrefs)) {
                        status.message("The ResNet-18 can now be chosen in File > Settings; it is downloaded when"
                                + " first used.");
                    }
                }, "No, thanks", () -> {
                    prefs.setZooAnswer(UserPrefs.ZooAnswer.NO);
                    savePrefs();
                });
    }

    /** The Auto toggle is a project setting: the toolbar, the Map menu and the settings panel share it. */
    private void rememberAuto(boolean on) {
        ProjectSession ws = project.current();
        ProjectSettings next = ws == null ? null : ws.settings().autoSwitched(on, ws.isReadOnly());
        if (next != null) {
            ws.setSettings(next);
            workers.store.execute(() -> ws.storeSettings(next));
        }
    }

    private void savePrefs() {
        workers.files.execute(prefs::saveQuietly);
    }
}
