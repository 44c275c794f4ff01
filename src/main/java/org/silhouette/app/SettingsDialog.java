package org.silhouette.app;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.silhouette.embed.backbone.Introspection;
import org.silhouette.embed.backbone.Pooling;
import org.silhouette.embed.loss.LossKind;
import org.silhouette.session.BackbonePick;
import org.silhouette.session.DefaultBackbone;
import org.silhouette.session.ProjectSettings;

import java.io.File;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The settings panel: the backbone (file, tap, pooling, input size) and the loop (loss, embedding dimension,
 * Auto retrain). Changing the backbone part recomputes the features; the loop part applies from the next
 * round. FX thread.
 */
final class SettingsDialog {

    private SettingsDialog() {
    }

    private static HBox hinted(javafx.scene.Node control, String text) {
        HBox box = new HBox(10, control, hint(text));
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-text-fill: #8a8f98;");
        return l;
    }

    /**
     * @param askZoo asks (once) for consent to download the ResNet; true when the user agreed (now or before)
     */
    static Optional<ProjectSettings> edit(Window owner, ProjectSettings current, BooleanSupplier askZoo) {
        TextField backbone = new TextField(current.backbone() == null ? "" : current.backbone());
        backbone.setPromptText("the bundled small CNN" + DefaultBackbone.find().map(p -> " (" + p + ")").orElse(""));
        backbone.setPrefColumnCount(30);
        backbone.setTooltip(new Tooltip("A TorchScript file, a small-CNN folder, or zoo:resnet18; empty for the"
                + " bundled small CNN"));
        Button bundled = new Button("Small CNN");
        bundled.setTooltip(new Tooltip("The project's own small CNN, trained on CIFAR-10: for tiny greyscale images"));
        Button mobileNet = new Button("MobileNetV2");
        mobileNet.setTooltip(new Tooltip("The bundled ImageNet MobileNetV2, read at its last convolution: for photos"));
        mobileNet.setDisable(DefaultBackbone.findMobileNet().isEmpty());
        Button resnet = new Button("ResNet-18…");
        resnet.setTooltip(new Tooltip("DJL's ImageNet ResNet-18 (about 45 MB, downloaded once if you agree)"));
        resnet.setOnAction(e -> {
            if (askZoo.getAsBoolean()) {
                backbone.setText(DefaultBackbone.ZOO_SPEC);
            }
        });
        Button file = new Button("File…");
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("TorchScript backbone");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("TorchScript (*.pt)", "*.pt"));
            File f = chooser.showOpenDialog(owner);
            if (f != null) {
                backbone.setText(f.getAbsolutePath());
            }
        });
        Spinner<Integer> tap = new Spinner<>(-32, 32, current.tap());
        tap.setEditable(true);
        bundled.setOnAction(e -> {
            backbone.clear();
            tap.getValueFactory().setValue(-1);
        });
        mobileNet.setOnAction(e -> DefaultBackbone.findMobileNet().ifPresent(p -> {
            backbone.setText(p.toString());
            tap.getValueFactory().setValue(BackbonePick.MOBILENET_C5);
        }));
        tap.setTooltip(new Tooltip("Which output of the model to read; -1 is the last"));
        ChoiceBox<Pooling> pooling = new ChoiceBox<>(FXCollections.observableArrayList(Pooling.values()));
        pooling.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Pooling p) {
                return p == null ? "" : p.id();
            }

            @Override
            public Pooling fromString(String s) {
                return Pooling.parse(s);
            }
        });
        pooling.setValue(current.pooling());
        Spinner<Integer> size = new Spinner<>(0, Introspection.MAX_SIZE, current.size(), 16);
        size.setEditable(true);
        size.setTooltip(new Tooltip("Images are resized to this many pixels square; 0 = the backbone's own"));
        ChoiceBox<LossKind> loss = new ChoiceBox<>(FXCollections.observableArrayList(LossKind.values()));
        loss.setValue(current.loss());
        loss.setTooltip(new Tooltip("The loss the head is fine-tuned with; silhouette is the default"));
        Spinner<Integer> dim = new Spinner<>(2, 512, current.dim());
        dim.setEditable(true);
        dim.setTooltip(new Tooltip("Width of the head's embedding (cce uses the number of labels instead)"));
        Spinner<Double> anchor = new Spinner<>(0.0, ProjectSettings.MAX_ANCHOR, current.anchor(), 0.5);
        anchor.setEditable(false); // arrows only: a typed non-number would have nowhere to go
        anchor.setTooltip(new Tooltip("How much the refreshed map keeps the backbone's own view beside what the labels"
                + " taught the head. 0: the labels alone shape the map, and unnamed classes get squeezed into named"
                + " ones; higher: unnamed classes stay where the backbone puts them."));
        CheckBox auto = new CheckBox("Retrain the map by itself after label changes");
        auto.setSelected(current.autoRetrain());

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        int r = 0;
        g.addRow(r++, new Label("Backbone"), backbone);
        g.add(new HBox(6, bundled, mobileNet, resnet, file), 1, r++);
        g.addRow(r++, new Label("Tap"), hinted(tap, "which output to read; -1 = the last"));
        g.addRow(r++, new Label("Pooling"), hinted(pooling, "avg: one value per channel; flatten: all of them"));
        g.addRow(r++, new Label("Input size (px)"), hinted(size, "0 = the backbone's own"));
        g.addRow(r++, new Label("Loss"), loss);
        g.addRow(r++, new Label("Embedding dimension"), hinted(dim, "width of the head's output"));
        g.addRow(r++, new Label("Backbone's view in the map"), hinted(anchor, "0 = labels alone; 1 = default"));
        g.add(hint("Changing the backbone, tap, pooling or size recomputes the features (cached per choice)."), 1, r++);
        g.add(auto, 1, r);

        Dialog<ProjectSettings> d = Dialogs.owned(new Dialog<>(), owner, "Settings for this project");
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            return new ProjectSettings(backbone.getText().strip(), tap.getValue(), pooling.getValue(),
                    ProjectSettings.chosenSize(size.getValue()), loss.getValue(), dim.getValue(), auto.isSelected(),
                    anchor.getValue());
        });
        return d.showAndWait();
    }
}
