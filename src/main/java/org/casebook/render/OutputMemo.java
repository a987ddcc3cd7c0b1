package org.casebook.render;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Generated outputs, such as a file or a part of one, each with the input it was made from and
 * reused while the input is equal. Inputs are catalog parts that the loader reuses across loads, so an unchanged input is
 * usually the same object and compares at once. Safe to use from several threads.
 */
final class OutputMemo<T> {
  private record Entry<T>(Object input, T output) {}

  private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  /** Returns the output stored for {@code name} if its input equals {@code input}, else makes it. */
  T get(String name, Object input, Supplier<T> make) {
    used.add(name);
    Entry<T> entry = entries.get(name);
    if (entry != null && Objects.equals(entry.input(), input)) {
      return entry.output();
    }
    T output = make.get();
    entries.put(name, new Entry<>(input, output));
    return output;
  }

  /** Drops the outputs that no {@link #get} has requested since the last call of this method. */
  void retainUsed() {
    entries.keySet().retainAll(used);
    used.clear();
  }
}
