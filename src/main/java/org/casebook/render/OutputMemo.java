package org.casebook.render;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Generated outputs, such as a file or a part of one, each kept with the input object it was made
 * from and reused while a render passes the very same object. The loader keeps unchanged catalog
 * parts as the same objects across loads, so an unchanged input is found by identity, without
 * comparing or hashing its contents. One thread at a time may use a memo.
 */
final class OutputMemo<T> {
  /** One kind of output, such as {@code "catalog.json"}, of one input object. */
  private record Key(String kind, Object input) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.input == input && key.kind.equals(kind);
    }

    @Override
    public int hashCode() {
      return 31 * kind.hashCode() + System.identityHashCode(input);
    }
  }

  /** The outputs requested since the last {@link #retainUsed()}. */
  private Map<Key, T> used = new HashMap<>();

  /** The outputs requested before the last {@link #retainUsed()}. */
  private Map<Key, T> earlier = new HashMap<>();

  /**
   * Returns the output of a kind stored for the very same input object, else makes and stores it.
   *
   * @param kind the kind of output, a fixed name such as {@code "catalog.json"}
   */
  T get(String kind, Object input, Supplier<T> make) {
    Key key = new Key(kind, input);
    T output = used.get(key);
    if (output == null) {
      output = earlier.get(key);
    }
    if (output == null) {
      output = make.get();
    }
    used.put(key, output);
    return output;
  }

  /** Drops the outputs that no {@link #get} has requested since the last call of this method. */
  void retainUsed() {
    earlier = used;
    used = new HashMap<>(earlier.size() * 4 / 3 + 1);
  }
}
