package org.silhouette.app;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.silhouette.project.LabelState;
import org.silhouette.session.MapPresenter;
import org.silhouette.session.MapSnapshot;
import org.silhouette.session.ProjectSession;
import org.silhouette.session.SelectionTexts;

import java.util.function.Supplier;

/**
 * Presents the open session in the window's parts: a project opened or closed, a new map, its analysis and
 * each label change go to the map, the panels, the status line and the title. Events of a session that is no
 * longer the current one are dropped. FX thread.
 */
final class SessionView implements ProjectController.Listener {

    /** The window's parts that show a session. */
    record Parts(MapPresenter presenter, LabelController labels, LoopController loop,
            InspectorPanel inspector, LabelPanel labelPanel, QualityPanel quality, StatusLine status, Banner banner,
            Label backbone) {
    }

    private final Parts p;
    private final Supplier<ProjectSession> current;
    private final Supplier<Stage> stage;
    private final Runnable showProblems;

    SessionView(Parts parts, Supplier<ProjectSession> current, Supplier<Stage> stage, Runnable showProblems) {
        this.p = parts;
        this.current = current;
        this.stage = stage;
        this.showProblems = showProblems;
        p.presenter().addLabelListener(this::updateCounts);
        p.presenter().selection().addListener(s -> updateCounts());
    }

    @Override
    public void opened(ProjectSession session) {
        startAfresh(session, SelectionTexts.windowTitle(session.imageRoot(), session.isReadOnly()));
        p.loop().autoProperty().set(session.settings().autoRetrain());
        if (session.locationNote() != null) {
            p.banner().note(session.locationNote()); // stays until dismissed: the status line moves on
        }
    }

    @Override
    public void mapShown(ProjectSession session, MapSnapshot s) {
        if (current.get() != session) {
            return;
        }
        p.presenter().showMap(session, s);
        String notice = session.takeNotice();
        if (notice != null) {
            p.banner().note(notice);
        }
        p.labelPanel().show(p.presenter().labels()); // the count of images on the map may have changed
        p.backbone().setText(session.backboneDescription());
        p.backbone().setTooltip(new Tooltip("Backbone: " + session.backboneDescription()
                + " (File > Settings to change)"));
        updateCounts();
        p.status().problems(session.problems().size(), showProblems);
    }

    @Override
    public void analysed(ProjectSession session, MapSnapshot s) {
        if (current.get() != session) {
            return;
        }
        p.presenter().showAnalysis(session, s);
        p.quality().show(s.quality(), p.presenter().palette(), s.truth(), p.loop().analysisCurrent());
        p.status().truth(s.truth());
    }

    @Override
    public void labelsChanged(ProjectSession session, LabelState s) {
        boolean changed = p.presenter().showLabels(s);
        p.labelPanel().show(s);
        if (changed) {
            p.quality().labelsChanged();
            p.loop().labelsChanged();
        }
    }

    @Override
    public void closed() {
        startAfresh(null, "Silhouette");
        p.labelPanel().show(null);
        p.backbone().setText("");
    }

    /** The parts start afresh on {@code session} (null: none open), under the window title {@code title}. */
    private void startAfresh(ProjectSession session, String title) {
        p.presenter().clear();
        p.labels().attach(session);
        p.loop().attach(session);
        p.inspector().attach(session);
        p.quality().clear();
        p.status().truth(null);
        p.status().problems(0, () -> { });
        if (stage.get() != null) {
            stage.get().setTitle(title);
        }
    }

    private void updateCounts() {
        LabelState s = p.presenter().labels();
        p.status().counts(SelectionTexts.counts(p.presenter().rows().count(), p.presenter().selection().count(),
                s == null ? 0 : s.labelledCount()));
    }
}
