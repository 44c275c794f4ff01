package org.silhouette.embed.head;

import java.util.List;

/**
 * What a model was trained for, kept with it for people and the app; either field may be null.
 *
 * @param loss the loss's CLI name
 * @param classes the class names in the order of the ids the head was trained with
 */
public record ModelInfo(String loss, List<String> classes) {
    public static final ModelInfo NONE = new ModelInfo(null, null);

    public ModelInfo {
        classes = classes == null ? null : List.copyOf(classes);
    }
}
