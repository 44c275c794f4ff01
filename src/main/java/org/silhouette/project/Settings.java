package org.silhouette.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * The user's settings kept in the project (the {@code setting} table), one JSON value per key, committed
 * like everything else in the store: {@code store.settings().put(key, json)}.
 */
public final class Settings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProjectStore store;

    Settings(ProjectStore store) {
        this.store = store;
    }

    /** A setting's JSON value, if set. */
    public Optional<JsonNode> get(String key) {
        synchronized (store) {
            return store.read("reading a setting", () -> {
                try (PreparedStatement ps = store.connection().prepareStatement(
                        "SELECT value FROM setting WHERE key = ?")) {
                    ps.setString(1, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(parse(key, rs.getString(1))) : Optional.empty();
                    }
                }
            });
        }
    }

    public void put(String key, JsonNode value) {
        String text;
        try {
            text = JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value for '" + key + "' cannot be written as JSON", e);
        }
        synchronized (store) {
            store.write("saving a setting", () -> {
                try (PreparedStatement ps = store.connection().prepareStatement(
                        "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)")) {
                    ps.setString(1, key);
                    ps.setString(2, text);
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    public void remove(String key) {
        synchronized (store) {
            store.write("removing a setting", () -> {
                try (PreparedStatement ps = store.connection().prepareStatement("DELETE FROM setting WHERE key = ?")) {
                    ps.setString(1, key);
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    private static JsonNode parse(String key, String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("setting '" + key + "' holds invalid JSON", e);
        }
    }
}
