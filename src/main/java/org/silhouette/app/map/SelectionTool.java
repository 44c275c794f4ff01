package org.silhouette.app.map;

/** What a left-button drag on the map draws. */
public enum SelectionTool {
    LASSO, RECTANGLE
}
