package org.silhouette.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.silhouette.embed.backbone.Backbones;
import org.silhouette.session.UserPrefs;

/**
 * The ImageNet ResNet-18 from DJL's model zoo: offered, never downloaded without a yes. The answer is
 * remembered in the user's settings, so the question comes once. FX thread.
 */
final class ZooOffer {

    private ZooOffer() {
    }

    /** Asks (unless answered yes before, or already downloaded); true when the user agrees. */
    static boolean ask(Window owner, UserPrefs prefs, Runnable savePrefs) {
        if (prefs.zooAllowed()) {
            return true;
        }
        ButtonType yes = new ButtonType("Download", ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("No, thanks", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "Silhouette can use DJL's ImageNet ResNet-18 (about 45 MB"
                + " from mlrepo.djl.ai) as its backbone. It is downloaded once, with progress, and kept in "
                + Backbones.defaultModelCache() + ". Nothing is downloaded unless you agree.", yes, no);
        Dialogs.owned(a, owner, "Download the ImageNet ResNet-18?");
        boolean agreed = a.showAndWait().filter(b -> b == yes).isPresent();
        prefs.setZooAnswer(agreed ? UserPrefs.ZooAnswer.YES : UserPrefs.ZooAnswer.NO);
        savePrefs.run();
        return agreed;
    }
}
