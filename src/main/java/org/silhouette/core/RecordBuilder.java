package org.silhouette.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * A copy of an options record to change component by component and rebuild through its canonical
 * constructor, which validates the result once. A record's builder extends this with one typed setter per
 * component, named like the component; so adding a component to the record needs one setter line here,
 * not a new constructor call in every wither.
 *
 * @param <R> the record
 * @param <B> the builder itself, for chaining
 */
public abstract class RecordBuilder<R extends Record, B extends RecordBuilder<R, B>> {
    private final Class<R> type;
    private final RecordComponent[] components;
    private final Object[] values;

    @SuppressWarnings("unchecked")
    protected RecordBuilder(R record) {
        type = (Class<R>) record.getClass();
        components = type.getRecordComponents();
        values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            try {
                values[i] = components[i].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + components[i].getName(), e);
            }
        }
    }

    /** Sets one component; the typed setters of the subclass call this. */
    @SuppressWarnings("unchecked")
    protected final B set(String component, Object value) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(component)) {
                values[i] = value;
                return (B) this;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no component " + component);
    }

    /** The record with the changes; throws what its constructor throws for invalid values. */
    public final R build() {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values.clone());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }
}
