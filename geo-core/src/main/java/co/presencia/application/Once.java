package co.presencia.application;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed on first use and kept for the life of its owner; safe to ask from any thread. */
final class Once<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private volatile T value;

    Once(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(compute.get(), "computed value");
                }
                current = value;
            }
        }
        return current;
    }
}
